"""The JSON Schema editors use, and the copy committed beside the default content."""

from __future__ import annotations

import json
import os
from pathlib import Path

from mentorbook.project import defaults_dir
from mentorbook.schema.json_schema import SCHEMA_FILE_NAME, build_schema, file_models


def test_schema_has_one_branch_per_kind_of_file() -> None:
    schema = build_schema()

    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert [branch["$ref"] for branch in schema["anyOf"]] == [
        f"#/$defs/{model.__name__}" for model in file_models()
    ]
    assert {"HubSettings", "Glossary", "Program", "Role", "Plan"} <= set(schema["$defs"])


def test_schema_refuses_unknown_keys_and_names_required_fields() -> None:
    role = build_schema()["$defs"]["Role"]

    assert role["additionalProperties"] is False
    assert set(role["required"]) == {"id", "name", "summary", "responsibilities"}
    assert role["properties"]["summary"]["description"] == "One sentence on who this is."


def test_committed_schema_matches_the_models() -> None:
    """content/mentorbook.schema.json is what editors read; regenerate it when a model changes.

    Regenerate with: mentorbook schema -o content/mentorbook.schema.json --force
    """
    committed = defaults_dir() / "content" / SCHEMA_FILE_NAME

    assert json.loads(committed.read_text(encoding="utf-8")) == json.loads(
        json.dumps(build_schema())
    )


def test_every_default_content_file_points_its_editor_at_the_schema() -> None:
    content = defaults_dir() / "content"
    files = sorted([*content.rglob("*.yml"), *content.rglob("*.yaml")])

    assert files
    for path in files:
        schema = Path(os.path.relpath(content / SCHEMA_FILE_NAME, path.parent)).as_posix()
        if "/" not in schema:
            schema = f"./{schema}"
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == f"# yaml-language-server: $schema={schema}", path
