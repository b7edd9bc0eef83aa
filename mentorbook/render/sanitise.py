"""Clean HTML made from content Markdown down to a safe allow-list, with nh3.

Why: hubs take contributions through their edit links, so a Markdown field may hold a
<script>, an onerror= or a javascript: link. The site cleans each page's HTML and the
workbook each Markdown field's, unless hub.yml says `allow_html: true`. In a workbook the
allow-list also keeps out every way WeasyPrint embeds files (<link rel=attachment>,
<a rel=attachment>, <object>, <embed>).
"""

from __future__ import annotations

from mentorbook.schema.models.base import URL_SCHEMES

ALLOWED_TAGS = frozenset(
    {
        *("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup"),
        *("dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "label"),
        *("li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub"),
        *("summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"),
    }
)
"""What Markdown and the site's extensions make (admonitions, tables, task lists, footnotes,
and pymdownx's details and tabs), without scripts, frames, forms, styles or embedded files."""
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "lang", "title"},  # lang: a text left untranslated keeps its voice
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "input": {"type", "checked", "disabled", "name"},
    "label": {"for"},
    "ol": {"start"},
    "td": {"style", "colspan", "rowspan"},
    "th": {"style", "colspan", "rowspan"},
}
ALLOWED_STYLES = frozenset({"text-align"})
"""The one style Markdown's tables write, for column alignment."""


def clean_html(html: str) -> str:
    """`html` with every tag, attribute, style and link scheme outside the allow-lists removed."""
    import nh3  # imported on first use: `mentorbook check` never needs it

    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(ALLOWED_STYLES),
        link_rel=None,
        strip_comments=True,
    )
