"""The README's "Mentee plans" examples run as written, against the default content.

Why: the docs are the first thing a coordinator copies from; an example that drifted from
the commands, or from the default content's ids, must fail here.
"""

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


def _examples() -> list[list[str]]:
    section = README.read_text(encoding="utf-8").split("## Mentee plans", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None
    commands = []
    for line in block.group(1).replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        assert words[:2] == ["mentorbook", "plan"], line
        commands.append(words[1:])
    return commands


def test_the_readme_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(defaults_dir() / "content", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    examples = _examples()
    # The import example needs a filled-in workbook; test_import.py runs that command.
    runnable = [words for words in examples if words[1] != "import"]
    assert len(runnable) == len(examples) - 1

    for words in runnable:
        answers = "\n" * 8 if "--no-input" not in words else None  # accept every default
        result = runner.invoke(cli, words, input=answers, catch_exceptions=False)
        assert result.exit_code == 0, (words, result.output)
    assert Path("amara.ics").is_file()
