"""Edits keep the human's file: comments, key order, quoting, long lines and list indentation.

Each case applies the same commands to testdata/test_roundtrip/<case>.before.yml and
compares the result with <case>.after.yml (`MENTORBOOK_UPDATE_GOLDEN=1` rewrites it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.golden import golden
from tests.plans.conftest import TESTDATA, Invoke

CASES = TESTDATA / "test_roundtrip"
COMMANDS = [
    ["goal", "--title", "Lead the retro", "--due", "2026-12-15"],
    [
        "log",
        "--date",
        "2026-09-22",
        "--notes",
        "Second meeting.\nShorter.",
        "--next",
        "Try the retro",
    ],
    ["agree", "--tick", "confidential", "--mentor-signed", "2026-09-09"],
    ["reflect", "--prompt", "feelings", "--text", "Nervous, then fine.", "--date", "2026-09-23"],
    ["review", "midpoint", "--date", "2026-10-13", "--went-well", "We kept every meeting."],
]


@pytest.mark.parametrize("case", ["indented", "flush", "blocks"])
def test_commands_change_only_what_they_mean(invoke: Invoke, project: Path, case: str) -> None:
    plan = Path("plans/amara-okafor.yml")
    plan.parent.mkdir()
    shutil.copyfile(CASES / f"{case}.before.yml", plan)

    for command in COMMANDS:
        result = invoke(command[0], str(plan), *command[1:])
        assert result.exit_code == 0, result.output

    actual = plan.read_text(encoding="utf-8")
    assert actual == golden(CASES / f"{case}.after.yml", actual)


def test_a_plan_saved_with_windows_line_ends_keeps_them(invoke: Invoke, amara: Path) -> None:
    amara.write_bytes(amara.read_bytes().replace(b"\n", b"\r\n"))

    result = invoke("log", str(amara), "--date", "2026-09-08", "--notes", "One\nTwo")

    assert result.exit_code == 0
    data = amara.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")
    assert b"    notes: |-\r\n      One\r\n      Two\r\n" in data
