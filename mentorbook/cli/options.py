"""Arguments shared by several commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    _DateType = click.ParamType[dt.date]
else:  # click before 8.2 has no subscriptable ParamType
    _DateType = click.ParamType

project_dir_argument = click.argument(
    "project_dir",
    required=False,
    default=".",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)

project_option = click.option(
    "--project",
    "project_dir",
    default=".",
    show_default=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The hub project whose content and templates to use.",
)


class IsoDate(_DateType):
    """A day written YYYY-MM-DD; anything else is a usage error naming the option."""

    name = "YYYY-MM-DD"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        # Imported here: the models module brings pydantic, and every command imports options.
        from mentorbook.schema.models.base import parse_iso_day

        day = parse_iso_day(str(value).strip())
        if day is not None:
            return day
        return self.fail(
            f"'{value}' is not a date; write it as YYYY-MM-DD, such as 2026-09-01", param, ctx
        )


DATE = IsoDate()
