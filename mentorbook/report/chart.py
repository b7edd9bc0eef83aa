"""The cumulative meetings chart of the program report."""

from __future__ import annotations

from typing import Any

from mentorbook.render.charts import svg_chart
from mentorbook.report.figures import WeekPoint


def meetings_chart(weeks: list[WeekPoint], *, accent: str) -> str:
    """An SVG line chart: meetings planned against held, summed week by week."""

    def draw(figure: Any, axes: Any) -> None:
        import numpy

        mondays = numpy.array([point.monday for point in weeks], dtype="datetime64[D]")
        axes.plot(
            mondays, [point.planned for point in weeks], color="#757575", linestyle="--", zorder=3
        )
        held = [point for point in weeks if point.held is not None]
        axes.plot(
            numpy.array([point.monday for point in held], dtype="datetime64[D]"),
            [point.held or 0 for point in held],
            color=accent,
        )
        axes.legend(["Planned", "Held"], loc="upper left", frameon=False)
        axes.set_ylabel("Meetings (cumulative)")
        axes.set_ylim(bottom=0)
        axes.grid(axis="y", color="#e0e0e0", linewidth=0.6)
        figure.autofmt_xdate()

    return svg_chart(draw, size=(7.2, 2.6))
