"""Primary and complementary suppression of row-by-province tables: checked by brute force, not by the LP."""
from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from pseah.analytics.stats.protect import OTHER, protect
from pseah.analytics.stats.suppression import SUPPRESSED

T = 5
SMALL = f"<{T}"


def _hidden(value) -> bool:
    return not isinstance(value, int)


def _solutions(table, limit):
    """Every integer table consistent with what `table` publishes (shown values, markers, every total)."""
    keys, bounds = [], []
    values = [*table.cells.values(), *table.row_totals.values()]
    # A table shown with no "<5" but some SUPPRESSED is one whose ranges were withheld: SUPPRESSED says ">= 1".
    withheld = SMALL not in values and SUPPRESSED in values
    low = 1 if withheld else T
    for (r, c), v in table.cells.items():
        if _hidden(v):
            keys.append(("cell", r, c))
            bounds.append(range(1, T) if v == SMALL else range(low, table.column_totals[c] + 1))
    for r, v in table.row_totals.items():
        if _hidden(v):
            keys.append(("row", r))
            bounds.append(range(1, T) if v == SMALL else range(low, limit + 1))

    def check(assign, final):
        def val(key):
            if key in assign:
                return assign[key]
            if key[0] == "cell":
                v = table.cells[(key[1], key[2])]
            else:
                v = table.row_totals[key[1]]
            return None if _hidden(v) else v
        for r in table.rows:
            parts = [val(("cell", r, c)) for c in table.columns]
            total = val(("row", r))
            if None in parts or total is None:
                if final:
                    return False
                continue
            if sum(parts) != total:
                return False
        for c in table.columns:
            parts = [val(("cell", r, c)) for r in table.rows]
            if None in parts:
                known = sum(p for p in parts if p is not None)
                if known > table.column_totals[c]:
                    return False
                continue
            if sum(parts) != table.column_totals[c]:
                return False
        return True

    out = []

    def dfs(i, assign):
        if not check(assign, final=False):
            return
        if i == len(keys):
            if check(assign, final=True):
                out.append(dict(assign))
            return
        for v in bounds[i]:
            assign[keys[i]] = v
            dfs(i + 1, assign)
            del assign[keys[i]]

    dfs(0, {})
    return keys, out


grids = st.dictionaries(
    st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["31", "32", "33"])),
    st.one_of(st.integers(0, 4), st.integers(5, 14)), max_size=8)


@settings(max_examples=80)
@given(grids)
def test_no_hidden_value_can_be_recovered_and_no_small_figure_is_shown(counts):
    table = protect(counts, threshold=T)
    total = sum(counts.values())
    if total < T:
        assert table.total in (0, SMALL) and not table.cells
        assert all(v in (0, SMALL) for v in table.row_totals.values())
        return
    assert table.total == total
    shown = [*table.cells.values(), *table.row_totals.values(), *table.column_totals.values()]
    assert all(_hidden(v) or v == 0 or v >= T for v in shown)
    assert all(isinstance(v, int) and v >= T for v in table.column_totals.values())
    published = [*table.cells.values(), *table.row_totals.values()]
    withheld = SMALL not in published and SUPPRESSED in published
    # Every shown figure is the true one (merged provinces summed); "<5" marks exactly the small ones,
    # unless the ranges were withheld (then every hidden one is SUPPRESSED).
    for (r, c), v in table.cells.items():
        truth = sum(n for (row, col), n in counts.items() if row == r and
                    (col == c or (c == OTHER and col in table.hidden_provinces)))
        assert v == truth or (_hidden(v) and (withheld or (v == SMALL) == (0 < truth < T)))
    keys, solutions = _solutions(table, limit=total)
    assert solutions, "the true table must be consistent with what is published"
    for key in keys:
        assert len({s[key] for s in solutions}) >= 2, (key, table)


def test_a_lone_small_cell_takes_a_partner_in_its_row_and_column():
    counts = {("a", "31"): 2, ("a", "32"): 20, ("b", "31"): 30, ("b", "32"): 40}
    table = protect(counts, threshold=T)
    assert table.cells[("a", "31")] == SMALL
    hidden = [k for k, v in table.cells.items() if _hidden(v)] + [k for k, v in table.row_totals.items() if _hidden(v)]
    # The row total of "a" alone would give 22 - 20 = 2 away: four cells (a rectangle) or a row total go too.
    assert len(hidden) >= 3
    assert table.column_totals == {"31": 32, "32": 60} and table.total == 92


def test_a_small_province_is_merged_and_never_shown_alone():
    counts = {("a", "31"): 30, ("a", "32"): 3, ("b", "31"): 30, ("b", "33"): 6, ("b", "34"): 9}
    table = protect(counts, threshold=T)
    assert "32" not in table.columns and OTHER in table.columns
    assert table.province("32") == (SUPPRESSED, [])
    assert table.column_totals[OTHER] >= T


def test_a_province_hidden_elsewhere_is_hidden_here_too():
    counts = {("a", "31"): 30, ("a", "32"): 30, ("b", "33"): 30}
    table = protect(counts, threshold=T, hide_provinces={"32"})
    assert "32" in table.hidden_provinces and "32" not in table.columns


def test_a_large_table_is_shown_whole():
    counts = {("a", "31"): 10, ("b", "31"): 7, ("a", "32"): 0, ("b", "32"): 12}
    table = protect(counts, threshold=T)
    assert table.national() == [{"value": "a", "count": 10}, {"value": "b", "count": 19}]
    assert table.province("32") == (12, [{"value": "a", "count": 0}, {"value": "b", "count": 12}])


@settings(max_examples=80)
@given(st.dictionaries(st.sampled_from("abc"), st.one_of(st.integers(0, 4), st.integers(5, 12)), max_size=3),
       st.dictionaries(st.sampled_from("abc"), st.integers(0, 9), max_size=3))
def test_an_organisations_column_holds_against_the_network_table(own, rest):
    from pseah.analytics.stats.protect import protect_column

    network_counts = {r: own.get(r, 0) + rest.get(r, 0) for r in set(own) | set(rest)}
    net = protect({(r, "all"): n for r, n in network_counts.items()}, threshold=T)
    total, cells = protect_column(own, network=net.row_totals, network_total=net.total, threshold=T)
    shown = {c["value"]: c["count"] for c in cells}
    assert all(_hidden(v) or v >= T for v in shown.values())
    if not isinstance(total, int):
        return  # withheld entirely (or small): nothing to derive from
    # Brute force over every own column consistent with the own total, the markers and the network's shown rows
    # as upper bounds (a weaker reader than the audit's, which also uses the network total and hidden rows).
    rows = sorted(set(shown) | set(network_counts))
    def bound(marker, upper):
        if isinstance(marker, int):
            return range(marker, marker + 1)
        return range(1, T) if marker == SMALL else range(1 if net_withheld else T, upper + 1)
    published = [*net.row_totals.values()]
    net_withheld = SMALL not in published and SUPPRESSED in published
    limit = sum(network_counts.values())
    consistent = {r: set() for r, v in shown.items() if _hidden(v)}
    own_ranges = [bound(shown[r], limit) if r in shown else range(0, 1) for r in rows]
    for own_values in itertools.product(*own_ranges):
        if sum(own_values) != total:
            continue
        ok = True
        for r, o in zip(rows, own_values):
            marker = net.row_totals.get(r, 0)
            if isinstance(marker, int) and marker < o:
                ok = False
        if ok:
            for r, o in zip(rows, own_values):
                if r in consistent:
                    consistent[r].add(o)
    for r, values in consistent.items():
        assert shown[r] == SUPPRESSED or own[r] in values
        assert len(values) >= 2, (r, own, rest, shown, net.row_totals)
