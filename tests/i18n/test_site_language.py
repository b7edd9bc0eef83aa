"""A hub in French or German gets its site's fixed words in its language; a project's `.po` wins."""

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
from tests.i18n.english import english_left_in, shipped_catalog
from tests.site.conftest import make_project

TESTDATA = Path(__file__).parents[1] / "testdata"
HUBS = {"fr": TESTDATA / "hub-fr", "de": TESTDATA / "hub-de"}
"""A small hub per shipped language other than English, its content written in it."""
RESPONSIBILITIES = {"fr": "Responsabilités", "de": "Aufgaben"}


def _pages(project_root: Path, language: str | None) -> dict[str, str]:
    hub = load_content(project_root / "content")
    return render_pages(Project(project_root), site_plan(hub, language, project_root))


@pytest.mark.parametrize("language", sorted(HUBS))
def test_a_site_in_the_hubs_language_has_no_english_fixed_words(
    tmp_path: Path, language: str
) -> None:
    root = tmp_path / f"hub-{language}"
    shutil.copytree(HUBS[language], root)
    pages = _pages(root, None)
    assert english_left_in("\n".join(pages.values()), language) == set()
    role_pages = [page for uri, page in pages.items() if uri.startswith("roles/")]
    assert all(f"## {RESPONSIBILITIES[language]}\n" in page for page in role_pages)
    assert role_pages


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
        (HUBS["fr"], "fr", False),
        (HUBS["de"], "de", False),
        (TESTDATA / "project", "fr", True),
        (TESTDATA / "project", "de", True),
    ],
    ids=["fr", "de", "en-proves-the-fr-check-can-fail", "en-proves-the-de-check-can-fail"],
)
def test_a_built_site_shows_no_english_fixed_word(
    tmp_path: Path, hub: Path, language: str, english_expected: bool
) -> None:
    project = make_project(tmp_path / "hub", hub / "content")
    build_site(Project(project), project / "site")
    left = english_left_in(_visible_text(project / "site"), language)
    if english_expected:
        assert {"Responsibilities", "Find your way", "Glossary"} <= left
    else:
        assert left == set()
