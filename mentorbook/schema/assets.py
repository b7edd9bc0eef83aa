"""Check the files content/ publishes as they are: content/assets/ and the logo hub.yml names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from mentorbook.confinement import Confinement, PublishedFolder
from mentorbook.errors import Problem
from mentorbook.schema.messages import message
from mentorbook.schema.models.base import ASSETS_FOLDER

if TYPE_CHECKING:
    from mentorbook.schema.loader import Entry


def published_assets(content_dir: Path) -> PublishedFolder:
    """content/assets/, confined to the project that holds `content_dir`."""
    return PublishedFolder(content_dir / ASSETS_FOLDER, Confinement.of_project(content_dir.parent))


def asset_problems(content_dir: Path, hub_file: Entry | None) -> Iterator[Problem]:
    """Every link in content/assets/ that leads out of the project or into plans/, and a missing logo."""
    # Imported here: the loader imports this module, and display_path lives in the loader.
    from mentorbook.schema.loader import display_path

    assets = published_assets(content_dir)
    for broken in assets.broken_links():
        kind = "asset_link_into_plans" if broken.into_plans else "asset_link_outside_project"
        yield Problem(display_path(broken.link), 1, 1, "", message(kind, target=broken.target))
    logo = hub_file.value.logo if hub_file else None
    if hub_file is None or logo is None:
        return
    published = {uri for uri, _ in assets.files()}
    if logo.removeprefix(f"{ASSETS_FOLDER}/") not in published:
        yield hub_file.document.problem(("logo",), message("logo_missing", logo=logo))
