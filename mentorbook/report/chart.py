"""The cumulative meetings chart as SVG, drawn by matplotlib without a display or a network.

Why paths for text: the SVG then looks the same in any browser and in WeasyPrint's PDF,
with no font to fetch. Why a salt and no date: the same figures give the same bytes.
"""

from __future__ import annotations

from typing import Any

from mentorbook.report.figures import WeekPoint

SVG_SETTINGS: dict[Any, Any] = {
    "svg.fonttype": "path",
    "svg.hashsalt": "mentorbook-report",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def meetings_chart(weeks: list[WeekPoint], *, accent: str) -> str:
    """An SVG line chart: meetings planned against held, summed week by week."""
    import io

    import matplotlib
    import numpy
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with matplotlib.rc_context(SVG_SETTINGS):
        figure = Figure(figsize=(7.2, 2.6))
        FigureCanvasSVG(figure)
        axes = figure.add_subplot()
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
        figure.tight_layout()
        output = io.StringIO()
        figure.savefig(
            output, format="svg", metadata=dict.fromkeys(("Creator", "Date", "Format", "Type"))
        )
    svg = output.getvalue()
    # The XML prologue and doctype are for a file of its own, not for SVG inside HTML.
    return svg[svg.index("<svg") :]
