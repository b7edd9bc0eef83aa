"""The built default hub, used as a person would: in headless Chromium, over http and file://."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pypdf
import pytest

from mentorbook.schema.loader import load_content
from tests.site.conftest import REPO_ROOT, Visit, is_local

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def nav_link(page: Any, title: str) -> Any:
    """The link titled exactly `title` in the sidebar navigation."""
    exact = re.compile(rf"^\s*{re.escape(title)}\s*$")
    return page.locator(".md-sidebar--primary a.md-nav__link", has_text=exact).first


def heading(page: Any) -> str:
    """The page's h1 without the permalink sign the table of contents adds."""
    return str(page.locator("h1").first.inner_text()).rstrip("¶").strip()


def search(page: Any, words: str) -> Any:
    """Type `words` into the search box as a person would; the result links."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words, delay=20)
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    results.first.wait_for(timeout=10_000)
    return results


def test_home_page_loads(visit: Visit, site_url: str, default_project: Path) -> None:
    settings = load_content(default_project / "content").settings
    response = visit.page.goto(site_url + "index.html")

    assert response is not None and response.status == 200
    assert settings.site_name in visit.page.title()
    assert heading(visit.page) == settings.site_name
    assert (
        visit.page.locator("img[src$='-timeline.svg']").first.evaluate("img => img.naturalWidth")
        > 0
    )


def test_navigation_reaches_every_role_page(visit: Visit, site_url: str) -> None:
    roles = load_content(REPO_ROOT / "content").roles
    for role in roles.values():
        visit.page.goto(site_url + "index.html")
        nav_link(visit.page, role.name).click()

        assert visit.page.url == f"{site_url}roles/{role.id}.html"
        assert heading(visit.page) == role.name


def test_search_finds_the_reverse_mentoring_format(visit: Visit, site_url: str) -> None:
    visit.page.goto(site_url + "index.html")

    results = search(visit.page, "reverse mentoring")

    paths = [urlsplit(results.nth(i).get_attribute("href")).path for i in range(results.count())]
    assert f"{urlsplit(site_url).path}formats/reverse.html" in paths


def test_blank_workbook_download_is_a_pdf(visit: Visit, site_url: str) -> None:
    visit.page.goto(site_url + "downloads.html")
    link = visit.page.locator("article a[href$='.pdf']").first
    url = link.evaluate("a => a.href")

    response = visit.page.request.get(url)

    assert response.status == 200
    body = response.body()
    assert body.startswith(b"%PDF")
    assert len(pypdf.PdfReader(io.BytesIO(body)).pages) > 1


def test_no_request_leaves_localhost(visit: Visit, site_url: str) -> None:
    for page in (
        "index.html",
        "roles/mentor.html",
        "formats/index.html",
        "programs/foundations.html",
    ):
        visit.page.goto(site_url + page, wait_until="networkidle")
    search(visit.page, "goal")

    assert len(visit.requests) > 10
    assert [url for url in visit.requests if not is_local(url)] == []


def test_site_works_from_file_url(visit: Visit, default_site: Path) -> None:
    visit.page.goto((default_site / "index.html").as_uri())
    nav_link(visit.page, "Mentor").click()

    assert visit.page.url == (default_site / "roles" / "mentor.html").as_uri()
    assert heading(visit.page) == "Mentor"
    results = search(visit.page, "reverse mentoring")
    first = urlsplit(results.first.get_attribute("href")).path
    assert first == (default_site / "formats" / "reverse.html").as_posix()
    assert [url for url in visit.requests if not is_local(url)] == []
