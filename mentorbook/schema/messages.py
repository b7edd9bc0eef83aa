"""Plain-sentence error messages, kept as data in messages.yaml."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from ruamel.yaml import YAML

if TYPE_CHECKING:
    from pydantic_core import PydanticCustomError


@cache
def _messages() -> dict[str, str]:
    text = files("mentorbook.schema").joinpath("messages.yaml").read_text(encoding="utf-8")
    loaded: dict[str, str] = YAML(typ="safe", pure=True).load(text)
    return loaded


def message(key: str, /, **values: Any) -> str:
    """Fill the message template for `key`; an unknown key falls back to the raw error."""
    template = _messages().get(key, _messages()["unknown"])
    return template.format_map(_Defaulting(values))


def error_message(error: PydanticCustomError) -> str:
    """The sentence for an error a model's check raises, when it is raised outside validation."""
    return message(error.type, **(error.context or {}))


class _Defaulting(dict[str, Any]):
    """Leave a placeholder readable when the error did not carry its value."""

    def __missing__(self, key: str) -> str:
        return f"{{{key}}}"


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate `word` is most likely a misspelling of, if any is close enough."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return close[0] if close else None


def suggestion(word: str, candidates: Iterable[str]) -> str:
    """Return " (did you mean 'x'?)" for a near miss, or nothing."""
    close = closest(word, candidates)
    return f" (did you mean '{close}'?)" if close else ""


def describe(value: Any) -> str:
    """Name a YAML value the way a reader sees it, for 'expected X, found Y'."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"'{text}'"


def unknown_id(kind: str, value: str, known: Collection[str]) -> str:
    """ "there is no program with the id 'x' (did you mean 'y'?); use one of: ..." for a table cell."""
    return message(
        "dangling_reference",
        kind=kind,
        id=value,
        suggestion=suggestion(value, known),
        known=", ".join(known) or "(none)",
    )
