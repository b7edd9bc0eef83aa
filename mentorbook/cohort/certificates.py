"""`cohort --certificates`: a certificate for each mentee whose plan meets the completion rule.

Made like the workbooks: jobs for the same workers, and a manifest of their own
(`certificates/manifest.json`) keyed by the plan's bytes and everything shared, so a
re-run makes only the certificates whose inputs changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from mentorbook import __version__
from mentorbook.certificate.render import certificate_filename, certificate_template_folders
from mentorbook.certificate.rule import missing_for_completion
from mentorbook.cohort.jobs import Work, entry_plan_path, up_to_date
from mentorbook.cohort.manifest import Recorded, document_key, tree_digest
from mentorbook.cohort.roster import RosterEntry
from mentorbook.cohort.runner import Job
from mentorbook.errors import PlanError
from mentorbook.plans.bulk import read_plan
from mentorbook.project import Project, default_templates_dir
from mentorbook.schema.loader import Hub

CERTIFICATES_FOLDER = "certificates"
FONT_FACES_TEMPLATE = "workbook/font-faces.css"


def certificates_digest(project: Project) -> str:
    """Hash what every certificate shares: content, certificate templates, fonts, version, date."""
    digest = hashlib.sha256()
    settings = {
        "mentorbook": __version__,
        "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH", ""),
    }
    digest.update(json.dumps(settings, sort_keys=True).encode("utf-8"))
    for folder in [project.content_dir, *certificate_template_folders(project)]:
        digest.update(tree_digest(folder).encode("ascii"))
    for root in (project.templates_dir, default_templates_dir()):
        fonts = root / FONT_FACES_TEMPLATE
        digest.update(fonts.read_bytes() if fonts.is_file() else b"-")
    return digest.hexdigest()


def certificate_work(
    entries: Iterable[RosterEntry],
    out_dir: Path,
    hub: Hub,
    *,
    shared_digest: str,
    previous: dict[str, Recorded],
    force: bool,
) -> tuple[Work, int]:
    """The certificates to make and those up to date; and how many plans have not earned one yet.

    A plan that cannot be read is left out here: the workbook run reports it.
    """
    work = Work()
    waiting = 0
    for entry in entries:
        plan_path = entry_plan_path(entry, out_dir)
        try:
            plan = read_plan(plan_path, hub)
        except PlanError:
            continue
        program = hub.programs[plan.program]
        rule = program.completion
        agreement = hub.agreements[program.agreement]
        if rule is None or missing_for_completion(plan, rule, agreement):
            waiting += 1
            continue
        key = document_key(shared_digest, plan_path.read_bytes())
        pdf_path = out_dir / CERTIFICATES_FOLDER / certificate_filename(plan, "mentee")
        recorded = previous.get(entry.slug)
        if not force and recorded is not None and up_to_date(recorded, key, pdf_path):
            work.unchanged[entry.slug] = recorded
        else:
            work.jobs.append(
                Job(entry.slug, entry.where, plan_path, pdf_path, key, kind="certificate")
            )
    return work, waiting
