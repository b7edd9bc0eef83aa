"""The marker of a fixed word written before any language is known (see mentorbook.i18n).

Why a module of its own, outside mentorbook.i18n: the content models use it, and the
catalogs' reader imports the content loader; a marker without imports breaks that cycle.
"""

from __future__ import annotations


def N_(message: str) -> str:
    """Mark `message` for the catalog where it is defined; it is translated where it is used.

    Why: tables of labels are written once at import time, before any language is known.
    """
    return message
