"""Filling in a plan: goal, log, reflect, review, agree. Exact messages, exit codes and file text."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.plans import load_plan
from mentorbook.schema.loader import Hub
from tests.plans.conftest import AMARA, Invoke

HEADER = (
    "# yaml-language-server: $schema=../content/mentorbook.schema.json\n"
    "mentee: Amara Okafor\n"
    "mentors: [Ben Osei]\n"
    "program: pilot\n"
    "start: 2026-09-01\n"
)


def test_goal_from_a_template_and_in_own_words(invoke: Invoke, amara: Path) -> None:
    first = invoke("goal", AMARA, "--template", "speak-up", "--due", "2026-11-30")
    second = invoke(
        "goal",
        AMARA,
        "--title",
        "Speak up in meetings",
        "--measure",
        "Two ideas shared",
        "--measure",
        "One talk",
    )

    assert first.output == "Added goal 'speak-up' to plans/amara-okafor.yml (revision 2).\n"
    assert (
        second.output
        == "Added goal 'speak-up-in-meetings' to plans/amara-okafor.yml (revision 3).\n"
    )
    assert amara.read_text(encoding="utf-8") == HEADER + (
        "revision: 3\n"
        "goals:\n"
        "  - id: speak-up\n"
        "    template: speak-up\n"
        "    title: Speak up in meetings\n"
        "    measures:\n"
        "      - You spoke in four meetings in a row.\n"
        "    due: 2026-11-30\n"
        "  - id: speak-up-in-meetings\n"
        "    title: Speak up in meetings\n"
        "    measures:\n"
        "      - Two ideas shared\n"
        "      - One talk\n"
    )


def test_goal_needs_a_template_or_a_title(invoke: Invoke, amara: Path) -> None:
    result = invoke("goal", AMARA)

    assert result.exit_code == 2
    assert result.output == (
        "Usage: mentorbook plan goal [OPTIONS] PLAN\n"
        "Try 'mentorbook plan goal --help' for help.\n\n"
        "Error: a goal starts from a template or a title; give --template ID, --title TEXT, or both\n"
    )


def test_log_writes_several_lines_as_a_literal_block(invoke: Invoke, amara: Path) -> None:
    result = invoke(
        "log",
        AMARA,
        "--date",
        "2026-09-08",
        "--notes",
        "We met.\nWe talked: goals, #1 fears.",
        "--next",
        "Book the next one",
    )

    assert result.exit_code == 0
    assert (
        result.output == "Logged meeting 1 (2026-09-08) in plans/amara-okafor.yml (revision 2).\n"
    )
    assert amara.read_text(encoding="utf-8") == HEADER + (
        "revision: 2\n"
        "meetings:\n"
        "  - date: 2026-09-08\n"
        "    notes: |-\n"
        "      We met.\n"
        "      We talked: goals, #1 fears.\n"
        "    next_steps: Book the next one\n"
    )


def test_reflect_accepts_a_prompt_id_or_free_text(invoke: Invoke, amara: Path) -> None:
    invoke("reflect", AMARA, "--prompt", "feelings", "--text", "Calm.", "--date", "2026-09-09")
    result = invoke(
        "reflect",
        AMARA,
        "--prompt",
        "What did I avoid?",
        "--text",
        "{{ 7*7 }}",
        "--date",
        "2026-09-10",
    )

    assert result.output == "Added a reflection to plans/amara-okafor.yml (revision 3).\n"
    assert amara.read_text(encoding="utf-8").endswith(
        "reflections:\n"
        "  - date: 2026-09-09\n"
        "    prompt: feelings\n"
        "    text: Calm.\n"
        "  - date: 2026-09-10\n"
        "    prompt: What did I avoid?\n"
        "    text: '{{ 7*7 }}'\n"
    )


def test_review_sets_only_the_fields_given(invoke: Invoke, amara: Path) -> None:
    invoke("review", AMARA, "midpoint", "--date", "2026-10-13", "--went-well", "Meetings")
    result = invoke("review", AMARA, "midpoint", "--to-change", "Shorter notes")

    assert result.output == "Recorded the midpoint review in plans/amara-okafor.yml (revision 3).\n"
    assert amara.read_text(encoding="utf-8").endswith(
        "reviews:\n"
        "  midpoint:\n"
        "    date: 2026-10-13\n"
        "    went_well: Meetings\n"
        "    to_change: Shorter notes\n"
    )


def test_review_needs_a_field(invoke: Invoke, amara: Path) -> None:
    result = invoke("review", AMARA, "closing")

    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: nothing to record; give at least one of --date, --progress, --went-well, --to-change, --next-steps\n"
    )


def test_agree_ticks_items_in_agreement_order_and_records_signatures(
    invoke: Invoke, amara: Path
) -> None:
    invoke("agree", AMARA, "--tick", "confidential")
    result = invoke("agree", AMARA, "--all", "--mentee-signed", "2026-09-08")

    assert result.output == (
        "Agreement in plans/amara-okafor.yml (revision 3): 3 items ticked (2 new);"
        " signed by mentee 2026-09-08, mentor not yet.\n"
    )
    assert amara.read_text(encoding="utf-8").endswith(
        "agreement:\n"
        "  ticked:\n"
        "    - confidential\n"
        "    - keep-time\n"
        "    - prepare\n"
        "  signed:\n"
        "    mentee: 2026-09-08\n"
    )


def test_agree_names_the_valid_items(invoke: Invoke, amara: Path) -> None:
    before = amara.read_bytes()

    result = invoke("agree", AMARA, "--tick", "keep-time", "--tick", "prepared")

    assert result.exit_code == 2
    assert result.output == (
        "Usage: mentorbook plan agree [OPTIONS] PLAN\n"
        "Try 'mentorbook plan agree --help' for help.\n\n"
        "Error: Invalid value for '--tick': the agreement 'basic-agreement' has no item 'prepared'"
        " (did you mean 'prepare'?); use one of: keep-time, prepare, confidential\n"
    )
    assert amara.read_bytes() == before


@pytest.mark.parametrize("bad", ["2026-02-30", "1/9/2026", "2026-9-1", "tomorrow", ""])
def test_a_bad_date_is_a_usage_error_naming_the_option(
    invoke: Invoke, amara: Path, bad: str
) -> None:
    before = amara.read_bytes()

    result = invoke("log", AMARA, "--date", bad, "--notes", "x")

    assert result.exit_code == 2
    assert result.output.endswith(
        f"Error: Invalid value for '--date': '{bad}' is not a date; write it as YYYY-MM-DD, such as 2026-09-01\n"
    )
    assert amara.read_bytes() == before


def test_an_empty_text_is_a_usage_error(invoke: Invoke, amara: Path) -> None:
    result = invoke("log", AMARA, "--date", "2026-09-08", "--notes", "  \n ")

    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: Invalid value for '--notes': the text is empty; write something\n"
    )


def test_a_missing_plan_is_a_usage_error(invoke: Invoke, project: Path) -> None:
    result = invoke("log", "plans/nobody.yml", "--date", "2026-09-08", "--notes", "x")

    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: Invalid value for 'PLAN': File 'plans/nobody.yml' does not exist.\n"
    )


def test_a_broken_plan_is_reported_and_left_alone(invoke: Invoke, amara: Path) -> None:
    amara.write_text(amara.read_text(encoding="utf-8") + "goals: 3\n", encoding="utf-8")
    before = amara.read_bytes()

    result = invoke("goal", AMARA, "--title", "Anything")

    assert result.exit_code == 1
    assert result.output == (
        "plans/amara-okafor.yml:7:8: goals: expected a list, found '3';"
        " write each item on its own line starting with '- '\n"
        "Found 1 error in 1 plan file.\n"
    )
    assert amara.read_bytes() == before


def test_every_command_has_help_with_an_example(invoke: Invoke) -> None:
    for command in (
        "new",
        "goal",
        "log",
        "reflect",
        "review",
        "agree",
        "show",
        "import",
        "calendar",
    ):
        result = invoke(command, "--help")
        assert result.exit_code == 0
        assert "Example: mentorbook plan " + command in result.output


ODD_TEXTS = [
    "tab\there",
    "trailing  \nspaces  \nlines",
    "nul\x00byte",
    "bell\x07",
    "line\u2028sep",
    "# not a comment",
    "- item",
    "key: value",
    "'quoted'",
    '"double"',
    "yes",
    "no",
    "null",
    "~",
    "1.0",
    "0x10",
    "2026-09-01",
    "a\n\n\nb",
    "  leading\nx",
    "x\n  indented",
    "emoji 😀 王芳",
    "|",
    ">",
    "&anchor",
    "*alias",
    "!tag",
    "%percent",
    "@at",
    "`tick",
    "\ufeffbom",
    "x\n---\ny",
    "x\n...\ny",
    "{{ 7*7 }}",
    "<b>&amp;</b>",
    "\u0085next line",
    "back\\slash\\n",
]


def test_any_text_comes_back_as_typed(invoke: Invoke, amara: Path, hub: Hub) -> None:
    for text in ODD_TEXTS:
        result = invoke("log", AMARA, "--date", "2026-09-08", "--notes", text)
        assert result.exit_code == 0, (text, result.output)

        assert load_plan(amara, hub).meetings[-1].notes == text.strip(), text


def test_project_option_reads_the_content_of_another_folder(
    invoke: Invoke, amara: Path, monkeypatch: pytest.MonkeyPatch, project: Path
) -> None:
    monkeypatch.chdir(project.parent)

    result = invoke(
        "goal", "project/plans/amara-okafor.yml", "--template", "speak-up", "--project", "project"
    )

    assert (
        result.output == "Added goal 'speak-up' to project/plans/amara-okafor.yml (revision 2).\n"
    )
