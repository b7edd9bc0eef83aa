"""The MkDocs plugin's settings, and `mentorbook serve` rebuilding when a YAML file changes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from mentorbook.site.settings import OFFLINE_SHIM_URI
from tests.site.conftest import wait_for


def test_plugin_takes_settings_from_hub_yml_and_watches_content(small_project: Path) -> None:
    from mkdocs.config import load_config

    (small_project / "templates").mkdir()
    config = load_config(str(small_project / "mkdocs.yml"))

    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    config.plugins.on_shutdown()  # stops the workbook's render, which no build waits for here

    root = small_project.resolve()
    assert config.site_name == "Testbed Mentoring Hub"
    assert config.docs_dir == str(root / "content")
    assert str(root / "content") in config.watch
    assert str(root / "templates") in config.watch
    assert config.theme["font"] is False
    assert config.theme["palette"]["primary"] == "teal"
    assert config.use_directory_urls is False
    assert config.extra["polyfills"] == [OFFLINE_SHIM_URI]
    assert config.nav[0] == {"Home": "index.md"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def page_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        # Not serving yet, or busy rebuilding: the caller asks again.
        return ""


@pytest.mark.slow
def test_serve_rebuilds_when_a_yaml_file_changes(small_project: Path, tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/roles/mentor.html"
    mentorbook = Path(sys.executable).parent / "mentorbook"
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [str(mentorbook), "serve", "hub", "--dev-addr", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    try:
        assert wait_for(lambda: "Listens, asks and shares." in page_text(url), 120)
        role = small_project / "content" / "roles" / "mentor.yml"
        role.write_text(role.read_text().replace("Listens, asks", "Listens closely, asks"))

        assert wait_for(lambda: "Listens closely, asks and shares." in page_text(url), 120)
        role.write_text(role.read_text().replace("summary:", "sumary:"))

        problem = "hub/content/roles/mentor.yml:3:1: sumary: 'sumary' is not a field here"
        still = "Still serving the last good site; it is rebuilt when the errors are fixed."
        assert wait_for(lambda: still in (tmp_path / "serve.log").read_text(), 120)
        assert problem in (tmp_path / "serve.log").read_text()
        # The last good page comes back at once, not after the next successful build.
        asked = time.monotonic()
        with urllib.request.urlopen(url, timeout=10) as response:
            assert "Listens closely, asks and shares." in response.read().decode("utf-8")
        assert time.monotonic() - asked < 5
        fixed = role.read_text().replace("sumary:", "summary:").replace("closely", "carefully")
        role.write_text(fixed)

        assert wait_for(lambda: "Listens carefully, asks and shares." in page_text(url), 120)
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    assert not list(tmp_path.glob("mentorbook-serve-*")), "serve removes its folder"


def test_serve_with_broken_content_says_where_and_exits(small_project: Path) -> None:
    # A separate process: MkDocs leaves the server's socket to the process's exit here.
    role = small_project / "content" / "roles" / "mentor.yml"
    role.write_text(role.read_text().replace("summary:", "sumary:"))
    mentorbook = Path(sys.executable).parent / "mentorbook"

    finished = subprocess.run(
        [str(mentorbook), "serve", "hub", "--dev-addr", f"127.0.0.1:{free_port()}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert finished.returncode == 1
    assert finished.stderr.endswith(
        "hub/content/roles/mentor.yml:3:1: sumary: 'sumary' is not a field here"
        " (did you mean 'summary'?); remove it or fix its spelling\n"
        "Found 1 error in 1 content file.\n"
    )
