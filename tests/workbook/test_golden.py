"""The HTML handed to WeasyPrint, and the form fields it names, compared with golden files.

Why: the workbook's layout and its field names are what `plan import` and people's filled-in
PDFs depend on; any change to them shows up here as a diff to review. Regenerate with
`MENTORBOOK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/workbook/test_golden.py`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mentorbook.domain.fields import FieldKind, location_of
from mentorbook.project import Project
from mentorbook.schema.models.plan import Plan
from mentorbook.workbook import WorkbookRenderer
from tests.golden import golden
from tests.workbook.conftest import full_plan

GOLDEN = Path(__file__).parent / "testdata" / "test_golden"
CASES = {
    "full": (full_plan, True),
    "flat": (full_plan, False),
    "blank": (lambda: None, True),
}


def _html(renderer: WorkbookRenderer, project: Project, case: str) -> str:
    make_plan, fillable = CASES[case]
    plan: Plan | None = make_plan()
    html = renderer.html(plan, fillable=fillable)
    # The logo's address holds the temporary project folder.
    return html.replace(project.root.resolve().as_uri(), "file://{project}")


@pytest.mark.parametrize("case", ["full", "blank"])  # flat: full without its fields
def test_the_workbook_html_is_as_golden(
    renderer: WorkbookRenderer, project: Project, case: str
) -> None:
    html = _html(renderer, project, case)

    assert html == golden(GOLDEN / f"{case}.html", html)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_workbook_field_names_are_as_golden(
    renderer: WorkbookRenderer, project: Project, case: str
) -> None:
    fields = re.findall(r'<(input|textarea)[^>]* name="([^"]+)"', _html(renderer, project, case))
    listed = "".join(f"{name} ({tag})\n" for tag, name in fields)

    assert listed == golden(GOLDEN / f"{case}.fields.txt", listed)


@pytest.mark.parametrize("case", ["full", "blank"])
def test_every_form_field_is_named_and_shaped_by_the_field_map(
    renderer: WorkbookRenderer, project: Project, case: str
) -> None:
    """The workbook makes its fields from the map `plan import` reads them back with."""
    html = _html(renderer, project, case)
    shapes = {'input type="text"': FieldKind.LINE, "textarea": FieldKind.TEXT}
    shapes['input type="checkbox"'] = FieldKind.CHECKBOX
    made = [
        (name, shapes[shape])
        for shape, name in re.findall(
            r'<(input type="text"|input type="checkbox"|textarea)[^>]* name="([^"]+)"', html
        )
    ]

    assert made
    assert [(name, getattr(location_of(name), "kind", None)) for name, _ in made] == made
