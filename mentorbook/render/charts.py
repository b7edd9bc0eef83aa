"""Charts as SVG text, drawn by matplotlib without a display, a browser or a network.

Why paths for text: the SVG then looks the same in any browser and in WeasyPrint's PDF,
with no font to fetch. Why a salt and no date: the same figures give the same bytes.
Why no pyplot: its global state is for interactive sessions; a Figure with an SVG canvas
is all a report needs. matplotlib is imported here only, when a chart is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SVG_SETTINGS: dict[Any, Any] = {
    "svg.fonttype": "path",
    "svg.hashsalt": "mentorbook-chart",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def svg_chart(draw: Callable[[Any, Any], None], *, size: tuple[float, float]) -> str:
    """The `<svg>` element of a figure of `size` inches that `draw(figure, axes)` fills in."""
    import io

    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with matplotlib.rc_context(SVG_SETTINGS):
        figure = Figure(figsize=size)
        FigureCanvasSVG(figure)
        draw(figure, figure.add_subplot())
        figure.tight_layout()
        output = io.StringIO()
        figure.savefig(
            output, format="svg", metadata=dict.fromkeys(("Creator", "Date", "Format", "Type"))
        )
    svg = output.getvalue()
    # The XML prologue and doctype are for a file of its own, not for SVG inside HTML.
    return svg[svg.index("<svg") :]
