"""Split a cohort between machines: shard K of N renders the mentees whose slug hashes to it.

Why the slug's hash and not the row's position: adding or removing a row must not move
every other mentee to another machine (and throw away that machine's unchanged workbooks).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Shard:
    """Shard `index` of `count`, counted from 1 as CI matrices count."""

    index: int = 1
    count: int = 1

    def holds(self, slug: str) -> bool:
        return shard_of(slug, self.count) == self.index

    @property
    def whole(self) -> bool:
        return self.count == 1

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def shard_of(slug: str, count: int) -> int:
    """The shard (1 to `count`) a slug belongs to; the same on every machine and Python."""
    digest = hashlib.sha256(slug.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def parse_shard(text: str) -> Shard:
    """Read `K/N`; raise ValueError saying what is expected."""
    match = _SHARD.match(text)
    if match is None:
        raise ValueError(f"'{text}' is not K/N; write the shard and the count, such as 2/4")
    index, count = int(match[1]), int(match[2])
    if not 1 <= index <= count:
        raise ValueError(f"'{text}': K must be between 1 and N, such as 1/{max(count, 1)}")
    return Shard(index, count)
