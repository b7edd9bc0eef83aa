"""The hub in another language: each text replaced by its translation from the .po file.

A text with no translation, or a fuzzy one, keeps the default language's words. In
Markdown it is wrapped in `<span lang="…">`, so a screen reader reads it in that voice.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from babel.messages.catalog import Catalog
from markupsafe import escape

from mentorbook.errors import ContentError, Problem
from mentorbook.schema.loader import GLOSSARY_FILE, SETTINGS_FILE, Entry, Hub
from mentorbook.schema.messages import message
from mentorbook.schema.models.base import Translatable
from mentorbook.schema.yaml_reader import Location
from mentorbook.translations.catalog import field_context, unit_context
from mentorbook.translations.markdown_units import (
    Unit,
    join_markdown,
    split_markdown,
    structure_problem,
)
from mentorbook.translations.texts import translated


@dataclass(frozen=True)
class ContentTranslation:
    """A language's .po file, as read, and where it was read from (for messages)."""

    language: str
    catalog: Catalog
    path_shown: str


def translated_hub(hub: Hub, translation: ContentTranslation) -> Hub:
    """`hub` with its texts in `translation.language`; raise ContentError on a broken translation."""
    problems: list[Problem] = []
    default = hub.settings.default_language

    def in_file(relative: str) -> Callable[[Any], Any]:
        lookup = _Lookup(translation, relative, default, problems)
        return lambda value: translated(value, lookup)

    settings = in_file(SETTINGS_FILE)(hub.settings)
    glossary = in_file(GLOSSARY_FILE)(hub.glossary)
    entries = {
        folder: {
            object_id: Entry(
                in_file(entry.document.path.relative_to(hub.content_dir).as_posix())(entry.value),
                entry.document,
            )
            for object_id, entry in folder_entries.items()
        }
        for folder, folder_entries in hub.entries.items()
    }
    if problems:
        raise ContentError(problems)
    return Hub(content_dir=hub.content_dir, settings=settings, glossary=glossary, entries=entries)


class _Lookup:
    """Translate the texts of one file: called with each text's location, in order."""

    def __init__(
        self, translation: ContentTranslation, relative: str, default: str, problems: list[Problem]
    ) -> None:
        self.translation, self.relative, self.default, self.problems = (
            translation,
            relative,
            default,
            problems,
        )

    def __call__(self, location: Location, text: str, kind: Translatable) -> str:
        field = field_context(self.relative, location)
        if not kind.markdown:
            return self._find(field, text, markdown=False) or text
        numbers = itertools.count(1)  # the units in order, as catalog.unit_context counts them

        def unit(found: Unit) -> str | None:
            translation = self._find(unit_context(field, next(numbers)), found.text, markdown=True)
            if translation is not None:
                return translation
            return f'<span lang="{escape(self.default)}">{found.raw}</span>'

        return join_markdown(split_markdown(text), unit)

    def _find(self, context: str, text: str, *, markdown: bool) -> str | None:
        entry = self.translation.catalog.get(text, context=context)
        if entry is None or entry.fuzzy or not entry.string or not isinstance(entry.string, str):
            return None
        problem = structure_problem(text, entry.string, markdown=markdown)
        if problem is not None:
            name, values = problem
            self.problems.append(
                Problem(
                    self.translation.path_shown,
                    entry.lineno or 1,
                    1,
                    context,
                    message(name, **values),
                )
            )
            return None
        return str(entry.string)
