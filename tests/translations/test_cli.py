"""`mentorbook translations update` and `status`, and `check` on translations, as a translator uses them."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner

from mentorbook.cli.main import cli
from mentorbook.translations.catalog import read_content_po

PO = Path("hub/translations/content/fr.po")


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_update_on_an_unchanged_project_changes_nothing(runner: CliRunner, bilingual: Path) -> None:
    before = PO.read_bytes()

    result = runner.invoke(cli, ["translations", "update", "--project", "hub"])

    assert (result.exit_code, result.output) == (0, f"Unchanged {PO}\n")
    assert PO.read_bytes() == before


def test_after_an_edit_exactly_the_edited_message_turns_fuzzy(
    runner: CliRunner, bilingual: Path
) -> None:
    replace_in(
        bilingual / "content/roles/mentor.yml",
        "Listens, asks and shares.",
        "Listens, asks, then shares.",
    )

    result = runner.invoke(cli, ["translations", "update", "--project", "hub"])

    assert (result.exit_code, result.output) == (0, f"Updated {PO}\n")
    catalog = read_content_po(PO)
    fuzzy = [message for message in catalog if message.fuzzy and message.id]
    assert [(m.context, m.id, m.string, m.previous_id) for m in fuzzy] == [
        (
            "roles/mentor.yml:summary",
            "Listens, asks, then shares.",
            "Écoute avec bienveillance, questionne et partage.",
            ["Listens, asks and shares."],
        )
    ]
    assert '#| msgid "Listens, asks and shares."' in PO.read_text(encoding="utf-8")
    # And running it again changes nothing more.
    again = PO.read_bytes()
    runner.invoke(cli, ["translations", "update", "--project", "hub"])
    assert PO.read_bytes() == again


def test_a_removed_text_becomes_obsolete(runner: CliRunner, bilingual: Path) -> None:
    replace_in(bilingual / "content/roles/mentor.yml", "  - Ask before you advise.\n", "")

    assert runner.invoke(cli, ["translations", "update", "--project", "hub"]).exit_code == 0

    text = PO.read_text(encoding="utf-8")
    assert '#~ msgid "Ask before you advise."\n#~ msgstr "Questionner avant de conseiller."' in text


def test_status_counts_translated_fuzzy_and_missing(runner: CliRunner, bilingual: Path) -> None:
    replace_in(
        bilingual / "content/roles/mentor.yml",
        "Listens, asks and shares.",
        "Listens, asks, then shares.",
    )
    runner.invoke(cli, ["translations", "update", "--project", "hub"])

    result = runner.invoke(cli, ["translations", "status", "--project", "hub"])

    assert (result.exit_code, result.output) == (
        0,
        "language  translated  fuzzy  missing  total\n"
        "fr                26      1       85    112\n",
    )


def test_check_warns_about_missing_translations_and_passes(
    runner: CliRunner, bilingual: Path
) -> None:
    result = runner.invoke(cli, ["check", "hub"])

    assert result.exit_code == 0
    assert result.stderr == (
        "Warning: fr: 85 of the content's 112 texts have no finished translation yet"
        f" (missing or fuzzy), so they show in en; translate them in {PO}\n"
    )


def test_a_malformed_po_file_is_an_error_at_its_line(runner: CliRunner, bilingual: Path) -> None:
    lines = PO.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = next(n for n, line in enumerate(lines) if line.startswith("msgstr") and n > 20)
    lines[broken] = "msgstr: a line no .po editor writes\n"
    PO.write_text("".join(lines), encoding="utf-8")
    before = PO.read_bytes()

    result = runner.invoke(cli, ["translations", "update", "--project", "hub"])

    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(
        f"{PO}:{broken + 1}:1: this translation file cannot be read ("
    )
    assert PO.read_bytes() == before


def test_a_translation_that_breaks_the_markdown_is_an_error_at_its_line(
    runner: CliRunner, bilingual: Path
) -> None:
    replace_in(
        PO, 'msgstr "Environ deux heures par mois."', 'msgstr "Environ deux heures.\\n\\nPar mois."'
    )
    replace_in(
        PO,
        'msgstr "Le binôme classique | avec une barre verticale."',
        'msgstr "## Le binôme classique | avec une barre verticale."',
    )
    lines = PO.read_text(encoding="utf-8").splitlines()
    answer = lines.index('msgid "About two hours a month."') + 1  # the entry's msgid line
    description = lines.index('msgid "The classic pairing | with a pipe in it."') + 1

    result = runner.invoke(cli, ["check", "hub"])

    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{PO}:{description}:1: formats/one-on-one.yml:description:1: a line of the translation"
        " starts a list item, heading or code block that the source text does not have;"
        " translate the words only (the source's Markdown markers are kept)",
        f"{PO}:{answer}:1: roles/mentor.yml:faqs[0].answer:1: the translation has a blank"
        " line, which would split one paragraph into several; translate it as one paragraph",
        "Found 2 errors in 1 content file.",
    ]


@pytest.mark.slow
def test_a_workbook_in_another_language_of_the_hub_has_its_content_and_words(
    runner: CliRunner, bilingual: Path
) -> None:
    command = ["workbook", "--blank", "--project", "hub", "--language", "fr", "-o", "fr.pdf"]

    result = runner.invoke(cli, command)

    assert result.exit_code == 0, result.output
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader("fr.pdf").pages)
    assert "Programme pilote" in text and "Pilot Program" not in text
    assert "Mode d’emploi de ce cahier" in text and "How to use this workbook" not in text
