"""`mentorbook plan import`: read a filled-in workbook back into its plan, showing the change."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from mentorbook.cli.options import project_option
from mentorbook.cli.plan.common import count, load_hub, plan_argument, with_revision
from mentorbook.plans.files import load_plan
from mentorbook.plans.writer import update_plan
from mentorbook.schema.loader import display_path
from mentorbook.terminal import echo

if TYPE_CHECKING:
    from mentorbook.plans.import_outcome import Outcome as ImportOutcome


@click.command("import")
@plan_argument
@click.argument(
    "pdf", metavar="FILLED.pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option(
    "--overwrite",
    is_flag=True,
    help="Also replace values PLAN already holds with the PDF's (listed after the change).",
)
@project_option
def import_(plan_file: Path, pdf: Path, dry_run: bool, overwrite: bool, project_dir: Path) -> None:
    """Read back a workbook filled in a PDF reader, show what changes, and update PLAN.

    Fills in only what PLAN leaves empty, and lists every field whose value differs from
    PLAN's; --overwrite takes the PDF's values for those too. Refuses the workbook of
    another mentee, or one made from an older revision of PLAN.

    Example: mentorbook plan import plans/amara-okafor.yml amara-filled.pdf
    """
    from mentorbook.plans.filled_pdf import check_identity, read_filled_workbook
    from mentorbook.plans.import_outcome import NothingToImport
    from mentorbook.plans.pdf_import import import_filled

    hub = load_hub(project_dir)
    shown = display_path(plan_file)
    filled = read_filled_workbook(pdf)
    check_identity(filled, load_plan(plan_file, hub), shown)
    if not filled.values:
        echo(f"Nothing is filled in {filled.source}; {shown} is unchanged.")
        return
    try:
        update = update_plan(
            plan_file,
            hub,
            lambda edit: import_filled(edit, filled, shown, overwrite=overwrite),
            dry_run=dry_run,
        )
    except NothingToImport as nothing:
        _echo_outcome(nothing.outcome, replaced=False, dry_run=dry_run)
        echo(f"Nothing new in {filled.source}; {shown} is unchanged.")
        return
    diff = difflib.unified_diff(
        update.before.splitlines(keepends=True),
        update.after.splitlines(keepends=True),
        fromfile=f"{shown} (revision {update.plan.revision - 1})",
        tofile=f"{shown} (revision {update.plan.revision})",
    )
    echo("".join(diff), nl=False)
    _echo_outcome(update.result, replaced=overwrite, dry_run=dry_run)
    done = "Would import" if dry_run else "Imported"
    fields = count(len(update.result.imported), "filled field")
    echo(f"{done} {fields} from {filled.source} into {with_revision(plan_file, update.plan)}.")


def _echo_outcome(outcome: ImportOutcome, *, replaced: bool, dry_run: bool) -> None:
    """The import's notes, then every conflict: replaced with --overwrite, else kept."""
    for note in outcome.notes:
        echo(f"Note: {note}")
    if not outcome.conflicts:
        return
    fields = count(len(outcome.conflicts), "field")
    replace, keep = ("Would replace", "Would keep") if dry_run else ("Replaced", "Kept")
    if replaced:
        echo(f"{replace} the plan's values of {fields} with the PDF's:")
    else:
        echo(
            f"{keep} the plan's values of {fields} that the PDF fills in differently;"
            " import with --overwrite to take the PDF's:"
        )
    for conflict in outcome.conflicts:
        echo(f"  {conflict}")
