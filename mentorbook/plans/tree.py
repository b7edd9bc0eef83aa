"""Small edits on a plan's round-trip YAML tree that keep the human's comments, order and style.

Why edit the tree: a plan is also edited by hand. Re-dumping the model would drop every
comment and reorder the keys; editing the CommentedMap changes only what the command meant.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from mentorbook.terminal import visible_controls

Key = str | int
Parents = Sequence[tuple[str, type[BaseModel]]]


def yaml_value(value: Any) -> Any:
    """Turn plain Python data into tree nodes: several-line text becomes a `|` block.

    Why not text with control characters: a `|` block cannot hold them; left plain, the
    writer puts such text in double quotes with escapes (`"\\e"`), which reads back the same.
    """
    if isinstance(value, CommentedMap | CommentedSeq):
        return value  # already a node, written in the style it was given
    if isinstance(value, str):
        return LiteralScalarString(value) if _block_writable(value) else value
    if isinstance(value, dt.date):
        return value  # written as 2026-09-01, read back as the same text
    if isinstance(value, Mapping):
        mapping = CommentedMap()
        for key, item in value.items():
            mapping[key] = yaml_value(item)
        return mapping
    if isinstance(value, Sequence):
        sequence = CommentedSeq()
        sequence.extend(yaml_value(item) for item in value)
        return sequence
    return value


def flow_list(items: Iterable[Any]) -> CommentedSeq:
    """A list written on one line, `[Ben Osei, Ana Ruiz]`: for short lists of names or days."""
    sequence = CommentedSeq(items)
    sequence.fa.set_flow_style()
    return sequence


def _block_writable(text: str) -> bool:
    return "\n" in text and visible_controls(text, keep="\n\t") == text


def in_model_order(model: type[BaseModel], fields: Mapping[str, Any]) -> dict[str, Any]:
    """`fields` in the order the model lists them, as a new entry of the plan is written."""
    return {name: fields[name] for name in model.model_fields if name in fields}


def set_field(mapping: CommentedMap, key: str, value: Any, model: type[BaseModel] | None) -> None:
    """Set `key`, keeping its place if present, else inserting it where the model lists it.

    A `model` of None stands for a mapping keyed by ids (such as `signed`): a new key goes last.
    """
    node = yaml_value(value)
    if key in mapping:
        mapping[key] = node
        return
    if model is None:
        position = len(mapping)
    else:
        order = list(model.model_fields)
        rank = order.index(key)
        position = sum(
            1 for existing in mapping if existing in order and order.index(existing) < rank
        )
    mapping.insert(position, key, node)
    if position > 0:
        _move_trailing_comment(mapping, list(mapping)[position - 1], key)


def set_in(
    mapping: CommentedMap, parents: Parents, key: str, value: Any, model: type[BaseModel] | None
) -> None:
    """Set `key` in the mapping reached through `parents`, creating what is missing whole.

    `parents` lists each step as (key, model of the mapping holding that key), such as
    [("reviews", Plan), ("midpoint", Reviews)].
    """
    node = mapping
    for depth, (parent_key, parent_model) in enumerate(parents):
        child = node.get(parent_key)
        if not isinstance(child, CommentedMap):
            nested: dict[str, Any] = {key: value}
            for inner_key, _ in reversed(parents[depth + 1 :]):
                nested = {inner_key: nested}
            set_field(node, parent_key, nested, parent_model)
            return
        node = child
    set_field(node, key, value, model)


def append_item(mapping: CommentedMap, key: str, item: Any, model: type[BaseModel]) -> None:
    """Append to the list under `key`, creating the list when it is missing or empty.

    Why the style switch: `goals: []` is a flow list; appending a mapping to it would write
    the whole goal on one line, so an empty flow list of mappings becomes a block list.
    """
    sequence = mapping.get(key)
    if not isinstance(sequence, CommentedSeq):
        set_field(mapping, key, [item], model)
        return
    node = yaml_value(item)
    if not sequence and isinstance(node, CommentedMap):
        sequence.fa.set_block_style()
    sequence.append(node)
    if len(sequence) > 1:
        _move_trailing_comment(sequence, len(sequence) - 2, len(sequence) - 1)


def _move_trailing_comment(container: CommentedMap | CommentedSeq, previous: Key, new: Key) -> None:
    """Move the blank lines and comments that followed entry `previous` to after entry `new`.

    Why: ruamel hangs what follows an entry (a blank line before the next section, a comment
    about it) on that entry. A new entry placed after it would otherwise land below them,
    between a comment and the key it describes.
    """
    trailing = "".join(
        _take_trailing(slot, position, value)
        for slot, position, value in _slots(container, previous)
    )
    if not trailing:
        return
    slot, position, value = _last_slot(container, new)
    text = trailing if _is_block_scalar(value) else "\n" + trailing
    slot[position] = CommentToken(text, CommentMark(0))


def _slots(
    container: CommentedMap | CommentedSeq, key: Key
) -> Iterator[tuple[list[Any], int, Any]]:
    """The comment slots after `key` and after each last entry below it, outermost first."""
    value = container[key]
    position = 2 if isinstance(container, CommentedMap) else 0
    slot = container.ca.items.get(key)
    if slot is not None and slot[position] is not None:
        yield slot, position, value
    if isinstance(value, CommentedMap) and value:
        yield from _slots(value, list(value)[-1])
    elif isinstance(value, CommentedSeq) and value:
        yield from _slots(value, len(value) - 1)


def _last_slot(container: CommentedMap | CommentedSeq, key: Key) -> tuple[list[Any], int, Any]:
    """The comment slot after the innermost last entry of `key`, created when missing."""
    value = container[key]
    if isinstance(value, CommentedMap) and value:
        return _last_slot(value, list(value)[-1])
    if isinstance(value, CommentedSeq) and value:
        return _last_slot(value, len(value) - 1)
    if isinstance(container, CommentedMap):
        return container.ca.items.setdefault(key, [None, None, None, None]), 2, value
    return container.ca.items.setdefault(key, [None, None]), 0, value


def _take_trailing(slot: list[Any], position: int, value: Any) -> str:
    """Cut the lines after the entry's own line from its comment token and return them."""
    token = slot[position]
    text: str = token.value
    if _is_block_scalar(value):
        head, tail = "", text  # a block scalar's line ends inside the scalar
    else:
        head, _, tail = text.partition("\n")
        head += "\n"
    if head.strip():
        kept = copy.copy(token)
        kept.value = head
        slot[position] = kept
    else:
        slot[position] = None
    return tail


def _is_block_scalar(value: Any) -> bool:
    return isinstance(value, LiteralScalarString | FoldedScalarString)
