"""`plan import` of PDFs made to harm: renamed fields, forged identities, odd values, passwords.

The PDFs are forged with pypdf (tests/plans/forged_pdf.py); Amara's plan is at revision 4
with mentor Ben Osei, start 2026-09-01, the goal 'speak-up' and one meeting, no vision.
"""

from __future__ import annotations

from pathlib import Path

from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject, TextStringObject

from mentorbook.plans import load_plan
from mentorbook.plans.pdf_import import MAX_NEW
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import Plan
from tests.plans.conftest import AMARA, Invoke
from tests.plans.forged_pdf import forged_workbook

RENAMED = {
    "mentor": "Mallory",
    "start": "2027-01-04",
    "vision": "Lead a small team",
    "goal.speak-up.title": "Hand Mallory the keys",
    "meeting.1.notes": "We met.",
}
"""Fields a workbook never makes for this plan (it prints mentor, start and the title), and
two it does (vision, the first meeting's notes)."""


def _renamed_fields(plan: Plan) -> tuple[str, str, str]:
    """What the plan holds in the fields a workbook prints rather than asks for."""
    return ", ".join(plan.mentor_names), str(plan.start), plan.goals[0].title


def _forge(name: str, fields: dict[str, object], **identity: object) -> str:
    Path(name).write_bytes(forged_workbook(fields, **identity))  # type: ignore[arg-type]
    return name


def test_values_the_plan_holds_are_kept_and_listed(invoke: Invoke, hub: Hub, plan: Path) -> None:
    result = invoke("import", AMARA, _forge("forged.pdf", RENAMED))

    assert result.exit_code == 0, result.output
    assert result.output.endswith(
        "Kept the plan's values of 3 fields that the PDF fills in differently; import with"
        " --overwrite to take the PDF's:\n"
        "  mentor: the plan has 'Ben Osei', the PDF 'Mallory'\n"
        "  start: the plan has '2026-09-01', the PDF '2027-01-04'\n"
        "  goal.speak-up.title: the plan has 'Speak up in meetings', the PDF 'Hand Mallory the"
        " keys'\n"
        "Imported 2 filled fields from forged.pdf into plans/amara-okafor.yml (revision 5).\n"
    )
    back = load_plan(plan, hub)
    assert _renamed_fields(back) == ("Ben Osei", "2026-09-01", "Speak up in meetings")
    assert (back.vision, back.meetings[0].notes) == ("Lead a small team", "We met.")


def test_overwrite_takes_the_pdfs_values_after_showing_the_change(
    invoke: Invoke, hub: Hub, plan: Path
) -> None:
    result = invoke("import", AMARA, _forge("forged.pdf", RENAMED), "--overwrite")

    assert result.exit_code == 0, result.output
    diff, _, rest = result.output.partition("Replaced the plan's values of 3 fields")
    assert "-mentor: Ben Osei\n+mentors: [Mallory]\n" in diff
    assert rest.startswith(
        " with the PDF's:\n  mentor: the plan has 'Ben Osei', the PDF 'Mallory'\n"
    )
    assert rest.endswith(
        "Imported 5 filled fields from forged.pdf into plans/amara-okafor.yml (revision 5).\n"
    )
    assert _renamed_fields(load_plan(plan, hub)) == (
        "Mallory",
        "2027-01-04",
        "Hand Mallory the keys",
    )


def test_a_pdf_with_nothing_new_changes_nothing(invoke: Invoke, plan: Path) -> None:
    before = plan.read_bytes()
    fields = {"mentor": "Mallory", "goal.speak-up.measures": "You spoke in four meetings in a row."}

    result = invoke("import", AMARA, _forge("forged.pdf", fields))

    assert result.exit_code == 0
    assert result.output == (
        "Kept the plan's values of 1 field that the PDF fills in differently; import with"
        " --overwrite to take the PDF's:\n"
        "  mentor: the plan has 'Ben Osei', the PDF 'Mallory'\n"
        "Nothing new in forged.pdf; plans/amara-okafor.yml is unchanged.\n"
    )
    assert plan.read_bytes() == before


def test_escape_sequences_in_field_names_and_values_are_shown_as_escapes(
    invoke: Invoke, plan: Path
) -> None:
    fields = {
        "\x1b]0;pwned\x07": "x",
        "mentor": "\x1b]52;c;cm0gLXJmIH4=\x07Ben",
        "vision": "\x9b2J",
    }

    result = invoke("import", AMARA, _forge("forged.pdf", fields))

    assert result.exit_code == 0, result.output
    assert not {"\x1b", "\x07", "\x9b"} & set(result.output)
    assert "Note: \\x1b]0;pwned\\x07: not a workbook field; left out\n" in result.output
    assert (
        "  mentor: the plan has 'Ben Osei', the PDF '\\x1b]52;c;cm0gLXJmIH4=\\x07Ben'\n"
        in result.output
    )
    assert '+vision: "\\x9B2J"\n' in result.output


def test_an_import_adds_a_bounded_number_of_entries(invoke: Invoke, plan: Path) -> None:
    before = plan.read_bytes()
    count = MAX_NEW["meetings"] + 50
    fields = {f"meeting.{number}.date": "2026-09-22" for number in range(2, count + 2)}
    fields |= {f"reflection.after-meeting.prompt-{n}": "..." for n in range(250)}

    result = invoke("import", AMARA, _forge("forged.pdf", fields))

    assert result.exit_code == 1
    assert result.output == (
        "Error: forged.pdf has entries that cannot go into the plan; correct them in the PDF"
        " and import it again:\n"
        f"  meetings: the PDF adds {count}, and an import adds at most 100 at a time; no workbook"
        " has room for more\n"
        "  reflections: the PDF adds 250, and an import adds at most 200 at a time; no workbook"
        " has room for more\n"
    )
    assert plan.read_bytes() == before


def test_a_pdf_with_more_fields_than_any_workbook_is_refused(invoke: Invoke, plan: Path) -> None:
    before = plan.read_bytes()
    fields = {f"meeting.{number}.date": "2026-09-22" for number in range(2, 25_002)}

    result = invoke("import", AMARA, _forge("forged.pdf", fields))

    assert result.exit_code == 1
    assert result.output == (
        "Error: forged.pdf has 25000 form fields, and a workbook has at most 5000; it is not a"
        " mentorbook workbook. Import the workbook made from the plan\n"
    )
    assert plan.read_bytes() == before


def test_values_that_are_not_text_are_refused_by_name(invoke: Invoke, plan: Path) -> None:
    before = plan.read_bytes()
    stream = StreamObject()
    stream.set_data(b"<p>rich text</p>")
    fields = {
        "vision": ArrayObject([TextStringObject("a"), TextStringObject("b")]),
        "mentor": DictionaryObject({NameObject("/A"): TextStringObject("b")}),
        "meeting.1.notes": stream,
        "meeting.2.date": "2026-09-22",
    }

    result = invoke("import", AMARA, _forge("forged.pdf", fields))

    assert result.exit_code == 1
    assert result.output == (
        "Error: forged.pdf has fields whose values are not text, which no workbook makes;"
        " fill in the workbook made from the plan instead:\n"
        "  meeting.1.notes: holds a stream, not text\n"
        "  mentor: holds a dictionary, not text\n"
        "  vision: holds a list of values, not text\n"
    )
    assert plan.read_bytes() == before


def test_a_day_past_the_calendar_is_refused(invoke: Invoke, plan: Path) -> None:
    result = invoke("import", AMARA, _forge("forged.pdf", {"meeting.2.date": "9999-12-01"}))

    assert result.exit_code == 1
    assert result.output.endswith(
        "  meeting.2.date: 9999-12-01 is outside the years 1900 to 2199 that schedules are"
        " counted in; check the year\n"
    )


def test_an_aes_encrypted_pdf_without_a_password_is_read(
    invoke: Invoke, hub: Hub, plan: Path
) -> None:
    result = invoke("import", AMARA, _forge("locked.pdf", {"vision": "Lead"}, user_password=""))

    assert result.exit_code == 0, result.output
    assert load_plan(plan, hub).vision == "Lead"


def test_a_pdf_locked_with_a_password_is_refused(invoke: Invoke, plan: Path) -> None:
    before = plan.read_bytes()

    result = invoke(
        "import", AMARA, _forge("locked.pdf", {"vision": "Lead"}, user_password="secret")
    )

    assert result.exit_code == 1
    assert result.output == (
        "Error: locked.pdf is protected by a password; open it in your PDF reader, save a copy"
        " without the password, and import that copy\n"
    )
    assert plan.read_bytes() == before


def test_dry_run_with_overwrite_says_what_it_would_replace(invoke: Invoke, plan: Path) -> None:
    before = plan.read_bytes()

    result = invoke("import", AMARA, _forge("forged.pdf", RENAMED), "--overwrite", "--dry-run")

    assert result.exit_code == 0, result.output
    assert "Would replace the plan's values of 3 fields with the PDF's:\n" in result.output
    assert result.output.endswith(
        "Would import 5 filled fields from forged.pdf into plans/amara-okafor.yml (revision 5).\n"
    )
    assert plan.read_bytes() == before
