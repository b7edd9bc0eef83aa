"""Hostile content: no file from outside the project, no plan and no script reaches a built site.

Each test builds the whole site (or an export) and searches every file it wrote.
"""

from __future__ import annotations

import html.parser
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from tests.site.conftest import PRIVATE_MARKER, Visit, write_private_plan

pytestmark = pytest.mark.slow

OUTSIDE_MARKER = "WOMBAT-OUTSIDE-7731"
"""Written into a file beside the project; must never be published."""


def published_text(site: Path) -> dict[str, str]:
    """Every file of a built site or export, but the PDFs (checked by the workbook tests), as text."""
    return {
        str(path.relative_to(site)): path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(site.rglob("*"))
        if path.is_file() and path.suffix != ".pdf"
    }


class PayloadFinder(html.parser.HTMLParser):
    """Markup that would run or embed something: the payloads below, as tags, not as text."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_script = tag == "script"
        if tag in {"iframe", "object", "embed"}:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on") and "alert(" in value:
                self.found.append(f"{tag} {name}={value}")
            if name in {"href", "src", "action"} and value.startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")
            if name == "rel" and value == "attachment":
                self.found.append(f"{tag} rel=attachment")

    def handle_data(self, data: str) -> None:
        if self.in_script and "alert(" in data:
            self.found.append(f"<script>{data}")

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False


def payloads_in(text: str) -> list[str]:
    finder = PayloadFinder()
    finder.feed(text)
    return finder.found


def markup_payloads(texts: dict[str, str]) -> dict[str, list[str]]:
    """The payloads found in each page and picture, and in the HTML the search index holds."""
    found: dict[str, list[str]] = {}
    for name, text in texts.items():
        if name.endswith("search_index.json"):
            documents = json.loads(text)["docs"]
            found[name] = [p for doc in documents for p in payloads_in(doc["title"] + doc["text"])]
        elif name.endswith((".html", ".svg", ".md")):
            found[name] = payloads_in(text)
    return {name: payloads for name, payloads in found.items() if payloads}


def link_outside_and_into_plans(project: Path) -> None:
    outside = project.resolve().parent / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(OUTSIDE_MARKER, encoding="utf-8")
    write_private_plan(project)
    assets = project / "content" / "assets"
    (assets / "pw.txt").symlink_to(outside / "secret.txt")
    (assets / "plans").symlink_to(Path("..") / ".." / "plans")
    (assets / "elsewhere").symlink_to(outside)


LINK_ERRORS = (
    "hub/content/assets/elsewhere:1:1: this links to {outside}, outside the project, and would"
    " publish it; copy what you need into content/assets/ instead of linking to it\n"
    "hub/content/assets/plans:1:1: this links to {plans}, inside plans/, where mentees' private"
    " plans are kept, which are never published; remove the link\n"
    "hub/content/assets/pw.txt:1:1: this links to {outside}/secret.txt, outside the project, and"
    " would publish it; copy what you need into content/assets/ instead of linking to it\n"
    "Found 3 errors in 3 content files.\n"
)


@pytest.mark.parametrize(
    "command",
    [
        ["build", "hub"],
        ["export-markdown", "hub", "out"],
        ["serve", "hub", "--dev-addr", "127.0.0.1:8765"],  # refused before it listens
        ["check", "hub"],
    ],
)
def test_links_out_of_the_project_or_into_plans_are_refused(
    runner: CliRunner, small_project: Path, command: list[str]
) -> None:
    link_outside_and_into_plans(small_project)
    real = small_project.resolve()

    result = runner.invoke(cli, command)

    assert result.exit_code == 1
    assert result.output == LINK_ERRORS.format(
        outside=real.parent / "outside", plans=real / "plans"
    )
    assert not (small_project / "site").exists() and not Path("out").exists()


def test_links_inside_the_project_are_published_and_nothing_else(
    runner: CliRunner, small_project: Path
) -> None:
    link_outside_and_into_plans(small_project)
    for name in ("pw.txt", "plans", "elsewhere"):
        (small_project / "content" / "assets" / name).unlink()
    branding = small_project / "branding"
    branding.mkdir()
    (branding / "badge.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (small_project / "content" / "assets" / "badge.svg").symlink_to(
        Path("..") / ".." / "branding" / "badge.svg"
    )

    built = runner.invoke(cli, ["build", "hub"])
    exported = runner.invoke(cli, ["export-markdown", "hub", "out"])

    assert (built.exit_code, exported.exit_code) == (0, 0), built.output + exported.output
    for folder in (small_project / "site", Path("out")):
        texts = published_text(folder)
        assert len(texts) > 10
        assert [n for n, t in texts.items() if OUTSIDE_MARKER in t or PRIVATE_MARKER in t] == []
    assert (small_project / "site" / "assets" / "badge.svg").is_file()
    assert (Path("out") / "docs" / "assets" / "badge.svg").is_file()


HOSTILE_HUB = """\
organisation: 'Guild <img src=x onerror=alert(1)>'
site_name: '<script>alert("site")</script> Hub'
tagline: '<iframe src="javascript:alert(2)"></iframe> & friends'
logo: assets/logo.svg
repo_url: https://git.example.org/testbed/hub
edit_uri: edit/main/content/
"""
HOSTILE_ROLE = """\
id: mentor
name: '<svg onload=alert(3)> Mentor'
summary: 'Listens [and clicks](javascript:alert(4)) {: onclick="alert(5)" }'
order: 1
description: |
  A *helpful* person.<script>alert(6)</script>

  <img src="x" onerror="alert(7)"> [a link](javascript:alert(8)) [fine](https://example.org/)
  <link rel="attachment" href="file:///etc/passwd"> <a rel="attachment" href="../../plans/x.yml">plan</a>
responsibilities:
  - '<b onmouseover=alert(9)>Keep</b> the meetings'
"""


def write_hostile_content(project: Path, *, allow_html: bool = False) -> None:
    content = project / "content"
    extra = "allow_html: true\n" if allow_html else ""
    (content / "hub.yml").write_text(HOSTILE_HUB + extra, encoding="utf-8")
    (content / "roles" / "mentor.yml").write_text(HOSTILE_ROLE, encoding="utf-8")
    goal = content / "goals" / "speak-up.yml"
    goal.write_text(
        goal.read_text(encoding="utf-8").replace(
            "title: Speak up in meetings", "title: '</title><img src=x onerror=alert(10)> Speak up'"
        ),
        encoding="utf-8",
    )


def test_hostile_content_reaches_no_page_as_markup(runner: CliRunner, small_project: Path) -> None:
    write_hostile_content(small_project)

    result = runner.invoke(cli, ["build", "hub"])

    assert result.exit_code == 0, result.output
    texts = published_text(small_project / "site")
    assert markup_payloads(texts) == {}
    mentor = texts["roles/mentor.html"]
    # Plain text is shown as typed; Markdown keeps its formatting and its safe links.
    assert '">&lt;svg onload=alert(3)&gt; Mentor<a class="headerlink"' in mentor
    assert (
        "<title>&lt;svg onload=alert(3)&gt; Mentor - &lt;script&gt;alert(&#34;site&#34;)"
        "&lt;/script&gt; Hub</title>"
    ) in mentor
    assert "A <em>helpful</em> person." in mentor
    assert '<a href="https://example.org/">fine</a>' in mentor
    assert "&lt;iframe" in texts["index.html"] and "&amp; friends" in texts["index.html"]
    # A page the navigation does not list takes its title from the content, escaped too.
    assert (
        "<title>&lt;/title&gt;&lt;img src=x onerror=alert(10)&gt; Speak up - "
        in (texts["goals/speak-up.html"])
    )


def test_allow_html_keeps_raw_html_but_still_escapes_plain_text(
    runner: CliRunner, small_project: Path
) -> None:
    write_hostile_content(small_project, allow_html=True)

    result = runner.invoke(cli, ["build", "hub"])

    assert result.exit_code == 0, result.output
    texts = published_text(small_project / "site")
    # The authors are trusted: their Markdown's raw HTML and links are kept as written.
    assert markup_payloads(texts) == {
        "index.html": ["a href=javascript:alert(4)"],
        "roles/mentor.html": [
            "a href=javascript:alert(4)",
            "<script>alert(6)",
            "img onerror=alert(7)",
            "a href=javascript:alert(8)",
            "link rel=attachment",
            "a rel=attachment",
        ],
    }
    mentor = texts["roles/mentor.html"]
    assert "<script>alert(6)</script>" in mentor
    assert '">&lt;svg onload=alert(3)&gt; Mentor<a class="headerlink"' in mentor


@pytest.mark.browser
def test_no_hostile_script_runs_in_a_browser(
    runner: CliRunner, small_project: Path, visit: Visit
) -> None:
    """Every page of the hostile hub, opened in Chromium and searched: no alert() ever fires."""
    write_hostile_content(small_project)
    assert runner.invoke(cli, ["build", "hub"]).exit_code == 0
    site = (small_project / "site").resolve()
    alerts: list[str] = []
    visit.page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    pages = sorted(site.rglob("*.html"))

    for page in pages:
        visit.page.goto(page.as_uri())
    visit.page.goto((site / "index.html").as_uri())
    visit.page.locator("input.md-search__input").click()
    visit.page.locator("input.md-search__input").press_sequentially("Mentor", delay=20)
    visit.page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    visit.page.mouse.move(200, 300)

    assert len(pages) > 15
    assert alerts == []
    assert "<svg onload=alert(3)> Mentor" in visit.page.locator(".md-search-result").inner_text()
