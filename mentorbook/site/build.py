"""Build the site strictly into a folder beside the target, then swap it into place.

Why: a build that fails, on bad content or on any MkDocs warning, must leave the site
that was there before untouched, so a broken edit never takes the hub offline.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mentorbook.errors import BuildError, OutputExistsError
from mentorbook.fileio import staging_dir
from mentorbook.project import Project


def build_site(project: Project, site_dir: Path) -> None:
    """Build the hub of `project` into `site_dir`; raise ContentError or BuildError on failure."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    config_file = require_mkdocs_yml(project)
    site_dir = site_dir.resolve()
    refuse_unsafe_target(project, site_dir)
    staging = staging_dir(site_dir)
    try:
        with collected_warnings() as warnings:
            try:
                config = load_config(str(config_file), site_dir=str(staging), strict=True)
                config.plugins.on_startup(command="build", dirty=False)
                try:
                    build(config)
                finally:
                    config.plugins.on_shutdown()
            except (Abort, ConfigurationError) as error:
                details = "".join(f"\n  {warning}" for warning in warnings)
                raise BuildError(f"The site was not built: {error}{details}") from error
        swap_into_place(staging, site_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def require_mkdocs_yml(project: Project) -> Path:
    if not project.mkdocs_yml.is_file():
        raise BuildError(
            f"{project.mkdocs_yml} is missing; copy it from a project made by 'mentorbook init'"
        )
    return project.mkdocs_yml


def refuse_unsafe_target(project: Project, site_dir: Path) -> None:
    """Refuse a site folder whose replacement would delete anything but an earlier site."""
    root = project.root.resolve()
    if root == site_dir or root.is_relative_to(site_dir):
        raise OutputExistsError(
            f"{site_dir} holds the project itself; choose a site folder inside it, such as site/"
        )
    if site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / "index.html").is_file():
        raise OutputExistsError(
            f"{site_dir} is not empty and holds no built site; choose an empty or new folder"
        )


def swap_into_place(staging: Path, target: Path) -> None:
    """Replace `target` by `staging` with two renames, so no half-written site is ever seen."""
    if not target.exists():
        staging.replace(target)
        return
    retired = staging.with_name(staging.name.replace(".new.", ".old.", 1))
    target.replace(retired)
    staging.replace(target)
    shutil.rmtree(retired, ignore_errors=True)


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
