"""Personalised PDF workbooks: a mentee's plan printed into the program's worksheets.

Importing this package does not import WeasyPrint; rendering does.
"""

from __future__ import annotations

from mentorbook.project import Project
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import Plan, mentee_slug
from mentorbook.workbook.renderer import WorkbookRenderer

__all__ = ["WorkbookRenderer", "render_workbook", "workbook_filename"]


def render_workbook(
    project: Project,
    hub: Hub,
    plan: Plan | None,
    *,
    program_id: str | None = None,
    fillable: bool = True,
    pdf_ua: bool = False,
) -> bytes:
    """The PDF workbook of `plan`, or the blank workbook of `program_id` (default: the first program)."""
    return WorkbookRenderer(project, hub).render(
        plan, program_id=program_id, fillable=fillable, pdf_ua=pdf_ua
    )


def workbook_filename(mentee: str) -> str:
    """A file name for a mentee's workbook that cannot leave the folder it is written to.

    Why slugify: a name such as '../../etc/x' or '张伟' becomes plain ASCII letters,
    digits and hyphens ('etc-x', 'zhang-wei').
    """
    return f"{mentee_slug(mentee)}-workbook.pdf"
