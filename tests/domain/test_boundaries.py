"""Which package may import which: the rules plans and workbooks share live in `domain/`.

Why a test: an import across these lines is how a rule ends up written twice.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "mentorbook"
IMPORT = re.compile(r"^\s*(?:from|import)\s+(mentorbook(?:\.\w+)*)", re.MULTILINE)


def imports_of(folder: str) -> set[str]:
    return {
        module
        for path in (PACKAGE / folder).rglob("*.py")
        for module in IMPORT.findall(path.read_text(encoding="utf-8"))
    }


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("plans", ("mentorbook.workbook", "mentorbook.cli")),
        ("workbook", ("mentorbook.plans", "mentorbook.cli")),
        ("domain", ("mentorbook.plans", "mentorbook.workbook", "mentorbook.cli")),
    ],
)
def test_a_package_imports_only_what_it_may(folder: str, forbidden: tuple[str, ...]) -> None:
    crossing = sorted(m for m in imports_of(folder) if m.startswith(forbidden))

    assert crossing == []


def test_click_is_named_only_by_the_command_line_and_its_errors() -> None:
    """Domain code raises mentorbook's own errors; only `cli/` and `errors.py` (whose
    classes are rooted in click's on purpose) know click, even by name."""
    users = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "click" in path.read_text(encoding="utf-8") and path.parts[len(PACKAGE.parts)] != "cli"
    )

    assert users == ["errors.py"]
