"""The manifest: what a run remembers, and the keys that decide what is made again."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.cohort.manifest import (
    Recorded,
    document_key,
    load_manifest,
    manifest_path,
    save_manifest,
    shared_inputs_digest,
)
from mentorbook.project import Project


def test_what_is_saved_is_loaded_back(tmp_path: Path) -> None:
    documents = {"bo-li": Recorded("b" * 64, 20), "ana-diaz": Recorded("a" * 64, 10, "c" * 64)}
    save_manifest(tmp_path / "manifest.json", documents)
    assert load_manifest(tmp_path / "manifest.json") == documents


@pytest.mark.parametrize(
    "text", ["", "{not json", "[]", '{"format": 99, "documents": {}}', '{"format": 1}']
)
def test_a_missing_or_damaged_manifest_counts_as_empty(tmp_path: Path, text: str) -> None:
    path = tmp_path / "manifest.json"
    assert load_manifest(path) == {}
    path.write_text(text, encoding="utf-8")
    assert load_manifest(path) == {}


def test_each_shard_keeps_its_own_manifest(tmp_path: Path) -> None:
    assert manifest_path(tmp_path, None) == tmp_path / "manifest.json"
    assert manifest_path(tmp_path, "2/4") == tmp_path / "manifest.shard-2-of-4.json"


def test_the_key_follows_the_content_the_templates_the_options_and_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Project(tmp_path)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "hub.yml").write_text("site_name: A\n", encoding="utf-8")
    first = shared_inputs_digest(project, {"fillable": True})
    assert shared_inputs_digest(project, {"fillable": True}) == first
    assert shared_inputs_digest(project, {"fillable": False}) != first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert shared_inputs_digest(project, {"fillable": True}) != first
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    (tmp_path / "templates" / "workbook").mkdir(parents=True)
    (tmp_path / "templates" / "workbook" / "workbook.css").write_text("p {}", encoding="utf-8")
    with_template = shared_inputs_digest(project, {"fillable": True})
    assert with_template != first
    (tmp_path / "templates" / "site").mkdir()
    (tmp_path / "templates" / "site" / "page.md.j2").write_text("x", encoding="utf-8")
    assert shared_inputs_digest(project, {"fillable": True}) == with_template
    assert document_key(first, b"mentee: Ana\n") != document_key(first, b"mentee: Bo\n")
    assert document_key(first, b"mentee: Ana\n") == document_key(first, b"mentee: Ana\n")
