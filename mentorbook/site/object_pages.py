"""The page of each content object, and the pages that list them (goal library, glossary).

Why pure: see `pages`; nothing here reads or writes a file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mentorbook.schema.loader import Hub
from mentorbook.schema.models import GoalTemplate, Program
from mentorbook.schema.models.goals import FRAMEWORKS


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


def timeline_uri(program_id: str) -> str:
    return f"programs/{program_id}-timeline.svg"


def workbook_uri(program_id: str) -> str:
    return f"downloads/{program_id}-workbook.pdf"


def goals_uri(program_id: str) -> str:
    return f"programs/{program_id}-goals.md"


def page(
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


def one_per_object(
    hub: Hub, folder: str, kind: str, name: str, **more: Callable[[Any], Any]
) -> dict[str, SitePage]:
    """A page per object of `folder` by its id, which its template sees as `name`.

    `more` gives the template other values, each worked out from the object.
    """
    return {
        object_id: page(
            f"{folder}/{object_id}.md",
            _title_of(value),
            kind,
            hub,
            hub.source(folder, object_id),
            **{name: value},
            **{key: of(value) for key, of in more.items()},
        )
        for object_id, value in _in_program_order(hub.collection(folder)).items()
    }


def program_pages(hub: Hub) -> dict[str, SitePage]:
    return one_per_object(
        hub,
        "programs",
        "program",
        "program",
        goals=hub.offered_goals,
        timeline=lambda program: timeline_uri(program.id),
        workbook=lambda program: workbook_uri(program.id),
    )


def format_pages(hub: Hub) -> dict[str, SitePage]:
    # Why worked out here: a format page lists the programs offering it, and asking every
    # program on every format page is the kind of loop a large hub cannot afford.
    offered_in: dict[str, list[Program]] = defaultdict(list)
    for program in hub.programs.values():
        for format_id in program.formats:
            offered_in[format_id].append(program)
    return one_per_object(
        hub, "formats", "format", "format", programs=lambda format_: offered_in[format_.id]
    )


def by_category(goals: Iterable[GoalTemplate]) -> dict[str, list[GoalTemplate]]:
    """Goal templates grouped by category, the categories in alphabetical order."""
    by_category: dict[str, list[GoalTemplate]] = defaultdict(list)
    for goal in goals:
        by_category[goal.category].append(goal)
    return {name: by_category[name] for name in sorted(by_category, key=str.casefold)}


Words = Callable[[str], str]
"""gettext of the site's language: the fixed words of a page title."""


def frameworks_in(_: Words) -> dict[str, tuple[str, ...]]:
    """What the goal frameworks' letters stand for, in the site's language."""
    return {name: tuple(_(word) for word in words) for name, words in FRAMEWORKS.items()}


def goal_pages(hub: Hub, _: Words) -> list[SitePage]:
    if not hub.goals:
        return []
    index = page(
        "goals/index.md",
        _("Goal library"),
        "goal-library",
        hub,
        program=None,
        categories=by_category(hub.goals.values()),
        frameworks=frameworks_in(_),
    )
    # Why not in the navigation: every page carries the whole navigation, so a library of
    # a thousand templates would make every page of the site a thousand links longer.
    goals = [
        replace(page, in_nav=False)
        for page in one_per_object(hub, "goals", "goal", "goal").values()
    ]
    return [index, *goals]


def glossary_pages(hub: Hub, _: Words) -> list[SitePage]:
    pages = (
        [page("glossary.md", _("Glossary"), "glossary", hub, glossary=hub.glossary)]
        if hub.glossary
        else []
    )
    roles_with_faqs = [role for role in hub.roles.values() if role.faqs]
    if roles_with_faqs:
        pages.append(
            page("faq.md", _("Frequently asked questions"), "faq", hub, roles=roles_with_faqs)
        )
    return pages
