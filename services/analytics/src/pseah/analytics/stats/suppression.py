"""Small-cell suppression, so that no survivor can be singled out from a published table.

Primary: every cell under the threshold is shown as "<5". Secondary: the total is public (and is the
same in every breakdown of a metric), so a lone hidden cell could be computed as total minus the rest;
we hide further cells, smallest first, until at least two are hidden, the hidden ones together reach
the threshold (else their sum, derivable, would itself be a small number), and no hidden cell can be
pinned down from what is known of the others (a "<5" cell lies in 1..4, a "suppressed" one is >= 5).
When no cell is left to hide and they still could be, the total is suppressed instead.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SUPPRESSED = "suppressed"


def small(threshold: int) -> str:
    return f"<{threshold}"


def _determined(hidden: set[str], cells: Mapping[str, int], threshold: int) -> bool:
    """Whether some hidden cell's value follows from the published total, shown cells and the markers."""
    hidden_sum = sum(cells[v] for v in hidden)
    bounds = {v: (1, threshold - 1) if cells[v] < threshold else (threshold, hidden_sum) for v in hidden}
    for value in hidden:
        others_lo = sum(lo for v, (lo, _) in bounds.items() if v != value)
        others_hi = sum(hi for v, (_, hi) in bounds.items() if v != value)
        lo, hi = bounds[value]
        if max(lo, hidden_sum - others_hi) == min(hi, hidden_sum - others_lo):
            return True
    return False


def suppress(counts: Mapping[str, int], *, threshold: int = 5) -> dict[str, Any]:
    cells = {value: n for value, n in counts.items() if n > 0}
    hidden = {value for value, n in cells.items() if n < threshold}
    if hidden:
        candidates = sorted((v for v in cells if v not in hidden), key=lambda v: (cells[v], v))
        while candidates and (len(hidden) < 2 or sum(cells[v] for v in hidden) < threshold
                              or _determined(hidden, cells, threshold)):
            hidden.add(candidates.pop(0))
    total = sum(cells.values())
    if total < threshold:
        published_total: int | str = small(threshold) if total else 0
    elif hidden and (len(hidden) < 2 or _determined(hidden, cells, threshold)):
        # Every cell is already hidden and they still pin each other down (e.g. 4 and 4 of 8):
        # the total is what gives them away, so it goes.
        published_total = SUPPRESSED
    else:
        published_total = total
    shown = []
    for value in sorted(cells):
        n = cells[value]
        if value not in hidden:
            shown.append({"value": value, "count": n})
        else:
            shown.append({"value": value, "count": small(threshold) if n < threshold else SUPPRESSED})
    return {"total": published_total, "cells": shown}
