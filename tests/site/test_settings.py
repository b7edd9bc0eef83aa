"""What MkDocs receives from content/hub.yml, and the links that leave the site."""

from __future__ import annotations

from pathlib import Path

from mentorbook.schema.models.hub import HubSettings
from mentorbook.site.settings import (
    OFFLINE_SHIM_URI,
    edit_url,
    local_polyfills,
    material_language,
    theme_settings,
    theme_text,
)

SETTINGS = HubSettings(
    organisation="Testbed Guild",
    site_name="Testbed Hub",
    tagline="Testing.",
    language="fr-CA",
    logo="assets/logo.svg",
    repo_url="https://git.example.org/testbed/hub/",
    edit_uri="/edit/main/content/",
)


def test_theme_settings_come_from_hub_yml() -> None:
    assert theme_settings(SETTINGS, {"en", "fr"}) == {
        "font": False,
        "language": "fr",
        "palette": {"scheme": "default", "primary": "indigo", "accent": "amber"},
        "logo": "assets/logo.svg",
        "favicon": "assets/logo.svg",
    }


def test_material_language_falls_back_to_the_main_language_then_english() -> None:
    assert material_language("pt-BR", {"pt", "pt-BR"}) == "pt-BR"
    assert material_language("en-GB", {"en", "fr"}) == "en"
    assert material_language("tlh", {"en", "fr"}) == "en"


def test_edit_url_opens_the_yaml_source(tmp_path: Path) -> None:
    source = tmp_path / "content" / "roles" / "line manager.yml"

    assert edit_url(SETTINGS, tmp_path / "content", source) == (
        "https://git.example.org/testbed/hub/edit/main/content/roles/line%20manager.yml"
    )
    assert edit_url(SETTINGS.model_copy(update={"repo_url": None}), tmp_path, source) is None


def test_the_offline_shim_is_served_from_the_site() -> None:
    polyfills = ["https://unpkg.com/iframe-worker/shim", "assets/own.js"]

    assert local_polyfills(polyfills) == [OFFLINE_SHIM_URI, "assets/own.js"]


def test_theme_text_escapes_markup_and_quotes_but_not_the_apostrophe() -> None:
    """MkDocs prints config values and titles unescaped; Material escapes some a second time."""
    assert (
        theme_text('Tom\'s <b>"hub"</b> & co') == "Tom's &lt;b&gt;&#34;hub&#34;&lt;/b&gt; &amp; co"
    )
