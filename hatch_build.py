"""Compile the shipped message catalogs (.po) into .mo files when the wheel is built.

Why at build time: an installed mentorbook reads compiled catalogs, and nobody installing it
should need Babel's command line. A source checkout compiles them in memory instead (see
mentorbook/i18n/catalogs.py), so editing a .po needs no step.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LOCALE = Path("mentorbook") / "locale"


class CompileCatalogs(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        compiled = Path(tempfile.mkdtemp(prefix="mentorbook-mo-"))
        for po in sorted((Path(self.root) / LOCALE).glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as source:
                catalog = read_po(source, locale=po.parents[1].name)
            relative = po.relative_to(self.root).with_suffix(".mo")
            target = compiled / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as mo:
                write_mo(mo, catalog)
            build_data["force_include"][str(target)] = str(relative)
