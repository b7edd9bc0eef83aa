"""The workbook cache: what is stored is loaded back whole, and anything damaged counts as missing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mentorbook.project import Project
from mentorbook.site.pdf_cache import PdfCache

KEY = "a" * 64
OTHER = "b" * 64
PDF = b"%PDF-1.7 a workbook\n%%EOF\n"


@pytest.fixture
def cache(tmp_path: Path) -> PdfCache:
    found = PdfCache.of(Project(tmp_path))
    assert found is not None
    return found


def test_a_stored_pdf_is_loaded_back_with_its_digest_beside_it(cache: PdfCache) -> None:
    cache.store(KEY, PDF)

    assert cache.load(KEY) == PDF
    assert cache.load(OTHER) is None
    digest = (cache.folder / f"{KEY}.pdf.sha256").read_text(encoding="ascii")
    assert digest == f"{hashlib.sha256(PDF).hexdigest()}  {KEY}.pdf\n"
    assert (
        (cache.folder.parent / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55\n")
    )


@pytest.mark.parametrize(
    ("damage", "path"),
    [
        (lambda path: path.write_bytes(PDF[:10]), f"{KEY}.pdf"),
        (lambda path: path.write_bytes(PDF.replace(b"a", b"b")), f"{KEY}.pdf"),
        (lambda path: path.unlink(), f"{KEY}.pdf"),
        (lambda path: path.unlink(), f"{KEY}.pdf.sha256"),
        (lambda path: path.write_text("not a digest\n"), f"{KEY}.pdf.sha256"),
        (lambda path: path.write_text(""), f"{KEY}.pdf.sha256"),
    ],
    ids=["truncated", "changed", "pdf-gone", "digest-gone", "digest-wrong", "digest-empty"],
)
def test_a_damaged_entry_counts_as_missing(cache: PdfCache, damage: object, path: str) -> None:
    cache.store(KEY, PDF)
    damage(cache.folder / path)  # type: ignore[operator]

    assert cache.load(KEY) is None
    cache.store(KEY, PDF)
    assert cache.load(KEY) == PDF


def test_pruning_keeps_the_wanted_entries_and_what_the_cache_did_not_write(
    cache: PdfCache,
) -> None:
    cache.store(KEY, PDF)
    cache.store(OTHER, PDF)
    unfinished = cache.folder / f".{OTHER}.pdf.x1y2z3_a.tmp"
    unfinished.write_bytes(PDF[:5])
    notes = cache.folder / "notes.txt"
    notes.write_text("mine", encoding="utf-8")

    cache.prune([KEY])

    assert sorted(path.name for path in cache.folder.iterdir()) == [
        f"{KEY}.pdf",
        f"{KEY}.pdf.sha256",
        "notes.txt",
    ]


def test_a_cache_folder_leading_out_of_the_project_is_not_used(tmp_path: Path) -> None:
    project = tmp_path / "hub"
    outside = tmp_path / "elsewhere"
    project.mkdir()
    outside.mkdir()
    (project / ".mentorbook-cache").symlink_to(outside)

    assert PdfCache.of(Project(project)) is None
    assert PdfCache.of(Project(outside)) is not None


def test_a_linked_pdf_is_not_taken(cache: PdfCache, tmp_path: Path) -> None:
    cache.store(KEY, PDF)
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(PDF)
    (cache.folder / f"{KEY}.pdf").unlink()
    (cache.folder / f"{KEY}.pdf").symlink_to(elsewhere)

    assert cache.load(KEY) is None
