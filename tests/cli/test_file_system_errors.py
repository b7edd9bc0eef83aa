"""A full disk, a read-only one or a missing permission: a message naming the file, exit 1.

Files are written atomically, so the user's files stay byte-identical; these tests check
the message, and that nothing changed.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from tests.cli.conftest import snapshot

PLAN = "hub/plans/ana-lima.yml"


def _fail_writes(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def failing(descriptor: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing)


@pytest.fixture
def plan(runner: CliRunner, project: Path) -> Path:
    result = runner.invoke(
        cli, ["plan", "new", PLAN, "--mentee", "Ana Lima", "--no-input", "--project", "hub"]
    )
    assert result.exit_code == 0, result.output
    return Path(PLAN)


@pytest.mark.parametrize(
    ("code", "advice"),
    [
        (
            errno.ENOSPC,
            "No space left on device; free some space and run the command again"
            " (the files already there are unchanged)",
        ),
        (
            errno.EDQUOT,
            "Disk quota exceeded; free some space and run the command again"
            " (the files already there are unchanged)",
        ),
        (errno.EROFS, "Read-only file system; write to a folder on another disk"),
    ],
)
def test_plan_goal_on_a_full_disk(
    runner: CliRunner,
    project: Path,
    plan: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    advice: str,
) -> None:
    before = snapshot(project)
    _fail_writes(monkeypatch, code)

    result = runner.invoke(cli, ["plan", "goal", PLAN, "--title", "Speak up", "--project", "hub"])

    assert result.exit_code == 1
    assert result.output == f"Error: cannot write {PLAN}: {advice}\n"
    assert snapshot(project) == before


def test_workbook_into_a_folder_without_permission(
    runner: CliRunner, project: Path, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorbook.workbook import WorkbookRenderer

    monkeypatch.setattr(WorkbookRenderer, "render", lambda *args, **kwargs: b"%PDF-1.7\n")
    _fail_writes(monkeypatch, errno.EACCES)
    Path("ana.pdf").write_bytes(b"the old workbook")

    result = runner.invoke(cli, ["workbook", PLAN, "-o", "ana.pdf", "--force", "--project", "hub"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: cannot use ana.pdf: Permission denied; check the permissions of the file"
        " and its folder, or choose another place\n"
    )
    assert Path("ana.pdf").read_bytes() == b"the old workbook"
    assert sorted(path.name for path in Path().iterdir()) == ["ana.pdf", "hub"]


def test_an_unexpected_os_error_is_not_hidden(
    runner: CliRunner, project: Path, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_writes(monkeypatch, errno.EBADF)

    result = runner.invoke(cli, ["plan", "goal", PLAN, "--title", "Speak up", "--project", "hub"])

    assert result.exit_code == 1
    assert isinstance(result.exception, OSError)
    assert result.exception.errno == errno.EBADF


@pytest.mark.slow
def test_build_on_a_full_disk_keeps_the_site(
    runner: CliRunner, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mkdocs.utils

    from tests.site.conftest import REPO_ROOT

    (project / "mkdocs.yml").write_bytes((REPO_ROOT / "mkdocs.yml").read_bytes())
    assert runner.invoke(cli, ["build", "hub"]).exit_code == 0
    before = snapshot(project)

    def disk_full(content: bytes, output_path: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), output_path)

    monkeypatch.setattr(mkdocs.utils, "write_file", disk_full)

    result = runner.invoke(cli, ["build", "hub"])

    assert result.exit_code == 1
    assert re.fullmatch(
        r"Error: cannot write hub/\.site\.new\.\w+/\S+: No space left on device; free some"
        r" space and run the command again \(the files already there are unchanged\)\n",
        result.output,
    ), result.output
    assert snapshot(project) == before
