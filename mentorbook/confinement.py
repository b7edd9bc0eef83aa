"""The one rule for files that leave the project: published, exported or embedded.

A file may leave only when its real location, after every symlink is followed, lies inside
the project folder and outside `plans/`. The site, the Markdown export and the workbook's
URL fetcher all ask here; `mentorbook check` reports every link that breaks the rule.

Why resolve: a folder's name says nothing about where its files are. `content/assets`
linked to `/etc`, or a file linked to `../../plans`, would otherwise publish the machine's
files or mentees' private plans.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Confinement:
    """Where published and embedded files must really be: in `root`, never in `plans`."""

    root: Path
    plans: Path

    @classmethod
    def of_project(cls, root: Path) -> Confinement:
        real_root = root.resolve()
        return cls(real_root, real_root / "plans")

    def allows(self, path: Path) -> bool:
        """Whether the file or folder at `path` really lies inside the project and outside plans/."""
        real = path.resolve()
        return real.is_relative_to(self.root) and not real.is_relative_to(self.plans)


@dataclass(frozen=True)
class BrokenLink:
    """A symlink under a published folder whose target breaks the rule."""

    link: Path
    target: Path
    into_plans: bool


@dataclass(frozen=True)
class PublishedFolder:
    """A folder of the project whose files are published as they are, such as content/assets/."""

    folder: Path
    confinement: Confinement

    def files(self) -> Iterator[tuple[str, Path]]:
        """Each file that may be published, as (path relative to the folder, path)."""
        for path, broken in self._walk():
            if broken is None and path.is_file():
                yield path.relative_to(self.folder).as_posix(), path

    def broken_links(self) -> Iterator[BrokenLink]:
        """Each link whose target lies outside the project or inside plans/."""
        for _, broken in self._walk():
            if broken is not None:
                yield broken

    def _walk(self) -> Iterator[tuple[Path, BrokenLink | None]]:
        """Every entry below the folder, links followed once, with what is wrong with it.

        Why by hand: `os.walk(followlinks=True)` would enter a link to /etc before anyone
        asked where it leads, and loop forever on a link to a folder above it.
        """
        if not self.folder.is_dir():
            return
        if not self.confinement.allows(self.folder):
            yield self.folder, self._broken(self.folder)
            return
        seen: set[Path] = set()
        pending = [self.folder]
        while pending:
            folder = pending.pop()
            if folder.resolve() in seen:
                continue
            seen.add(folder.resolve())
            for entry in sorted(folder.iterdir()):
                if entry.name.startswith("."):
                    continue
                if not self.confinement.allows(entry):
                    yield entry, self._broken(entry)
                elif entry.is_dir():
                    pending.append(entry)
                else:
                    yield entry, None

    def _broken(self, link: Path) -> BrokenLink:
        target = Path(os.path.realpath(link))
        return BrokenLink(link, target, target.is_relative_to(self.confinement.plans))
