"""What `mentorbook match` writes: the roster `cohort` reads, and the coordinator's report."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from markupsafe import Markup

from mentorbook.matching.candidates import SCORE_PARTS
from mentorbook.matching.explain import Explanation
from mentorbook.render.charts import svg_chart
from mentorbook.render.environment import template_environment

REPORT_TEMPLATE = "match/report.html.j2"
ROSTER_COLUMNS = ("mentee", "mentor", "program", "email", "goals")
GOAL_SEPARATOR = ";"


def roster_csv(explanation: Explanation, start: dt.date | None) -> str:
    """One row per matched mentee, in the columns `mentorbook cohort` reads."""
    columns = [*ROSTER_COLUMNS, *(["start"] if start else [])]
    rows = [
        [
            pair.mentee.name,
            pair.mentor.name,
            pair.mentee.program,
            pair.mentee.email,
            GOAL_SEPARATOR.join(pair.mentee.goals),
            *([start.isoformat()] if start else []),
        ]
        for pair in explanation.matched
        if pair.mentor is not None
    ]
    return _csv([columns, *rows])


def explanation_csv(explanation: Explanation) -> str:
    """Every mentee with their mentor, score, score parts, runner-up, or why they have none."""
    names = [name for name, _ in explanation.pairs[0].parts] if explanation.pairs else []
    header = [
        "mentee",
        "email",
        "mentor",
        "score",
        *names,
        "runner_up",
        "runner_up_score",
        "unmatched_because",
    ]
    rows = [
        [
            pair.mentee.name,
            pair.mentee.email,
            pair.mentor.name if pair.mentor else "",
            str(pair.score) if pair.mentor else "",
            *(str(points) if pair.mentor else "" for _, points in pair.parts),
            pair.runner_up.name if pair.runner_up else "",
            str(pair.runner_up_score) if pair.runner_up else "",
            pair.reason,
        ]
        for pair in explanation.pairs
    ]
    return _csv([header, *rows])


def report_html(explanation: Explanation, program: str, templates: Path | None) -> str:
    """The report as one HTML file with its style inside: it opens offline, from anywhere."""
    template = template_environment(templates).get_template(REPORT_TEMPLATE)
    chart = Markup(score_chart(explanation.score_counts)) if explanation.score_counts else None
    return template.render(
        explanation=explanation, program=program, score_chart=chart, labels=SCORE_PARTS
    )


def score_chart(score_counts: tuple[tuple[int, int], ...]) -> str:
    """An SVG bar chart of how many pairs have each score."""

    def draw(figure: Any, axes: Any) -> None:
        from matplotlib.ticker import MaxNLocator

        axes.bar(
            [score for score, _ in score_counts],
            [count for _, count in score_counts],
            color="#3f6fb5",
        )
        # Scores and counts are whole numbers: no tick at 2.5 pairs.
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_xlabel("Score")
        axes.set_ylabel("Pairs")
        axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
        axes.set_axisbelow(True)

    return svg_chart(draw, size=(6.0, 2.2))


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()
