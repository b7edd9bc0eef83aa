"""Rewrite the old forms of a plan's fields in the current ones, keeping comments and places.

Why on write only: plans written before `mentors:` and `signed:` keep loading as they are
(the model still reads `mentor`, `mentee_signed` and `mentor_signed`); the next change a
command makes to a plan also brings it up to date, so a person never has to.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap

from mentorbook.domain.signatures import LEGACY_ROLES
from mentorbook.plans.tree import flow_list


def migrate_old_forms(tree: CommentedMap) -> None:
    """`mentor: X` becomes `mentors: [X]`; `agreement.<role>_signed` becomes `signed: {role: ...}`."""
    if "mentor" in tree and "mentors" not in tree:
        name = tree["mentor"]
        _replace(tree, ["mentor"], "mentors", flow_list([name] if name else []))
    agreement = tree.get("agreement")
    if isinstance(agreement, CommentedMap) and "signed" not in agreement:
        old_keys = [f"{role}_signed" for role in LEGACY_ROLES if f"{role}_signed" in agreement]
        if old_keys:
            signed = CommentedMap()
            for key in old_keys:
                role = key.removesuffix("_signed")
                signed[role] = agreement[key]
                if key in agreement.ca.items:
                    signed.ca.items[role] = agreement.ca.items[key]
            _replace(agreement, old_keys, "signed", signed, keep_comments=False)


def _replace(
    mapping: CommentedMap,
    old_keys: list[str],
    new_key: str,
    value: Any,
    *,
    keep_comments: bool = True,
) -> None:
    """Put `new_key: value` where the first of `old_keys` was, and remove them all.

    With `keep_comments`, the first old key's comment goes to the new key; else the caller
    has moved the comments into `value` itself.
    """
    position = list(mapping).index(old_keys[0])
    comment = mapping.ca.items.get(old_keys[0]) if keep_comments else None
    for key in old_keys:
        mapping.ca.items.pop(key, None)
        del mapping[key]
    mapping.insert(position, new_key, value)
    if comment is not None:
        mapping.ca.items[new_key] = comment
