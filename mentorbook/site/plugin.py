"""The MkDocs plugin that turns a project's content/ into the hub's pages.

Only glue lives here: which MkDocs event does what. The page list, the rendering and the
settings MkDocs receives come from the other modules of this package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from mentorbook.project import Project
from mentorbook.render.sanitise import clean_html
from mentorbook.schema.assets import published_assets
from mentorbook.schema.loader import Hub, load_content
from mentorbook.schema.models.base import ASSETS_FOLDER
from mentorbook.site.generate import render_files
from mentorbook.site.pages import SitePlan, site_plan
from mentorbook.site.settings import (
    OFFLINE_SHIM_URI,
    edit_url,
    local_polyfills,
    offline_shim_path,
    theme_settings,
    theme_text,
)


class MentorbookConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs leaves this untyped
    """The plugin has no options: everything it needs comes from content/."""


class MentorbookPlugin(BasePlugin[MentorbookConfig]):  # type: ignore[no-untyped-call]
    """Load and validate the content, generate every page, and watch content/ for edits."""

    def __init__(self) -> None:
        self.serving = False
        self.project: Project | None = None
        self.hub: Hub | None = None
        self.plan: SitePlan | None = None
        self.sources: dict[str, Path] = {}

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Defining on_startup also keeps this instance across `serve` rebuilds.
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        project = Project(Path(config.config_file_path).resolve().parent)
        hub = load_content(project.content_dir)
        self.project, self.hub, self.plan = project, hub, site_plan(hub)
        self.sources = {page.uri: page.source for page in self.plan.pages if page.source}
        config.site_name = theme_text(hub.settings.site_name)
        config.copyright = theme_text(hub.settings.organisation)
        config.docs_dir = str(project.content_dir)
        config.nav = self.plan.nav()
        for key, value in theme_settings(hub.settings, _theme_languages(config)).items():
            config.theme[key] = value
        config.watch.extend(
            str(folder)
            for folder in (project.content_dir, project.templates_dir)
            if folder.is_dir()
        )
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Runs after every plugin's on_config, so the offline plugin has added its polyfill.
        config.extra["polyfills"] = local_polyfills(config.extra.get("polyfills", []))

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.project is not None and self.hub is not None and self.plan is not None
        # MkDocs follows every link under docs_dir; publish only what the shared rule allows.
        assets = {
            f"{ASSETS_FOLDER}/{uri}"
            for uri, _ in published_assets(self.project.content_dir).files()
        }
        kept = Files(
            [file for file in files if file.src_dir != config.docs_dir or file.src_uri in assets]
        )
        hidden = {page.uri for page in self.plan.pages if not page.in_nav}
        for uri, content in render_files(self.project, self.hub, self.plan).items():
            inclusion = InclusionLevel.NOT_IN_NAV if uri in hidden else InclusionLevel.UNDEFINED
            kept.append(File.generated(config, uri, content=content, inclusion=inclusion))
        kept.append(File.generated(config, OFFLINE_SHIM_URI, abs_src_path=str(offline_shim_path())))
        return kept

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        assert self.hub is not None
        if not page.is_homepage:
            # A title is escaped text (from the nav, or the page's escaped heading), but
            # Material's <title> unescapes it (striptags); a meta title is printed as set.
            page.meta["title"] = page.title
        return html if self.hub.settings.allow_html else clean_html(html)

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        assert self.hub is not None
        source = self.sources.get(page.file.src_uri)
        if source is not None:
            page.edit_url = edit_url(self.hub.settings, self.hub.content_dir, source)
        return None


def _theme_languages(config: MkDocsConfig) -> set[str]:
    return {
        path.stem
        for folder in config.theme.dirs
        for path in (Path(folder) / "partials" / "languages").glob("*.html")
    }
