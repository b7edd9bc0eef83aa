"""Render a workbook: context, then HTML through Jinja, then PDF through WeasyPrint.

Why a class: fonts, the stylesheet and the Jinja environment are set up once and reused
for every mentee of a cohort. WeasyPrint is imported inside methods only, so the CLI
starts without it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from mentorbook.errors import MentorbookError
from mentorbook.project import Project, default_templates_dir
from mentorbook.render.environment import template_environment
from mentorbook.render.sanitise import clean_html
from mentorbook.schema.loader import Hub
from mentorbook.schema.messages import unknown_id
from mentorbook.schema.models.plan import Plan
from mentorbook.source_date import source_date
from mentorbook.workbook.context import build_context
from mentorbook.workbook.language import WorkbookLanguage, workbook_language
from mentorbook.workbook.views import WorkbookContext

if TYPE_CHECKING:
    from jinja2 import Environment

    from mentorbook.workbook.fetcher import ProjectFetcher

FONTS_DIR = Path(__file__).parent / "fonts"
FONT_FACES = (
    # (family, file, weight, style); families are listed in fallback order in the stylesheet.
    ("Mentorbook Sans", "NotoSans-Regular.ttf", "normal", "normal"),
    ("Mentorbook Sans", "NotoSans-Bold.ttf", "bold", "normal"),
    ("Mentorbook Sans", "NotoSans-Italic.ttf", "normal", "italic"),
    ("Mentorbook Arabic", "NotoSansArabic-Regular.ttf", "normal", "normal"),
    ("Mentorbook Arabic", "NotoSansArabic-Bold.ttf", "bold", "normal"),
    ("Mentorbook Devanagari", "NotoSansDevanagari-Regular.ttf", "normal", "normal"),
    ("Mentorbook Devanagari", "NotoSansDevanagari-Bold.ttf", "bold", "normal"),
    ("Mentorbook Hangul", "NotoSansCJKkr-Hangul-Regular.otf", "normal", "normal"),
    ("Mentorbook CJK", "DroidSansFallbackFull.ttf", "normal", "normal"),
    ("Mentorbook Symbols", "NotoSansSymbols2-Regular.ttf", "normal", "normal"),
    ("Mentorbook Symbols Extra", "NotoSansSymbols-Regular.ttf", "normal", "normal"),
    ("Mentorbook Field", "MentorbookField-Regular.ttf", "normal", "normal"),
)
TEMPLATE = "workbook/workbook.html"
STYLESHEET = "workbook/workbook.css"


def _markdown(text: str) -> Markup:
    """Content Markdown as cleaned HTML. Never applied to mentee data, which stays plain text.

    Why always cleaned, even with `allow_html`: nothing in a workbook needs raw HTML, and
    raw HTML is how a page would attach files to every workbook.
    """
    import markdown as markdown_lib  # type: ignore[import-untyped]  # imported on first render only

    return Markup(clean_html(markdown_lib.markdown(text)))  # cleaned to the allow-list


@contextmanager
def bundled_fonts_only() -> Iterator[None]:
    """Point fontconfig at the bundled fonts.conf while WeasyPrint loads its fonts.

    Why: fontconfig reads FONTCONFIG_FILE when a configuration is made, so the machine's
    own fonts are never a fallback; the variable is set back at once.
    """
    previous = os.environ.get("FONTCONFIG_FILE")
    os.environ["FONTCONFIG_FILE"] = str(FONTS_DIR / "fonts.conf")
    try:
        yield
    finally:
        if previous is None:
            del os.environ["FONTCONFIG_FILE"]
        else:
            os.environ["FONTCONFIG_FILE"] = previous


def font_faces() -> list[tuple[str, str, str, str]]:
    """(family, file URL, weight, style) of each bundled font, for a stylesheet's @font-face."""
    return [
        (family, (FONTS_DIR / name).resolve().as_uri(), weight, style)
        for family, name, weight, style in FONT_FACES
    ]


def logo_url(hub: Hub) -> str | None:
    """The file URL of the hub's logo, for a printed document; None when there is none."""
    logo = hub.settings.logo
    if not logo:
        return None
    # The project's own place is resolved, but not the folders inside it: the fetcher checks
    # the folder a URL names, then where the file really is, and resolving a linked folder
    # here would skip the first check.
    content_dir = hub.content_dir.parent.resolve() / hub.content_dir.name
    path = content_dir / logo
    return path.as_uri() if path.is_file() else None


def real_project(project: Project) -> Project:
    """The project at its real place, its folders not resolved.

    Why: the fetcher checks the folder a URL names, then where the file really is;
    resolving a linked folder here would skip the first check.
    """
    return Project(project.root.resolve())


def confined_printing(
    project: Project, package_folders: tuple[Path, ...], project_folders: tuple[Path, ...]
) -> tuple[ProjectFetcher, Any]:
    """The URL fetcher and font configuration of every printed document: workbooks,
    certificates and reports read the bundled fonts, the given folders and nothing else.

    `project_folders` are checked against the project's confinement as well (see fetcher.py).
    """
    from weasyprint.text.fonts import FontConfiguration

    from mentorbook.confinement import Confinement
    from mentorbook.workbook.fetcher import ProjectFetcher

    fetcher = ProjectFetcher(
        (FONTS_DIR, *package_folders), project_folders, Confinement.of_project(project.root)
    )
    with bundled_fonts_only():
        font_config = FontConfiguration()
    return fetcher, font_config


def pdf_identifier(context: WorkbookContext) -> bytes:
    """A file identifier that depends on whose workbook this is, never on the time of day."""
    identity = "\n".join(f"{key}={value}" for key, value in sorted(context.identity.items()))
    return hashlib.sha256(identity.encode()).hexdigest()[:32].encode()


class WorkbookRenderer:
    """Renders any number of workbooks of one project."""

    def __init__(self, project: Project, hub: Hub) -> None:
        self.project = project
        self.hub = hub
        self._environments: dict[str, tuple[Environment, WorkbookLanguage]] = {}
        self._weasy: tuple[Any, Any, ProjectFetcher] | None = None

    def program_for(self, plan: Plan | None, program_id: str | None) -> str:
        """The program a workbook is for: the plan's, the one asked for, or the first."""
        chosen = plan.program if plan else program_id or next(iter(self.hub.programs), None)
        if chosen not in self.hub.programs:
            raise MentorbookError(unknown_id("program", str(chosen), self.hub.programs))
        return chosen

    def language(
        self, plan: Plan | None, asked: str | None = None
    ) -> tuple[Environment, WorkbookLanguage]:
        """The templates and words of a workbook in the language asked for, else the plan's,
        else the hub's first; made once per language and kept (a cohort mixes languages)."""
        words = workbook_language(self.hub, self.project.root, plan, asked)
        if words.language not in self._environments:
            environment = template_environment(self.project.templates_dir, words.language)
            environment.filters["markdown"] = _markdown
            environment.filters["day"] = words.day
            environment.filters["printed"] = words.printed
            self._environments[words.language] = (environment, words)
        return self._environments[words.language]

    def context(
        self,
        plan: Plan | None,
        *,
        program_id: str | None = None,
        fillable: bool = True,
        language: str | None = None,
    ) -> WorkbookContext:
        return build_context(
            self.hub,
            plan,
            self.program_for(plan, program_id),
            fillable=fillable,
            source_date=source_date(),
            words=self.language(plan, language)[1],
        )

    def html(
        self,
        plan: Plan | None,
        *,
        program_id: str | None = None,
        fillable: bool = True,
        language: str | None = None,
    ) -> str:
        """The HTML handed to WeasyPrint."""
        context = self.context(plan, program_id=program_id, fillable=fillable, language=language)
        return self._html(context)

    def render(
        self,
        plan: Plan | None,
        *,
        program_id: str | None = None,
        fillable: bool = True,
        pdf_ua: bool = False,
        language: str | None = None,
    ) -> bytes:
        """The workbook as PDF bytes; the same inputs always give the same bytes."""
        from weasyprint import HTML

        context = self.context(plan, program_id=program_id, fillable=fillable, language=language)
        stylesheet, font_config, fetcher = self.weasyprint_setup()
        document = HTML(
            string=self._html(context),
            base_url=self.project.root.resolve().as_uri() + "/",
            url_fetcher=fetcher,
        )
        pdf: bytes = document.write_pdf(
            stylesheets=[stylesheet],
            font_config=font_config,
            pdf_forms=fillable,
            pdf_variant="pdf/ua-1" if pdf_ua else None,
            pdf_identifier=pdf_identifier(context),
            custom_metadata=True,
        )
        return pdf

    def _html(self, context: WorkbookContext) -> str:
        environment, words = self._environments[context.language]
        return environment.get_template(TEMPLATE).render(
            workbook=context, logo_url=logo_url(self.hub), page_counter=words.page_counter()
        )

    def weasyprint_setup(self) -> tuple[Any, Any, ProjectFetcher]:
        """The stylesheet, fonts and URL fetcher, made on first use and kept (benches reuse them)."""
        if self._weasy is None:
            from weasyprint import CSS

            real = real_project(self.project)
            fetcher, font_config = confined_printing(
                real,
                package_folders=(default_templates_dir() / "workbook",),
                project_folders=(real.templates_dir / "workbook", real.assets_dir),
            )
            environment, _ = self.language(None)
            css = environment.get_template(STYLESHEET).render(
                accent=self.hub.settings.colours.print_accent,
                font_faces=font_faces(),
            )
            stylesheet = CSS(
                string=css,
                base_url=FONTS_DIR.resolve().as_uri() + "/",
                url_fetcher=fetcher,
                font_config=font_config,
            )
            self._weasy = (stylesheet, font_config, fetcher)
        return self._weasy

    @property
    def refused_urls(self) -> list[str]:
        """The URLs WeasyPrint asked for and was refused, across every render so far."""
        return list(self._weasy[2].refused) if self._weasy else []
