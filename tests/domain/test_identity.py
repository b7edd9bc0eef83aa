"""The workbook identity: written as <meta> names, read back from a PDF's document info."""

from __future__ import annotations

from mentorbook.domain.identity import WorkbookIdentity, identity_meta, identity_of
from tests.workbook.conftest import full_plan


class FakeReader:
    def __init__(self, metadata: dict[str, str] | None) -> None:
        self.metadata = metadata


def test_identity_reads_the_custom_document_info() -> None:
    reader = FakeReader(
        {
            "/mentorbookprogram": "pilot",
            "/mentorbookmentee": "amara-okafor",
            "/mentorbookrevision": "3",
        }
    )
    assert identity_of(reader) == WorkbookIdentity("pilot", "amara-okafor", 3)


def test_a_blank_workbook_has_no_mentee_and_other_pdfs_no_identity() -> None:
    assert identity_of(FakeReader({"/mentorbookprogram": "pilot"})) == WorkbookIdentity(
        "pilot", None, None
    )
    assert identity_of(FakeReader({"/Title": "Something else"})) is None
    assert identity_of(FakeReader(None)) is None


def test_identity_meta_uses_the_plan_slug() -> None:
    assert identity_meta(full_plan(), "pilot") == {
        "mentorbook-program": "pilot",
        "mentorbook-mentee": "amara-okafor",
        "mentorbook-revision": "3",
    }
