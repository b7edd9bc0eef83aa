"""Rendered workbooks kept between builds, each under the key of the inputs it was made from.

Why the digest beside each PDF: a cache entry half-written by a crash, truncated, or edited
by hand must never reach the site. An entry whose bytes do not match its digest counts as
missing, and is made and stored again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from mentorbook.fileio import atomic_write_bytes, atomic_write_text
from mentorbook.project import Project

WORKBOOKS = "workbooks"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This folder holds mentorbook's cache; it is made again when deleted.\n"
    "# See https://bford.info/cachedir/\n"
)
"""Marks the folder as a cache, so backup tools can leave it out."""
_ENTRY = re.compile(r"\.?[0-9a-f]{64}\.pdf(\.sha256)?(\.\w+\.tmp)?")
"""An entry, or the temporary file of a write to one (see fileio.atomic_write_bytes)."""


class PdfCache:
    """PDFs by key in one folder: `<key>.pdf`, and `<key>.pdf.sha256` as `sha256sum` writes it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def of(cls, project: Project) -> PdfCache | None:
        """The project's workbook cache; none when its folder leads out of the project.

        Why: a cached PDF is published in the site, and no file from outside the project
        may be, through a symbolic link or otherwise.
        """
        folder = project.cache_dir / WORKBOOKS
        root = project.root.resolve()
        if not folder.resolve().is_relative_to(root):
            return None
        return cls(folder)

    def load(self, key: str) -> bytes | None:
        """The PDF stored under `key`, if it is there whole; None otherwise."""
        pdf_path, digest_path = self._paths(key)
        try:
            if pdf_path.is_symlink():
                return None
            recorded = digest_path.read_text(encoding="ascii").split(maxsplit=1)[0]
            pdf = pdf_path.read_bytes()
        except (OSError, ValueError, IndexError):
            return None
        return pdf if hashlib.sha256(pdf).hexdigest() == recorded else None

    def store(self, key: str, pdf: bytes) -> None:
        """Keep `pdf` under `key`: the PDF first, then its digest, each written atomically."""
        tag = self.folder.parent / "CACHEDIR.TAG"
        if not tag.exists():
            atomic_write_text(tag, CACHEDIR_TAG)
        pdf_path, digest_path = self._paths(key)
        atomic_write_bytes(pdf_path, pdf)
        atomic_write_text(digest_path, f"{hashlib.sha256(pdf).hexdigest()}  {pdf_path.name}\n")

    def prune(self, keep: Iterable[str]) -> None:
        """Delete the entries of keys not in `keep`, and writes a stopped worker left unfinished.

        Files the cache did not write stay where they are.
        """
        kept = {name for key in keep for name in (f"{key}.pdf", f"{key}.pdf.sha256")}
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if _ENTRY.fullmatch(path.name) and path.name not in kept:
                path.unlink(missing_ok=True)

    def _paths(self, key: str) -> tuple[Path, Path]:
        pdf_path = self.folder / f"{key}.pdf"
        return pdf_path, pdf_path.with_name(f"{pdf_path.name}.sha256")
