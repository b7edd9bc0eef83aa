"""The site's timeline picture: breaks as bands, planned meetings on the axis."""

from __future__ import annotations

from gettext import NullTranslations
from pathlib import Path

from mentorbook.schema.loader import load_content
from mentorbook.site.timeline import timeline_of

SEMESTER = Path(__file__).parents[1] / "testdata" / "semester" / "content"


def test_breaks_are_bands_and_a_milestone_meeting_is_one_mark() -> None:
    program = load_content(SEMESTER).programs["semester"]

    timeline = timeline_of(program, NullTranslations())

    def x_of(week: int) -> float:
        return round(20 + 820 * week / 14, 1)

    assert [(b.title, b.weeks, b.x) for b in timeline.breaks] == [
        ("Exam weeks", "weeks 8–9", x_of(8))
    ]
    # Meetings in weeks 1, 3, 5, 6, 10 and 12: those of weeks 1, 6 and 12 are milestones.
    assert timeline.meetings == [x_of(3), x_of(5), x_of(10)]
    assert [mark.week for mark in timeline.milestones] == [1, 6, 12]
    assert timeline.break_top < timeline.phases[0].y
