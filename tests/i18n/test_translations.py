"""translations_for: shipped catalogs, a project's own words over them, and wrong input."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.errors import ContentError
from mentorbook.i18n import UnknownLanguage, available_languages, read_po_file, translations_for

PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _write_po(root: Path, language: str, body: str) -> Path:
    path = root / "translations" / f"{language}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PO_HEADER + body, encoding="utf-8")
    return path


def test_french_words_and_plurals() -> None:
    french = translations_for("fr", None)
    assert french.gettext("Responsibilities") == "Responsabilités"
    assert french.ngettext("%(count)s minute", "%(count)s minutes", 1) % {"count": 1} == (
        "1 minute"
    )
    assert french.ngettext("in %(count)s phase", "in %(count)s phases", 1) % {"count": 1} == (
        "en 1 phase"
    )
    assert french.ngettext("in %(count)s phase", "in %(count)s phases", 3) % {"count": 3} == (
        "en 3 phases"
    )


@pytest.mark.parametrize(
    ("count", "months", "every"),
    [(1, "1 mes", "**Sesiones:** cada semana"), (2, "2 meses", "**Sesiones:** cada 2 semanas")],
)
def test_spanish_words_and_plurals(count: int, months: str, every: str) -> None:
    spanish = translations_for("es", None)
    assert spanish.gettext("Responsibilities") == "Responsabilidades"
    values = {"count": count}
    assert spanish.ngettext("%(count)s month", "%(count)s months", count) % values == months
    meetings = spanish.ngettext(
        "**Meetings:** every week", "**Meetings:** every %(count)s weeks", count
    )
    assert meetings % values == every


def test_a_regional_tag_uses_its_language() -> None:
    assert translations_for("fr-CA", None).gettext("Glossary") == "Glossaire"
    assert translations_for("es-MX", None).gettext("Glossary") == "Glosario"


def test_a_project_po_wins_message_by_message(tmp_path: Path) -> None:
    _write_po(tmp_path, "fr", 'msgid "Glossary"\nmsgstr "Lexique"\n')
    french = translations_for("fr", tmp_path)
    assert french.gettext("Glossary") == "Lexique"
    assert french.gettext("Responsibilities") == "Responsabilités"


def test_a_project_po_adds_a_language(tmp_path: Path) -> None:
    _write_po(
        tmp_path,
        "nl",
        'msgid "Glossary"\nmsgstr "Woordenlijst"\n\n'
        'msgid "%(count)s minute"\nmsgid_plural "%(count)s minutes"\n'
        'msgstr[0] "%(count)s minuut"\nmsgstr[1] "%(count)s minuten"\n',
    )
    dutch = translations_for("nl", tmp_path)
    assert dutch.gettext("Glossary") == "Woordenlijst"
    assert dutch.ngettext("%(count)s minute", "%(count)s minutes", 2) == "%(count)s minuten"
    assert dutch.gettext("Responsibilities") == "Responsibilities"
    assert "nl" in available_languages(tmp_path)


def test_an_unknown_language_lists_the_available_ones(tmp_path: Path) -> None:
    _write_po(tmp_path, "nl", "")
    with pytest.raises(UnknownLanguage) as raised:
        translations_for("xx", tmp_path)
    assert raised.value.message == (
        "mentorbook has no words in the language 'xx'; use one of: de, en, es, fr, nl, "
        "or write your own in translations/xx.po"
    )


def test_a_malformed_po_names_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _write_po(tmp_path, "fr", 'msgid "Glossary"\nmsgstr "Lexique"\n\nmsgid "Home\n')
    with pytest.raises(ContentError) as raised:
        read_po_file(path)
    [problem] = raised.value.problems
    assert (problem.path, problem.line) == ("translations/fr.po", 8)
    assert problem.message.startswith("this translation file cannot be read (")
