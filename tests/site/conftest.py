"""Fixtures for the site tests: projects to build, and the default hub built and served once."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorbook.project import Project
from mentorbook.site.build import build_site
from tests.conftest import Visit, is_local

__all__ = ["Visit", "is_local"]  # the site tests import them from here too

REPO_ROOT = Path(__file__).resolve().parents[2]
TESTDATA = Path(__file__).parent / "testdata"
PRIVATE_MARKER = "QUOKKA-PRIVATE-5150"
"""Written into a mentee's plan; must never appear anywhere in a built site."""


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
    with served(default_site) as url:
        yield url


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """`folder` served over http on a free port of 127.0.0.1, while the block runs."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
