"""Control characters shown as escapes; every other character, in any script, as it is."""

from __future__ import annotations

import pytest

from mentorbook.terminal import shown, single_line, visible_controls


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"),  # OSC: retitles the window
        ("\x1b[2J", "\\x1b[2J"),  # CSI: clears the screen
        ("\x9b2J", "\\x9b2J"),  # the one-byte CSI of C1
        ("a\x7fb\x00", "a\\x7fb\\x00"),
        ("line\u2028break", "line\\u2028break"),
        ("one\ntwo\tthree\r", "one\\x0atwo\\x09three\\x0d"),
    ],
)
def test_control_characters_become_escapes(text: str, expected: str) -> None:
    assert visible_controls(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zoë 王芳 Łukasz",
        "می\u200cخواهم",  # a zero-width non-joiner, which Persian spelling needs
        "A\u00a0B",  # a no-break space
        "👩\u200d👩\u200d👧",  # an emoji joined by zero-width joiners
        "{{ 7*7 }} <b>",
    ],
)
def test_everything_else_stays_as_it_is(text: str) -> None:
    assert visible_controls(text) == text


def test_shown_keeps_lines_and_tabs() -> None:
    assert shown("Vision:\n\tLead\x1b[31m") == "Vision:\n\tLead\\x1b[31m"


def test_single_line_joins_lines_and_drops_controls() -> None:
    assert single_line(" Speak\r\nup\x1b[2J  and\u2028lead ") == "Speak up [2J and lead"
