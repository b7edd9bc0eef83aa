"""Build the site strictly into a folder beside the target, then swap it into place.

Why: a build that fails, on bad content or on any MkDocs warning, must leave the site
that was there before untouched, so a broken edit never takes the hub offline.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from mentorbook.errors import BuildError, OutputExistsError
from mentorbook.project import Project
from mentorbook.site.output import SITE, replacing

if TYPE_CHECKING:
    from mentorbook.site.downloads import Downloads


def build_site(project: Project, site_dir: Path, *, preview: Downloads | None = None) -> None:
    """Build the hub of `project` into `site_dir`; raise ContentError or BuildError on failure.

    `preview` makes the build one of `mentorbook serve`'s: its workbooks render in the
    background across rebuilds, and a rebuild shows the last ones until they are ready.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    config_file = require_mkdocs_yml(project)
    refuse_the_project(project, site_dir)
    with replacing(site_dir, SITE) as staging, collected_warnings() as warnings:
        try:
            config = load_config(str(config_file), site_dir=str(staging), strict=True)
            plugin = config.plugins.get("mentorbook")
            if plugin is not None:
                # MkDocs keeps one plugin instance per process; a build starts its own
                # renders, and `serve` hands each rebuild its session's (see site/serve.py).
                plugin.downloads, plugin.owns_downloads = preview, False
            config.plugins.on_startup(command="build" if preview is None else "serve", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (Abort, ConfigurationError) as error:
            details = "".join(f"\n  {warning}" for warning in warnings)
            raise BuildError(f"The site was not built: {error}{details}") from error


def require_mkdocs_yml(project: Project) -> Path:
    if not project.mkdocs_yml.is_file():
        raise BuildError(
            f"{project.mkdocs_yml} is missing; copy it from a project made by 'mentorbook init'"
        )
    return project.mkdocs_yml


def refuse_the_project(project: Project, site_dir: Path) -> None:
    """Refuse a site folder that holds the project: replacing it would delete the content."""
    root = project.root.resolve()
    if root == site_dir.resolve() or root.is_relative_to(site_dir.resolve()):
        raise OutputExistsError(
            f"{site_dir.resolve()} holds the project itself;"
            " choose a site folder inside it, such as site/"
        )


@contextmanager
def collected_warnings() -> Iterator[list[str]]:
    """Collect MkDocs' warnings instead of printing them, to report them with the failure."""
    logger = logging.getLogger("mkdocs")
    warnings: list[str] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            warnings.append(record.getMessage())

    handler = Collector(level=logging.WARNING)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield warnings
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
