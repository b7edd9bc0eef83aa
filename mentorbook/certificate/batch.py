"""Which certificates a set of plans earns, and why the others earn none. Pure: writes nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mentorbook.certificate.render import (
    CertificateView,
    Role,
    certificate_filename,
    certificate_view,
)
from mentorbook.certificate.rule import completion_rule, missing_for_completion
from mentorbook.errors import MentorbookError
from mentorbook.schema.loader import Hub, display_path
from mentorbook.schema.models.plan import Plan


@dataclass(frozen=True)
class Earned:
    """One certificate to make: where it goes and what it says."""

    target: Path
    view: CertificateView
    plan_path: Path


@dataclass
class Certificates:
    earned: list[Earned] = field(default_factory=list)
    shortfalls: dict[str, list[str]] = field(default_factory=dict)
    """For each plan (as displayed) that earns no certificate, a line per thing missing."""


def certificates_earned(
    hub: Hub,
    plans: Iterable[tuple[Path, Plan]],
    out_dir: Path,
    *,
    mentors: bool,
    goals: bool,
) -> Certificates:
    """The mentees' (and with `mentors`, the mentors') certificates the plans earn."""
    found = Certificates()
    roles: tuple[Role, ...] = ("mentee", "mentor") if mentors else ("mentee",)
    for path, plan in plans:
        where = display_path(path)
        try:
            program = hub.programs[plan.program]
            rule = completion_rule(program)
            missing = missing_for_completion(plan, rule, hub.agreements[program.agreement], where)
        except MentorbookError as error:
            found.shortfalls[where] = [f"{where}: {error.message}"]
            continue
        if missing:
            found.shortfalls[where] = [f"{where}: {text}" for text in missing]
            continue
        for role in roles:
            if role == "mentor" and not plan.mentor_names:
                found.shortfalls[where] = [
                    f"{where}: no mentor certificate: the plan names no mentor; add 'mentors:' to it"
                ]
                continue
            for mentor in range(1, len(plan.mentor_names) + 1 if role == "mentor" else 2):
                view = certificate_view(hub, plan, role, goals=goals, mentor=mentor)
                pdf = out_dir / certificate_filename(plan, role, mentor)
                found.earned.append(Earned(pdf, view, path))
    return found
