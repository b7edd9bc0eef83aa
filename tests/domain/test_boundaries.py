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


def test_click_is_imported_only_by_the_command_line() -> None:
    users = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if re.search(r"^\s*(?:from|import)\s+click\b", path.read_text(encoding="utf-8"), re.M)
        and path.parts[len(PACKAGE.parts)] != "cli"
    )

    assert users == ["errors.py"]
