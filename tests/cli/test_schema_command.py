"""`mentorbook schema`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.schema.json_schema import build_schema
from mentorbook.schema.yaml_reader import new_yaml
from tests.schema.minimal_content import MINIMAL_CONTENT


def test_schema_prints_the_json_schema(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["schema"])

    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(json.dumps(build_schema()))


def test_schema_output_file_describes_a_content_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(cli, ["schema", "-o", "mentorbook.schema.json"])

    assert (result.exit_code, result.stdout) == (0, "Wrote mentorbook.schema.json\n")
    schema = json.loads(Path("mentorbook.schema.json").read_text(encoding="utf-8"))
    # No JSON Schema validator is installed: check that the Program branch names every
    # key of a valid program file, requires the ones it must, and allows no others.
    program = schema["$defs"]["Program"]
    written = new_yaml().load(MINIMAL_CONTENT["programs/pilot.yml"])
    assert {"$ref": "#/$defs/Program"} in schema["anyOf"]
    assert set(written) <= set(program["properties"])
    assert set(program["required"]) <= set(written)
    assert program["additionalProperties"] is False
    cadence = schema["$defs"][program["properties"]["cadence"]["$ref"].rsplit("/", 1)[1]]
    assert set(written["cadence"]) <= set(cadence["properties"])


def test_schema_output_onto_a_folder_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("out.json").mkdir()

    result = runner.invoke(cli, ["schema", "-o", "out.json"])

    assert result.exit_code == 2
    assert "Invalid value for '-o' / '--output': File 'out.json' is a directory." in result.stderr


def test_schema_output_refuses_to_replace_a_file_without_force(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("mentorbook.schema.json").write_text("my own notes\n", encoding="utf-8")

    result = runner.invoke(cli, ["schema", "-o", "mentorbook.schema.json"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: mentorbook.schema.json already exists; use --force to replace it.\n"
    )
    assert Path("mentorbook.schema.json").read_text(encoding="utf-8") == "my own notes\n"


def test_schema_output_with_force_replaces_the_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("mentorbook.schema.json").write_text("{}\n", encoding="utf-8")

    result = runner.invoke(cli, ["schema", "-o", "mentorbook.schema.json", "--force"])

    assert (result.exit_code, result.stdout) == (0, "Wrote mentorbook.schema.json\n")
    written = json.loads(Path("mentorbook.schema.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(build_schema()))
