"""The hub's own settings: who publishes it and how it looks."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from mentorbook.schema.models.base import (
    AssetPath,
    Colour,
    LanguageTag,
    Model,
    Text,
    Url,
    located_error,
)

MaterialColour = Literal[
    "red",
    "pink",
    "purple",
    "deep-purple",
    "indigo",
    "blue",
    "light-blue",
    "cyan",
    "teal",
    "green",
    "light-green",
    "lime",
    "yellow",
    "amber",
    "orange",
    "deep-orange",
    "brown",
    "grey",
    "blue-grey",
    "black",
    "white",
]


class Colours(Model):
    primary: MaterialColour = "indigo"
    """Material for MkDocs palette name for the header and links."""
    accent: MaterialColour = "amber"
    print_accent: Colour = "#3949ab"
    """Colour of headings and rules in printed workbooks, as #rrggbb."""


class HubSettings(Model):
    """Site-wide settings, kept in content/hub.yml."""

    organisation: Text
    site_name: Text
    tagline: Text
    language: LanguageTag | None = None
    """Language of the content, as a BCP 47 tag such as en or fr (a hub in one language)."""
    languages: list[LanguageTag] | None = Field(default=None, min_length=1)
    """The languages the hub is published in, such as [en, fr]; the first is the one
    content/ is written in, and the others come from translations/content/<lang>.po."""
    logo: AssetPath | None = None
    """Path of a logo image in content/assets/, written from content/ (for example assets/logo.svg)."""
    colours: Colours = Colours()
    repo_url: Url | None = None
    """Where the content is kept, for 'edit this page' links."""
    edit_uri: Url | None = None
    """Path of the content folder inside repo_url, such as edit/main/content/."""
    allow_html: bool = False
    """Keep raw HTML written in Markdown fields (only for a hub that trusts every author).

    Otherwise Markdown is cleaned to a safe set of tags, and links to http, https, mailto
    and relative paths."""

    @model_validator(mode="after")
    def _one_way_to_name_languages(self) -> HubSettings:
        if self.language is not None and self.languages is not None:
            raise located_error("language_and_languages", ("language",))
        for index, tag in enumerate(self.languages or []):
            if tag in (self.languages or [])[:index]:
                raise located_error("language_twice", ("languages", index), language=tag)
        return self

    @property
    def hub_languages(self) -> list[str]:
        """The hub's languages, the default (the language of content/) first."""
        return list(self.languages or [self.language or "en"])

    @property
    def default_language(self) -> str:
        return self.hub_languages[0]
