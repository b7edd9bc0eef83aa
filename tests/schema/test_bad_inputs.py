"""Golden files: each bad input in testdata/bad_inputs/ and the exact error lines it gives.

A case folder holds the files that replace or join the minimal valid content tree, and
`expected.txt`, the lines `mentorbook check` prints. `MENTORBOOK_UPDATE_GOLDEN=1 pytest`
rewrites the expected files from what the loader says now; review the diff before committing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentorbook.errors import ContentError
from mentorbook.schema.loader import load_content
from tests.golden import golden

BAD_INPUTS = Path(__file__).parent / "testdata" / "bad_inputs"
CASES = sorted(path for path in BAD_INPUTS.iterdir() if path.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_gives_the_expected_error_lines(case: Path, content_dir: Path) -> None:
    shutil.copytree(case / "content", content_dir, dirs_exist_ok=True)

    with pytest.raises(ContentError) as raised:
        load_content(content_dir)

    lines = [str(problem) for problem in raised.value.problems] + [raised.value.message]
    assert lines == golden(case / "expected.txt", "\n".join(lines) + "\n").splitlines()


def test_there_is_a_case_for_every_kind_of_error() -> None:
    kinds = {
        "yaml_syntax_colon",
        "duplicate_key",
        "unknown_key",
        "wrong_type",
        "missing_required_field",
        "dangling_reference",
        "duplicate_id",
        "not_utf8",
        "empty_file",
        "yaml_tag",
    }

    assert kinds <= {case.name for case in CASES}
