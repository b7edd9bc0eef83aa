"""No write can break a plan: killed mid-write it is old or new; two writers lose nothing."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from mentorbook.plans import load_plan
from mentorbook.schema.loader import Hub, load_content
from tests.plans.conftest import AMARA

WRITE_FOREVER = """
import sys
from pathlib import Path
from mentorbook.plans import changes
from mentorbook.plans.writer import update_plan
from mentorbook.schema.loader import load_content

hub = load_content(Path("content"))
number = 0
print("ready", flush=True)
while True:
    number += 1
    notes = ["a long line of notes " * 200]
    update_plan(
        Path(sys.argv[1]), hub, lambda edit: changes.add_goal(edit, title=f"Goal {number}", measures=notes)
    )
"""


def test_a_process_killed_while_writing_leaves_a_valid_plan(hub: Hub, amara: Path) -> None:
    random.seed(6)
    for _ in range(8):
        with subprocess.Popen(
            [sys.executable, "-c", WRITE_FOREVER, AMARA], stdout=subprocess.PIPE, text=True
        ) as writer:
            assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
            time.sleep(random.uniform(0.05, 0.4))
            os.kill(writer.pid, signal.SIGKILL)

        plan = load_plan(amara, hub)
        assert plan.revision == len(plan.goals) + 1
    assert plan.goals, "the writer never finished a write; give it more time"


def _add_goals(project: str, prefix: str, count: int) -> None:
    from mentorbook.plans import changes
    from mentorbook.plans.writer import update_plan

    os.chdir(project)
    hub = load_content(Path("content"))
    for number in range(count):
        title = f"{prefix} {number}"
        update_plan(Path(AMARA), hub, lambda edit, title=title: changes.add_goal(edit, title=title))


def test_two_writers_at_once_lose_nothing(hub: Hub, amara: Path, project: Path) -> None:
    count = 15
    context = multiprocessing.get_context("spawn")
    writers = [
        context.Process(target=_add_goals, args=(str(project), prefix, count))
        for prefix in ("Ana", "Ben")
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
        assert writer.exitcode == 0

    plan = load_plan(amara, hub)
    titles = {goal.title for goal in plan.goals}
    assert titles == {f"{prefix} {number}" for prefix in ("Ana", "Ben") for number in range(count)}
    assert len({goal.id for goal in plan.goals}) == 2 * count
    assert plan.revision == 2 * count + 1
