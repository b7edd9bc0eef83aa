"""The MkDocs plugin that turns a project's content/ into the hub's pages.

Only glue lives here: which MkDocs event does what. The page list, the rendering and the
settings MkDocs receives come from the other modules of this package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from jinja2 import Environment
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from mentorbook.project import Project
from mentorbook.render.compiled import CompiledTemplates, compiled_templates
from mentorbook.render.sanitise import clean_html
from mentorbook.schema.assets import published_assets
from mentorbook.schema.loader import Hub, load_content
from mentorbook.schema.models.base import ASSETS_FOLDER
from mentorbook.site.downloads import Downloads
from mentorbook.site.generate import render_pages
from mentorbook.site.pages import SitePlan, site_plan
from mentorbook.site.settings import (
    OFFLINE_SHIM_URI,
    alternate_links,
    edit_url,
    local_polyfills,
    offline_shim_path,
    theme_settings,
    theme_text,
)
from mentorbook.translations.project import hub_in_language


class WrittenAfterBuild(File):
    """A workbook PDF the plugin writes itself in on_post_build.

    Why: MkDocs copies files before it builds the pages, and the workbook may still be
    rendering then, in a worker process beside MkDocs. Listing it as a file all the same
    lets the pages link to it, and the strict build check those links.
    """

    def copy_file(self, dirty: bool = False) -> None:
        """Nothing to copy yet: see MentorbookPlugin.on_post_build."""


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
        self.downloads: Downloads | None = None
        self.owns_downloads = False
        """Whether this plugin made `downloads` (and so stops them), or `mentorbook serve`
        handed them in for one of its rebuilds (and stops them when it stops)."""
        self.compiled: CompiledTemplates | None = None
        self.rendering_beside = True
        self.language: str | None = None
        """The language of this build, set by `build_site` for each of the hub's sites;
        None for the default language (and for `mkdocs build`, which builds that one)."""
        self.languages: list[str] = []
        self.prunes_cache = True
        """Whether this build drops other cached workbooks; a hub in several languages
        has `build_site` do it once every language's are known."""

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"

    @event_priority(100)  # before Material's search, which takes its language from the theme's
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        project = Project(Path(config.config_file_path).resolve().parent)
        if self.compiled is None or self.project != project:
            self.compiled = compiled_templates(project)
        hub = hub_in_language(project, load_content(project.content_dir), self.language)
        self.project, self.hub = project, hub
        # The site's fixed words (navigation, headings) follow the language of this build.
        language = self.language or hub.settings.default_language
        self.plan = site_plan(hub, language, project_root=project.root)
        self.languages = hub.settings.hub_languages
        self.sources = {page.uri: page.source for page in self.plan.pages if page.source}
        config.site_name = theme_text(hub.settings.site_name)
        config.copyright = theme_text(hub.settings.organisation)
        config.docs_dir = str(project.content_dir)
        config.nav = self.plan.nav()
        for key, value in theme_settings(
            hub.settings, _theme_languages(config), self.language
        ).items():
            config.theme[key] = value
        if self.switches_language:
            _use_own_switcher(config)
        config.watch.extend(
            str(folder)
            for folder in (project.content_dir, project.templates_dir)
            if folder.is_dir()
        )
        # `mentorbook serve` hands every rebuild the same Downloads (see site/serve.py).
        if (
            self.downloads is None
            or self.downloads.project.root.resolve() != project.root
            or self.downloads.language != self.language
        ):
            self.downloads = Downloads(project, background=self.serving, language=self.language)
            self.owns_downloads = True
        if self.serving:  # for `mkdocs serve` and `properdocs serve`; ours watches it itself
            config.watch.extend(str(folder) for folder in self.downloads.folders_to_watch())
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Runs after every plugin's on_config, so the offline plugin has added its polyfill.
        config.extra["polyfills"] = local_polyfills(config.extra.get("polyfills", []))
        assert self.hub is not None and self.plan is not None and self.downloads is not None
        # A build waits for its workbooks, so they start now and render beside MkDocs. A
        # `serve` rebuild with earlier PDFs to show starts them once the pages are done,
        # so the reload has the processor to itself.
        self.rendering_beside = not (self.serving and self.downloads.shown)
        if self.rendering_beside:
            self.downloads.start(self.hub, self.plan.downloads)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.project is not None and self.plan is not None
        # MkDocs follows every link under docs_dir; publish only what the shared rule allows.
        assets = {
            f"{ASSETS_FOLDER}/{uri}"
            for uri, _ in published_assets(self.project.content_dir).files()
        }
        kept = Files(
            [file for file in files if file.src_dir != config.docs_dir or file.src_uri in assets]
        )
        hidden = {page.uri for page in self.plan.pages if not page.in_nav}
        for uri, content in render_pages(self.project, self.plan, self.compiled).items():
            inclusion = InclusionLevel.NOT_IN_NAV if uri in hidden else InclusionLevel.UNDEFINED
            kept.append(File.generated(config, uri, content=content, inclusion=inclusion))
        for download in self.plan.downloads:
            kept.append(WrittenAfterBuild.generated(config, download.uri, content=b""))
        kept.append(File.generated(config, OFFLINE_SHIM_URI, abs_src_path=str(offline_shim_path())))
        return kept

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        # The theme's templates too stay compiled from one build to the next.
        env.bytecode_cache = self.compiled
        return env

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

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        # The theme reads the switcher from the config as it renders this page, next.
        if self.switches_language:
            self._set_switcher(config, page.file.dest_uri)
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        # No switcher on 404.html: it answers at any address, so no relative link holds.
        if self.switches_language:
            config.extra["switcher"] = config.extra["alternate"] = []
        return output

    @property
    def switches_language(self) -> bool:
        """Whether pages get a language switcher: a hub in several languages, built.

        Why not in a preview: `serve` builds the default language only, so the other
        languages' pages are not there to switch to.
        """
        return len(self.languages) > 1 and not self.serving

    def _set_switcher(self, config: MkDocsConfig, page_uri: str) -> None:
        """The language switcher of site/theme/ (`extra.switcher`) and Material's
        `<link rel="alternate">` tags (`extra.alternate`, only the links it can write)."""
        entries = alternate_links(self.languages, self.language or self.languages[0], page_uri)
        config.extra["switcher"] = entries
        config.extra["alternate"] = [entry for entry in entries if "link" in entry]

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the workbooks: `build` waits for them; `serve` shows the last ones meanwhile."""
        assert self.hub is not None and self.plan is not None and self.downloads is not None
        if not self.rendering_beside:
            self.downloads.start(self.hub, self.plan.downloads)
        pdfs = self.downloads.collect(wait=not self.serving)
        for uri, pdf in pdfs.items():
            path = Path(config.site_dir) / uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pdf)
        if not self.serving and self.prunes_cache:
            self.downloads.prune()

    def on_shutdown(self) -> None:
        # `mentorbook serve`'s renders outlive each rebuild; `mkdocs serve` ends here once.
        if self.downloads is not None and self.owns_downloads:
            self.downloads.stop()
            if self.serving:
                self.downloads.prune()


def _use_own_switcher(config: MkDocsConfig) -> None:
    """Put site/theme/ before Material's templates, for its language switcher (after the
    project's own `custom_dir`, which still overrides any template)."""
    ours = str(Path(__file__).parent / "theme")
    dirs = config.theme.dirs
    if ours not in dirs:
        material = next(
            (
                index
                for index, folder in enumerate(dirs)
                if Path(folder, "partials", "alternate.html").is_file()
            ),
            0,
        )
        dirs.insert(material, ours)


def _theme_languages(config: MkDocsConfig) -> set[str]:
    return {
        path.stem
        for folder in config.theme.dirs
        for path in (Path(folder) / "partials" / "languages").glob("*.html")
    }
