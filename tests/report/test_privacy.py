"""No private word of a plan reaches a report or a certificate: a marker in every free-text field.

Why also the model: a free-text field added to plans later must get its marker here too.
"""

from __future__ import annotations

import subprocess
import types
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pytest
from pydantic import BaseModel

from mentorbook.schema.models.plan import Plan
from tests.report.cohort import NAMES, PLANS, markers
from tests.report.conftest import Run

NOT_FREE_TEXT = {
    *("mentee", "mentor", "mentors", "group", "peers"),
    *("program", "goals.id", "goals.template", "agreement.ticked", "agreement.signed"),
    "language",
}
"""Names (shown in the attention list and the CSV only), ids the content defines, days, and
the language tag (a pattern such as fr-CA, never free text)."""


def _text_fields(model: type[BaseModel], prefix: str = "") -> set[str]:
    fields: set[str] = set()
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        inner = _models_in(info.annotation)
        if inner:
            for found in inner:
                fields |= _text_fields(found, f"{path}.")
        elif "str" in repr(info.annotation) or "Text" in repr(info.annotation):
            fields.add(path)
    return fields


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if get_origin(annotation) in (list, Union, types.UnionType):
        return [found for argument in get_args(annotation) for found in _models_in(argument)]
    return []


def _filled(data: Any, path: list[str]) -> bool:
    if isinstance(data, list):
        return any(_filled(item, path) for item in data)
    if not path:
        return isinstance(data, str) and data.lower().startswith(("marker", "goaltitle"))
    return isinstance(data, dict) and path[0] in data and _filled(data[path[0]], path[1:])


def test_every_free_text_field_of_a_plan_holds_a_marker_in_the_fixture() -> None:
    fields = _text_fields(Plan) - NOT_FREE_TEXT

    unmarked = {field for field in fields if not _filled(PLANS["gil-mar"], field.split("."))}

    assert "vision" in fields
    assert unmarked == set()


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _leaks(text: str, secrets: set[str]) -> set[str]:
    return {secret for secret in secrets if secret.lower() in text.lower()}


@pytest.mark.slow
@pytest.mark.parametrize("anonymous", [False, True], ids=["named", "anonymous"])
def test_no_marker_reaches_the_html_pdf_or_csv(run: Run, cohort: Path, anonymous: bool) -> None:
    out = cohort / ("anonymous" if anonymous else "named")
    flag = ["--anonymous"] if anonymous else []
    result = run(
        "report",
        "plans",
        "-o",
        out / "r.html",
        "--pdf",
        out / "r.pdf",
        "--csv",
        out / "r.csv",
        "--today",
        "2027-03-01",
        *flag,
    )
    assert result.exit_code == 0, result.output
    outputs = {
        "html": (out / "r.html").read_text(encoding="utf-8"),
        "pdf": _pdf_text(out / "r.pdf"),
        "csv": (out / "r.csv").read_text(encoding="utf-8"),
    }
    secrets = markers() | ({*NAMES} if anonymous else set())

    assert {kind: _leaks(text, secrets) for kind, text in outputs.items()} == {
        "html": set(),
        "pdf": set(),
        "csv": set(),
    }
    if not anonymous:  # the names do appear where they belong, so the check above can fail
        assert "Chen Wei" in outputs["pdf"]
        assert "Chen Wei" in outputs["csv"]


@pytest.mark.slow
@pytest.mark.parametrize("goals", [True, False], ids=["goals", "no-goals"])
def test_certificates_show_goal_titles_at_most(run: Run, cohort: Path, goals: bool) -> None:
    out = cohort / ("certificates" if goals else "certificates-no-goals")
    result = run(
        "certificate",
        "plans/gil-mar.yml",
        "-o",
        out,
        "--mentors",
        *([] if goals else ["--no-goals"]),
    )
    assert result.exit_code == 0, result.output
    mentee, mentor = _pdf_text(out / "gil-mar.pdf"), _pdf_text(out / "gil-mar-mentor.pdf")
    titles = {secret for secret in markers() if secret.startswith("GOALTITLE")}

    assert _leaks(mentee + mentor, markers() - titles) == set()
    assert _leaks(mentee, titles) == ({"GOALTITLE-gil-1"} if goals else set())
    assert _leaks(mentor, titles) == set()
