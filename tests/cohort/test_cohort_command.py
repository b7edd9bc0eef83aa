"""`mentorbook cohort` end to end: real workbooks, two workers, a handful of mentees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from filelock import FileLock
from pypdf import PdfReader

from mentorbook.plans import writer
from mentorbook.project import default_templates_dir
from tests.cohort.conftest import TWO_MENTEES, Invoke

pytestmark = pytest.mark.slow

SUMMARY = re.compile(r"^Made (\d+) workbooks?, (\d+) unchanged, (\d+) failed, in \d+\.\d s\.$")


def summary(output: str) -> tuple[int, int, int]:
    """(made, unchanged, failed) from the summary line."""
    match = SUMMARY.match(output.strip().splitlines()[-1])
    assert match, output
    made, unchanged, failed = (int(number) for number in match.groups())
    return made, unchanged, failed


def files_below(folder: Path) -> list[str]:
    return sorted(
        path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()
    )


def modified(folder: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}


def test_good_rows_get_workbooks_and_bad_rows_are_reported(tmp_path: Path, cohort: Invoke) -> None:
    (tmp_path / "roster.csv").write_bytes(
        b"\xef\xbb\xbf"
        + "mentee,mentor,program,start,email,goals\n"
        "Ana Díaz,Ben Osei,pilot,2026-09-01,ana@example.org,learn-the-ropes;speak-up\n"
        ",Ben Osei,pilot,,,\n"
        "Cai Lun,,pilto,2026-09-01,,\n"
        "ana diaz,,,,,\n"
        "Bo Li,,,,,\n".encode()
    )
    result = cohort("roster.csv", "-o", "out")
    assert result.exit_code == 1
    assert summary(result.stdout) == (2, 0, 3)
    problems, progress, error = (
        result.stderr.splitlines()[:3],
        result.stderr.splitlines()[3:5],
        result.stderr.splitlines()[5:],
    )
    assert problems == [
        "roster.csv:3: mentee: the mentee's name is empty; write it, or delete the row",
        "roster.csv:4: program: there is no program with the id 'pilto' (did you mean 'pilot'?); use one of: pilot",
        "roster.csv:5: mentee: 'ana diaz' gives the same file name 'ana-diaz' as line 2; make the two names differ (add a middle initial, say)",
    ]
    assert sorted(line.split(" ", 1)[1] for line in progress) == [
        "made ana-diaz.pdf",
        "made bo-li.pdf",
    ]
    assert error == ["Error: 3 workbooks could not be made; see the messages above"]
    out = tmp_path / "out"
    assert [name for name in files_below(out) if not name.rsplit("/", 1)[-1].startswith(".")] == [
        "manifest.json",
        "plans/ana-diaz.yml",
        "plans/bo-li.yml",
        "workbooks/ana-diaz.pdf",
        "workbooks/bo-li.pdf",
    ]
    plan = (out / "plans" / "ana-diaz.yml").read_text(encoding="utf-8")
    assert "mentee: Ana Díaz\nmentors: [Ben Osei]\nemail: ana@example.org\nprogram: pilot\n" in plan
    assert "template: learn-the-ropes" in plan and "template: speak-up" in plan
    cover = PdfReader(out / "workbooks" / "ana-diaz.pdf").pages[0].extract_text()
    assert "Ana Díaz" in cover


def test_an_unchanged_run_renders_nothing(built: Path, cohort: Invoke) -> None:
    before = modified(built / "workbooks")
    result = cohort("roster.csv", "-o", "out")
    assert (result.exit_code, result.stderr) == (0, "")
    assert summary(result.stdout) == (0, 2, 0)
    assert modified(built / "workbooks") == before


def test_a_changed_project_template_renders_every_workbook_again(
    built: Path, project: Path, cohort: Invoke
) -> None:
    override = project / "templates" / "workbook" / "workbook.css"
    override.parent.mkdir(parents=True)
    default_css = (default_templates_dir() / "workbook" / "workbook.css").read_text("utf-8")
    override.write_text(default_css + "\nh1 { letter-spacing: 0.01em; }\n", encoding="utf-8")
    assert summary(cohort("roster.csv", "-o", "out").stdout) == (2, 0, 0)


def test_a_changed_plan_renders_only_that_mentee_again(built: Path, cohort: Invoke) -> None:
    before = modified(built / "workbooks")
    plan = built / "plans" / "bo-li.yml"
    plan.write_text(plan.read_text("utf-8") + "vision: Lead the team's next release.\n", "utf-8")
    result = cohort("roster.csv", "-o", "out")
    assert summary(result.stdout) == (1, 1, 0)
    after = modified(built / "workbooks")
    assert after["ana-diaz.pdf"] == before["ana-diaz.pdf"]
    assert after["bo-li.pdf"] != before["bo-li.pdf"]
    text = "".join(
        page.extract_text() for page in PdfReader(built / "workbooks" / "bo-li.pdf").pages
    )
    assert "Lead the team's next release." in text


def test_force_and_a_lost_workbook_render_again(built: Path, cohort: Invoke) -> None:
    (built / "workbooks" / "bo-li.pdf").unlink()
    assert summary(cohort("roster.csv", "-o", "out").stdout) == (1, 1, 0)
    assert summary(cohort("roster.csv", "-o", "out", "--force").stdout) == (2, 0, 0)


def test_a_folder_of_plans_is_a_roster(built: Path, tmp_path: Path, cohort: Invoke) -> None:
    (built / "plans" / "cy.yml").write_text("mentee: Cy\nprogram: pilto\n", encoding="utf-8")
    result = cohort("out/plans", "-o", "again")
    assert result.exit_code == 1
    assert summary(result.stdout) == (2, 0, 1)
    assert (
        "out/plans/cy.yml:2:10: program: there is no program with the id 'pilto'"
        " (did you mean 'pilot'?); use one of: pilot"
    ) in result.stderr.splitlines()
    assert files_below(tmp_path / "again" / "workbooks") == ["ana-diaz.pdf", "bo-li.pdf"]


def test_a_row_changed_after_its_plan_was_made_is_pointed_out(
    built: Path, tmp_path: Path, cohort: Invoke
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(roster.read_text("utf-8").replace("Bo Li,,", "Bo Li,Cy Ruiz,"), "utf-8")
    result = cohort("roster.csv", "-o", "out")
    assert result.stderr == (
        "note: roster.csv:3: the row changed, but out/plans/bo-li.yml already exists and is"
        " used as it is; edit the plan, or delete it to start it again from the row\n"
    )
    assert summary(result.stdout) == (0, 2, 0)


def test_a_second_run_into_the_same_folder_at_once_is_refused(
    tmp_path: Path, cohort: Invoke
) -> None:
    (tmp_path / "roster.csv").write_text("mentee\nAna\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    with FileLock(tmp_path / "out" / ".manifest.json.lock"):
        result = cohort("roster.csv", "-o", "out")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: another 'mentorbook cohort' is writing to out; wait for it to finish,"
        " or choose another output folder\n",
    )
    assert files_below(tmp_path / "out") == [".manifest.json.lock"]


def test_a_plan_that_cannot_be_written_fails_its_row_only(
    tmp_path: Path, cohort: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another command holding Bo's plan, as `mentorbook plan log` would while it writes.
    monkeypatch.setattr(writer, "LOCK_TIMEOUT_SECONDS", 0)
    (tmp_path / "roster.csv").write_text(TWO_MENTEES, encoding="utf-8")
    (tmp_path / "out" / "plans").mkdir(parents=True)
    with FileLock(tmp_path / "out" / "plans" / ".bo-li.yml.lock"):
        result = cohort("roster.csv", "-o", "out")
    assert result.exit_code == 1
    assert summary(result.stdout) == (1, 0, 1)
    assert result.stderr.splitlines()[0] == (
        "roster.csv:3: another mentorbook command has been changing out/plans/bo-li.yml for"
        " 0 seconds; wait for it to finish and try again"
    )
    assert files_below(tmp_path / "out" / "workbooks") == ["ana-diaz.pdf"]
