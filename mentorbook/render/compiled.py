"""Compiled templates kept in memory, for environments made again and again in one process.

Why: `serve` rebuilds the site on every save, and MkDocs and mentorbook both make a new Jinja
environment for each build; compiling the same templates again (Material's among them) took
about a third of a reload. Jinja checks each template's source against what was compiled, so
an edited template, or an override added to templates/, is compiled afresh.
"""

from __future__ import annotations

from jinja2.bccache import Bucket, BytecodeCache


class CompiledTemplates(BytecodeCache):
    """Jinja's bytecode of each template by its name, file and source, held in memory."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()
