"""Fixtures for the site tests: projects to build, the default hub built once, a browser."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from mentorbook.project import Project
from mentorbook.site.build import build_site

REPO_ROOT = Path(__file__).resolve().parents[2]
TESTDATA = Path(__file__).parent / "testdata"
PRIVATE_MARKER = "QUOKKA-PRIVATE-5150"
"""Written into a mentee's plan; must never appear anywhere in a built site."""
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def wait_for(check: Callable[[], object], seconds: float) -> bool:
    """Ask `check` until it holds, for at most `seconds`; whether it ever held."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def make_project(root: Path, content: Path) -> Path:
    """A project folder holding a copy of `content` and the default mkdocs.yml."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(content, root / "content")
    shutil.copy2(REPO_ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


def write_private_plan(project: Path) -> None:
    plans = project / "plans"
    plans.mkdir()
    (plans / "robin-quill.yml").write_text(
        "mentee: Robin Quill\n"
        "program: foundations\n"
        f"vision: {PRIVATE_MARKER} lead a team by next spring\n"
        "goals:\n"
        f"  - id: secret-goal\n    title: {PRIVATE_MARKER} goal\n",
        encoding="utf-8",
    )


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def small_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`hub/`, the small test hub of testdata/; the working directory is its parent."""
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path / "hub", TESTDATA / "hub" / "content")
    return Path("hub")


@pytest.fixture(scope="session")
def default_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default content as a project, with a mentee's plan in its plans/ folder."""
    root = make_project(tmp_path_factory.mktemp("default") / "hub", REPO_ROOT / "content")
    write_private_plan(root)
    return root


@pytest.fixture(scope="session")
def default_site(default_project: Path) -> Path:
    """The default hub, built once per test session."""
    site = default_project / "site"
    build_site(Project(default_project), site)
    return site


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output free of one line per request."""


@pytest.fixture(scope="session")
def site_url(default_site: Path) -> Iterator[str]:
    """The built default hub, served over http on a free port of 127.0.0.1."""
    handler = functools.partial(QuietHandler, directory=str(default_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


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
