"""The knowledge-hub website: the page list, its rendering, the MkDocs plugin, build and export.

Pipeline: `pages.site_plan(hub)` says what the site holds, `render` turns it into Markdown
and SVG through the templates, `plugin` hands it to MkDocs, `build` swaps a finished site
into place, `export` writes it out as plain Markdown. Importing this package imports no MkDocs.
"""
