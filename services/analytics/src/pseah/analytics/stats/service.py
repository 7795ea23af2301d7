"""Published tables: counters read for a period, protected (stats.protect), projected nationally or by province.

Every figure that leaves analytics, by any route (API, CSV, dashboard, report), comes from `table()`, so the
same suppression holds everywhere. Tables (readmodel.cases):
- reports.<dimension>  triaged cases by category, priority, province, regency, org_type, channel,
                       perpetrator_type, child_involved, language; reports.month by month of triage
- assignments.<dimension>  assigned cases by priority, org_type
- times.<acknowledge|refer|close>  cases by hours from triage (bucket upper edges), with p50 and p90
- deadlines            deadline clocks by "kind:state" (met, breached, open)
- referrals            referrals by "service_type:outcome" (accepted, declined, failed, pending)
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from pseah.analytics.readmodel import store
from pseah.analytics.readmodel.cases import (ASSIGNMENT_DIMENSIONS, BUCKET_EDGES_H, OPEN_BUCKET, ORG_DIMENSIONS,
                                             REPORT_DIMENSIONS, SEP, TIMES)
from pseah.analytics.stats.dimensions import label
from pseah.analytics.stats.protect import protect, protect_column

TABLES = (*(f"reports.{d}" for d in REPORT_DIMENSIONS), "reports.month",
          *(f"assignments.{d}" for d in ASSIGNMENT_DIMENSIONS), "assignments.month",
          *(f"times.{t}" for t in TIMES), "deadlines", "referrals")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_PROVINCE = re.compile(r"^\d{2}$")


def months_between(start: str | None, end: str | None) -> list[str] | None:
    """Every month from start to end inclusive ("2026-10".."2026-12"); None when neither is given."""
    if not start and not end:
        return None
    start = start or "2000-01"
    end = end or "2100-12"
    if not (_MONTH.match(start) and _MONTH.match(end)) or start > end:
        raise ValueError("months are YYYY-MM and the period's start comes before its end")
    y, m = int(start[:4]), int(start[5:])
    out = []
    while f"{y:04d}-{m:02d}" <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def quarter_months(quarter: str) -> list[str]:
    """"2026Q4" -> the three months of that quarter."""
    match = re.fullmatch(r"(\d{4})Q([1-4])", quarter)
    if not match:
        raise ValueError("a quarter is written 2026Q4")
    year, q = int(match[1]), int(match[2])
    return [f"{year:04d}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)]


def valid_province(code: str | None) -> bool:
    return code is None or bool(_PROVINCE.match(code))


def grid(table: str, months: Iterable[str] | None, *, db=None) -> dict[tuple[str, str], int]:
    """True counts {(row, province): n} of a table summed over the months (never returned by the API)."""
    source = {"reports.month": "reports.category", "assignments.month": "assignments.org_type"}.get(table, table)
    out: dict[tuple[str, str], int] = defaultdict(int)
    for month_, cells in store.read_cells([source], months, db=db).get(source, {}).items():
        for field, n in cells.items():
            row, column, province = field.split(SEP)
            key = month_ if source != table else (row if column == "n" else f"{row}:{column}")
            out[(key, province)] += n
    return dict(out)


def hidden_report_provinces(months, *, threshold: int, db=None) -> list[str]:
    """Provinces the reports table of this period does not show; no other table shows them either."""
    return protect(grid("reports.province", months, db=db), threshold=threshold).hidden_provinces


def protected_table(name: str, *, months: list[str] | None, threshold: int, db=None):
    """(the protected grid, its true counts) of one table for a period; the counts never leave the service."""
    if name not in TABLES:
        raise KeyError(name)
    counts = grid(name, months, db=db)
    return protect(counts, threshold=threshold,
                   hide_provinces=hidden_report_provinces(months, threshold=threshold, db=db)), counts


def project(name: str, protected, counts, *, province: str | None, threshold: int) -> dict[str, Any]:
    """One view of a protected table: the nation (row totals) or one province's column."""
    if province:
        total, cells = protected.province(province)
    else:
        total, cells = protected.total, protected.national()
    out: dict[str, Any] = {"table": name, "province": province, "threshold": threshold, "total": total,
                           "cells": cells}
    if name.startswith("times.") and isinstance(total, int) and total >= threshold:
        # From the true histogram, but only for a table whose total may be shown; a percentile is reported as
        # the upper edge of its bucket ("at most N hours"), never as one case's time.
        counts_by_bucket: dict[str, int] = defaultdict(int)
        for (row, prov), n in counts.items():
            if province is None or prov == province:
                counts_by_bucket[row] += n
        out["p50_hours_at_most"] = percentile_edge(counts_by_bucket, 0.5)
        out["p90_hours_at_most"] = percentile_edge(counts_by_bucket, 0.9)
    return out


def table(name: str, *, months: list[str] | None, province: str | None, threshold: int, db=None) -> dict[str, Any]:
    """The published form of one table: {"table", "province", "threshold", "total", "cells": [{value, count}]}."""
    protected, counts = protected_table(name, months=months, threshold=threshold, db=db)
    return project(name, protected, counts, province=province, threshold=threshold)


def percentile_edge(histogram: dict[str, int], q: float) -> int | None:
    """The bucket upper edge (hours) below which a share q of the cases fall; None past the last edge."""
    n = sum(histogram.values())
    if not n:
        return None
    seen = 0
    for edge in BUCKET_EDGES_H:
        seen += histogram.get(f"le{edge}", 0)
        if seen >= q * n:
            return edge
    return None if histogram.get(OPEN_BUCKET) else BUCKET_EDGES_H[-1]


def shown_provinces(months, *, threshold: int, db=None) -> list[str]:
    """The provinces the reports table of this period shows on their own (for filters and exports)."""
    protected = protect(grid("reports.province", months, db=db), threshold=threshold)
    return [c for c in protected.columns if c != "other"]


def partner(dimension: str, *, org_id: str, months: list[str] | None, threshold: int, db=None) -> dict[str, Any]:
    """An organisation's own figures by one dimension, beside the network's (the coordinator's national table).

    The organisation's column is audited against the network figures as the network table publishes them
    (stats.protect.protect_column), so its hidden figures hold against both. Not against several organisations
    pooling their columns.
    """
    if dimension not in ORG_DIMENSIONS:
        raise KeyError(dimension)
    org = label(org_id)
    network = table(f"reports.{dimension}", months=months, province=None, threshold=threshold, db=db)
    own: dict[str, int] = defaultdict(int)
    for (row, column), n in grid(f"org.{dimension}", months, db=db).items():
        if column == org:
            own[row] += n
    total, cells = protect_column(own, network={c["value"]: c["count"] for c in network["cells"]},
                                  network_total=network["total"], threshold=threshold)
    return {"dimension": dimension, "org_id": org, "threshold": threshold,
            "organisation": {"total": total, "cells": cells},
            "network": {"total": network["total"], "cells": network["cells"]}}
