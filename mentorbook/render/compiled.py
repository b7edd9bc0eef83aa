"""Compiled templates kept in the project's cache, for every build and `serve` rebuild after the first.

Why: MkDocs and mentorbook make new Jinja environments for each build, and compiling the same
templates again (Material's among them) took about a third of a `serve` reload. Jinja keeps
each template's source checksum with its bytecode, so an edited template, an override added
to templates/ or a new version of the theme is compiled afresh.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from jinja2.bccache import Bucket

from mentorbook.project import Project

TEMPLATES = "templates"


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's bytecode cache in a folder; a folder it cannot write to only costs time."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def compiled_templates(project: Project) -> CompiledTemplates | None:
    """The project's cache of compiled templates; none if its folder leads out of the project.

    Why: the cache holds code that is run, so it is only ever read from inside the project.
    """
    folder: Path = project.cache_dir / TEMPLATES
    if not folder.resolve().is_relative_to(project.root.resolve()):
        return None
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return CompiledTemplates(str(folder)) if folder.is_dir() else None
