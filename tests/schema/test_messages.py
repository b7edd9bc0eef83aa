"""The plain-sentence messages kept in messages.yaml."""

from __future__ import annotations

import re

from mentorbook.schema.messages import _messages, describe, message, suggestion


def test_message_fills_its_placeholders() -> None:
    assert message("duplicate_key", key="name", first_line=2) == (
        "the key 'name' appears twice in this mapping (first on line 2); keep one of them"
    )


def test_an_unknown_kind_falls_back_to_the_raw_error() -> None:
    assert message("some_new_pydantic_error", error="value is odd") == "value is odd"


def test_a_missing_value_leaves_its_placeholder_readable() -> None:
    assert message("missing_file") == "this file is missing; create it with the fields {fields}"


def test_every_message_says_what_to_do_after_a_semicolon() -> None:
    passthrough = {"value_error", "unknown"}
    for key, text in _messages().items():
        if key not in passthrough:
            assert re.search(r"; \S", text), key


def test_suggestion_names_a_near_miss_only() -> None:
    assert suggestion("mentors", ["mentor", "mentee"]) == " (did you mean 'mentor'?)"
    assert suggestion("coach", ["mentor", "mentee"]) == ""


def test_describe_names_values_as_a_reader_sees_them() -> None:
    assert describe(None) == "nothing (an empty value)"
    assert describe(True) == "'true'"
    assert describe({"a": 1}) == "a mapping"
    assert describe([1]) == "a list"
    assert describe("x" * 50) == "'" + "x" * 37 + "...'"
