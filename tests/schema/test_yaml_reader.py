"""Reading one YAML file: positions, text dates, and tags that are refused before construction."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import Node

from mentorbook.schema import yaml_reader
from mentorbook.schema.yaml_reader import (
    MAX_DEPTH,
    YamlReadError,
    format_location,
    new_yaml,
    read_yaml,
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "file.yml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(YamlReadError) as raised:
        read_yaml(path, "file.yml")
    return [str(problem) for problem in raised.value.problems]


def test_dates_stay_the_text_the_user_typed(tmp_path: Path) -> None:
    document = read_yaml(_write(tmp_path, "start: 2026-09-01\n"), "file.yml")

    assert document.data["start"] == "2026-09-01"
    assert isinstance(document.data["start"], str)


def test_position_points_at_values_and_at_keys_when_asked(tmp_path: Path) -> None:
    text = "# modeline\nid: x\ngoals:\n  - title: One\n  - title: Two\n"
    document = read_yaml(_write(tmp_path, text), "file.yml")

    assert document.position(("goals", 1, "title")) == (5, 12)
    assert document.position(("goals", 1, "title"), at_key=True) == (5, 5)
    assert document.position(("goals", 1)) == (5, 5)


def test_position_of_something_missing_is_its_deepest_existing_parent(tmp_path: Path) -> None:
    text = "# modeline\nid: x\ngoals:\n  - title: One\n"
    document = read_yaml(_write(tmp_path, text), "file.yml")

    assert document.position(("goals", 0, "due")) == (4, 5)
    assert document.position(("goals", 3)) == (4, 3)
    # Nothing of the path exists: the document's first field, below the comment.
    assert document.position(("name",)) == (2, 1)


def test_problem_names_file_position_and_path(tmp_path: Path) -> None:
    document = read_yaml(_write(tmp_path, "goals:\n  - title: One\n"), "content/x.yml")

    problem = document.problem(("goals", 0, "title"), "too short")

    assert str(problem) == "content/x.yml:2:12: goals[0].title: too short"


def test_format_location_reads_like_the_yaml() -> None:
    assert format_location(("phases", 2, "milestones", 0, "week")) == "phases[2].milestones[0].week"
    assert format_location(()) == ""


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "file.yml"
    path.write_bytes("\ufeffid: x\n".encode())

    assert read_yaml(path, "file.yml").data == {"id": "x"}


def test_a_document_of_only_dashes_is_empty(tmp_path: Path) -> None:
    assert _problems(_write(tmp_path, "---\n...\n")) == [
        "file.yml:1:1: this file is empty; add its fields, or delete the file"
    ]


def test_every_duplicate_key_and_tag_of_a_file_is_reported(tmp_path: Path) -> None:
    text = "a: 1\nb: !!binary aGk=\na: 2\nc:\n  d: 1\n  d: 2\n"

    assert _problems(_write(tmp_path, text)) == [
        "file.yml:2:4: b: the YAML tag !!binary is not allowed; remove it and write the value"
        " as plain text, a list or a mapping",
        "file.yml:3:1: a: the key 'a' appears twice in this mapping (first on line 1); keep one"
        " of them",
        "file.yml:6:3: c.d: the key 'd' appears twice in this mapping (first on line 5); keep one"
        " of them",
    ]


def test_merge_keys_are_refused_in_plain_words(tmp_path: Path) -> None:
    text = "base: &base\n  minutes: 60\ncadence:\n  <<: *base\n"

    assert _problems(_write(tmp_path, text)) == [
        "file.yml:4:3: cadence: merge keys ('<<') are not supported; write the fields out in full"
    ]


def test_aliases_are_read_and_a_recursive_alias_ends(tmp_path: Path) -> None:
    document = read_yaml(_write(tmp_path, "a: &x [1, 2]\nb: *x\nc: &y\n  self: *y\n"), "file.yml")

    assert document.data["b"] == [1, 2]
    assert list(document.data["c"]) == ["self"]


def test_an_alias_bomb_is_refused_before_validation_walks_it(tmp_path: Path) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 6)]

    assert _problems(_write(tmp_path, "\n".join(levels) + "\n")) == [
        "file.yml:1:1: this file stands for more than 100000 values once its aliases (*name)"
        " are followed; write the values out instead of repeating aliases"
    ]


def test_a_modest_use_of_aliases_is_fine(tmp_path: Path) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 4)]

    assert read_yaml(_write(tmp_path, "\n".join(levels) + "\n"), "file.yml").data["a3"][9][9]


class _RecordingConstructor(yaml_reader._TextDatesConstructor):
    """Builds objects for `!boom` and every `!!python/...` tag, and notes that it did."""

    built: list[str] = []


def _record(constructor: object, node: Node) -> str:
    _RecordingConstructor.built.append(str(node.tag))
    return "built"


def _record_python(constructor: object, suffix: str, node: Node) -> str:
    _RecordingConstructor.built.append(suffix)
    return "built"


_RecordingConstructor.add_constructor("!boom", _record)
_RecordingConstructor.add_multi_constructor("tag:yaml.org,2002:python/", _record_python)

DANGEROUS = "id: !boom x\nrun: !!python/object/apply:os.system ['touch pwned']\n"


def test_control_the_recording_constructor_does_build_tagged_values() -> None:
    """Without the refusal, the tags below would reach a constructor: the next test means something."""
    _RecordingConstructor.built.clear()
    yaml = new_yaml()
    yaml.Constructor = _RecordingConstructor

    assert yaml.load(DANGEROUS) == {"id": "built", "run": "built"}
    assert _RecordingConstructor.built == ["!boom", "object/apply:os.system"]


def test_tags_are_refused_before_any_constructor_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _RecordingConstructor.built.clear()
    monkeypatch.setattr(yaml_reader, "_TextDatesConstructor", _RecordingConstructor)
    monkeypatch.chdir(tmp_path)

    problems = _problems(_write(tmp_path, DANGEROUS))

    assert _RecordingConstructor.built == []
    assert not (tmp_path / "pwned").exists()
    assert problems == [
        "file.yml:1:5: id: the YAML tag !boom is not allowed; remove it and write the value as"
        " plain text, a list or a mapping",
        "file.yml:2:6: run: the YAML tag !!python/object/apply:os.system is not allowed; remove"
        " it and write the value as plain text, a list or a mapping",
    ]


def test_deep_nesting_is_a_located_problem_not_a_recursion_error(tmp_path: Path) -> None:
    levels = 300
    text = "".join("  " * depth + "a:\n" for depth in range(levels)) + "  " * levels + "b: 1\n"

    assert _problems(_write(tmp_path, text)) == [
        f"file.yml:{MAX_DEPTH}:{2 * MAX_DEPTH - 1}: lists and mappings nest more than"
        f" {MAX_DEPTH} levels deep here; write the values out at fewer levels"
    ]


def test_nesting_short_of_the_limit_reads(tmp_path: Path) -> None:
    levels = MAX_DEPTH - 2
    text = "".join("  " * depth + "a:\n" for depth in range(levels)) + "  " * levels + "b: 1\n"

    assert read_yaml(_write(tmp_path, text), "file.yml").data["a"]["a"] is not None


def test_keys_that_are_not_text_are_refused_where_they_are(tmp_path: Path) -> None:
    text = "id: x\ngoals:\n  - 1: one\n    true: yes\n? [a]\n: c\n"

    assert _problems(_write(tmp_path, text)) == [
        "file.yml:3:5: goals[0]: the key '1' is read as a number, not as a field name;"
        " write field names as words, or put the key in quotes",
        "file.yml:4:5: goals[0]: the key 'true' is read as yes or no, not as a field name;"
        " write field names as words, or put the key in quotes",
        "file.yml:5:3: the key '[...]' is read as a list or a mapping, not as a field name;"
        " write field names as words, or put the key in quotes",
    ]


def test_a_control_character_is_a_located_problem(tmp_path: Path) -> None:
    text = "id: x\nname: Amara\x1b]0;pwned\x07\n"

    assert _problems(_write(tmp_path, text)) == [
        "file.yml:2:12: the control character \\x1b cannot be written in a YAML file;"
        " delete it (it is invisible in most editors)"
    ]
