"""Rows that once stopped a whole cohort: a name too long for a file name, escape sequences."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from mentorbook.plans import writer
from mentorbook.schema.models.plan import mentee_slug
from tests.cohort.conftest import TWO_MENTEES, Invoke
from tests.cohort.test_cohort_command import files_below, summary

pytestmark = pytest.mark.slow


def test_a_long_name_gets_a_short_file_and_a_refused_row_stops_no_other(
    tmp_path: Path, cohort: Invoke
) -> None:
    long_name = "Ana María " * 11 + "Díaz"  # 114 characters: a plan takes it, a file name not
    too_long = "Bo " * 100
    (tmp_path / "roster.csv").write_text(
        f"mentee\n{long_name}\n{too_long}\nCai\x1b]0;pwned\x07\nDee Fox\n", encoding="utf-8"
    )

    result = cohort("roster.csv", "-o", "out")

    assert result.exit_code == 1
    assert summary(result.stdout) == (2, 0, 2)
    assert "\x1b" not in result.stderr
    assert result.stderr.splitlines()[:2] == [
        "roster.csv:3: mentee: this text is too long (at most 120 characters); shorten it",
        "roster.csv:4: mentee: a name is one line of text, and this one holds control"
        " characters or line breaks ('Cai\\x1b]0;pwned\\x07'); write the name on one line",
    ]
    slug = mentee_slug(long_name)
    assert len(slug) == 80
    assert files_below(tmp_path / "out" / "workbooks") == sorted([f"{slug}.pdf", "dee-fox.pdf"])


def test_a_full_disk_for_one_plan_fails_that_row_only(
    tmp_path: Path, cohort: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    write = writer.atomic_write_text

    def full_for_bo(path: Path, text: str) -> None:
        if path.name == "bo-li.yml":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        write(path, text)

    monkeypatch.setattr(writer, "atomic_write_text", full_for_bo)
    (tmp_path / "roster.csv").write_text(TWO_MENTEES, encoding="utf-8")

    result = cohort("roster.csv", "-o", "out")

    assert result.exit_code == 1
    assert summary(result.stdout) == (1, 0, 1)
    assert result.stderr.splitlines()[0] == (
        "roster.csv:3: cannot write out/plans/bo-li.yml: No space left on device; free some"
        " space and run the command again (the files already there are unchanged)"
    )
    assert files_below(tmp_path / "out" / "workbooks") == ["ana-diaz.pdf"]
