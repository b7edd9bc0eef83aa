"""`mentorbook plan review|agree`: record a review, tick the agreement and its signatures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from mentorbook.cli.options import project_option
from mentorbook.cli.plan.common import load_hub, plan_argument, with_revision
from mentorbook.cli.types import DATE, SIGNED, TEXT, SignedDay
from mentorbook.domain.signatures import signer_name, signers
from mentorbook.plans import changes
from mentorbook.plans.writer import update_plan
from mentorbook.schema.messages import message
from mentorbook.schema.models.calendar import ReviewKind
from mentorbook.terminal import echo

REVIEW_OPTIONS = ("date", "progress", "went_well", "to_change", "next_steps")


@click.command()
@plan_argument
@click.argument("kind", type=click.Choice(["midpoint", "closing"]))
@click.option("--date", type=DATE, help="The day of the review.")
@click.option("--progress", type=TEXT, help="Progress against the goals.")
@click.option("--went-well", type=TEXT, help="What went well.")
@click.option("--to-change", type=TEXT, help="What to change.")
@click.option("--next-steps", type=TEXT, help="What happens next.")
@project_option
def review(plan_file: Path, kind: ReviewKind, project_dir: Path, **fields: Any) -> None:
    """Record the midpoint or closing review; fields not given stay as they are.

    Example: mentorbook plan review plans/amara-okafor.yml midpoint --date 2027-03-01 --went-well "..."
    """
    given = {key: value for key, value in fields.items() if value is not None}
    if not given:
        options = ", ".join(f"--{name.replace('_', '-')}" for name in REVIEW_OPTIONS)
        raise click.UsageError(message("nothing_to_record", options=f"at least one of {options}"))
    update = update_plan(
        plan_file, load_hub(project_dir), lambda edit: changes.record_review(edit, kind, given)
    )
    echo(f"Recorded the {kind} review in {with_revision(plan_file, update.plan)}.")


@click.command()
@plan_argument
@click.option("--tick", multiple=True, metavar="ID", help="Tick this agreement item (repeatable).")
@click.option("--all", "tick_all", is_flag=True, help="Tick every item of the agreement.")
@click.option(
    "--signed",
    "signed",
    multiple=True,
    type=SIGNED,
    metavar="ROLE[.N]=DATE",
    help="The day a signing role of the agreement signed; ROLE.2 for its second person,"
    " such as a second co-mentor (repeatable).",
)
@click.option(
    "--mentee-signed", type=DATE, help="The day the mentee signed (--signed mentee=DATE)."
)
@click.option(
    "--mentor-signed", type=DATE, help="The day the mentor signed (--signed mentor=DATE)."
)
@project_option
def agree(
    plan_file: Path,
    tick: tuple[str, ...],
    tick_all: bool,
    signed: tuple[SignedDay, ...],
    mentee_signed: dt.date | None,
    mentor_signed: dt.date | None,
    project_dir: Path,
) -> None:
    """Tick items of the mentoring agreement and record when each signer signed.

    Example: mentorbook plan agree plans/amara-okafor.yml --all --signed mentee=2026-09-08
    """
    days = {(role, number): day for role, number, day in signed}
    for role, day in (("mentee", mentee_signed), ("mentor", mentor_signed)):
        if day is not None:
            days[(role, 1)] = day
    if not (tick or tick_all or days):
        options = "--tick ID, --all or --signed ROLE=DATE"
        raise click.UsageError(message("nothing_to_record", options=options))
    hub = load_hub(project_dir)
    update = update_plan(
        plan_file,
        hub,
        lambda edit: changes.agree(edit, tick=tick, tick_all=tick_all, signed=days),
    )
    agreement = hub.agreements[hub.programs[update.plan.program].agreement]
    signatures = ", ".join(
        f"{signer_name(signer)} {signer.day.isoformat()}"
        if signer.day
        else f"{signer_name(signer)} not yet"
        for signer in signers(update.plan, agreement)
    )
    echo(
        f"Agreement in {with_revision(plan_file, update.plan)}: {len(update.plan.agreement.ticked)} items"
        f" ticked ({len(update.result)} new); signed by {signatures}."
    )
