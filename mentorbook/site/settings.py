"""What MkDocs and Material receive from content/hub.yml, and the links that leave the site."""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any
from urllib.parse import quote

from markupsafe import escape

from mentorbook.schema.models.hub import HubSettings

OFFLINE_SHIM_URI = "assets/mentorbook/iframe-worker-shim.js"
"""Where the site keeps its own copy of the script that lets search run from file://."""

_THIRD_PARTY_SHIM = "https://unpkg.com/iframe-worker/shim"


def offline_shim_path() -> Path:
    return Path(__file__).parent / "vendor" / "iframe-worker-shim.js"


def theme_settings(
    settings: HubSettings, languages: set[str], language: str | None = None
) -> dict[str, Any]:
    """Material theme options taken from the hub's settings, for its site in `language`.

    Why `font: False`: Material would otherwise load its fonts from Google, and the hub
    must make no request to a third-party host.
    """
    options: dict[str, Any] = {
        "font": False,
        "language": material_language(language or settings.default_language, languages),
        "palette": {
            "scheme": "default",
            "primary": settings.colours.primary,
            "accent": settings.colours.accent,
        },
    }
    if settings.logo:
        options["logo"] = settings.logo
        options["favicon"] = settings.logo
    return options


def theme_text(text: str) -> str:
    """A plain-text value escaped for MkDocs' theme, which prints config values and titles as HTML.

    Why: MkDocs renders its themes without autoescaping, so a site name or a page title
    holding <script> would run on every page. The apostrophe is left as it is: Material
    quotes attributes with ", and escapes some values again (`| e`), which would show an
    escaped apostrophe, common in titles, as &#39;.
    """
    return str(escape(text)).replace("&#39;", "'")


def material_language(tag: str, available: set[str]) -> str:
    """The closest language Material is translated into: 'en-GB' becomes 'en'.

    Why: Material has no file for most regional tags and would fail to render at all.
    """
    for candidate in (tag, tag.split("-")[0]):
        if candidate in available:
            return candidate
    return "en"


def local_polyfills(polyfills: list[Any]) -> list[Any]:
    """The offline plugin's polyfills with its unpkg.com shim replaced by the site's own copy."""
    return [OFFLINE_SHIM_URI if str(url) == _THIRD_PARTY_SHIM else url for url in polyfills]


def edit_url(settings: HubSettings, content_dir: Path, source: Path) -> str | None:
    """The link that opens a page's YAML source for editing, when the hub names its repository."""
    if not settings.repo_url:
        return None
    relative = source.resolve().relative_to(content_dir.resolve()).as_posix()
    base = settings.repo_url.rstrip("/") + "/"
    folder = (settings.edit_uri or "").strip("/")
    return base + (f"{folder}/" if folder else "") + quote(relative)


def language_folder(language: str, languages: list[str]) -> str:
    """Where a language's site sits in the built site: the default at the root, others in <lang>/."""
    return "" if language == languages[0] else language


def alternate_links(languages: list[str], current: str, page_uri: str) -> list[dict[str, str]]:
    """The language switcher's entries: the page at `page_uri` in each language.

    `href` is relative to the page itself, for the switcher: the sites work from file://
    as well as over http. `link` is relative to the current language's site, as Material's
    `<link rel="alternate">` tags expect it (they pass it through MkDocs' `url` filter); a
    page in a site above the current one cannot be written that way, so it has none.
    """
    if len(languages) < 2:
        return []
    here = language_folder(current, languages)
    entries = []
    for language in languages:
        target = posixpath.join(language_folder(language, languages), page_uri)
        entry = {
            "name": language_name(language),
            "lang": language,
            "href": posixpath.relpath(
                target, posixpath.dirname(posixpath.join(here, page_uri)) or "."
            ),
        }
        if not here or target.startswith(f"{here}/"):
            entry["link"] = posixpath.relpath(target, here or ".")
        entries.append(entry)
    return entries


def language_name(tag: str) -> str:
    """The name of a language in itself, such as Français, for the switcher; the tag if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(tag.replace("-", "_")).get_display_name()
    except (UnknownLocaleError, ValueError):
        return tag
    return name[:1].upper() + name[1:] if name else tag
