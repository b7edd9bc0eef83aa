"""SOURCE_DATE_EPOCH is checked before any command runs; a bad one is an error naming it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.source_date import source_date


@pytest.mark.parametrize("value", ["99999999999999999999", "", "yesterday", "-1", "١٢٣"])
def test_a_value_that_is_not_a_time_is_an_error_naming_the_variable(
    runner: CliRunner, project: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)

    result = runner.invoke(cli, ["check", "hub"])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: the environment variable SOURCE_DATE_EPOCH is '{value}', which is not a time;"
        " set it to the seconds since 1970-01-01 UTC (such as the output of"
        " 'git log -1 --format=%ct'), or unset it\n"
    )


def test_the_last_day_a_date_can_hold_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "253402300799")

    assert source_date() == dt.date(9999, 12, 31)


def test_unset_means_no_fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)

    assert source_date() is None
