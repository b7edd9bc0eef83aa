"""Rendering: Jinja templates turn validated models into site pages and workbooks. No I/O here
beyond reading templates."""
