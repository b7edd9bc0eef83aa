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

from mentorbook.errors import BuildError, OutputExistsError, Problem
from mentorbook.project import Project
from mentorbook.schema.loader import SETTINGS_FILE, read_and_validate
from mentorbook.schema.models.hub import HubSettings
from mentorbook.site.output import SITE, replacing
from mentorbook.site.pdf_cache import PdfCache
from mentorbook.site.settings import language_folder

if TYPE_CHECKING:
    from mentorbook.site.downloads import Downloads


def build_site(project: Project, site_dir: Path, *, preview: Downloads | None = None) -> None:
    """Build the hub of `project` into `site_dir`; raise ContentError or BuildError on failure.

    A hub in several languages is several sites, each a single-language MkDocs build: the
    default language at the root, the others in <lang>/. Why not one build with an i18n
    plugin: with Material's offline plugin, only one language reaches the search index.
    All are built in one staging folder, swapped in once, so a failure leaves the old
    site whole. `preview` makes the build one of `mentorbook serve`'s: its workbooks
    render in the background across rebuilds, and only the default language is built.
    """
    config_file = require_mkdocs_yml(project)
    refuse_the_project(project, site_dir)
    languages = languages_to_build(project)
    if preview is not None:
        languages = languages[:1]
    with replacing(site_dir, SITE) as staging:
        kept: list[str] = []
        for language in languages:
            folder = staging / language_folder(language, languages)
            kept += build_language(config_file, folder, language, languages, preview)
        cache = PdfCache.of(project)
        if len(languages) > 1 and cache is not None:
            cache.prune(kept)


def languages_to_build(project: Project) -> list[str]:
    """The hub's languages from content/hub.yml.

    When it does not validate, one unnamed language: that build reports the errors.
    """
    problems: list[Problem] = []
    entry = read_and_validate(project.content_dir / SETTINGS_FILE, HubSettings, problems)
    return list(entry.value.hub_languages) if entry is not None else [""]


def build_language(
    config_file: Path,
    folder: Path,
    language: str,
    languages: list[str],
    preview: Downloads | None,
) -> list[str]:
    """Build the site of one language into `folder`; return the cache keys of its workbooks."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    with collected_warnings() as warnings:
        try:
            config = load_config(str(config_file), site_dir=str(folder), strict=True)
            plugin = config.plugins.get("mentorbook")
            if plugin is not None:
                # MkDocs keeps one plugin instance per process; a build starts its own
                # renders, and `serve` hands each rebuild its session's (see site/serve.py).
                plugin.downloads, plugin.owns_downloads = preview, False
                plugin.language = None if language == languages[0] else language
                plugin.prunes_cache = len(languages) == 1
            config.plugins.on_startup(command="build" if preview is None else "serve", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
        except (Abort, ConfigurationError) as error:
            details = "".join(f"\n  {warning}" for warning in warnings)
            raise BuildError(f"The site was not built: {error}{details}") from error
    if plugin is None or plugin.downloads is None:
        return []
    return list(plugin.downloads.keys.values())


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
