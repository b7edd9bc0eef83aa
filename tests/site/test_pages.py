"""The page list and navigation worked out from the content, without building a site."""

from __future__ import annotations

from mentorbook.schema.loader import COLLECTIONS, load_content
from mentorbook.site.pages import site_plan
from mentorbook.site.render import link_from, table_cell
from tests.site.conftest import REPO_ROOT, TESTDATA


def test_navigation_mirrors_the_content() -> None:
    plan = site_plan(load_content(TESTDATA / "hub" / "content"))

    assert plan.nav() == [
        {"Home": "index.md"},
        {"Program": "programs/pilot.md"},
        {"Roles": [{"Mentee": "roles/mentee.md"}, {"Mentor": "roles/mentor.md"}]},
        {
            "Formats": [
                {"Formats side by side": "formats/index.md"},
                {"One-on-one mentoring": "formats/one-on-one.md"},
                {"Reverse mentoring": "formats/reverse.md"},
            ]
        },
        {"Mentoring by need": "mentoring-types/skills.md"},
        {"Mentoring compared": "comparisons/mentoring-coaching.md"},
        {"Goal library": "goals/index.md"},
        {"Agreement": "agreements/pilot-agreement.md"},
        {
            "Meetings": [
                {"The first meeting": "meeting-guides/first-meeting.md"},
                {"After each meeting": "reflections/after-each-meeting.md"},
            ]
        },
        {"Guides": "guides/starting-a-program.md"},
        {"Case studies": "case-studies/the-quiet-pair.md"},
        {
            "Glossary and FAQ": [
                {"Glossary": "glossary.md"},
                {"Frequently asked questions": "faq.md"},
            ]
        },
        {"Downloads": "downloads.md"},
    ]
    assert [page.uri for page in plan.pages if not page.in_nav] == [
        "goals/speak-up.md",
        "goals/first-steps.md",
    ]
    assert [picture.uri for picture in plan.pictures] == ["programs/pilot-timeline.svg"]
    assert [download.uri for download in plan.downloads] == ["downloads/pilot-workbook.pdf"]


def test_every_object_of_the_default_content_gets_a_page() -> None:
    hub = load_content(REPO_ROOT / "content")
    uris = {page.uri for page in site_plan(hub).pages}

    expected = {
        f"{collection.folder}/{object_id}.md"
        for collection in COLLECTIONS
        for object_id in hub.collection(collection.folder)
    }
    assert len(expected) > 40
    assert expected <= uris


def test_pages_point_at_their_yaml_source() -> None:
    content = TESTDATA / "hub" / "content"
    pages = {page.uri: page for page in site_plan(load_content(content)).pages}

    assert pages["roles/mentor.md"].source == content / "roles" / "mentor.yml"
    assert pages["index.md"].source is None


def test_links_are_relative_to_the_page() -> None:
    assert link_from("roles/mentor.md")("formats/reverse.md") == "../formats/reverse.md"
    assert link_from("index.md")("roles/mentor.md") == "roles/mentor.md"


def test_table_cells_stay_on_one_line() -> None:
    assert table_cell("a | b\n  c") == "a \\| b c"
