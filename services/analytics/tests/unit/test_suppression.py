"""Small-cell suppression: nothing under the threshold is shown, and no hidden cell can be derived."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pseah.analytics.stats.suppression import SUPPRESSED, suppress

T = 5


def test_cells_under_five_are_shown_as_less_than_five_and_a_second_cell_goes_too():
    table = suppress({"sexual_abuse": 12, "sexual_exploitation": 30, "sexual_harassment": 2}, threshold=T)
    counts = {c["value"]: c["count"] for c in table["cells"]}
    assert table["total"] == 44
    assert counts["sexual_harassment"] == "<5"
    # Otherwise 44 - 30 - 12 = 2 would give it away; the smallest other cell is hidden with it.
    assert counts["sexual_abuse"] == SUPPRESSED and counts["sexual_exploitation"] == 30


def test_nothing_is_hidden_when_every_cell_is_large():
    table = suppress({"a": 5, "b": 9}, threshold=T)
    assert table == {"total": 14, "cells": [{"value": "a", "count": 5}, {"value": "b", "count": 9}]}


def test_two_small_cells_whose_sum_is_small_take_a_third_with_them():
    table = suppress({"a": 1, "b": 2, "c": 40, "d": 50}, threshold=T)
    counts = {c["value"]: c["count"] for c in table["cells"]}
    assert counts == {"a": "<5", "b": "<5", "c": SUPPRESSED, "d": 50}


def test_a_small_total_is_itself_suppressed():
    table = suppress({"a": 3}, threshold=T)
    assert table == {"total": "<5", "cells": [{"value": "a", "count": "<5"}]}


def test_the_total_goes_when_hidden_cells_would_still_give_each_other_away():
    table = suppress({"a": 4, "b": 4}, threshold=T)
    assert table == {"total": SUPPRESSED, "cells": [{"value": "a", "count": "<5"}, {"value": "b", "count": "<5"}]}


def test_zero_cells_are_left_out():
    assert suppress({"a": 0, "b": 7}, threshold=T)["cells"] == [{"value": "b", "count": 7}]


def _feasible_values(table, hidden, threshold):
    """Every assignment of hidden cells consistent with the published table (brute force)."""
    total = table["total"]
    shown = sum(c["count"] for c in table["cells"] if isinstance(c["count"], int))
    remaining = total - shown
    ranges = [range(1, threshold) if c["count"] == f"<{threshold}" else range(threshold, remaining + 1)
              for c in hidden]
    solutions = [()]
    for r in ranges:
        solutions = [s + (v,) for s in solutions for v in r if sum(s) + v <= remaining]
    return [s for s in solutions if sum(s) == remaining]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from("abcdefg"), st.integers(0, 40), max_size=7))
def test_no_published_table_reveals_a_small_cell(counts):
    table = suppress(counts, threshold=T)
    cells = {c["value"]: c["count"] for c in table["cells"]}
    assert set(cells) == {k for k, v in counts.items() if v > 0}
    for value, shown in cells.items():
        if isinstance(shown, int):
            assert shown >= T and shown == counts[value]
        elif counts[value] < T:
            assert shown == "<5"
    if table["total"] == "<5":
        assert all(c == "<5" for c in cells.values())
        return
    if table["total"] == SUPPRESSED:
        # Only when everything is hidden already; without a total nothing can be derived.
        assert all(not isinstance(c, int) for c in cells.values())
        return
    hidden = [c for c in table["cells"] if not isinstance(c["count"], int)]
    if hidden:
        assert len(hidden) >= 2
        solutions = _feasible_values(table, hidden, T)
        assert solutions, "the true values must be one of the consistent solutions"
        for index in range(len(hidden)):
            # Each hidden cell can take at least two values consistent with everything published.
            assert len({s[index] for s in solutions}) >= 2
