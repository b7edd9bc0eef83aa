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
from typing import IO, Any

from mentorbook import __version__
from mentorbook.fileio import atomic_write_text
from mentorbook.project import Project, default_templates_dir
from mentorbook.source_date import VARIABLE as SOURCE_DATE_VARIABLE

FORMAT = 1
WORKBOOK_TEMPLATES = "workbook"
SHIPPED_CATALOGS = Path(__file__).resolve().parent.parent / "locale"
"""mentorbook's own words (mentorbook.i18n.LOCALE_DIR, named here without importing Babel):
a catalog edited in a source checkout changes every workbook as much as a template does."""


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
        "source_date_epoch": os.environ.get(SOURCE_DATE_VARIABLE, ""),
    }
    digest.update(json.dumps(settings, sort_keys=True).encode("utf-8"))
    for folder in workbook_input_folders(project):
        digest.update(tree_digest(folder).encode("ascii"))
    return digest.hexdigest()


def workbook_input_folders(project: Project) -> list[Path]:
    """The folders a workbook is rendered from: the content, its translations, both sets of
    templates, the shipped catalogs of fixed words."""
    return [
        project.content_dir,
        project.root / "translations",
        SHIPPED_CATALOGS,
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


def journal_path(manifest: Path) -> Path:
    """Where a run appends each workbook it finishes, beside its manifest."""
    return manifest.with_name(f"{manifest.stem}.journal.jsonl")


def load_manifest(path: Path) -> dict[str, Recorded]:
    """What earlier runs recorded: the manifest, then the journal of a run that never ended.

    Why forgiving: a lost or damaged manifest only costs a full re-render, never a wrong PDF;
    a journal line cut short by a crash is skipped, and its workbook is made again.
    """
    documents = _read_snapshot(path)
    try:
        lines = journal_path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        lines = []
    for line in lines:
        try:
            fields = json.loads(line)
            slug = fields.pop("slug")
            documents[slug] = Recorded(**fields)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
    return documents


def _read_snapshot(path: Path) -> dict[str, Recorded]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return {}
        return {slug: Recorded(**fields) for slug, fields in data["documents"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def save_manifest(path: Path, documents: Mapping[str, Recorded]) -> None:
    """Write the whole manifest atomically, then drop the journal it now includes."""
    data = {
        "format": FORMAT,
        "documents": {slug: asdict(documents[slug]) for slug in sorted(documents)},
    }
    atomic_write_text(path, json.dumps(data, indent=1) + "\n")
    journal_path(path).unlink(missing_ok=True)


def _ends_mid_line(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            if handle.seek(0, os.SEEK_END) == 0:
                return False
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"
    except FileNotFoundError:
        return False


class Journal:
    """Records each workbook as it is finished, one JSON line appended and synced to disk.

    Why: the manifest is written whole at the end of a run; a run killed before then
    (`kill -9`, a lost machine) would otherwise forget every workbook it made. An append
    is all-or-nothing but for its last line, which `load_manifest` skips when cut short.
    """

    def __init__(self, manifest: Path) -> None:
        self.path = journal_path(manifest)
        self._handle: IO[str] | None = None

    def record(self, slug: str, recorded: Recorded) -> None:
        handle = self._handle or self._open()
        handle.write(json.dumps({"slug": slug, **asdict(recorded)}) + "\n")
        handle.flush()
        os.fsync(handle.fileno())

    def _open(self) -> IO[str]:
        torn = _ends_mid_line(self.path)
        self._handle = self.path.open("a", encoding="utf-8")
        if torn:  # end the line a crash cut short, so the next record is a line of its own
            self._handle.write("\n")
        return self._handle

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
