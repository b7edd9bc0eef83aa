"""A hub in French, Spanish or German gets its site's fixed words in its language, and a project's
`.po` wins."""

from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from mentorbook.project import Project
from mentorbook.schema.loader import load_content
from mentorbook.site.build import build_site
from mentorbook.site.generate import render_pages
from mentorbook.site.pages import site_plan
from tests.i18n.english import (
    TESTDATA,
    english_left_in,
    hub_written_in,
    shipped_catalog,
    translated_languages,
)
from tests.site.conftest import make_project


def _pages(project_root: Path, language: str | None) -> dict[str, str]:
    hub = load_content(project_root / "content")
    return render_pages(Project(project_root), site_plan(hub, language, project_root))


@pytest.mark.parametrize(
    ("language", "mentor_page", "heading"),
    [
        ("fr", "roles/mentor.md", "## Responsabilités\n"),
        ("es", "roles/mentor.md", "## Responsabilidades\n"),
        ("de", "roles/mentorin.md", "## Aufgaben\n"),
    ],
)
def test_a_translated_site_has_no_english_fixed_words(
    tmp_path: Path, language: str, mentor_page: str, heading: str
) -> None:
    """The test hub written in `language` (its hub.yml says so) gets every heading in it."""
    root = tmp_path / f"hub-{language}"
    shutil.copytree(hub_written_in(language), root)
    pages = _pages(root, None)
    assert english_left_in("\n".join(pages.values()), language) == set()
    assert heading in pages[mentor_page]


def test_every_translated_language_has_a_test_hub() -> None:
    assert {"de", "es", "fr"} <= set(translated_languages())
    for language in translated_languages():
        assert (
            f"language: {language}\n"
            in (hub_written_in(language) / "content" / "hub.yml").read_text()
        )


def test_the_check_finds_english_in_an_english_site(test_project: Path) -> None:
    left = english_left_in("\n".join(_pages(test_project, "en").values()), "fr")
    assert {"Responsibilities", "At a glance", "Find your way"} <= left


def test_the_hub_language_chooses_the_site_language(test_project: Path) -> None:
    hub_yml = test_project / "content" / "hub.yml"
    hub_yml.write_text(hub_yml.read_text() + "language: fr\n")
    hub = load_content(test_project / "content")
    plan = site_plan(hub, project_root=test_project)
    assert plan.language == "fr"
    assert [section.title for section in plan.sections][:3] == ["Accueil", "Programme", "Rôles"]
    pages = render_pages(Project(test_project), plan)
    assert "## Responsabilités\n" in pages["roles/mentor.md"]
    assert "\u00e0 partir de la semaine" in pages["programs/pilot.md"]


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_a_project_po_changes_one_label_and_nothing_else(test_project: Path, language: str) -> None:
    before = _pages(test_project, language)
    english = "Responsibilities"
    translations = test_project / "translations"
    translations.mkdir()
    (translations / f"{language}.po").write_text(
        f'msgid "{english}"\nmsgstr "What people ask us"\n', encoding="utf-8"
    )
    after = _pages(test_project, language)
    changed = {uri for uri in before if before[uri] != after[uri]}
    assert changed == {"roles/mentor.md", "roles/mentee.md"} & set(before)
    for uri in changed:
        assert after[uri] == before[uri].replace(
            f"## {shipped_catalog(language).get(english).string}\n", "## What people ask us\n"
        )
        assert "## What people ask us\n" in after[uri]


def _visible_text(site: Path) -> str:
    """The text a reader sees on every page of a built site: scripts, styles and tags gone."""
    texts = []
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
        texts.append(unescape(re.sub(r"<[^>]+>", "\n", html)))
    return "\n".join(texts)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("hub", "language", "english_expected"),
    [
        *((hub_written_in(language), language, False) for language in translated_languages()),
        (TESTDATA / "project", "fr", True),
    ],
    ids=[*translated_languages(), "en-proves-the-check-can-fail"],
)
def test_a_built_translated_site_shows_no_english_fixed_word(
    tmp_path: Path, hub: Path, language: str, english_expected: bool
) -> None:
    project = make_project(tmp_path / "hub", hub / "content")
    build_site(Project(project), project / "site")
    left = english_left_in(_visible_text(project / "site"), language)
    if english_expected:
        assert {"Responsibilities", "Find your way", "Glossary"} <= left
    else:
        assert left == set()
