"""The base every model shares, and the small value types used across content and plans."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Annotated, Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StringConstraints
from pydantic_core import PydanticCustomError

from mentorbook.terminal import visible_controls

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
"""A day as typed: exactly YYYY-MM-DD (`date.fromisoformat` alone would also take 20260901)."""
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
ValueT = TypeVar("ValueT")

URL_SCHEMES = frozenset({"http", "https", "mailto"})
"""The only schemes a link may use, in YAML fields and in Markdown; other links are relative."""
_URL_CHARACTERS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+$")
"""Characters a URL may hold as written, without quotes, spaces or angle brackets.

Why so strict: MkDocs' themes write some URLs into HTML attributes unescaped, so a quote
would end the attribute and start another (`onerror=`).
"""
ASSETS_FOLDER = "assets"
"""The folder of content/ holding images and other files the content refers to, such as the logo."""


class Model(BaseModel):
    """Base of every content and plan model.

    Why `extra="forbid"`: a misspelt key must be an error, not silently ignored.
    Attribute docstrings become field descriptions in the JSON Schema editors read.
    """

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        use_attribute_docstrings=True,
        validate_default=False,
    )

    def references(self) -> Iterator[Reference]:
        """Ids this object names in other collections; checked once every file is loaded."""
        return iter(())


class Reference(NamedTuple):
    """An id named at `location` inside a document, expected in `collection`."""

    location: tuple[str | int, ...]
    collection: str
    id: str


def _check_slug(value: str) -> str:
    if not _SLUG.match(value):
        # Imported here: only a wrong id needs it, and `mentorbook check` starts faster without.
        from slugify import slugify

        raise PydanticCustomError(
            "slug", "not a valid id", {"value": value, "suggestion": slugify(value) or "my-id"}
        )
    return value


def _check_colour(value: str) -> str:
    if not _COLOUR.match(value):
        raise PydanticCustomError("colour", "not a colour", {"value": value})
    return value.lower()


def _check_url(value: str) -> str:
    if not _URL_CHARACTERS.match(value):
        raise PydanticCustomError("url_characters", "not a URL", {"value": value})
    scheme = urlsplit(value).scheme.lower()
    if scheme and scheme not in URL_SCHEMES:
        raise PydanticCustomError("url_scheme", "scheme not allowed", {"scheme": scheme})
    return value


def _check_asset_path(value: str) -> str:
    _check_url(value)
    if not value.startswith(f"{ASSETS_FOLDER}/") or ".." in value.split("/") or "?" in value:
        raise PydanticCustomError("asset_path", "not an asset", {"value": value})
    return value


Slug = Annotated[str, AfterValidator(_check_slug)]
"""An id: lowercase letters, digits and single hyphens, such as `reverse-mentoring`."""


class Translatable(NamedTuple):
    """Marks a text type whose values translators translate (see mentorbook.translations).

    Why a marker on the type: whether a field is translated follows from what it holds,
    decided once here, not from a list of field names kept somewhere else.
    """

    markdown: bool


Text = Annotated[str, StringConstraints(min_length=1), Translatable(markdown=False)]
"""Text that may not be empty."""

LanguageTag = Annotated[
    str, StringConstraints(min_length=1, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
]
"""A language as a BCP 47 tag, such as en, fr or pt-BR."""

NAME_LENGTH = 120
"""The longest name a plan takes: names print on covers and headings, and make file names."""


def name_error(value: str) -> PydanticCustomError | None:
    """Why `value` cannot be a person's name, or None when it can."""
    if len(value) > NAME_LENGTH:
        return PydanticCustomError("string_too_long", "too long", {"max_length": NAME_LENGTH})
    shown = visible_controls(value)
    if shown != value:
        return PydanticCustomError("one_line", "not one line", {"value": shown})
    return None


def _raising(check: Callable[[ValueT], PydanticCustomError | None]) -> AfterValidator:
    """A validator out of a check that returns its error: callers outside a model use the check."""

    def validate(value: ValueT) -> ValueT:
        error = check(value)
        if error is not None:
            raise error
        return value

    return AfterValidator(validate)


PersonName = Annotated[str, StringConstraints(max_length=NAME_LENGTH), _raising(name_error)]
"""A person's name: one line of printable text, empty when not known yet."""

RequiredName = Annotated[
    str, StringConstraints(min_length=1, max_length=NAME_LENGTH), _raising(name_error)
]
"""A person's name that may not be empty."""

Markdown = Annotated[str, StringConstraints(min_length=1), Translatable(markdown=True)]
"""Text written in Markdown: paragraphs, lists, **bold**, links."""

Colour = Annotated[str, AfterValidator(_check_colour)]

Url = Annotated[str, AfterValidator(_check_url)]
"""A link: http, https or mailto, or a path relative to the page."""

AssetPath = Annotated[str, AfterValidator(_check_asset_path)]
"""A file in content/assets/, written from content/, such as assets/logo.svg."""


def located_error(kind: str, at: tuple[str | int, ...], **values: Any) -> PydanticCustomError:
    """An error from a model validator that points at the field `at`, inside the model.

    Why: a model validator's errors otherwise point at the whole object; the user needs
    the line of the value to change. `kind` names the message in messages.yaml.
    """
    return PydanticCustomError(kind, kind, {"at": at, **values})


EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2199, 12, 31)
"""The days a plan may name. Why bounded: schedules count weeks on from these days, and
a year such as 9999 runs past the last day the calendar can hold."""


def day_error(value: dt.date) -> PydanticCustomError | None:
    """Why `value` cannot be a plan's day, or None when it can."""
    if EARLIEST_DAY <= value <= LATEST_DAY:
        return None
    return PydanticCustomError(
        "day_out_of_range",
        "not a day a schedule can count from",
        {"value": value.isoformat(), "earliest": EARLIEST_DAY.year, "latest": LATEST_DAY.year},
    )


def _typed_day(value: Any) -> Any:
    """A day typed as text must be YYYY-MM-DD, and a day the calendar has.

    Why before pydantic's own parsing: it would take '20260901' as a timestamp, and it says
    the same for '2026-02-30' as for 'next week'.
    """
    if not isinstance(value, str):
        return value
    if not ISO_DAY.match(value.strip()):
        raise PydanticCustomError("date_parsing", "not a date")
    day = parse_iso_day(value.strip())
    if day is None:
        raise PydanticCustomError("no_such_day", "no such day", {"value": value.strip()})
    return day


Day = Annotated[dt.date, BeforeValidator(_typed_day), _raising(day_error)]
"""A day written YYYY-MM-DD, between EARLIEST_DAY and LATEST_DAY."""


def parse_iso_day(text: str) -> dt.date | None:
    """The day `text` names when it is written YYYY-MM-DD and exists; None otherwise."""
    if not ISO_DAY.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def reference_list(field: str, collection: str, ids: list[str]) -> Iterator[Reference]:
    """The references held by a list field of ids."""
    for index, value in enumerate(ids):
        yield Reference((field, index), collection, value)
