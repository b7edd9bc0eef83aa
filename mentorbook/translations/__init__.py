"""The content in other languages: its texts as gettext messages, and the hub translated.

The pipeline: `texts` finds what translators translate (decided by the field types),
`markdown_units` cuts Markdown into paragraphs, items and headings, `catalog` writes and
reads `translations/content/<lang>.po`, and `apply` gives the hub in another language.
"""
