"""The one Jinja environment factory used by every output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from mentorbook.project import default_templates_dir

DEFAULT_LANGUAGE = "en"


def template_environment(
    project_templates: Path | None, language: str = DEFAULT_LANGUAGE
) -> Environment:
    """A Jinja environment that looks in the project's templates/ before the defaults, and
    writes its fixed words (`{% trans %}`), dates and numbers in `language`.

    Why: an organisation overrides one template at a time by giving it the same name.
    StrictUndefined makes a typo in a template fail the build instead of printing nothing;
    HTML, SVG and Markdown templates escape every value, so mentee data and plain-text
    content fields are shown, never interpreted; Markdown fields pass through a `markdown`
    filter that each output defines. The project's own words for `language` come from
    `translations/<language>.po` beside its templates/ folder.
    """
    from mentorbook.i18n import babel_locale, translations_for

    search_path = [default_templates_dir()]
    if project_templates is not None and project_templates.is_dir():
        search_path.insert(0, project_templates)
    environment = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(path)) for path in search_path]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(
            ["html", "htm", "xml", "svg", "html.j2", "xml.j2", "svg.j2", "md.j2"]
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    # Why trimmed: a {% trans %} block spread over lines for reading is one message with
    # single spaces, as `pybabel extract` (babel.cfg) records it.
    environment.policies["ext.i18n.trimmed"] = True
    project_root = project_templates.parent if project_templates is not None else None
    environment.install_gettext_translations(  # type: ignore[attr-defined]
        translations_for(language, project_root), newstyle=True
    )
    locale = babel_locale(language)
    environment.globals["language"] = language
    environment.filters["long_date"] = lambda day: _long_date(day, locale)
    environment.filters["number"] = lambda value: _number(value, locale)
    return environment


def _long_date(day: dt.date, locale: object) -> str:
    from babel.dates import format_date

    return format_date(day, format="long", locale=locale)  # type: ignore[arg-type]


def _number(value: float, locale: object) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale)  # type: ignore[arg-type]
