"""The HTML handed to WeasyPrint: mentee values are escaped data, and fields follow the mode."""

from __future__ import annotations

import re

from mentorbook.schema.models.plan import Plan
from mentorbook.workbook import WorkbookRenderer
from tests.workbook.conftest import HOSTILE_MENTEE, HOSTILE_MENTOR, HOSTILE_VISION, full_plan


def test_hostile_values_are_escaped_and_never_run_as_jinja(renderer: WorkbookRenderer) -> None:
    plan = Plan(
        mentee=HOSTILE_MENTEE, mentor=HOSTILE_MENTOR, program="pilot", vision=HOSTILE_VISION
    )
    # Why without the project's folder: the logo's URL names pytest's temporary folder,
    # which may hold a 49 (pytest-493/).
    html = renderer.html(plan).replace(renderer.project.root.resolve().as_uri(), "")
    assert "{{ 7*7 }} {% if true %}x{% endif %}" in html
    assert "49" not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert '<img src="file:///etc/passwd">' not in html
    assert "&lt;style&gt;@import" in html
    # The head's one <style> is the page footer in the workbook's language; none in the body.
    assert "<style>" not in html.split("<body>", 1)[1]


def test_a_fillable_workbook_names_each_empty_entry(renderer: WorkbookRenderer) -> None:
    html = renderer.html(full_plan())
    names = re.findall(r'<(?:input|textarea)[^>]* name="([^"]+)"', html)
    assert len(names) == len(set(names))
    assert "goal.learn-sql.why" in names
    assert "agreement.confidential" in names
    assert "agreement.keep-time" not in names, "a ticked item is printed, not a field"
    assert "vision" not in names, "a vision the plan gives is printed"


def test_a_flat_workbook_has_no_fields(renderer: WorkbookRenderer) -> None:
    html = renderer.html(full_plan(), fillable=False)
    assert "<input" not in html
    assert "<textarea" not in html
