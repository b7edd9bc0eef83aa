"""Whose workbook a PDF is: written into its document info, read back by `plan import`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mentorbook.schema.models.plan import Plan, mentee_slug

# Custom PDF document-info entries. WeasyPrint keeps only the letters and digits of a <meta>
# name, lowercased, so "mentorbook-mentee" is stored as /mentorbookmentee.
MENTEE_META = "mentorbook-mentee"
REVISION_META = "mentorbook-revision"
PROGRAM_META = "mentorbook-program"


def _info_key(meta_name: str) -> str:
    return "/" + "".join(char for char in meta_name.lower() if char.isalnum())


@dataclass(frozen=True)
class WorkbookIdentity:
    """Whose workbook a PDF is: None for the mentee and revision in a blank workbook."""

    program: str
    mentee_slug: str | None
    revision: int | None


def identity_meta(plan: Plan | None, program_id: str) -> dict[str, str]:
    """The <meta> names and contents that carry the identity into the PDF's document info."""
    meta = {PROGRAM_META: program_id}
    if plan is not None:
        meta[MENTEE_META] = mentee_slug(plan.mentee)
        meta[REVISION_META] = str(plan.revision)
    return meta


def identity_of(reader: Any) -> WorkbookIdentity | None:
    """The identity a mentorbook workbook carries, read with a pypdf PdfReader; None for other PDFs."""
    info = reader.metadata or {}
    program = info.get(_info_key(PROGRAM_META))
    if not program:
        return None
    revision = str(info.get(_info_key(REVISION_META)) or "")
    return WorkbookIdentity(
        program=str(program),
        mentee_slug=str(info.get(_info_key(MENTEE_META)) or "") or None,
        revision=int(revision) if revision.isdigit() else None,
    )
