"""`mentorbook match` as a coordinator runs it: files in, roster and report out, exact messages."""

from __future__ import annotations

import codecs
import functools
from pathlib import Path

import pytest

from tests.cli.conftest import snapshot
from tests.golden import golden
from tests.matching.conftest import EVERY_COLUMN, Invoke

TESTDATA = Path(__file__).parent / "testdata"

POOL = EVERY_COLUMN + (
    "mentor,Ada Byrne,ada@example.org,Sales,,chess;data,Leadership,,English,Europe/London,2,,,\n"
    "mentor,Ben Osei,ben@example.org,Design,Zoe Outside,music,writing,speak-up,English;French,UTC+1,1,,,\n"
    "mentee,Cy Park,cy@example.org,Sales,Ben Osei,chess;data,,lead-a-team,English,UTC+0,,,,Ada Byrne\n"
    "mentee,Di Lund,di@example.org,Design,,music,writing,speak-up,French,Europe/Paris,,,,\n"
    "mentee,Eli Moss,eli@example.org,Design,,data,,,English,UTC+0,,,Ada Byrne,\n"
    "mentee,Fay Ng,fay@example.org,Sales,,,,,Greek,UTC+2,,,,\n"
    "mentee,Gus Hill,gus@example.org,Sales,,chess,,speak-up,English,UTC+0,,second,,\n"
)


@pytest.fixture
def applications(tmp_path: Path) -> Path:
    path = tmp_path / "applications.csv"
    path.write_text(POOL, encoding="utf-8")
    return path


def test_match_writes_a_roster_and_names_who_has_no_mentor(
    match: Invoke, applications: Path
) -> None:
    result = match("applications.csv", "-o", "matches.csv", "--start", "2026-09-01")

    assert (result.exit_code, result.output) == (
        0,
        "Matched 2 of 5 mentees with 2 mentors (total score 17) into matches.csv.\n"
        "No mentor for Eli Moss: every compatible mentor is full (Ben Osei); raise one's"
        " capacity, or find another mentor.\n"
        "No mentor for Fay Ng: no mentor passes the hard rules (shared_language rules out 2);"
        " find a mentor who does, or relax a rule.\n"
        "No mentor for Gus Hill: no mentor passes the hard rules (same_program rules out 2);"
        " find a mentor who does, or relax a rule.\n",
    )
    assert Path("matches.csv").read_text(encoding="utf-8") == (
        "mentee,mentor,program,email,goals,start\n"
        "Cy Park,Ada Byrne,pilot,cy@example.org,lead-a-team,2026-09-01\n"
        "Di Lund,Ben Osei,pilot,di@example.org,speak-up,2026-09-01\n"
    )


@pytest.mark.parametrize("kind", ["html", "csv"])
def test_the_explanation_matches_its_golden_file(
    match: Invoke, applications: Path, kind: str
) -> None:
    result = match(
        "applications.csv", "-o", "m.csv", "--explain", f"report.{kind}", "--explain-format", kind
    )

    assert result.exit_code == 0, result.output
    written = Path(f"report.{kind}").read_text(encoding="utf-8")
    assert written == golden(TESTDATA / f"report.{kind}", written)


def test_the_report_escapes_names_and_loads_nothing_from_elsewhere(
    match: Invoke, tmp_path: Path
) -> None:
    (tmp_path / "applications.csv").write_text(
        POOL.replace("Cy Park", "<script>alert(1)</script> {{ 7*7 }}"), encoding="utf-8"
    )

    assert match("applications.csv", "-o", "m.csv", "--explain", "r.html").exit_code == 0

    html = Path("r.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in html
    assert "<script" not in html
    # The chart's SVG names its XML namespaces, which are names, not addresses to fetch.
    namespaces = (
        'xmlns="http://www.w3.org/2000/svg"',
        'xmlns:xlink="http://www.w3.org/1999/xlink"',
    )
    assert "http" not in functools.reduce(
        lambda text, name: text.replace(name, ""), namespaces, html
    )
    assert " src=" not in html
    assert "<link" not in html


def test_the_same_input_and_seed_give_byte_identical_files(
    match: Invoke, applications: Path
) -> None:
    written = []
    for run in ("a", "b"):
        for kind in ("html", "csv"):
            result = match(
                "applications.csv",
                "-o",
                f"{run}.csv",
                "--seed",
                "7",
                "--force",
                "--explain",
                f"{run}-report.{kind}",
                "--explain-format",
                kind,
            )
            assert result.exit_code == 0, result.output
        written.append(
            [
                Path(f"{run}{suffix}").read_bytes()
                for suffix in (".csv", "-report.html", "-report.csv")
            ]
        )

    assert written[0] == written[1]


def test_the_seed_breaks_ties_and_never_lowers_the_score(match: Invoke, tmp_path: Path) -> None:
    mentors = "".join(f"mentor,M{index},,,,,,,English,,1,,,\n" for index in range(6))
    mentees = "".join(f"mentee,E{index},,,,,,,English,,,,,\n" for index in range(6))
    (tmp_path / "applications.csv").write_text(EVERY_COLUMN + mentors + mentees, encoding="utf-8")

    rosters = set()
    for seed in range(5):
        result = match("applications.csv", "-o", "m.csv", "--seed", str(seed), "--force")
        assert "Matched 6 of 6 mentees with 6 mentors (total score 0)" in result.output
        rosters.add(Path("m.csv").read_text(encoding="utf-8"))

    assert len(rosters) > 1


def test_mentors_and_mentees_may_come_in_two_files_with_bom_and_semicolons(
    match: Invoke, tmp_path: Path
) -> None:
    header = EVERY_COLUMN.replace("role,", "").replace(",", ";").upper()
    (tmp_path / "mentors.csv").write_bytes(
        codecs.BOM_UTF8 + (header + "Ada Byrne;;Sales;;chess;;;English;;2;;;\n").encode()
    )
    (tmp_path / "mentees.csv").write_text(
        header + 'Cy Park;;Design;;"chess;data";;;English;;;;;\n', encoding="utf-8"
    )

    result = match("--mentors", "mentors.csv", "--mentees", "mentees.csv", "-o", "m.csv")

    assert (result.exit_code, result.output) == (
        0,
        "Matched 1 of 1 mentees with 1 mentor (total score 3) into m.csv.\n",
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["applications.csv", "--mentors", "applications.csv"],
            "Give APPLICATIONS, or --mentors and --mentees, not both.",
        ),
        (["--mentees", "applications.csv"], "Give APPLICATIONS, or both --mentors and --mentees."),
        (
            ["applications.csv", "--explain", "m.csv"],
            "--explain and --output name the same file; give each its own.",
        ),
        (
            ["applications.csv", "--program", "pilto"],
            "Invalid value for '--program': there is no program with the id 'pilto' (did you mean 'pilot'?);"
            " use one of: pilot, second",
        ),
    ],
)
def test_usage_errors_exit_2_naming_what_to_change(
    match: Invoke, applications: Path, arguments: list[str], message: str
) -> None:
    result = match(*arguments, "-o", "m.csv")

    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == f"Error: {message}"
    assert not Path("m.csv").exists()


def test_existing_output_is_kept_without_force(match: Invoke, applications: Path) -> None:
    Path("matches.csv").write_text("typed by hand\n", encoding="utf-8")

    result = match("applications.csv", "-o", "matches.csv")

    assert (result.exit_code, result.output) == (
        1,
        "Error: matches.csv already exists; use --force to replace it.\n",
    )
    assert Path("matches.csv").read_text(encoding="utf-8") == "typed by hand\n"
    assert match("applications.csv", "-o", "matches.csv", "--force").exit_code == 0


def test_nothing_is_written_into_the_published_site(
    match: Invoke, applications: Path, project: Path
) -> None:
    before = snapshot(project)

    result = match("applications.csv", "-o", "m.csv", "--explain", "hub/site/report.html")

    assert (result.exit_code, result.output) == (
        1,
        "Error: hub/site/report.html is inside the published site folder; mentees' data never"
        " goes there, so write it somewhere else\n",
    )
    assert snapshot(project) == before
    assert not Path("m.csv").exists()


def test_a_misspelt_name_in_avoid_is_pointed_out(match: Invoke, tmp_path: Path) -> None:
    (tmp_path / "applications.csv").write_text(
        POOL.replace(
            "Eli Moss,eli@example.org,Design,,data,,,English,UTC+0,,,Ada Byrne,",
            "Eli Moss,eli@example.org,Design,Kim Outside,data,,,English,UTC+0,,,Ada Byrn,",
        ),
        encoding="utf-8",
    )

    result = match("applications.csv", "-o", "m.csv")

    assert result.exit_code == 0
    assert result.output.splitlines()[0] == (
        "note: applications.csv:6: avoid: 'Ada Byrn' is no one in the file (did you mean"
        " 'Ada Byrne'?); correct it, or it has no effect"
    )
