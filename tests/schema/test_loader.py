"""Loading a whole content tree: collections, order, summary, and every error of a run."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorbook.errors import ContentError
from mentorbook.schema.loader import display_path, load_content
from tests.two_programs import add_second_program


def _errors(content_dir: Path) -> list[str]:
    with pytest.raises(ContentError) as raised:
        load_content(content_dir)
    return [str(problem) for problem in raised.value.problems]


def test_minimal_content_loads(content_dir: Path) -> None:
    hub = load_content(content_dir)

    assert hub.settings.site_name == "Test Hub"
    assert list(hub.programs) == ["pilot"]
    assert hub.programs["pilot"].cadence.media == ["video call"]
    assert hub.agreements["basic-agreement"].item_ids() == ["keep-time"]
    assert hub.guides == {}


def test_collections_follow_reading_order_not_file_names(content_dir: Path) -> None:
    mentor = content_dir / "roles" / "mentor.yml"
    mentor.write_text(mentor.read_text().replace("order: 20", "order: 5"), encoding="utf-8")

    assert list(load_content(content_dir).roles) == ["mentor", "mentee"]


def test_source_names_the_file_an_object_came_from(content_dir: Path) -> None:
    hub = load_content(content_dir)

    assert hub.source("roles", "mentor") == content_dir / "roles" / "mentor.yml"


def test_summary_counts_in_singular_and_plural_and_skips_empty_folders(content_dir: Path) -> None:
    summary = load_content(content_dir).summary()

    assert summary == ("Test Hub: 1 program, 2 roles, 1 format, 1 agreement, 1 glossary term")


def test_yaml_extension_is_read_too(content_dir: Path) -> None:
    (content_dir / "roles" / "mentor.yml").rename(content_dir / "roles" / "mentor.yaml")

    assert list(load_content(content_dir).roles) == ["mentee", "mentor"]


def test_every_error_of_a_run_is_reported_sorted_by_file_and_line(content_dir: Path) -> None:
    (content_dir / "roles" / "mentor.yml").write_text(
        "id: mentor\nname: Mentor\nsummary: s\nresponsibilities: []\norder: last\n",
        encoding="utf-8",
    )
    (content_dir / "formats" / "one-on-one.yml").write_text("", encoding="utf-8")
    (content_dir / "hub.yml").write_text(
        "organisation: Test\nsite_nam: Test Hub\ntagline: t\n", encoding="utf-8"
    )

    assert _errors(content_dir) == [
        "content/formats/one-on-one.yml:1:1: this file is empty; add its fields, or delete the file",
        "content/hub.yml:2:1: site_nam: 'site_nam' is not a field here (did you mean 'site_name'?);"
        " remove it or fix its spelling",
        "content/roles/mentor.yml:4:19: responsibilities: this list needs at least 1 item(s), it has"
        " 0; add more",
        "content/roles/mentor.yml:5:8: order: expected a whole number, found 'last'; write a number"
        " such as 4",
    ]


def test_reference_to_a_file_with_errors_is_not_reported_as_dangling(content_dir: Path) -> None:
    (content_dir / "roles" / "mentee.yml").write_text(
        "id: mentee\nname: Mentee\n", encoding="utf-8"
    )

    assert _errors(content_dir) == [
        "content/roles/mentee.yml:1:1: responsibilities: this field is required; add it",
        "content/roles/mentee.yml:1:1: summary: this field is required; add it",
    ]


def test_missing_settings_file_names_the_fields_to_write(content_dir: Path) -> None:
    (content_dir / "hub.yml").unlink()

    assert _errors(content_dir) == [
        "content/hub.yml:1:1: this file is missing; create it with the fields organisation,"
        " site_name, tagline",
    ]


def test_missing_content_folder_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    assert _errors(tmp_path / "content") == [
        "content:1:1: the content folder is missing; run 'mentorbook init' to start a new project",
    ]


def test_stray_yaml_file_at_the_top_is_reported(content_dir: Path) -> None:
    (content_dir / "glosary.yml").write_text("terms: []\n", encoding="utf-8")

    assert _errors(content_dir) == [
        "content/glosary.yml:1:1: 'glosary.yml' is not a content file (did you mean"
        " 'glossary.yml'?); move it into one of the content folders: programs, roles, formats,"
        " mentoring-types, goals, agreements, meeting-guides, reflections, guides, case-studies,"
        " comparisons",
    ]


def test_schema_file_and_assets_are_not_content(content_dir: Path) -> None:
    (content_dir / "mentorbook.schema.json").write_text("{}", encoding="utf-8")
    (content_dir / "assets").mkdir()
    (content_dir / "assets" / "logo.svg").write_text("<svg/>", encoding="utf-8")

    assert load_content(content_dir).settings.organisation == "Test Cooperative"


def test_display_path_is_relative_below_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    assert display_path(tmp_path / "content" / "hub.yml") == "content/hub.yml"
    assert display_path(Path("/elsewhere/hub.yml")) == "/elsewhere/hub.yml"


def test_programs_come_in_their_order_then_by_name(test_project: Path) -> None:
    add_second_program(test_project / "content")
    evening = test_project / "content" / "programs" / "evening.yml"

    ordered = list(load_content(test_project / "content").programs)
    evening.write_text(evening.read_text(encoding="utf-8").replace("order: 1\n", ""), "utf-8")
    by_name = list(load_content(test_project / "content").programs)

    assert (ordered, by_name) == (["evening", "pilot"], ["pilot", "evening"])
