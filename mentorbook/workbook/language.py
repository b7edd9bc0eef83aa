"""The language a workbook is written in: its fixed words, its dates, its page numbers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from babel.support import Translations
from markupsafe import Markup

from mentorbook.domain.dates import format_day
from mentorbook.i18n import chosen_language, day_pattern, translations_for
from mentorbook.schema.loader import Hub
from mentorbook.schema.models.plan import Plan

_PLACEHOLDER = re.compile(r"%\((page|pages)\)s")


@dataclass(frozen=True)
class WorkbookLanguage:
    language: str
    words: Translations

    def gettext(self, message: str) -> str:
        return self.words.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.words.ngettext(singular, plural, count)

    def day(self, day: dt.date | None) -> str:
        return format_day(day, self.language, day_pattern(self.words))

    def printed(self, value: object) -> str:
        """A value of a filled-in entry: a day in this language, anything else as it is."""
        return self.day(value) if isinstance(value, dt.date) else str(value)

    def page_counter(self) -> Markup:
        """'Page X of Y' as the value of a CSS `content` property, counters in place."""
        # Translators: the footer of every workbook page; keep both placeholders.
        message = self.words.gettext("Page %(page)s of %(pages)s")
        parts = _PLACEHOLDER.split(message)
        css = [
            f"counter({part})" if index % 2 else _css_string(part)
            for index, part in enumerate(parts)
            if part or index % 2
        ]
        return Markup(" ".join(css))  # each literal part is a quoted, escaped CSS string


def _css_string(text: str) -> str:
    """A CSS string literal; '<' escaped too, so a translation cannot end the <style> block."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return f'"{escaped}"'


def workbook_language(
    hub: Hub, project_root: Path | None, plan: Plan | None, asked: str | None = None
) -> WorkbookLanguage:
    """The language asked for, else the plan's, else the hub's first; an unknown one is an
    error that lists the available ones."""
    language = chosen_language(hub.settings, plan.language if plan else None, asked)
    return WorkbookLanguage(language, translations_for(language, project_root))
