"""Decide which workbooks are up to date: a key per workbook over everything it is made from.

Why file bytes: a re-run over a thousand unchanged plans must finish in a second or two, so
plans are hashed as they are stored, never parsed, and the content and templates (shared by
every workbook) are hashed once per run.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from mentorbook import __version__
from mentorbook.fileio import atomic_write_text
from mentorbook.project import Project, default_templates_dir

FORMAT = 1
WORKBOOK_TEMPLATES = "workbook"


@dataclass(frozen=True)
class Recorded:
    """What the manifest remembers of one workbook."""

    key: str
    """Hash of the inputs the workbook was made from."""
    size: int
    """Size of the PDF written, so a replaced or truncated file is made again."""
    row: str = ""
    """Hash of the roster row the plan was started from (CSV rosters only)."""


def shared_inputs_digest(project: Project, options: Mapping[str, Any]) -> str:
    """Hash what every workbook of the cohort shares: content, templates, options, versions.

    SOURCE_DATE_EPOCH belongs to the options: it sets the date printed in the workbooks.
    WeasyPrint's version does too: another version may lay the same HTML out differently.
    """
    digest = hashlib.sha256()
    settings = {
        "mentorbook": __version__,
        "weasyprint": version("weasyprint"),
        "options": dict(options),
        "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH", ""),
    }
    digest.update(json.dumps(settings, sort_keys=True).encode("utf-8"))
    for folder in workbook_input_folders(project):
        digest.update(tree_digest(folder).encode("ascii"))
    return digest.hexdigest()


def workbook_input_folders(project: Project) -> list[Path]:
    """The folders a workbook is rendered from: the content and both sets of templates."""
    return [
        project.content_dir,
        project.templates_dir / WORKBOOK_TEMPLATES,
        default_templates_dir() / WORKBOOK_TEMPLATES,
    ]


def tree_digest(folder: Path) -> str:
    """Hash the names and bytes of every file below `folder` (none if it does not exist)."""
    digest = hashlib.sha256()
    for path in _files_below(folder):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _files_below(folder: Path) -> Iterable[Path]:
    for directory, folders, files in sorted(os.walk(folder)):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(directory) / name


def document_key(shared_digest: str, plan_bytes: bytes) -> str:
    """The key of one workbook: the shared inputs and the bytes of its plan."""
    return hashlib.sha256(
        shared_digest.encode("ascii") + hashlib.sha256(plan_bytes).digest()
    ).hexdigest()


def manifest_path(out_dir: Path, shard_label: str | None) -> Path:
    """One manifest per shard, so shards written into one folder never overwrite each other."""
    if shard_label is None:
        return out_dir / "manifest.json"
    index, count = shard_label.split("/")
    return out_dir / f"manifest.shard-{index}-of-{count}.json"


def load_manifest(path: Path) -> dict[str, Recorded]:
    """What a previous run recorded; nothing when there is no manifest or it cannot be read.

    Why forgiving: a lost or damaged manifest only costs a full re-render, never a wrong PDF.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return {}
        return {slug: Recorded(**fields) for slug, fields in data["documents"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def save_manifest(path: Path, documents: Mapping[str, Recorded]) -> None:
    data = {
        "format": FORMAT,
        "documents": {slug: asdict(documents[slug]) for slug in sorted(documents)},
    }
    atomic_write_text(path, json.dumps(data, indent=1) + "\n")
