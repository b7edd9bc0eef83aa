"""`mentorbook translations update` and `status`: the content's .po files, for translators."""

from __future__ import annotations

from pathlib import Path

import click

from mentorbook.cli.options import project_option
from mentorbook.project import Project


@click.group()
def translations() -> None:
    """Keep translations/content/<lang>.po in step with content/, for translators.

    Each paragraph, list item, heading and label of the content is one message. Translate
    the files in Poedit, Weblate or any .po editor; `mentorbook build` reads them.
    """


@translations.command()
@project_option
@click.option(
    "--language",
    "languages",
    multiple=True,
    metavar="LANG",
    help="Only this language (repeatable; default: every language of hub.yml but the first).",
)
def update(project_dir: Path, languages: tuple[str, ...]) -> None:
    """Write or update translations/content/<lang>.po from the content.

    A changed source text turns its translation fuzzy (kept, to be checked); a removed
    one becomes obsolete (#~), as msgmerge does. An unchanged project changes no file.
    """
    from mentorbook.errors import MentorbookError
    from mentorbook.schema.loader import display_path, load_content
    from mentorbook.translations.project import update_translations

    project = Project(project_dir)
    hub = load_content(project.content_dir)
    chosen = list(languages) or hub.settings.hub_languages[1:]
    if not chosen:
        raise MentorbookError(
            "the hub is in one language; list its languages in content/hub.yml"
            " (languages: [en, fr], the first being the language of content/), or pass --language"
        )
    for path, changed in update_translations(project, hub, chosen):
        click.echo(f"{'Updated' if changed else 'Unchanged'} {display_path(path)}")


@translations.command()
@project_option
def status(project_dir: Path) -> None:
    """Print, for each language, how many texts are translated, fuzzy and missing."""
    from mentorbook.schema.loader import load_content
    from mentorbook.translations.project import translation_status

    project = Project(project_dir)
    hub = load_content(project.content_dir)
    statuses = translation_status(project, hub)
    if not statuses:
        click.echo(
            "The content has no translations; run 'mentorbook translations update --language LANG'."
        )
        return
    rows = [("language", "translated", "fuzzy", "missing", "total")]
    rows += [
        (s.language, str(s.translated), str(s.fuzzy), str(s.missing), str(s.total))
        for s in statuses
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [
            cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
        ]
        click.echo("  ".join(cells).rstrip())
