"""Sharding: every mentee in exactly one shard, decided by the slug alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mentorbook.cohort.shard import Shard, parse_shard, shard_of
from tests.cohort.conftest import Invoke

SLUGS = [f"mentee-{number}" for number in range(3000)]


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8])
def test_the_shards_together_hold_every_mentee_exactly_once(count: int) -> None:
    shards = [Shard(index, count) for index in range(1, count + 1)]
    holders = [[shard for shard in shards if shard.holds(slug)] for slug in SLUGS]
    assert all(len(found) == 1 for found in holders)
    sizes = [sum(1 for found in holders if found[0] == shard) for shard in shards]
    assert min(sizes) > 0.8 * len(SLUGS) / count


def test_a_mentee_keeps_its_shard_whatever_the_roster_around_it() -> None:
    # Pinned: a change here would move every mentee to another CI job and re-render it there.
    assert [shard_of(slug, 4) for slug in ("ana-diaz", "bo-li", "mentee-1")] == [1, 4, 2]


def test_k_of_n_is_read_from_the_command_line() -> None:
    assert parse_shard("2/4") == Shard(2, 4)
    assert parse_shard(" 1 / 1 ") == Shard()
    assert str(Shard(2, 4)) == "2/4"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("2", "'2' is not K/N; write the shard and the count, such as 2/4"),
        ("two/4", "'two/4' is not K/N; write the shard and the count, such as 2/4"),
        ("0/4", "'0/4': K must be between 1 and N, such as 1/4"),
        ("5/4", "'5/4': K must be between 1 and N, such as 1/4"),
        ("1/0", "'1/0': K must be between 1 and N, such as 1/1"),
    ],
)
def test_a_shard_that_does_not_exist_is_refused(text: str, error: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_shard(text)
    assert str(raised.value) == error


def test_shards_report_each_bad_row_once_between_them(tmp_path: Path, cohort: Invoke) -> None:
    rows = "".join(f"Mentee {number},,nope,,,\n" for number in range(12))
    (tmp_path / "roster.csv").write_text(
        "mentee,mentor,program,start,email,goals\n,Ben,,,,\n" + rows
    )
    reported: list[str] = []
    for index in (1, 2, 3):
        result = cohort("roster.csv", "-o", "out", "--shard", f"{index}/3")
        assert result.exit_code == 1
        lines = [line for line in result.stderr.splitlines() if line.startswith("roster.csv:")]
        reported += [line.split(":")[1] for line in lines]
        assert re.fullmatch(
            rf"Made 0 workbooks, 0 unchanged, {len(lines)} failed, in \d+\.\d s \(shard {index}/3\)\.\n",
            result.stdout,
        )
    assert sorted(reported, key=int) == [str(line) for line in range(2, 15)]
    assert sorted(path.name for path in (tmp_path / "out").glob("manifest*")) == [
        "manifest.shard-1-of-3.json",
        "manifest.shard-2-of-3.json",
        "manifest.shard-3-of-3.json",
    ]


def test_a_shard_that_does_not_exist_is_a_usage_error(tmp_path: Path, cohort: Invoke) -> None:
    (tmp_path / "roster.csv").write_text("mentee\nAna\n")
    result = cohort("roster.csv", "-o", "out", "--shard", "5/4")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--shard': '5/4': K must be between 1 and N, such as 1/4"
    )
    assert not (tmp_path / "out").exists()
