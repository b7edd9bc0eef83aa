"""Reading rosters: every row checked, each problem on its own line number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentorbook.cohort.roster import PlanValues, read_csv_roster, read_plan_folder
from mentorbook.errors import MentorbookError

PROGRAMS = ["pilot"]
GOALS = ["speak-up", "learn-the-ropes"]


def read(text: str, *, bom: bool = False) -> tuple[list[str], list[str]]:
    """The slugs of the good rows with their lines, and the problems as printed."""
    raw = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    roster = read_csv_roster(raw, "roster.csv", programs=PROGRAMS, goals=GOALS)
    return [entry.where + " " + entry.slug for entry in roster.entries], [
        str(problem) for problem in roster.problems
    ]


def test_bad_rows_are_reported_with_their_line_and_good_rows_kept() -> None:
    entries, problems = read(
        "mentee,mentor,program,start,email,goals\n"
        "Ana Díaz,Ben Osei,pilot,2026-09-01,ana@example.org,learn-the-ropes;speak-up\n"
        ",Ben Osei,pilot,,,\n"
        "Cai Lun,,pilto,2026-09-01,,\n"
        "Dee Fox,,,2026-02-30,,\n"
        "Dee Fox,,,1 March,,\n"
        "Eve Ng,,,,,learn-the-ropez\n"
        "ana diaz,,,,,\n"
        "Fay Wu,,,,,speak-up;speak-up\n"
        "Bo Li,,,,,\n"
    )
    assert entries == ["roster.csv:2 ana-diaz", "roster.csv:10 bo-li"]
    assert problems == [
        "roster.csv:3: mentee: the mentee's name is empty; write it, or delete the row",
        "roster.csv:4: program: there is no program with the id 'pilto' (did you mean 'pilot'?); use one of: pilot",
        "roster.csv:5: start: there is no day 2026-02-30 in the calendar; check the month and the day",
        "roster.csv:6: start: expected a date, found '1 March'; write it as YYYY-MM-DD, such as 2026-09-01",
        "roster.csv:6: mentee: 'Dee Fox' gives the same file name 'dee-fox' as line 5; make the two names differ (add a middle initial, say)",
        "roster.csv:7: goals: there is no goal template with the id 'learn-the-ropez' (did you mean 'learn-the-ropes'?); use one of: speak-up, learn-the-ropes",
        "roster.csv:8: mentee: 'ana diaz' gives the same file name 'ana-diaz' as line 2; make the two names differ (add a middle initial, say)",
        "roster.csv:9: goals: the goal 'speak-up' is listed twice; list each goal once",
    ]


def test_a_row_gives_the_values_of_its_plan() -> None:
    raw = (
        b"mentee,mentor,program,start,email,goals\n"
        b"Ana D\xc3\xadaz,Ben Osei,pilot,2026-09-01,ana@example.org, learn-the-ropes ;speak-up;\n"
        b"Bo Li,,,,,\n"
    )
    roster = read_csv_roster(raw, "roster.csv", programs=PROGRAMS, goals=GOALS)
    assert [entry.values for entry in roster.entries] == [
        PlanValues(
            "Ana Díaz",
            ("Ben Osei",),
            "",
            "ana@example.org",
            "pilot",
            dt.date(2026, 9, 1),
            ("learn-the-ropes", "speak-up"),
        ),
        PlanValues("Bo Li", (), "", "", "pilot", None, ()),
    ]


def test_a_byte_order_mark_is_not_part_of_the_first_column() -> None:
    entries, problems = read("mentee,program\nAna,pilot\n", bom=True)
    assert (entries, problems) == (["roster.csv:2 ana"], [])


def test_columns_may_come_in_any_order_and_case_and_blank_rows_are_skipped() -> None:
    entries, problems = read("Goals,MENTEE\n\nspeak-up,Ana\n,,\n\n,Bo\n")
    assert (entries, problems) == (["roster.csv:3 ana", "roster.csv:6 bo"], [])


def test_a_quoted_value_over_several_lines_keeps_the_next_rows_line_numbers_right() -> None:
    entries, problems = read('mentee,goals\nAna,"speak-up;\nlearn-the-ropes"\nBo,\n,speak-up\n')
    assert entries == ["roster.csv:2 ana", "roster.csv:4 bo"]
    assert problems == [
        "roster.csv:5: mentee: the mentee's name is empty; write it, or delete the row"
    ]


def test_a_quote_never_closed_is_pointed_at_rather_than_swallowing_the_rows_after_it() -> None:
    entries, problems = read('mentee,mentor\nAna,Ben\n"Bo,Cy\nDee,Eve\n')
    assert entries == ["roster.csv:2 ana"]
    assert problems == [
        'roster.csv:3: mentee: the name runs over several lines; look for a quote (") that is'
        " opened and never closed"
    ]


def test_a_row_with_more_cells_than_columns_is_refused() -> None:
    _, problems = read("mentee,mentor\nAna,Ben,Osei\n")
    assert problems == [
        "roster.csv:2: this row has 3 cells but the header names 2 columns; put quotes around values that contain commas"
    ]


@pytest.mark.parametrize(
    ("header", "error"),
    [
        (
            "name,mentor",
            "roster.csv:1: the first row must name the columns, with at least 'mentee'; the columns are: mentee, mentor, group, program, start, email, goals, language",
        ),
        (
            "mentee,mentr",
            "roster.csv:1: 'mentr' is not a roster column (did you mean 'mentor'?); the columns are: mentee, mentor, group, program, start, email, goals, language",
        ),
        ("mentee,goals,goals", "roster.csv:1: the column 'goals' appears twice; keep one"),
        ("", "roster.csv:1: the roster is empty; its first row must name the columns"),
    ],
)
def test_a_roster_whose_header_is_wrong_is_refused_as_a_whole(header: str, error: str) -> None:
    with pytest.raises(MentorbookError) as raised:
        read(header + "\nAna,Ben\n")
    assert raised.value.message == error


def test_a_roster_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(MentorbookError) as raised:
        read_csv_roster(b"mentee\nAna\nJos\xe9\n", "roster.csv", programs=PROGRAMS, goals=GOALS)
    assert raised.value.message == (
        "roster.csv:3: the roster is not UTF-8 text; export it again as 'CSV UTF-8'"
    )


def test_a_folder_roster_lists_its_plan_files_by_slug(tmp_path: Path) -> None:
    for name in ("ana-diaz.yml", "bo-li.yaml", "Bo Li.yml", ".ana-diaz.yml.lock", "notes.txt"):
        (tmp_path / name).write_text("mentee: x\n", encoding="utf-8")
    roster = read_plan_folder(tmp_path, "plans")
    assert [(entry.where, entry.slug) for entry in roster.entries] == [
        ("plans/Bo Li.yml:1", "bo-li"),
        ("plans/ana-diaz.yml:1", "ana-diaz"),
    ]
    assert [str(problem) for problem in roster.problems] == [
        "plans/bo-li.yaml:1: gives the same workbook name 'bo-li.pdf' as Bo Li.yml; keep one of the two files"
    ]


def test_a_row_the_csv_reader_cannot_read_is_refused_with_its_line() -> None:
    with pytest.raises(MentorbookError) as raised:
        read("mentee\nAna\n" + "B" * 200_000 + "\n")
    assert raised.value.message == (
        "roster.csv:3: the roster cannot be read as CSV here (field larger than field limit"
        ' (131072)); look for a quote (") that is opened and never closed'
    )


def test_names_and_days_a_plan_refuses_are_row_problems() -> None:
    long_name = "Ana " * 80
    entries, problems = read(
        "mentee,mentor,start\n"
        f"{long_name},,\n"
        "Ana\x1b]0;pwned\x07,,\n"
        "Bo Li,Ben\x9b2J,9999-12-01\n"
        "Cai Lun,,2026-09-01\n"
    )

    assert entries == ["roster.csv:5 cai-lun"]
    assert problems == [
        "roster.csv:2: mentee: this text is too long (at most 120 characters); shorten it",
        "roster.csv:3: mentee: a name is one line of text, and this one holds control"
        " characters or line breaks ('Ana\\x1b]0;pwned\\x07'); write the name on one line",
        "roster.csv:4: mentor: a name is one line of text, and this one holds control"
        " characters or line breaks ('Ben\\x9b2J'); write the name on one line",
        "roster.csv:4: start: 9999-12-01 is outside the years 1900 to 2199 that schedules are"
        " counted in; check the year",
    ]


def test_a_roster_language_is_checked_and_reaches_the_plan_values() -> None:
    raw = b"mentee,language\nAmara Okafor,fr\nChidi Eze,xx\n"
    roster = read_csv_roster(
        raw, "roster.csv", programs=["pilot"], goals=[], languages=["en", "fr"]
    )
    [entry] = roster.entries
    assert entry.values is not None and entry.values.language == "fr"
    [problem] = roster.problems
    assert problem.line == 3
    assert "there is no language with the id 'xx'" in str(problem)


def test_a_roster_saved_with_semicolons_and_spaced_headers_is_read() -> None:
    entries, problems = read(" Mentee ; MENTOR ;Group\nAna;Ben Osei, Kim Lee;Reds\n")
    assert (entries, problems) == (["roster.csv:2 ana"], [])


def test_co_mentors_and_a_group_come_from_their_cells() -> None:
    raw = b"mentee,mentor,group\nAna,Ben Osei; Kim Lee,Reds\n"
    roster = read_csv_roster(raw, "roster.csv", programs=["pilot"], goals=[])
    assert roster.entries[0].values == PlanValues(
        "Ana", ("Ben Osei", "Kim Lee"), "Reds", "", "pilot", None, ()
    )
