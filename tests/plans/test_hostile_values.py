"""Values that would act on a terminal or a calendar, days past the calendar, and very long names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from mentorbook.errors import MentorbookError
from mentorbook.plans.changes import log_meeting
from mentorbook.plans.writer import update_plan
from mentorbook.schema import yaml_reader
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import SLUG_LENGTH, mentee_slug
from tests.plans.conftest import AMARA, Invoke

OSC_TITLE = "\x1b]0;pwned\x07"
"""An escape sequence that retitles the terminal window; harmless once written as `\\x1b`."""


def test_a_name_with_control_characters_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("new", "--mentee", f"Amara{OSC_TITLE}", "--no-input")

    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: Invalid value for '--mentee': a name is one line of text, and this one holds"
        " control characters or line breaks ('Amara\\x1b]0;pwned\\x07'); write the name on one"
        " line\n"
    )
    assert not Path("plans").exists()


def test_show_writes_control_characters_as_escapes(invoke: Invoke, amara: Path) -> None:
    text = amara.read_text(encoding="utf-8")
    amara.write_text(
        text + 'vision: "Lead\\e]0;pwned\\a\\e[2J"\ngoals:\n  - id: g\n    title: "Speak\\e[31m"\n',
        encoding="utf-8",
    )

    result = invoke("show", AMARA, "--today", "2026-09-02")

    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Vision: Lead\\x1b]0;pwned\\x07\\x1b[2J\n" in result.output
    assert "Speak\\x1b[31m (g)\n" in result.output


def test_a_day_past_the_calendar_is_a_located_error(invoke: Invoke, amara: Path) -> None:
    amara.write_text(
        amara.read_text(encoding="utf-8").replace("2026-09-01", "9999-12-01"), encoding="utf-8"
    )

    for command in (["show", AMARA], ["calendar", AMARA, "-o", "amara.ics"]):
        result = invoke(*command)

        assert result.exit_code == 1
        assert result.output == (
            "plans/amara-okafor.yml:5:8: start: 9999-12-01 is outside the years 1900 to 2199"
            " that schedules are counted in; check the year\n"
            "Found 1 error in 1 plan file.\n"
        )
    assert not Path("amara.ics").exists()


def test_calendar_titles_are_single_lines(invoke: Invoke, amara: Path) -> None:
    invoke("goal", AMARA, "--title", "Speak\rup\nand\x1b[2J lead", "--due", "2026-10-15")

    result = invoke("calendar", AMARA, "-o", "amara.ics")

    assert result.exit_code == 0, result.output
    calendar = icalendar.Calendar.from_ical(Path("amara.ics").read_bytes())
    titles = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert "Goal due: Speak up and [2J lead" in titles
    assert str(calendar["x-wr-calname"]) == "Mentoring: Amara Okafor"


def test_a_very_long_name_gives_a_short_unique_file_name(invoke: Invoke) -> None:
    first, second = "Amara " * 19 + "Okafor", "Amara " * 19 + "Obi"

    for name in (first, second):
        assert invoke("new", "--mentee", name, "--no-input").exit_code == 0

    files = sorted(path.name for path in Path("plans").glob("*.yml"))
    assert files == sorted(f"{mentee_slug(name)}.yml" for name in (first, second))
    assert len(set(files)) == 2
    assert all(len(name) == SLUG_LENGTH + len(".yml") for name in files)
    assert files[0].startswith("amara-amara-")


def test_a_name_longer_than_a_plan_takes_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("new", "--mentee", "A" * 121, "--no-input")

    assert result.exit_code == 2
    assert result.output.endswith(
        "Error: Invalid value for '--mentee': this text is too long (at most 120 characters);"
        " shorten it\n"
    )


def test_a_change_the_reader_would_refuse_is_not_written(
    hub: Hub, amara: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The limit the reader applies, lowered so that the plan passes it and one more meeting not.
    limit = _values_in(amara) + 2
    monkeypatch.setattr(yaml_reader, "MAX_EXPANDED_VALUES", limit)
    before = amara.read_bytes()

    with pytest.raises(MentorbookError) as raised:
        update_plan(
            amara,
            hub,
            lambda edit: log_meeting(edit, date=dt.date(2026, 9, 8), notes="First", next_steps=""),
        )

    assert raised.value.message == (
        f"plans/amara-okafor.yml would no longer be readable after this change (this file"
        f" stands for more than {limit} values once its aliases (*name) are followed; write"
        " the values out instead of repeating aliases); it is left as it was"
    )
    assert amara.read_bytes() == before


def _values_in(path: Path) -> int:
    node = yaml_reader.new_yaml().compose(path.read_text(encoding="utf-8"))
    return yaml_reader._expanded_size(node, {})


def test_a_usage_error_quoting_what_was_typed_shows_its_escapes(
    invoke: Invoke, amara: Path
) -> None:
    result = invoke("agree", AMARA, "--tick", f"keep-time{OSC_TITLE}")

    assert result.exit_code == 2
    assert "\x1b" not in result.output
    assert "has no item 'keep-time\\x1b]0;pwned\\x07'" in result.output
