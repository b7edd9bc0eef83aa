"""The Jinja environment factory: override order, escaping, and strictness."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import UndefinedError

from mentorbook.render.environment import template_environment

HOSTILE = "<img src=x onerror=alert(1)> {{ 7*7 }}"


@pytest.fixture
def overrides(tmp_path: Path) -> Path:
    (tmp_path / "site").mkdir()
    for name in ("probe.svg.j2", "probe.html.j2", "probe.html", "probe.md.j2"):
        (tmp_path / "site" / name).write_text("{{ value }}", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", ["probe.svg.j2", "probe.html.j2", "probe.html", "probe.md.j2"])
def test_markup_templates_escape_values_and_never_evaluate_them(overrides: Path, name: str) -> None:
    environment = template_environment(overrides)

    rendered = environment.get_template(f"site/{name}").render(value=HOSTILE)

    assert rendered == "&lt;img src=x onerror=alert(1)&gt; {{ 7*7 }}"


def test_markdown_templates_keep_markdown_syntax(overrides: Path) -> None:
    environment = template_environment(overrides)

    assert environment.get_template("site/probe.md.j2").render(value="**bold**") == "**bold**"


def test_a_project_template_replaces_the_default_of_the_same_name(tmp_path: Path) -> None:
    default = template_environment(None).get_template("site/timeline.svg.j2")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "timeline.svg.j2").write_text("ours", encoding="utf-8")

    overridden = template_environment(tmp_path).get_template("site/timeline.svg.j2")

    assert overridden.filename == str(tmp_path / "site" / "timeline.svg.j2")
    assert default.filename != overridden.filename
    assert overridden.render() == "ours"


def test_an_undefined_name_fails_instead_of_printing_nothing(overrides: Path) -> None:
    with pytest.raises(UndefinedError):
        template_environment(overrides).get_template("site/probe.md.j2").render()
