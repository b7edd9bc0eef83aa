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

UNMATCHED = -1


def assign(candidates: Candidates, capacities: list[int], seed: int) -> NDArray[np.int64]:
    """For each mentee, the column of their mentor, or UNMATCHED.

    Why a shuffle decides ties: among matches with the same score, which one the solver
    returns depends on the order it meets nodes and arcs. Numbering mentees and mentors in
    an order drawn from `seed`, and adding the arcs in that order, lets the seed decide
    between equal matches, and the same seed decides the same way, while each pair's cost
    stays its score: nudging the costs instead would widen their range and make the solver
    take more than twice as long.
    """
    import numpy as np
    from ortools.graph.python import min_cost_flow

    mentees, mentors = candidates.score.shape
    mentor_of = np.full(mentees, UNMATCHED, dtype=np.int64)
    shuffle = np.random.default_rng(seed)
    mentee_at = shuffle.permutation(mentees)
    mentor_at = shuffle.permutation(mentors)
    # Node numbers are places in the shuffled order; nonzero() lists the arcs in it too.
    tails, heads = np.nonzero(candidates.allowed[mentee_at][:, mentor_at])
    if tails.size == 0:
        return mentor_of
    rows, columns = mentee_at[tails], mentor_at[heads]
    source, sink = mentees + mentors, mentees + mentors + 1
    flow = min_cost_flow.SimpleMinCostFlow()
    pair_arcs = flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32),
        (mentees + heads).astype(np.int32),
        np.ones(tails.size, dtype=np.int64),
        -candidates.score[rows, columns].astype(np.int64),
    )
    flow.add_arcs_with_capacity_and_unit_cost(
        np.full(mentees, source, dtype=np.int32),
        np.arange(mentees, dtype=np.int32),
        np.ones(mentees, dtype=np.int64),
        np.zeros(mentees, dtype=np.int64),
    )
    flow.add_arcs_with_capacity_and_unit_cost(
        np.arange(mentees, mentees + mentors, dtype=np.int32),
        np.full(mentors, sink, dtype=np.int32),
        np.array(capacities, dtype=np.int64)[mentor_at],
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
