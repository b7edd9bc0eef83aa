"""The README's worked matching example prints and writes exactly what the README shows."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.project import defaults_dir

README = Path(__file__).parents[2] / "README.md"


def _block(section: str, language: str) -> str:
    found = re.search(rf"```{language}\n(.*?)```", section, re.DOTALL)
    assert found is not None, language
    return found.group(1)


def test_the_worked_example_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = README.read_text(encoding="utf-8").split("## Matching", 1)[1].split("\n## ", 1)[0]
    command = shlex.split(_block(section, "sh").splitlines()[0])
    shutil.copytree(defaults_dir() / "content", tmp_path / "content")
    shutil.copytree(defaults_dir() / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)

    assert command[:2] == ["mentorbook", "match"]
    result = CliRunner().invoke(cli, command[1:])

    assert (result.exit_code, result.output) == (0, _block(section, "text"))
    assert Path("matches.csv").read_text(encoding="utf-8") == _block(section, "csv")
    assert Path("match-report.html").is_file()
