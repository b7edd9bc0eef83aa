"""The README cannot drift: every command has an example there, and the examples run.

Why: the README is the first thing a coordinator copies from. Every `mentorbook ...` line
of a ```sh block is run here, in order, in a project made by the README's own `init`
example; where the README shows what a command prints, the same output is made here and
compared. Lines that cannot run in a test are named in NOT_RUN, each with its reason.
"""

from __future__ import annotations

import shlex
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.cohort.roster import read_csv_roster
from mentorbook.errors import ContentError
from mentorbook.project import defaults_dir
from mentorbook.schema.loader import load_content
from tests.report.cohort import write_cohort_project

README = Path(__file__).parents[1] / "README.md"

ROSTER_HEADER = "mentee,mentor,program,start,email,goals\n"

NOT_RUN = {
    "make ": "sets up the machine, or runs this suite and the benchmarks",
    ".venv/bin/pytest": "runs this suite",
    ".venv/bin/ruff": "formats the code",
    "MENTORBOOK_SEEDS=": "runs this suite on the seed articles",
    "MENTORBOOK_UPDATE_GOLDEN=": "rewrites golden files",
    "git diff": "shows changes to golden files",
    "mentorbook serve": "never exits; tests/site/test_cli.py starts it and stops it",
    "mentorbook plan import": "needs a workbook filled in a PDF reader; tests/plans/test_import.py runs it",
}
"""Shell lines of the README that no test here runs, by how they start, and why."""

EXIT_STATUS = {
    "mentorbook certificate plans/": (
        1,
        "the README's plans are short of the completion rule, which the command names;"
        " tests/certificate makes certificates of complete plans",
    ),
}
"""Examples that end with another exit status than 0 here, by how they start, and why."""


@dataclass(frozen=True)
class Example:
    line: int
    """Where the example starts in the README, for messages."""
    words: list[str]

    @property
    def text(self) -> str:
        return shlex.join(self.words)


def _blocks(language: str) -> Iterator[tuple[int, str]]:
    """The README's fenced blocks of `language` ('' for none), with the line each starts on."""
    opened: tuple[int, str] | None = None
    lines: list[str] = []
    for number, line in enumerate(README.read_text(encoding="utf-8").splitlines(), start=1):
        if opened is None and line.startswith("```"):
            opened, lines = (number + 1, line[3:].strip()), []
        elif opened is not None and line == "```":
            if opened[1] == language:
                yield opened[0], "".join(f"{text}\n" for text in lines)
            opened = None
        elif opened is not None:
            lines.append(line)


def shell_examples() -> list[Example]:
    examples = []
    for first_line, block in _blocks("sh"):
        lines = block.splitlines()
        number = 0
        while number < len(lines):
            start, text = number, lines[number]
            while text.endswith("\\"):
                number += 1
                text = text[:-1] + " " + lines[number]
            number += 1
            words = shlex.split(text, comments=True)
            if words:
                examples.append(Example(first_line + start, words))
    return examples


def _not_run(example: Example) -> bool:
    return any(example.text.startswith(prefix) for prefix in NOT_RUN)


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name)


def test_every_command_and_subcommand_has_an_example() -> None:
    shown = {tuple(example.words[1:3]) for example in shell_examples()}
    shown |= {tuple(example.words[1:2]) for example in shell_examples()}
    missing = [" ".join(path) for path in _commands(cli) if path not in shown]

    assert missing == [], "add a ```sh example to README.md for: mentorbook " + ", ".join(missing)


def test_every_shell_line_is_a_command_a_test_runs_or_one_named_not_to_run() -> None:
    unknown = [
        f"README.md:{example.line}: {example.text}"
        for example in shell_examples()
        if example.words[0] not in ("mentorbook", "cd") and not _not_run(example)
    ]

    assert unknown == []


@pytest.mark.slow
def test_the_shell_examples_run_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    """From `init` on, each example works on what the ones before it made."""
    monkeypatch.chdir(tmp_path)
    ran = []
    for example in shell_examples():
        if _not_run(example) or (example.words[0] != "mentorbook" and example.words[0] != "cd"):
            continue
        if example.words[0] == "cd":
            monkeypatch.chdir(example.words[1])
            _write_readme_roster(Path("roster.csv"))
            continue
        # `plan new` without --no-input asks; take every default, as Enter does.
        answers = "\n" * 8 if "--no-input" not in example.words else None
        result = runner.invoke(cli, example.words[1:], input=answers, catch_exceptions=False)
        expected = next(
            (code for start, (code, _) in EXIT_STATUS.items() if example.text.startswith(start)), 0
        )
        assert result.exit_code == expected, (
            f"README.md:{example.line}: {example.text}",
            result.output,
        )
        ran.append(example.words[1])

    assert {"init", "check", "plan", "workbook", "build", "cohort"} <= set(ran)
    assert Path("amara.ics").is_file()
    assert Path("cohort/workbooks/amara-okafor.pdf").is_file()


def _write_readme_roster(path: Path) -> None:
    """The roster the README shows (its ```csv block), for the `cohort` examples."""
    ((_, roster),) = [block for block in _blocks("csv") if block[1].startswith(ROSTER_HEADER)]
    path.write_text(roster, encoding="utf-8")


def test_the_check_output_shown_is_what_check_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's example errors, made in a copy of the default content."""
    monkeypatch.chdir(tmp_path)
    ((_, shown),) = [block for block in _blocks("") if "Found " in block[1]]
    content = Path("content")
    shutil.copytree(defaults_dir() / "content", content)
    program = content / "programs" / "foundations.yml"
    program.write_text(
        program.read_text(encoding="utf-8").replace("  - affinity-circle\n", "  - grup\n"),
        encoding="utf-8",
    )
    mentor = content / "roles" / "mentor.yml"
    mentor.write_text(
        mentor.read_text(encoding="utf-8").replace(
            "  - Listen more than you speak, and ask before you advise.\n", '  - ""\n'
        ),
        encoding="utf-8",
    )

    with pytest.raises(ContentError) as raised:
        load_content(content)

    printed = [str(problem) for problem in raised.value.problems] + [raised.value.message]
    assert printed == shown.splitlines()


def test_the_bad_roster_rows_shown_are_what_cohort_prints() -> None:
    """The README's two bad rows, at the lines it gives; the run's summary lines are only
    illustrated (a cohort of 1,000 takes minutes; tests/cohort checks their form)."""
    ((_, shown),) = [block for block in _blocks("text") if "roster.csv:" in block[1]]
    rows = ["Amara Okafor", *(f"Mentee {n},,foundations" for n in range(3, 7))]
    rows += ["Pat Lee,,fundations", "Sam Roe", "amara okafor"]
    hub = load_content(defaults_dir() / "content")
    roster = read_csv_roster(
        ("mentee,mentor,program\n" + "\n".join(rows) + "\n").encode(),
        "roster.csv",
        programs=list(hub.programs),
        goals=list(hub.goals),
    )

    assert [str(problem) for problem in roster.problems] == [
        line for line in shown.splitlines() if line.startswith("roster.csv:")
    ]


def test_the_match_example_prints_and_writes_what_is_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    """The worked matching example, on the content and example file `init` copies."""
    (example,) = [e for e in shell_examples() if e.words[:2] == ["mentorbook", "match"]]
    ((_, printed),) = [block for block in _blocks("text") if block[1].startswith("Matched ")]
    ((_, roster),) = [
        block for block in _blocks("csv") if block[1].startswith("mentee,mentor,program,email")
    ]
    shutil.copytree(defaults_dir() / "content", tmp_path / "content")
    shutil.copytree(defaults_dir() / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(cli, example.words[1:])

    assert (result.exit_code, result.output) == (0, printed)
    assert Path("matches.csv").read_text(encoding="utf-8") == roster
    assert Path("match-report.html").is_file()


@pytest.mark.slow
def test_the_certificate_output_shown_is_what_certificate_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    """The README's shortfall lines: Chen Wei's plan of the report tests' cohort falls short
    of the completion rule in three ways, and Gil Mar's meets it."""
    ((_, shown),) = [block for block in _blocks("text") if "no certificate yet" in block[1]]
    monkeypatch.chdir(write_cohort_project(tmp_path / "project"))

    result = runner.invoke(
        cli, ["certificate", "plans/chen-wei.yml", "plans/gil-mar.yml", "-o", "certificates"]
    )

    assert (result.exit_code, result.output) == (1, shown)
