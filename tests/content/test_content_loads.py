"""The default content validates, both through the loader and through `mentorbook check`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.schema.loader import Hub


def test_default_content_loads(hub: Hub) -> None:
    assert "foundations" in hub.programs


def test_check_passes_on_the_repository(repo_root: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(repo_root)])

    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK ")


def test_every_file_is_named_after_its_id(hub: Hub) -> None:
    misnamed = [
        f"{folder}/{path.name}"
        for folder, entries in hub.entries.items()
        for object_id, entry in entries.items()
        if (path := entry.document.path).stem != object_id
    ]
    assert misnamed == []


def test_every_file_starts_with_the_schema_modeline(content_dir: Path) -> None:
    wrong = []
    for path in sorted(content_dir.rglob("*.yml")):
        depth = len(path.relative_to(content_dir).parts) - 1
        schema = ("../" * depth or "./") + "mentorbook.schema.json"
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        if first_line != f"# yaml-language-server: $schema={schema}":
            wrong.append(str(path.relative_to(content_dir)))
    assert wrong == []
