"""The list of everything the hub's website holds, worked out from the content alone.

Why pure: the plugin, the Markdown export and the tests all need the same page list, and
none of them should have to build a site to learn what is in it. Nothing here reads or
writes a file; `hub.source` only looks up where an object was read from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mentorbook.schema.loader import Hub
from mentorbook.schema.models import Program
from mentorbook.schema.models.goals import FRAMEWORKS
from mentorbook.site.settings import theme_text
from mentorbook.site.timeline import timeline_of


@dataclass(frozen=True)
class SitePage:
    """One Markdown page: where it goes, what it is called, and what renders it."""

    uri: str
    title: str
    template: str
    context: Mapping[str, Any]
    source: Path | None = None
    """The YAML file the page shows, for its 'edit this page' link."""
    in_nav: bool = True
    """False for pages reached through an index page rather than the navigation."""


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
    title: str
    pages: list[SitePage]


@dataclass
class SitePlan:
    """Every page, picture and download of the site, and how navigation groups the pages."""

    sections: list[NavSection] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    downloads: list[Download] = field(default_factory=list)

    @property
    def pages(self) -> list[SitePage]:
        return [page for section in self.sections for page in section.pages]

    def nav(self) -> list[dict[str, Any]]:
        """MkDocs' `nav` setting: a section of one page is a link, others are groups."""
        entries: list[dict[str, Any]] = []
        for section in self.sections:
            shown = [page for page in section.pages if page.in_nav]
            if len(shown) == 1:
                entries.append({theme_text(section.title): shown[0].uri})
            else:
                entries.append(
                    {theme_text(section.title): [{theme_text(p.title): p.uri} for p in shown]}
                )
        return entries


def timeline_uri(program_id: str) -> str:
    return f"programs/{program_id}-timeline.svg"


def workbook_uri(program_id: str) -> str:
    return f"downloads/{program_id}-workbook.pdf"


def site_plan(hub: Hub) -> SitePlan:
    """Work out the site's pages from the hub, section by section, in navigation order."""
    downloads = [
        Download(workbook_uri(pid), pid, f"{program.name}: blank workbook")
        for pid, program in hub.programs.items()
    ]
    sections = [
        NavSection("Home", [_page("index.md", hub.settings.site_name, "home", hub)]),
        NavSection("Program", _program_pages(hub)),
        NavSection("Roles", _one_per_object(hub, "roles", "role", "role")),
        NavSection("Formats", _formats_pages(hub)),
        NavSection(
            "Mentoring by need",
            _one_per_object(hub, "mentoring-types", "mentoring-type", "mentoring_type"),
        ),
        NavSection(
            "Mentoring compared",
            _one_per_object(hub, "comparisons", "comparison", "comparison"),
        ),
        NavSection("Goal library", _goal_pages(hub)),
        NavSection("Agreement", _one_per_object(hub, "agreements", "agreement", "agreement")),
        NavSection(
            "Meetings",
            _one_per_object(hub, "meeting-guides", "meeting-guide", "guide")
            + _one_per_object(hub, "reflections", "reflections", "reflections"),
        ),
        NavSection("Guides", _one_per_object(hub, "guides", "guide", "guide")),
        NavSection(
            "Case studies", _one_per_object(hub, "case-studies", "case-study", "case_study")
        ),
        NavSection("Glossary and FAQ", _glossary_pages(hub)),
        NavSection(
            "Downloads",
            [_page("downloads.md", "Downloads", "downloads", hub, downloads=downloads)],
        ),
    ]
    pictures = [
        Picture(
            timeline_uri(pid),
            "site/timeline.svg.j2",
            {"timeline": timeline_of(program), "colour": hub.settings.colours.print_accent},
        )
        for pid, program in hub.programs.items()
    ]
    return SitePlan(
        sections=[section for section in sections if section.pages],
        pictures=pictures,
        downloads=downloads,
    )


def _page(
    uri: str, title: str, kind: str, hub: Hub, source: Path | None = None, **context: Any
) -> SitePage:
    return SitePage(
        uri=uri,
        title=title,
        template=f"site/{kind}.md.j2",
        context={"hub": hub, "settings": hub.settings, **context},
        source=source,
    )


def _title_of(value: Any) -> str:
    return str(getattr(value, "name", None) or value.title)


MOMENTS = ("first-meeting", "after-meeting", "regular", "midpoint", "closing")
"""The order meeting guides and reflection sets come in: the order a program meets them."""


def _in_program_order(objects: dict[str, Any]) -> dict[str, Any]:
    if not all(hasattr(value, "moment") for value in objects.values()):
        return objects
    ordered = sorted(objects.items(), key=lambda item: MOMENTS.index(item[1].moment))
    return dict(ordered)


def _one_per_object(
    hub: Hub, folder: str, kind: str, name: str, **more: Callable[[Any], Any]
) -> list[SitePage]:
    """A page per object of `folder`, which its template sees as `name`.

    `more` gives the template other values, each worked out from the object.
    """
    return [
        _page(
            f"{folder}/{object_id}.md",
            _title_of(value),
            kind,
            hub,
            hub.source(folder, object_id),
            **{name: value},
            **{key: of(value) for key, of in more.items()},
        )
        for object_id, value in _in_program_order(hub.collection(folder)).items()
    ]


def _program_pages(hub: Hub) -> list[SitePage]:
    return _one_per_object(
        hub,
        "programs",
        "program",
        "program",
        goals=hub.offered_goals,
        timeline=lambda program: timeline_uri(program.id),
        workbook=lambda program: workbook_uri(program.id),
    )


def _formats_pages(hub: Hub) -> list[SitePage]:
    if not hub.formats:
        return []
    overview = _page("formats/index.md", "Formats side by side", "formats", hub)
    # Why worked out here: a format page lists the programs offering it, and asking every
    # program on every format page is the kind of loop a large hub cannot afford.
    offered_in: dict[str, list[Program]] = defaultdict(list)
    for program in hub.programs.values():
        for format_id in program.formats:
            offered_in[format_id].append(program)
    formats = _one_per_object(
        hub, "formats", "format", "format", programs=lambda format_: offered_in[format_.id]
    )
    return [overview, *formats]


def _goal_pages(hub: Hub) -> list[SitePage]:
    if not hub.goals:
        return []
    by_category: dict[str, list[Any]] = defaultdict(list)
    for goal in hub.goals.values():
        by_category[goal.category].append(goal)
    categories = {name: by_category[name] for name in sorted(by_category, key=str.casefold)}
    index = _page(
        "goals/index.md",
        "Goal library",
        "goal-library",
        hub,
        categories=categories,
        frameworks=FRAMEWORKS,
    )
    # Why not in the navigation: every page carries the whole navigation, so a library of
    # a thousand templates would make every page of the site a thousand links longer.
    goals = [replace(page, in_nav=False) for page in _one_per_object(hub, "goals", "goal", "goal")]
    return [index, *goals]


def _glossary_pages(hub: Hub) -> list[SitePage]:
    pages = [_page("glossary.md", "Glossary", "glossary", hub, glossary=hub.glossary)]
    roles_with_faqs = [role for role in hub.roles.values() if role.faqs]
    if roles_with_faqs:
        pages.append(
            _page("faq.md", "Frequently asked questions", "faq", hub, roles=roles_with_faqs)
        )
    return pages
