"""What an import found: the fields it took, and those whose value differs from the plan's.

Why the comparison lives here: "empty" and "the same" decide whether a PDF's value fills
the plan in or conflicts with it, and the conflict's message shows both values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SHOWN_LENGTH = 60


@dataclass(frozen=True)
class Conflict:
    """A filled field whose value differs from the one the plan already holds."""

    name: str
    plan_value: str
    pdf_value: str

    def __str__(self) -> str:
        return f"{self.name}: the plan has '{self.plan_value}', the PDF '{self.pdf_value}'"


@dataclass
class Outcome:
    """What an import did: fields taken, conflicts found (and replaced with `overwrite`), notes."""

    imported: set[str] = field(default_factory=set)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class NothingToImport(Exception):
    """Every filled field is already in the plan, or conflicts with it: nothing to write.

    Raised inside the plan's update, so the file stays as it is; carries the outcome to show.
    """

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome)
        self.outcome = outcome


def is_unset(value: Any, default: Any) -> bool:
    """Nothing there yet: no value, empty text or list, or the model's default (progress 0)."""
    return value is None or value == default or (isinstance(value, str | list | dict) and not value)


def plain_value(value: Any) -> Any:
    """A value of the tree or of the PDF as plain data, so the two compare."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {key: plain_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain_value(item) for item in value]
    if isinstance(value, str):
        return str(value).strip()
    return value


def short_text(value: Any) -> str:
    """A value on one short line, for a conflict's message."""
    data = plain_value(value)
    if isinstance(data, list):  # measures, actions, or milestones by their titles
        data = "; ".join(
            str(item.get("title", item) if isinstance(item, dict) else item) for item in data
        )
    text = " ".join(str(data).split())
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 3] + "..."
