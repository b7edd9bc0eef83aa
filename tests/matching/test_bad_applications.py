"""Golden files: each bad applications file in testdata/bad_applications/ and what `match` says.

`<case>.csv` is matched against the small test hub; `<case>.expected` holds the exact output.
`MENTORBOOK_UPDATE_GOLDEN=1 pytest` rewrites the expected files; review the diff before
committing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import snapshot
from tests.golden import golden
from tests.matching.conftest import Invoke

BAD = Path(__file__).parent / "testdata" / "bad_applications"
CASES = sorted(BAD.glob("*.csv"))
STOPS_BEFORE_MATCHING = {"empty_file", "header_only", "missing_column", "not_utf8"}


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_bad_applications_give_the_expected_errors(
    case: Path, match: Invoke, tmp_path: Path
) -> None:
    shutil.copy(case, tmp_path / "applications.csv")
    before = snapshot(tmp_path / "hub")

    result = match("applications.csv", "-o", "matches.csv")

    expected = golden(case.with_suffix(".expected"), result.output)
    assert (result.exit_code, result.output) == (1, expected)
    assert "Traceback" not in result.output
    assert snapshot(tmp_path / "hub") == before
    assert (tmp_path / "matches.csv").exists() is (case.stem not in STOPS_BEFORE_MATCHING)


def test_there_is_a_case_for_every_kind_of_bad_input() -> None:
    kinds = {
        "missing_column",
        "capacity_zero",
        "capacity_two",
        "manager_cycle",
        "listed_twice",
        "empty_file",
    }

    assert kinds <= {case.stem for case in CASES}
