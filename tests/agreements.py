"""A small agreement built in code, for tests that need only its signatures."""

from __future__ import annotations

from mentorbook.schema.models.agreement import (
    Agreement,
    AgreementItem,
    AgreementSection,
    Signature,
)


def agreement_with(*signatures: Signature) -> Agreement:
    """An agreement of one item, signed by `signatures`."""
    return Agreement(
        id="agreement",
        title="Agreement",
        intro="We agree.",
        sections=[
            AgreementSection(
                id="basics", title="Basics", items=[AgreementItem(id="meet", text="Meet")]
            )
        ],
        signatures=list(signatures),
    )
