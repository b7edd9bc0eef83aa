"""What translators translate, decided by the models' field types."""

from __future__ import annotations

from collections import Counter

from mentorbook.schema.loader import load_content
from mentorbook.translations.catalog import source_messages
from tests.translations.conftest import BILINGUAL


def test_ids_references_urls_and_numbers_are_never_messages() -> None:
    hub = load_content(BILINGUAL / "content")
    messages = list(source_messages(hub))
    texts = {message.text for message in messages}
    contexts = [message.context for message in messages]

    assert "Listens, asks and shares." in texts
    assert "pilot" not in texts  # the program's id
    assert "pilot-agreement" not in texts  # a reference to the agreement
    assert "one-on-one" not in texts  # a reference to a format
    assert "https://git.example.org/testbed/hub" not in texts  # repo_url
    assert "assets/logo.svg" not in texts
    assert not any(context.endswith(("id", "duration_months", "language")) for context in contexts)
    assert not [context for context, count in Counter(contexts).items() if count > 1]


def test_each_message_points_at_its_file_and_line() -> None:
    hub = load_content(BILINGUAL / "content")
    by_context = {message.context: message for message in source_messages(hub)}

    summary = by_context["roles/mentor.yml:summary"]
    line = (
        (BILINGUAL / "content" / "roles" / "mentor.yml")
        .read_text()
        .splitlines()
        .index("summary: Listens, asks and shares.")
    )
    assert summary.reference == ("content/roles/mentor.yml", line + 1)
    assert by_context["roles/mentor.yml:responsibilities[1]"].text == "Ask before you advise."
