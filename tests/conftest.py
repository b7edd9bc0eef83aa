"""Fixtures every test area shares: one CliRunner, one small test project, and one headless
Chromium for the whole session.

Why one project: the default content grows while we work; plan and cohort tests need ids and
dates that stay put, and a small program renders quickly. Why one browser: Playwright's sync
API runs one session at a time, so the site's and the report's browser tests share it.
"""

from __future__ import annotations

import shutil
import signal
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

TEST_PROJECT = Path(__file__).parent / "testdata" / "project"
"""A hub with one program, `pilot`, two goal templates and an agreement."""
UNIVERSITY = Path(__file__).parent / "testdata" / "university"
"""A university's hub of two programs: 14-week study circles (three roles of its own, two
co-mentors, a group and peers, an exam break, milestone meetings) and 10-minute speed rounds
without reviews; with plans and a ';' roster."""


def with_ctrl_c_as_in_a_terminal() -> None:
    """Give a child process Ctrl-C's default action, for a `preexec_fn`.

    Why: a shell starts a background job (`make test &`, some CI runners) with SIGINT
    ignored, children inherit that, and Python then keeps ignoring it; a test that stops a
    command with Ctrl-C must start it as a terminal would.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def test_project(tmp_path: Path) -> Path:
    """A copy of TEST_PROJECT in tmp_path/project, to change as a test likes."""
    root = tmp_path / "project"
    shutil.copytree(TEST_PROJECT, root)
    return root


def copy_university(root: Path) -> Path:
    """A copy of UNIVERSITY at `root`, with the repository's mkdocs.yml, as `init` gives one."""
    shutil.copytree(UNIVERSITY, root)
    shutil.copy2(Path(__file__).parents[1] / "mkdocs.yml", root / "mkdocs.yml")
    return root


@pytest.fixture
def university(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the university project, as the working directory."""
    monkeypatch.chdir(copy_university(tmp_path / "university"))
    return Path.cwd()


BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=BROWSER_ARGS
        )
        yield launched
        launched.close()


LOCAL_SCHEMES = {"file", "data", "blob", "about"}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def is_local(url: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname in LOCAL_HOSTS


@dataclass
class Visit:
    """A browser page, and every URL it requested."""

    page: Any
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def visit(browser: Any) -> Iterator[Visit]:
    """A fresh browser page that records every request and lets none leave this machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def only_local(route: Any) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", only_local)
    visit = Visit(context.new_page())
    visit.page.on("request", lambda request: visit.requests.append(request.url))
    yield visit
    context.close()
