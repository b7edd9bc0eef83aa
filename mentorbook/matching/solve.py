"""Pick the pairs: as many mentees as can be matched, then the highest total score.

Why min-cost flow: every rule is either a pair that may not be made (an arc left out) or a
mentor's capacity (an arc's capacity), which is exactly a transportation problem. OR-Tools'
`solve_max_flow_with_min_cost` first sends as much flow as it can (every mentee who can be
matched is), then makes its cost as low as possible (the score as high as possible). No
rule needs more than flow can express, so CP-SAT is not used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mentorbook.errors import MentorbookError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from mentorbook.matching.candidates import Candidates

TIE_VALUES = 64
"""How many different tie-breaking nudges the seed draws from."""
UNMATCHED = -1


def assign(candidates: Candidates, capacities: list[int], seed: int) -> NDArray[np.int64]:
    """For each mentee, the column of their mentor, or UNMATCHED.

    Why the nudge cannot change the optimum: each allowed pair's cost is its score times
    `scale` minus a nudge below TIE_VALUES drawn from `seed`. All nudges of a whole match
    add up to less than `scale`, so one point of score always outweighs them; among
    matches with the same score, the seed decides, and the same seed decides the same way.
    """
    import numpy as np
    from ortools.graph.python import min_cost_flow

    mentees, mentors = candidates.score.shape
    mentor_of = np.full(mentees, UNMATCHED, dtype=np.int64)
    rows, columns = np.nonzero(candidates.allowed)
    if rows.size == 0:
        return mentor_of
    scale = TIE_VALUES * mentees + 1
    nudge = np.random.default_rng(seed).integers(0, TIE_VALUES, size=(mentees, mentors))
    costs = -candidates.score[rows, columns].astype(np.int64) * scale - nudge[rows, columns]
    source, sink = mentees + mentors, mentees + mentors + 1
    flow = min_cost_flow.SimpleMinCostFlow()
    pair_arcs = flow.add_arcs_with_capacity_and_unit_cost(
        rows.astype(np.int32),
        (mentees + columns).astype(np.int32),
        np.ones(rows.size, dtype=np.int64),
        costs,
    )
    flow.add_arcs_with_capacity_and_unit_cost(
        np.full(mentees, source, dtype=np.int32),
        np.arange(mentees, dtype=np.int32),
        np.ones(mentees, dtype=np.int64),
        np.zeros(mentees, dtype=np.int64),
    )
    flow.add_arcs_with_capacity_and_unit_cost(
        mentees + np.arange(mentors, dtype=np.int32),
        np.full(mentors, sink, dtype=np.int32),
        np.array(capacities, dtype=np.int64),
        np.zeros(mentors, dtype=np.int64),
    )
    flow.set_node_supply(source, mentees)
    flow.set_node_supply(sink, -mentees)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise MentorbookError(
            f"the solver stopped without a match ({status.name}); please report this as a bug"
        )
    used = flow.flows(pair_arcs) > 0
    mentor_of[rows[used]] = columns[used]
    return mentor_of
