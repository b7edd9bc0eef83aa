"""`languages:` in hub.yml: the hub's languages, the first being the language of content/."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.schema.loader import load_content
from tests.translations.conftest import BILINGUAL


def test_one_language_or_a_list_give_the_same_accessor(tmp_path: Path) -> None:
    assert load_content(BILINGUAL / "content").settings.hub_languages == ["en", "fr"]
    assert load_content(BILINGUAL / "content").settings.default_language == "en"


def with_languages(project: Path, lines: str) -> Path:
    """Replace the project's `languages:` line of hub.yml by `lines`; return hub.yml."""
    hub_yml = project / "content" / "hub.yml"
    text = hub_yml.read_text(encoding="utf-8")
    hub_yml.write_text(text.replace("languages: [en, fr]", lines), encoding="utf-8")
    return hub_yml


def test_language_and_languages_together_are_an_error(runner: CliRunner, bilingual: Path) -> None:
    hub_yml = with_languages(bilingual, "language: en\nlanguages: [en, fr, en]")
    before = hub_yml.read_bytes()

    result = runner.invoke(cli, ["check", "hub"])

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "hub/content/hub.yml:10:11: language: both 'language' and 'languages' name the hub's"
        " languages; keep 'languages: [en, fr]' (the first is the language of content/) and"
        " remove 'language'",
        "Found 1 error in 1 content file.",
    ]
    assert hub_yml.read_bytes() == before


def test_a_language_listed_twice_is_an_error_at_the_second(
    runner: CliRunner, bilingual: Path
) -> None:
    with_languages(bilingual, "languages: [en, fr, en]")

    result = runner.invoke(cli, ["check", "hub"])

    assert (result.exit_code, result.stderr.splitlines()) == (
        1,
        [
            "hub/content/hub.yml:10:21: languages[2]: the language 'en' is listed twice;"
            " list each language once",
            "Found 1 error in 1 content file.",
        ],
    )
