"""The list of everything the hub's website holds, worked out from the content alone.

Why pure: the plugin, the Markdown export and the tests all need the same page list, and
none of them should have to build a site to learn what is in it. Nothing here reads or
writes a file; `hub.source` only looks up where an object was read from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mentorbook.i18n import translations_for
from mentorbook.schema.loader import Hub
from mentorbook.schema.models import Program
from mentorbook.site.object_pages import (
    SitePage,
    Words,
    by_category,
    format_pages,
    frameworks_in,
    glossary_pages,
    goal_pages,
    goals_uri,
    one_per_object,
    page,
    program_pages,
    timeline_uri,
    workbook_uri,
)
from mentorbook.site.settings import theme_text
from mentorbook.site.timeline import timeline_of

__all__ = ["Download", "NavSection", "Picture", "SitePage", "SitePlan", "site_plan"]


@dataclass(frozen=True)
class Picture:
    """A generated SVG file, rendered from a template."""

    uri: str
    template: str
    context: Mapping[str, Any]


@dataclass(frozen=True)
class Download:
    """A blank workbook offered for download, rendered during the build."""

    uri: str
    program_id: str
    title: str


@dataclass(frozen=True)
class NavSection:
    """A group of the navigation: its pages, then its own groups (a program's roles...)."""

    title: str
    pages: list[SitePage]
    subsections: list[NavSection] = field(default_factory=list)

    def all_pages(self) -> list[SitePage]:
        return [*self.pages, *(page for sub in self.subsections for page in sub.all_pages())]

    def nav_entry(self) -> dict[str, Any]:
        """A section of one page (and no groups) is a link, others are groups."""
        shown: list[Any] = [{theme_text(p.title): p.uri} for p in self.pages if p.in_nav]
        shown += [sub.nav_entry() for sub in self.subsections if sub.all_pages()]
        if len(shown) == 1 and not self.subsections:
            return {theme_text(self.title): next(iter(shown[0].values()))}
        return {theme_text(self.title): shown}


@dataclass
class SitePlan:
    """Every page, picture and download of the site, and how navigation groups the pages."""

    sections: list[NavSection] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    downloads: list[Download] = field(default_factory=list)
    language: str = "en"
    """The language of the fixed words on its pages."""

    @property
    def pages(self) -> list[SitePage]:
        """Each page once, although a page shared by two programs is in both their sections."""
        unique = {page.uri: page for section in self.sections for page in section.all_pages()}
        return list(unique.values())

    def nav(self) -> list[dict[str, Any]]:
        """MkDocs' `nav` setting."""
        return [section.nav_entry() for section in self.sections]


def site_plan(hub: Hub, language: str | None = None, project_root: Path | None = None) -> SitePlan:
    """Work out the site's pages from the hub, section by section, in navigation order.

    The fixed titles are in `language` (by default the hub's first), with the words of
    the project at `project_root` over the shipped ones.

    Why two layouts: a hub of one program is grouped by kind (roles, formats...); with
    several, each program gets a section of its own, and what no program claims, or all
    share (guides, the glossary), stands once after them.
    """
    language = language or hub.settings.default_language
    words = translations_for(language, project_root)
    _ = words.gettext
    downloads = [
        Download(
            workbook_uri(pid), pid, _("%(program)s: blank workbook") % {"program": program.name}
        )
        for pid, program in hub.programs.items()
    ]
    pages = _PagesByKind.of(hub, _)
    middle = (
        _sections_by_program(hub, pages, _)
        if len(hub.programs) > 1
        else _sections_by_kind(pages, _)
    )
    sections = [
        NavSection(_("Home"), [page("index.md", hub.settings.site_name, "home", hub)]),
        *middle,
        NavSection(
            _("Downloads"),
            [page("downloads.md", _("Downloads"), "downloads", hub, downloads=downloads)],
        ),
    ]
    pictures = [
        Picture(
            timeline_uri(pid),
            "site/timeline.svg.j2",
            {"timeline": timeline_of(program, words), "colour": hub.settings.colours.print_accent},
        )
        for pid, program in hub.programs.items()
    ]
    return SitePlan(
        sections=[section for section in sections if section.all_pages()],
        pictures=pictures,
        downloads=downloads,
        language=language,
    )


@dataclass(frozen=True)
class _PagesByKind:
    """The page of every content object, by folder and id, made once for both layouts."""

    hub: Hub
    by_folder: dict[str, dict[str, SitePage]]
    formats_overview: list[SitePage]
    goal_library: list[SitePage]
    glossary: list[SitePage]

    @classmethod
    def of(cls, hub: Hub, _: Words) -> _PagesByKind:
        by_folder = {
            "programs": program_pages(hub),
            "roles": one_per_object(hub, "roles", "role", "role"),
            "formats": format_pages(hub),
            "mentoring-types": one_per_object(
                hub, "mentoring-types", "mentoring-type", "mentoring_type"
            ),
            "comparisons": one_per_object(hub, "comparisons", "comparison", "comparison"),
            "agreements": one_per_object(hub, "agreements", "agreement", "agreement"),
            "meeting-guides": one_per_object(hub, "meeting-guides", "meeting-guide", "guide"),
            "reflections": one_per_object(hub, "reflections", "reflections", "reflections"),
            "guides": one_per_object(hub, "guides", "guide", "guide"),
            "case-studies": one_per_object(hub, "case-studies", "case-study", "case_study"),
        }
        overview = [page("formats/index.md", _("Formats side by side"), "formats", hub)]
        return cls(
            hub,
            by_folder,
            formats_overview=overview if hub.formats else [],
            goal_library=goal_pages(hub, _),
            glossary=glossary_pages(hub, _),
        )

    def all(self, folder: str) -> list[SitePage]:
        return list(self.by_folder[folder].values())

    def picked(self, folder: str, ids: list[str]) -> list[SitePage]:
        """The pages of `ids`, in the order the folder reads in."""
        wanted = set(ids)
        return [page for object_id, page in self.by_folder[folder].items() if object_id in wanted]


def _sections_by_kind(pages: _PagesByKind, _: Words) -> list[NavSection]:
    return [
        NavSection(_("Program"), pages.all("programs")),
        NavSection(_("Roles"), pages.all("roles")),
        NavSection(_("Formats"), pages.formats_overview + pages.all("formats")),
        NavSection(_("Mentoring by need"), pages.all("mentoring-types")),
        NavSection(_("Mentoring compared"), pages.all("comparisons")),
        NavSection(_("Goal library"), pages.goal_library),
        NavSection(_("Agreement"), pages.all("agreements")),
        NavSection(_("Meetings"), pages.all("meeting-guides") + pages.all("reflections")),
        *_shared_sections(pages, _),
    ]


def _sections_by_program(hub: Hub, pages: _PagesByKind, _: Words) -> list[NavSection]:
    programs = list(hub.programs.values())
    claimed: dict[str, set[str]] = defaultdict(set)
    for program in programs:
        for folder, ids in _claims(program).items():
            claimed[folder].update(ids)

    def unclaimed(folder: str) -> list[SitePage]:
        return [page for oid, page in pages.by_folder[folder].items() if oid not in claimed[folder]]

    return [
        *(_program_section(hub, program, pages, _) for program in programs),
        NavSection(_("Other roles"), unclaimed("roles")),
        NavSection(_("Formats"), pages.formats_overview + unclaimed("formats")),
        NavSection(_("Mentoring by need"), pages.all("mentoring-types")),
        NavSection(_("Mentoring compared"), pages.all("comparisons")),
        NavSection(_("Goal library"), pages.goal_library),
        NavSection(_("Other agreements"), unclaimed("agreements")),
        NavSection(_("Other meetings"), unclaimed("meeting-guides") + unclaimed("reflections")),
        *_shared_sections(pages, _),
    ]


def _claims(program: Program) -> dict[str, list[str]]:
    """The objects a program names, by folder: they stand in the program's own section."""
    return {
        "roles": program.roles,
        "formats": program.formats,
        "agreements": [program.agreement],
        "meeting-guides": program.meeting_guides,
        "reflections": program.reflections,
    }


def _program_section(hub: Hub, program: Program, pages: _PagesByKind, _: Words) -> NavSection:
    claims = _claims(program)
    overview = replace(pages.by_folder["programs"][program.id], title=_("How the program runs"))
    goals = page(
        goals_uri(program.id),
        _("Goal templates"),
        "goal-library",
        hub,
        program=program,
        categories=by_category(hub.offered_goals(program)),
        frameworks=frameworks_in(_),
    )
    meetings = pages.picked("meeting-guides", claims["meeting-guides"]) + pages.picked(
        "reflections", claims["reflections"]
    )
    return NavSection(
        program.name,
        [overview],
        [
            NavSection(_("Roles"), pages.picked("roles", claims["roles"])),
            NavSection(_("Formats"), pages.picked("formats", claims["formats"])),
            NavSection(_("Agreement"), pages.picked("agreements", claims["agreements"])),
            NavSection(_("Goal templates"), [goals] if hub.offered_goals(program) else []),
            NavSection(_("Meetings"), meetings),
        ],
    )


def _shared_sections(pages: _PagesByKind, _: Words) -> list[NavSection]:
    """What every program shares, once."""
    return [
        NavSection(_("Guides"), pages.all("guides")),
        NavSection(_("Case studies"), pages.all("case-studies")),
        NavSection(
            _("Glossary and FAQ") if pages.hub.glossary else _("Frequently asked questions"),
            pages.glossary,
        ),
    ]
