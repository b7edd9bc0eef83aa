"""The hub's own settings: who publishes it and how it looks."""

from __future__ import annotations

from typing import Literal

from mentorbook.schema.models.base import AssetPath, Colour, Model, Text, Url

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
    language: Text = "en"
    """Language of the content, as a BCP 47 tag such as en or fr."""
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
