"""`mentorbook plan new`: asking for what is missing, never asking with --no-input, never overwriting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from mentorbook.cli.main import cli
from tests.plans.conftest import AMARA, Invoke


def test_new_asks_for_what_is_missing_and_writes_the_answers(invoke: Invoke) -> None:
    answers = "Ben Osei\n2026-09-01\nLead a small team by 2028\n2, 1\n3\n"

    result = invoke("new", AMARA, "--mentee", "Amara Okafor", input=answers)

    assert result.exit_code == 0
    assert result.output == (
        "Mentor's name (empty if not matched yet): Ben Osei\n"
        f"Start date [{dt.date.today().isoformat()}]: 2026-09-01\n"
        "Vision: where do you want to be at the end of the program?: Lead a small team by 2028\n"
        "Goal templates:\n"
        "  1. Speak up in meetings (Communication, speak-up)\n"
        "  2. Learn the ropes (Onboarding, learn-the-ropes)\n"
        "Goals to start with (numbers such as 1,3; empty for none): 2, 1\n"
        "Meet every how many weeks [2]: 3\n"
        "Created plans/amara-okafor.yml for Amara Okafor (pilot, 2 goals)."
        " Next: mentorbook plan show plans/amara-okafor.yml\n"
    )
    assert Path(AMARA).read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../content/mentorbook.schema.json\n"
        "mentee: Amara Okafor\n"
        "mentors: [Ben Osei]\n"
        "program: pilot\n"
        "start: 2026-09-01\n"
        "meet_every_weeks: 3\n"
        "revision: 1\n"
        "vision: Lead a small team by 2028\n"
        "goals:\n"
        "  - id: learn-the-ropes\n"
        "    template: learn-the-ropes\n"
        "    title: Learn the ropes\n"
        "    measures:\n"
        "      - You can name a contact in each team you depend on.\n"
        "  - id: speak-up\n"
        "    template: speak-up\n"
        "    title: Speak up in meetings\n"
        "    measures:\n"
        "      - You spoke in four meetings in a row.\n"
    )


def test_a_wrong_answer_is_asked_again(invoke: Invoke) -> None:
    answers = "\n2026-02-30\n2026-09-01\n\n7\n\n\n"

    result = invoke("new", "--mentee", "Amara Okafor", input=answers)

    assert result.exit_code == 0
    assert (
        "Error: '2026-02-30' is not a date; write it as YYYY-MM-DD, such as 2026-09-01\n"
        in result.output
    )
    assert "Error: '7' is not one of the numbers 1 to 2\n" in result.output
    assert Path(AMARA).read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../content/mentorbook.schema.json\n"
        "mentee: Amara Okafor\n"
        "program: pilot\n"
        "start: 2026-09-01\n"
        "revision: 1\n"
    )


def test_no_input_never_asks(invoke: Invoke) -> None:
    result = invoke(
        "new", "--mentee", "Amara Okafor", "--goal", "speak-up", "--goal", "speak-up", "--no-input"
    )

    assert result.exit_code == 0
    assert result.output == (
        "Created plans/amara-okafor.yml for Amara Okafor (pilot, 2 goals)."
        " Next: mentorbook plan show plans/amara-okafor.yml\n"
    )
    text = Path(AMARA).read_text(encoding="utf-8")
    assert "  - id: speak-up\n" in text
    assert "  - id: speak-up-2\n" in text


def test_new_refuses_to_overwrite_a_plan(invoke: Invoke, amara: Path) -> None:
    before = amara.read_bytes()

    result = invoke("new", "--mentee", "Amara Okafor", "--no-input")

    assert result.exit_code == 1
    assert result.output == (
        "Error: plans/amara-okafor.yml already exists; change it with 'mentorbook plan goal',"
        " 'log', 'reflect', 'review' or 'agree', or choose another file name\n"
    )
    assert amara.read_bytes() == before


def test_an_unknown_goal_template_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("new", "--mentee", "Amara Okafor", "--goal", "speak", "--no-input")

    assert result.exit_code == 2
    assert result.output == (
        "Usage: mentorbook plan new [OPTIONS] [PLAN]\n"
        "Try 'mentorbook plan new --help' for help.\n\n"
        "Error: Invalid value for '--goal': there is no goal template with the id 'speak'"
        " (did you mean 'speak-up'?); use one of: learn-the-ropes, speak-up\n"
    )
    assert not Path("plans").exists()


def test_names_are_stored_as_typed(invoke: Invoke) -> None:
    result = invoke(
        "new", "plans/odd.yml", "--mentee", "{{ 7*7 }} <b>", "--mentor", "Zoë 王芳", "--no-input"
    )

    assert result.exit_code == 0
    assert result.output.startswith("Created plans/odd.yml for {{ 7*7 }} <b> (pilot, 0 goals).")
    text = Path("plans/odd.yml").read_text(encoding="utf-8")
    assert "mentee: '{{ 7*7 }} <b>'\n" in text
    assert "mentors: [Zoë 王芳]\n" in text


def test_the_plan_file_name_comes_from_the_mentee_name(invoke: Invoke) -> None:
    result = invoke("new", "--mentee", "Zoë O'Brien-Łukasz", "--no-input")

    assert result.exit_code == 0
    assert Path("plans/zoe-o-brien-lukasz.yml").is_file()


def test_the_modeline_points_at_the_schema_mentorbook_schema_writes(
    invoke: Invoke, project: Path
) -> None:
    CliRunner().invoke(
        cli, ["schema", "-o", "content/mentorbook.schema.json"], catch_exceptions=False
    )
    invoke("new", "elsewhere/deep/ana.yml", "--mentee", "Ana", "--no-input")

    first = Path("elsewhere/deep/ana.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../content/mentorbook.schema.json"
    schema = Path("elsewhere/deep") / first.partition("$schema=")[2]
    assert '"meet_every_weeks"' in schema.read_text(encoding="utf-8")


def test_running_out_of_answers_writes_nothing(invoke: Invoke) -> None:
    result = invoke("new", "--mentee", "Amara Okafor", input="")

    assert result.exit_code == 1
    assert result.stderr == "Aborted!\n"
    assert not Path(AMARA).exists()


def _second_program() -> None:
    pilot = Path("content/programs/pilot.yml").read_text(encoding="utf-8")
    Path("content/programs/evening.yml").write_text(
        pilot.replace("id: pilot", "id: evening").replace(
            "name: Pilot Program", "name: Evening Program"
        ),
        encoding="utf-8",
    )


def test_with_several_programs_no_input_needs_program(invoke: Invoke) -> None:
    _second_program()

    result = invoke("new", "--mentee", "Ana", "--no-input")

    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: the hub has several programs; choose one with --program: evening, pilot\n"
    )


def test_with_several_programs_new_asks_which(invoke: Invoke) -> None:
    _second_program()

    result = invoke("new", "--mentee", "Ana", "--start", "2026-09-01", input="1\n\n\n\n\n")

    assert result.exit_code == 0
    assert result.output.startswith(
        "  1. Evening Program (evening)\n  2. Pilot Program (pilot)\nProgram: 1\n"
    )
    assert "program: evening\n" in Path("plans/ana.yml").read_text(encoding="utf-8")


def test_co_mentors_are_named_by_repeating_mentor(invoke: Invoke) -> None:
    result = invoke(
        "new",
        "--mentee",
        "Léa Martin",
        "--mentor",
        "Hugo Petit",
        "--mentor",
        "Inès Roux",
        "--no-input",
    )

    assert result.exit_code == 0, result.output
    text = Path("plans/lea-martin.yml").read_text(encoding="utf-8")
    assert "mentee: Léa Martin\nmentors: [Hugo Petit, Inès Roux]\nprogram: pilot\n" in text
