"""nh3's allow-list: what content Markdown may and may not become in a page or a workbook."""

from __future__ import annotations

from mentorbook.render.sanitise import clean_html


def test_scripts_handlers_styles_frames_and_embeds_are_removed() -> None:
    hostile = (
        '<p onclick="alert(1)" style="color:red">Hi<script>alert(2)</script>'
        '<iframe src="https://example.org/"></iframe><object data="x"></object>'
        '<embed src="x"><link rel="attachment" href="file:///etc/passwd">'
        '<a rel="attachment" href="notes.txt">notes</a><!-- hidden --></p>'
    )

    assert clean_html(hostile) == '<p>Hi<a href="notes.txt">notes</a></p>'


def test_links_keep_only_http_https_mailto_and_relative_targets() -> None:
    links = (
        '<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a>'
        '<a href="vbscript:x">c</a><a href="https://example.org/">d</a>'
        '<a href="mailto:team@example.org">e</a><a href="../roles/mentor.html#faq">f</a>'
        '<img src="file:///etc/passwd" alt="g">'
    )

    assert clean_html(links) == (
        '<a>a</a><a>b</a><a>c</a><a href="https://example.org/">d</a>'
        '<a href="mailto:team@example.org">e</a><a href="../roles/mentor.html#faq">f</a>'
        '<img alt="g">'
    )


def test_what_markdown_and_its_extensions_make_is_kept() -> None:
    made = (
        '<h2 id="goals">Goals<a class="headerlink" href="#goals" title="Permanent link">¶</a></h2>'
        '<div class="admonition success"><p class="admonition-title">Do</p></div>'
        '<table><tr><td style="text-align: left;">x</td></tr></table>'
        '<ul class="task-list"><li class="task-list-item"><label class="task-list-control">'
        '<input type="checkbox" disabled="" checked=""><span class="task-list-indicator">'
        "</span></label> Agreed</li></ul>"
        '<div class="tabbed-set"><input id="t1" name="set" type="radio" checked="">'
        '<label for="t1">One</label></div>'
    )

    # Only the serialisation changes: the table gets its implied <tbody>, the style its spacing.
    assert clean_html(made) == (
        made.replace("<tr>", "<tbody><tr>")
        .replace("</tr></table>", "</tr></tbody></table>")
        .replace("text-align: left;", "text-align:left")
    )
