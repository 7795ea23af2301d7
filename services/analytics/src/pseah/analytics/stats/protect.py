"""Primary and complementary suppression of a table of counts by row and province, with its totals.

Every published table is a grid: rows (a category, a time bucket, a clock state ...) by province, with row
totals (the national figure of each row), province totals and the grand total. What leaves the service is one
projection of that protected grid (the national column of row totals, or one province's column), so every
view of one table is consistent with the same suppression pattern.

1. Provinces: the province totals are suppressed as a one-dimensional table (stats.suppression: a small one
   is "<5", others go with it until no hidden one can be derived and the hidden ones add up to at least the
   threshold); the caller may force more provinces hidden (those hidden in the reports table of the same
   period, so a times or referrals table never shows a province the reports table hides). Hidden provinces
   are merged into one column, OTHER, whose total is public (grand total minus the shown ones) and at least
   the threshold; a hidden province is never shown on its own.
2. Cells and row totals: every count from 1 to threshold-1 is hidden as "<5" (zeros are shown: they single
   no one out and leaving them out would say the same).
3. Audit: each hidden value is minimised and maximised by linear programming under everything published
   (shown cells, shown row totals, every column total, the grand total, "<5" = 1..threshold-1, SUPPRESSED =
   threshold or more). Row-and-column sum constraints are totally unimodular, so these bounds are attained
   by integer tables: a hidden value whose minimum equals its maximum could be recovered. Then one more
   value in its row or column is hidden (the smallest shown cell, else the row total) and the audit runs
   again, until no hidden value is determined.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linprog

from pseah.analytics.stats.suppression import SUPPRESSED, small, suppress

OTHER = "other"
Value = int | str


@dataclass
class Protected:
    threshold: int
    rows: list[str]
    columns: list[str]  # published provinces, then OTHER when some are hidden
    cells: dict[tuple[str, str], Value]
    row_totals: dict[str, Value]
    column_totals: dict[str, Value]
    total: Value
    hidden_provinces: list[str] = field(default_factory=list)

    def national(self) -> list[dict]:
        return [{"value": r, "count": self.row_totals[r]} for r in self.rows]

    def province(self, code: str) -> tuple[Value, list[dict]]:
        """(total, cells) of one province; of a hidden province only that it is hidden (no range either)."""
        if code in self.hidden_provinces:
            return SUPPRESSED, []
        if code not in self.columns:
            return 0, []
        return self.column_totals[code], [{"value": r, "count": self.cells[(r, code)]} for r in self.rows]


def protect(counts: Mapping[tuple[str, str], int], *, threshold: int = 5,
            hide_provinces: Iterable[str] = ()) -> Protected:
    grid = {key: int(n) for key, n in counts.items() if int(n) > 0}
    rows = sorted({r for r, _ in grid})
    provinces = sorted({c for _, c in grid})
    total = sum(grid.values())
    if total < threshold:
        # Nothing can be shown of a table this small, not even how it splits.
        mark = small(threshold) if total else 0
        return Protected(threshold, rows, [], {}, {r: mark for r in rows}, {}, mark,
                         hidden_provinces=provinces)
    province_totals = {c: sum(n for (_, col), n in grid.items() if col == c) for c in provinces}
    one_dim = suppress(province_totals, threshold=threshold)
    hidden = {cell["value"] for cell in one_dim["cells"] if not isinstance(cell["count"], int)}
    hidden |= set(hide_provinces) & set(provinces)
    # The merged column must itself be no small number (it is public: total minus the shown provinces).
    shown = sorted((c for c in provinces if c not in hidden), key=lambda c: (province_totals[c], c))
    while hidden and sum(province_totals[c] for c in hidden) < threshold and shown:
        hidden.add(shown.pop(0))
    columns = sorted(c for c in provinces if c not in hidden) + ([OTHER] if hidden else [])
    merged: dict[tuple[str, str], int] = {}
    for (r, c), n in grid.items():
        key = (r, OTHER if c in hidden else c)
        merged[key] = merged.get(key, 0) + n
    column_totals = {c: sum(n for (_, col), n in merged.items() if col == c) for c in columns}
    row_totals = {r: sum(n for (row, _), n in merged.items() if row == r) for r in rows}

    # Unknowns: every interior cell (zeros included, shown as 0) and every row total.
    values: dict[tuple, int] = {("cell", r, c): merged.get((r, c), 0) for r in rows for c in columns}
    values.update({("row", r): row_totals[r] for r in rows})
    primary = {k for k, n in values.items() if 0 < n < threshold}
    complementary: set[tuple] = set()
    withheld = False
    while True:
        determined = _determined(values, primary, complementary, rows, columns, column_totals, threshold)
        if not determined:
            break
        extra = _complement(determined, values, primary | complementary, rows, columns)
        if extra is None:
            # Every value is hidden and the "<5" ranges still pin one down (4 and 4 of a public 8): the totals
            # stay (the province table publishes them), so the ranges go: every non-zero value is shown only
            # as SUPPRESSED, which then says no more than "one or more".
            withheld = True
            break
        complementary.add(extra)
    revealed: set[tuple] = set()
    if withheld:
        # Under "one or more" a hidden value may still follow from the public totals (the only non-zero cell
        # of a column is that column's total): such a value is public already, so it is shown.
        hidden_now = {k for k, n in values.items() if n > 0}
        while True:
            key = _determined(values, set(), hidden_now, rows, columns, column_totals, threshold, floor=1)
            if key is None or values[key] < threshold:
                break
            hidden_now.discard(key)
            revealed.add(key)

    def shown_value(key: tuple) -> Value:
        if key in revealed:
            return values[key]
        if withheld and values[key] > 0:
            return SUPPRESSED
        if key in primary:
            return small(threshold)
        if key in complementary:
            return SUPPRESSED
        return values[key]

    return Protected(
        threshold, rows, columns,
        cells={(r, c): shown_value(("cell", r, c)) for r in rows for c in columns},
        row_totals={r: shown_value(("row", r)) for r in rows},
        column_totals=dict(column_totals), total=total, hidden_provinces=sorted(hidden))


def _determined(values, primary, complementary, rows, columns, column_totals, threshold, floor=None) -> tuple | None:
    """A hidden key whose value follows from what is published, or None."""
    hidden = sorted(primary | complementary)
    if not hidden:
        return None
    index = {k: i for i, k in enumerate(hidden)}
    known = {k: n for k, n in values.items() if k not in index}

    def term(key):
        return (index[key], None) if key in index else (None, known[key])

    equations = []
    for r in rows:  # sum over columns of row r - row total = 0
        equations.append([(("cell", r, c), 1) for c in columns] + [(("row", r), -1)])
    for c in columns:  # sum over rows of column c = column total
        equations.append([(("cell", r, c), 1) for r in rows] + [(None, -column_totals[c])])
    a_eq, b_eq = [], []
    for eq in equations:
        coefficients = np.zeros(len(hidden))
        constant = 0.0
        for key, sign in eq:
            if key is None:
                constant += sign
                continue
            i, v = term(key)
            if i is None:
                constant += sign * v
            else:
                coefficients[i] += sign
        if coefficients.any():
            a_eq.append(coefficients)
            b_eq.append(-constant)
    bounds = [(1, threshold - 1) if k in primary else (floor or threshold, None) for k in hidden]
    a = np.array(a_eq) if a_eq else None
    b = np.array(b_eq) if b_eq else None
    for key in hidden:
        i = index[key]
        objective = np.zeros(len(hidden))
        objective[i] = 1
        low = linprog(objective, A_eq=a, b_eq=b, bounds=bounds, method="highs")
        high = linprog(-objective, A_eq=a, b_eq=b, bounds=bounds, method="highs")
        if not (low.success and high.success):
            return key  # cannot prove it is protected: treat as exposed
        if -high.fun - low.fun < 0.5:
            return key
    return None


def _complement(key, values, hidden, rows, columns) -> tuple | None:
    """The value to hide beside an exposed one: the smallest shown non-zero cell of its row or column."""
    if key[0] == "cell":
        _, r, c = key
        row_total = ("row", r)
        others = [("cell", r, col) for col in columns if col != c]
        if row_total not in hidden and all(k in hidden or values[k] == 0 for k in others):
            # Its row total equals the hidden part of the row: hide the total, not a cell of another row.
            return row_total
        line = [("cell", r, col) for col in columns] + [("cell", row, c) for row in rows]
    else:
        _, r = key
        line = [("cell", r, col) for col in columns] + [("row", row) for row in rows]
    candidates = [k for k in line if k not in hidden and values[k] > 0]
    if not candidates and key[0] == "cell":
        candidates = [("row", key[1])] if ("row", key[1]) not in hidden and values[("row", key[1])] > 0 else []
    if not candidates:
        candidates = [k for k, n in values.items() if k not in hidden and n > 0]
    return min(candidates, key=lambda k: (values[k], k)) if candidates else None


def protect_column(own: Mapping[str, int], *, network: Mapping[str, Value], network_total: Value,
                   threshold: int = 5) -> tuple[Value, list[dict]]:
    """One organisation's counts by row, shown to that organisation beside the network's published table.

    What the reader holds: its own column as shown here, its own total, and the network's row totals and total
    as the network table shows them (a number, "<5" = 1..4, SUPPRESSED = 5 or more). The rest of the network is
    unknown (each row's rest is 0 or more). Own counts of 1..4 are "<5"; an own value that linear programming
    pins down under all that takes the smallest shown own value with it, until none is pinned; if that cannot
    be reached, the whole column is withheld (its total too).
    """
    rows = sorted(r for r, n in own.items() if n > 0)
    total = sum(own[r] for r in rows)
    if total < threshold:
        return (small(threshold) if total else 0), [{"value": r, "count": small(threshold)} for r in rows]
    hidden = {r for r in rows if own[r] < threshold}
    while hidden and _column_exposed(own, rows, hidden, network, network_total, total, threshold):
        shown = sorted((r for r in rows if r not in hidden), key=lambda r: (own[r], r))
        if not shown:
            return SUPPRESSED, [{"value": r, "count": SUPPRESSED} for r in rows]
        hidden.add(shown[0])
    cells = [{"value": r, "count": (small(threshold) if own[r] < threshold else SUPPRESSED) if r in hidden
              else own[r]} for r in rows]
    return total, cells


def _column_exposed(own, rows, hidden, network, network_total, total, threshold) -> bool:
    """Whether some hidden own value follows from the column, its total and the network's published figures."""
    all_rows = sorted(set(rows) | set(network))
    # Variables: each hidden own value, each row's rest of the network, each network row total not shown.
    names = [("own", r) for r in sorted(hidden)] + [("rest", r) for r in all_rows] + \
            [("net", r) for r in all_rows if not isinstance(network.get(r), int)]
    index = {n: i for i, n in enumerate(names)}
    bounds = []
    for kind, r in names:
        if kind == "own":
            bounds.append((1, threshold - 1) if own[r] < threshold else (threshold, None))
        elif kind == "rest":
            bounds.append((0, None))
        else:
            marker = network.get(r)
            bounds.append((1, threshold - 1) if marker == small(threshold) else
                          (0, None) if marker is None else (threshold if network.get(r) == SUPPRESSED else 1, None))
    a_eq, b_eq = [], []
    for r in all_rows:  # own + rest = network row
        row = np.zeros(len(names))
        constant = own.get(r, 0) if r not in hidden else 0
        if r in hidden:
            row[index[("own", r)]] = 1
        row[index[("rest", r)]] = 1
        if isinstance(network.get(r), int):
            a_eq.append(row)
            b_eq.append(network[r] - constant)
        else:
            row[index[("net", r)]] = -1
            a_eq.append(row)
            b_eq.append(-constant)
    row = np.zeros(len(names))  # the hidden own values make up the rest of the own total
    for r in hidden:
        row[index[("own", r)]] = 1
    a_eq.append(row)
    b_eq.append(total - sum(own[r] for r in rows if r not in hidden))
    if isinstance(network_total, int):  # the rests add up to the network total minus the own total
        row = np.zeros(len(names))
        for r in all_rows:
            row[index[("rest", r)]] = 1
        a_eq.append(row)
        b_eq.append(network_total - total)
    a, b = np.array(a_eq), np.array(b_eq)
    for r in hidden:
        objective = np.zeros(len(names))
        objective[index[("own", r)]] = 1
        low = linprog(objective, A_eq=a, b_eq=b, bounds=bounds, method="highs")
        high = linprog(-objective, A_eq=a, b_eq=b, bounds=bounds, method="highs")
        if not (low.success and high.success) or -high.fun - low.fun < 0.5:
            return True
    return False
