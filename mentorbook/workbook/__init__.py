"""Personalised PDF workbooks: a mentee's plan printed into the program's worksheets.

Importing this package does not import WeasyPrint; rendering does.
"""

from __future__ import annotations

from mentorbook.project import Project
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import Plan
from mentorbook.workbook.renderer import WorkbookRenderer

__all__ = ["WorkbookRenderer", "render_workbook"]


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
