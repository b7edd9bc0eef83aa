"""Bad plan files give file:line:col lines saying how to fix them (golden files).

testdata/test_bad_plans/<case>.yml is copied to plans/ and loaded; the lines it gives
are compared with <case>.errors (`MENTORBOOK_UPDATE_GOLDEN=1` rewrites them).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentorbook.errors import PlanError
from mentorbook.plans import load_plan, load_plans
from mentorbook.schema.loader import Hub
from tests.golden import golden
from tests.plans.conftest import TESTDATA, Invoke

CASES = TESTDATA / "test_bad_plans"
NAMES = sorted(path.stem for path in CASES.glob("*.yml"))


def _copy(name: str) -> Path:
    target = Path("plans") / f"{name}.yml"
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(CASES / f"{name}.yml", target)
    return target


@pytest.mark.parametrize("name", NAMES)
def test_a_bad_plan_gives_the_expected_lines(hub: Hub, name: str) -> None:
    path = _copy(name)

    with pytest.raises(PlanError) as raised:
        load_plan(path, hub)

    lines = "".join(
        f"{line}\n" for line in [*map(str, raised.value.problems), raised.value.message]
    )
    assert lines == golden(CASES / f"{name}.errors", lines)


def test_load_plans_reports_the_problems_of_every_plan_and_skips_hidden_files(hub: Hub) -> None:
    for name in ("duplicate_goal_id", "unknown_references"):
        _copy(name)
    Path("plans/.amara-okafor.yml.tmp").write_text("half a fi", encoding="utf-8")

    with pytest.raises(PlanError) as raised:
        load_plans(Path("plans"), hub)

    assert {problem.path for problem in raised.value.problems} == {
        "plans/duplicate_goal_id.yml",
        "plans/unknown_references.yml",
    }
    assert raised.value.message == "Found 3 errors in 2 plan files."


def test_load_plans_of_a_good_folder(hub: Hub, amara: Path) -> None:
    assert [plan.mentee for plan in load_plans(Path("plans"), hub)] == ["Amara Okafor"]
    assert load_plans(Path("no-such-folder"), hub) == []


def test_the_cli_prints_the_lines_and_exits_1(invoke: Invoke) -> None:
    path = _copy("unknown_agreement_item")

    result = invoke("show", str(path))

    assert result.exit_code == 1
    assert result.output == (CASES / "unknown_agreement_item.errors").read_text(encoding="utf-8")
