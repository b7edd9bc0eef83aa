"""Mapping pydantic's errors back to YAML paths and plain sentences."""

from __future__ import annotations

from pathlib import Path

from mentorbook.schema.models import Comparison, Role
from mentorbook.schema.models.base import Model
from mentorbook.schema.validation import validate_document
from mentorbook.schema.yaml_reader import read_yaml

ROLE = "id: mentor\nname: Mentor\nsummary: Helps.\nresponsibilities:\n  - Listen.\n"


def _errors(tmp_path: Path, text: str, model: type[Model] = Role) -> list[str]:
    path = tmp_path / "file.yml"
    path.write_text(text, encoding="utf-8")
    value, problems = validate_document(read_yaml(path, "file.yml"), model)
    assert value is None
    return [str(problem) for problem in problems]


def test_a_valid_document_gives_the_model(tmp_path: Path) -> None:
    path = tmp_path / "file.yml"
    path.write_text(ROLE, encoding="utf-8")

    role, problems = validate_document(read_yaml(path, "file.yml"), Role)

    assert problems == []
    assert role is not None
    assert role.responsibilities == ["Listen."]


def test_union_branch_names_do_not_show_in_the_path(tmp_path: Path) -> None:
    # description is `Markdown | None`: pydantic reports it under a branch name such as 'str'.
    assert _errors(tmp_path, ROLE + "description:\n  - a list\n") == [
        "file.yml:7:3: description: expected text, found a list; write it as text (put quotes"
        " around it if needed)"
    ]


def test_unknown_key_points_at_the_key_and_names_the_near_miss(tmp_path: Path) -> None:
    assert _errors(tmp_path, ROLE + "functions:\n  - name: Listener\n    descripton: Hears.\n") == [
        "file.yml:8:5: functions[0].descripton: 'descripton' is not a field here (did you mean"
        " 'description'?); remove it or fix its spelling",
    ]


def test_missing_field_is_still_reported_when_no_unknown_key_is_near_it(tmp_path: Path) -> None:
    assert _errors(tmp_path, ROLE.replace("summary: Helps.\n", "colour: blue\n")) == [
        "file.yml:1:1: summary: this field is required; add it",
        "file.yml:3:1: colour: 'colour' is not a field here; remove it or fix its spelling",
    ]


def test_empty_text_and_empty_list_say_what_to_do(tmp_path: Path) -> None:
    text = ROLE.replace("name: Mentor", "name: ''").replace("  - Listen.\n", "  []\n")

    assert _errors(tmp_path, text.replace("responsibilities:\n  []", "responsibilities: []")) == [
        "file.yml:2:7: name: this text is empty; write something here or remove the field",
        "file.yml:4:19: responsibilities: this list needs at least 1 item(s), it has 0; add more",
    ]


def test_a_model_validator_points_at_the_field_to_change(tmp_path: Path) -> None:
    text = (
        "id: styles\ntitle: Styles\nintro: Two ways.\ncolumns: [Formal, Informal]\n"
        "rows:\n  - aspect: Length\n    values: [Fixed, Open]\n"
        "  - aspect: Matching\n    values: [By the coordinator]\n"
    )

    assert _errors(tmp_path, text, Comparison) == [
        "file.yml:9:13: rows[1].values: the row 'Matching' has 1 values for 2 columns; give it"
        " one value per column",
    ]


def test_a_file_that_is_not_a_mapping_is_one_problem(tmp_path: Path) -> None:
    assert _errors(tmp_path, "just a sentence\n") == [
        "file.yml:1:1: the file must be a mapping of fields (key: value), not 'just a sentence';"
        " start the file with its fields",
    ]
