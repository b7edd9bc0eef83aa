"""The fast bulk reader judges every plan exactly as `load_plan` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.errors import PlanError
from mentorbook.plans import bulk
from mentorbook.plans.bulk import read_plan, read_plans, summarise_plans
from mentorbook.plans.files import load_plan
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import Plan

CASES = {
    "plain": "mentee: Ana\nprogram: pilot\nstart: 2027-01-04\nmeetings:\n  - date: 2027-01-11\n    notes: |\n      Two\n      lines\n",
    "decimal with a leading zero": "mentee: Ana\nprogram: pilot\ngoals:\n  - id: a\n    title: A\n    progress: 010\n",
    "a name YAML 1.1 reads as false": "mentee: NO\nmentor: yes\nprogram: pilot\n",
    "quoted number as text": "mentee: '123'\nprogram: pilot\n",
    "alias": "mentee: &name Ana\nmentor: *name\nprogram: pilot\n",
    "hex number": "mentee: Ana\nprogram: pilot\ngoals:\n  - id: a\n    title: A\n    progress: 0x10\n",
    "float progress": "mentee: Ana\nprogram: pilot\ngoals:\n  - id: a\n    title: A\n    progress: 50.0\n",
    "number as a name": "mentee: 123\nprogram: pilot\n",
    "empty mentor": "mentee: Ana\nmentor:\nprogram: pilot\n",
    "duplicate key": "mentee: Ana\nmentee: Bea\nprogram: pilot\n",
    "python tag": "mentee: !!python/object:os.system x\nprogram: pilot\n",
    "custom tag": "mentee: !name Ana\nprogram: pilot\n",
    "merge key": "base: &b {mentee: Ana}\n<<: *b\nprogram: pilot\n",
    "unknown program": "mentee: Ana\nprogram: pilott\n",
    "bad date": "mentee: Ana\nprogram: pilot\nstart: 2027-1-4\n",
    "a list": "- mentee: Ana\n",
    "empty": "# nothing\n",
    "not utf-8": b"mentee: Ana \xff\nprogram: pilot\n",
    "syntax": "mentee: [Ana\nprogram: pilot\n",
}


def _outcome(read: object, path: Path, hub: Hub) -> object:
    try:
        return read(path, hub).model_dump()  # type: ignore[operator]
    except PlanError as error:
        return [str(problem) for problem in error.problems]


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_fast_reader_agrees_with_load_plan(name: str, project: Path, hub: Hub) -> None:
    text = CASES[name]
    path = Path("plans") / "case.yml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))

    assert _outcome(read_plan, path, hub) == _outcome(load_plan, path, hub)


def test_read_plans_takes_files_and_folders_and_reports_every_bad_plan(
    project: Path, hub: Hub
) -> None:
    folder = Path("cohort")
    folder.mkdir()
    (folder / "ana.yml").write_text("mentee: Ana\nprogram: pilot\n", encoding="utf-8")
    (folder / "bad.yml").write_text("mentee: Bea\nprogram: pilott\n", encoding="utf-8")
    (folder / ".hidden.yml").write_text("not: a plan\n", encoding="utf-8")
    single = Path("cy.yml")
    single.write_text("mentee: Cy\nprogram: pilot\n", encoding="utf-8")

    plans, problems = read_plans([folder, single], hub)

    assert [(str(path), plan.mentee) for path, plan in plans] == [
        ("cohort/ana.yml", "Ana"),
        ("cy.yml", "Cy"),
    ]
    assert [str(problem) for problem in problems] == [
        "cohort/bad.yml:2:10: program: there is no program with the id 'pilott' (did you mean 'pilot'?); use one of: pilot"
    ]


def test_a_plain_plan_is_read_without_the_round_trip_reader(
    project: Path, hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path("plans") / "plain.yml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(str(CASES["plain"]), encoding="utf-8")

    def refuse(*args: object) -> None:
        raise AssertionError("the fast path handed a plain plan to load_plan")

    monkeypatch.setattr("mentorbook.plans.bulk.load_plan", refuse)

    assert read_plan(path, hub).meetings[0].notes == "Two\nlines"


def _mentee_of(plan: Plan) -> str:
    return plan.mentee


def test_plans_read_on_every_core_give_what_one_process_gives(
    project: Path, hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path("cohort")
    folder.mkdir()
    for number in range(12):
        (folder / f"m{number:02d}.yml").write_text(
            f"mentee: Mentee {number}\nprogram: pilot\n", encoding="utf-8"
        )
    (folder / "m05.yml").write_text("mentee: Bad\nprogram: pilott\n", encoding="utf-8")
    one_process = summarise_plans([folder], hub, _mentee_of)

    monkeypatch.setattr(bulk, "PARALLEL_FROM", 1)
    monkeypatch.setattr(bulk, "PARALLEL_CORES", 1)
    monkeypatch.setattr(bulk, "available_cores", lambda: 2)
    pooled = summarise_plans([folder], hub, _mentee_of)

    assert pooled == one_process
    assert len(pooled[0]) == 11
    assert [str(problem) for problem in pooled[1]] == [
        "cohort/m05.yml:2:10: program: there is no program with the id 'pilott' (did you mean 'pilot'?); use one of: pilot"
    ]
