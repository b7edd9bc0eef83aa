"""Where a project keeps its content, templates and plans, and where the defaults live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def defaults_dir() -> Path:
    """The folder holding the default content/, templates/ and mkdocs.yml.

    Why two places: a wheel carries them inside the package (`_defaults/`); a source
    checkout keeps them at the repository root, where they are edited.
    """
    packaged = Path(__file__).parent / "_defaults"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


CACHE_FOLDER = ".mentorbook-cache"


@dataclass(frozen=True)
class Project:
    """A hub project: a folder with content/, templates/ and mkdocs.yml."""

    root: Path

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def templates_dir(self) -> Path:
        """Templates that override the defaults, one file at a time."""
        return self.root / "templates"

    @property
    def plans_dir(self) -> Path:
        return self.root / "plans"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def assets_dir(self) -> Path:
        return self.content_dir / "assets"

    @property
    def cache_dir(self) -> Path:
        """What builds keep to be faster next time, such as rendered workbooks; git-ignored."""
        return self.root / CACHE_FOLDER


def default_templates_dir() -> Path:
    return defaults_dir() / "templates"
