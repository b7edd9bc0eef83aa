"""Read what a filled-in workbook holds: whose it is, and the text of each filled form field.

Why apart from the import: this is where a PDF from anywhere is taken apart, so this is
where it is checked. A password, a value that is not text (an array, a dictionary, a
stream) or far more fields than any workbook has are refused here with a plain message,
before anything reaches the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PasswordType, PdfReader
from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject, StreamObject

from mentorbook.domain.fields import is_ticked
from mentorbook.domain.identity import WorkbookIdentity, identity_of
from mentorbook.errors import MentorbookError
from mentorbook.schema.loader import display_path
from mentorbook.schema.messages import message
from mentorbook.schema.models.plan import Plan, mentee_slug

FilledValue = str | bool

MAX_FIELDS = 5_000
"""More form fields than this and the PDF is not a workbook: the longest has a few hundred."""

# What a field value that is not text is, in words, most specific first (a stream is a dictionary).
_NOT_TEXT = (
    (StreamObject, "a stream"),
    (DictionaryObject, "a dictionary"),
    (ArrayObject, "a list of values"),
    (ByteStringObject, "bytes that are not text"),
)


@dataclass(frozen=True)
class FilledWorkbook:
    """What a filled-in PDF says: whose workbook it is and the fields that hold a value."""

    source: str
    identity: WorkbookIdentity | None
    values: dict[str, FilledValue]


def read_filled_workbook(path: Path) -> FilledWorkbook:
    """The identity and every non-empty form field of the PDF at `path`.

    Raises MentorbookError for a PDF that cannot be read, is locked by a password, has far
    more fields than a workbook, or has a field whose value is not text (each one named).
    """
    source = display_path(path)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise MentorbookError(message("pdf_password", pdf=source))
        _refuse_too_many(source, _top_level_field_count(reader))  # before reading them all
        fields = reader.get_fields() or {}
        identity = identity_of(reader)
    except MentorbookError:
        raise
    except Exception as error:  # a damaged or hostile file makes pypdf raise all kinds
        reason = str(error) or type(error).__name__
        raise MentorbookError(message("pdf_unreadable", pdf=source, reason=reason)) from None
    _refuse_too_many(source, len(fields))
    values: dict[str, FilledValue] = {}
    refused: list[str] = []
    for name, found in fields.items():
        value = found.get("/V")
        value = value.get_object() if hasattr(value, "get_object") else value
        kind = next((kind for type_, kind in _NOT_TEXT if isinstance(value, type_)), None)
        if kind is not None:
            refused.append(f"  {name}: holds {kind}, not text")
        elif filled := _field_value(found.get("/FT"), value):
            values[name] = filled
    if refused:
        raise MentorbookError(
            message("pdf_not_text", pdf=source) + "\n" + "\n".join(sorted(refused))
        )
    return FilledWorkbook(source, identity, values)


def _top_level_field_count(reader: PdfReader) -> int:
    """The fields the form lists at its top, counted without reading them."""
    form = reader.root_object.get("/AcroForm")
    form = form.get_object() if form is not None else None
    fields = form.get("/Fields") if isinstance(form, DictionaryObject) else None
    fields = fields.get_object() if fields is not None else None
    return len(fields) if isinstance(fields, ArrayObject) else 0


def _refuse_too_many(source: str, count: int) -> None:
    if count > MAX_FIELDS:
        raise MentorbookError(
            message("pdf_too_many_fields", pdf=source, count=count, limit=MAX_FIELDS)
        )


def _field_value(field_type: Any, value: Any) -> FilledValue:
    if field_type == "/Btn":
        return is_ticked(value)
    if value is None:
        return ""
    # PDF readers end lines with \r; plans keep \n.
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def check_identity(filled: FilledWorkbook, plan: Plan, plan_display: str) -> None:
    """Refuse a PDF that is not this plan's workbook at its current revision, and say why.

    The identity is the PDF's document info, which anyone can edit: it keeps a mentee from
    importing the wrong workbook by mistake, and the import itself never overwrites what
    the plan holds without --overwrite.
    """
    identity = filled.identity
    slug = mentee_slug(plan.mentee)
    if identity is None:
        raise MentorbookError(message("pdf_no_identity", pdf=filled.source, plan=plan_display))
    if identity.mentee_slug is None:
        raise MentorbookError(
            message(
                "pdf_blank_workbook",
                pdf=filled.source,
                program=identity.program,
                mentee=plan.mentee,
                plan=plan_display,
            )
        )
    if identity.mentee_slug != slug or identity.program != plan.program:
        raise MentorbookError(
            message(
                "pdf_other_mentee",
                pdf=filled.source,
                slug=identity.mentee_slug,
                program=identity.program,
                mentee=plan.mentee,
                plan_slug=slug,
                plan_program=plan.program,
            )
        )
    if identity.revision != plan.revision:
        age = "an older" if (identity.revision or 0) < plan.revision else "a newer"
        raise MentorbookError(
            message(
                "pdf_other_revision",
                pdf=filled.source,
                revision=identity.revision,
                plan=plan_display,
                plan_revision=plan.revision,
                age=age,
            )
        )
