"""A hub in English and French, built once and used as a person would, in headless Chromium."""

from __future__ import annotations

import functools
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from mentorbook.project import Project
from mentorbook.site.build import build_site
from tests.site.conftest import Visit, served
from tests.translations.conftest import BILINGUAL

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bilingual") / "hub"
    shutil.copytree(BILINGUAL, root)
    build_site(Project(root), root / "site")
    return root / "site"


@pytest.fixture(scope="module")
def site_url(site: Path) -> Iterator[str]:
    with served(site) as url:
        yield url


def address(site: Path, site_url: str, over: str, uri: str) -> str:
    """The page at `uri` over http, or opened from disk (file://)."""
    return site_url + uri if over == "http" else (site / uri).as_uri()


def test_each_language_is_a_whole_site_in_its_language(site: Path) -> None:
    english = (site / "roles" / "mentor.html").read_text(encoding="utf-8")
    french = (site / "fr" / "roles" / "mentor.html").read_text(encoding="utf-8")

    assert '<html lang="en"' in english and '<html lang="fr"' in french
    assert "Listens, asks and shares." in english
    assert "Écoute avec bienveillance, questionne et partage." in french
    assert "bienveillance" not in english
    # Each search index stems and filters words by the rules of its own language.
    assert '"lang":["fr"]' in (site / "fr" / "search" / "search_index.js").read_text(
        encoding="utf-8"
    )
    assert '"lang":["en"]' in (site / "search" / "search_index.js").read_text(encoding="utf-8")


def test_an_untranslated_text_keeps_the_default_language_for_screen_readers(site: Path) -> None:
    french = (site / "fr" / "roles" / "mentor.html").read_text(encoding="utf-8")

    # The function's description has no translation in fr.po; its answer to the FAQ has one.
    assert '<span lang="en">Lets the mentee think aloud.</span>' in french
    assert "Environ deux heures par mois." in french
    assert '<span lang="en">About two hours a month.' not in french


def test_each_language_has_its_own_workbook_with_its_content(site: Path) -> None:
    english = pdf_text(site / "downloads" / "pilot-workbook.pdf")
    french = pdf_text(site / "fr" / "downloads" / "pilot-workbook.pdf")

    assert "Pilot Program" in english and "Programme pilote" not in english
    assert "Programme pilote" in french


def test_each_language_has_mentorbooks_own_words_in_that_language(site: Path) -> None:
    english = (site / "programs" / "pilot.html").read_text(encoding="utf-8")
    french = (site / "fr" / "programs" / "pilot.html").read_text(encoding="utf-8")

    def shown(words: str, html: str) -> bool:
        return re.search(rf">\s*{re.escape(words)}\s*<", html) is not None

    # The headings and navigation mentorbook writes, not only the content.
    assert shown("At a glance", english) and shown("Roles", english)
    assert shown("L’essentiel", french) and shown("Les étapes", french)
    assert shown("Rôles", french) and shown("Accueil", french)
    assert not shown("At a glance", french) and not shown("Roles", french)


def test_each_languages_blank_workbook_has_mentorbooks_own_words_in_that_language(
    site: Path,
) -> None:
    english = pdf_text(site / "downloads" / "pilot-workbook.pdf")
    french = pdf_text(site / "fr" / "downloads" / "pilot-workbook.pdf")

    assert "How to use this workbook" in english and "Page 2 of" in english
    assert "Mode d’emploi de ce cahier" in french and "Page 2 sur" in french
    assert "How to use this workbook" not in french and "Page 2 of" not in french


def pdf_text(path: Path) -> str:
    return "\n".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages
    )


def test_every_alternate_link_in_a_page_head_leads_to_that_page_in_its_language(
    site: Path,
) -> None:
    pages = [site / "roles" / "mentor.html", site / "fr" / "roles" / "mentor.html"]
    found = {}
    for page in pages:
        for href, lang in re.findall(
            r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)"',
            page.read_text(encoding="utf-8"),
        ):
            found[(page.relative_to(site).as_posix(), lang)] = (page.parent / href).resolve()

    assert found == {
        ("roles/mentor.html", "en"): site / "roles" / "mentor.html",
        ("roles/mentor.html", "fr"): site / "fr" / "roles" / "mentor.html",
        # The French site cannot name the English page in Material's tag (see settings.py).
        ("fr/roles/mentor.html", "fr"): site / "fr" / "roles" / "mentor.html",
    }


def switch_to(visit: Visit, language: str) -> None:
    """Choose `language` in Material's language switcher, as a person does."""
    visit.page.locator(".md-header__option .md-select button").hover()
    visit.page.locator(f"a.md-select__link[hreflang='{language}']").click()


@pytest.mark.parametrize("over", ["http", "file"])
def test_the_switcher_goes_to_the_same_page_in_the_other_language(
    visit: Visit, site: Path, site_url: str, over: str
) -> None:
    url = functools.partial(address, site, site_url, over)

    visit.page.goto(url("roles/mentor.html"))
    switch_to(visit, "fr")
    assert visit.page.url == url("fr/roles/mentor.html")
    assert visit.page.locator("html").get_attribute("lang") == "fr"

    switch_to(visit, "en")
    assert visit.page.url == url("roles/mentor.html")


def search_results(page: Any, words: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words, delay=20)
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    results.first.wait_for(timeout=10_000)
    return [str(link.evaluate("a => a.href")) for link in results.all()]


@pytest.mark.parametrize("over", ["http", "file"])
def test_a_search_finds_pages_of_its_own_language_only(
    visit: Visit, site: Path, site_url: str, over: str
) -> None:
    url = functools.partial(address, site, site_url, over)

    visit.page.goto(url("fr/index.html"))
    french = search_results(visit.page, "bienveillance")
    assert french and all(link.startswith(url("fr/")) for link in french), french
    assert any(re.search(r"fr/roles/mentor\.html", link) for link in french)

    visit.page.goto(url("index.html"))
    english = search_results(visit.page, "Listens")
    assert english and not any(link.startswith(url("fr/")) for link in english), english


def test_export_markdown_writes_every_language(
    runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorbook.cli.main import cli

    monkeypatch.chdir(tmp_path)
    shutil.copytree(BILINGUAL, tmp_path / "hub")

    result = runner.invoke(cli, ["export-markdown", "hub", "out"])

    assert result.exit_code == 0, result.output
    french = (tmp_path / "out" / "fr" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  language: fr\n" in french
    assert "Portail de mentorat Testbed" in (
        tmp_path / "out" / "fr" / "docs" / "index.md"
    ).read_text(encoding="utf-8")
    assert "  language: en\n" in (tmp_path / "out" / "mkdocs.yml").read_text(encoding="utf-8")


def test_a_broken_translation_fails_the_build_and_leaves_every_language_as_it_was(
    runner: Any, site: Path
) -> None:
    from mentorbook.cli.main import cli

    project = site.parent
    before = {path: path.read_bytes() for path in site.rglob("*.html")}
    po = project / "translations" / "content" / "fr.po"
    good = po.read_bytes()
    po.write_text(
        good.decode("utf-8").replace(
            'msgstr "Environ deux heures par mois."', 'msgstr "Environ deux heures.\\n\\nPar mois."'
        ),
        encoding="utf-8",
    )
    try:
        result = runner.invoke(cli, ["build", str(project)])
    finally:
        po.write_bytes(good)

    assert result.exit_code == 1
    assert "the translation has a blank line" in result.stderr
    assert {path: path.read_bytes() for path in site.rglob("*.html")} == before
    assert sorted(path.name for path in project.iterdir() if path.name.startswith(".site.")) == [
        ".site.lock"
    ]
