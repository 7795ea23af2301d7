"""Every published table as one HXL-tagged CSV (Humanitarian Exchange Language, hxlstandard.org).

Row 1 holds headers, row 2 HXL hashtags, then one row per published cell: the nation first, then each province
the table shows. Figures are those of stats.service.table (suppressed the same way): a hidden count leaves
#affected+num empty and says why in #status+suppression ("<5" or "suppressed"). Place codes are OCHA p-codes
built from the Kemendagri codes (ID32, ID3203). Nothing below the threshold is written.
"""
from __future__ import annotations

import csv
import io

from pseah.analytics.stats import service
from pseah.analytics.stats.protect import OTHER

HEADERS = ["Period start", "Period end", "Province code", "Regency code", "Organisation type", "Sector", "Subsector",
           "Table", "Breakdown", "Value", "Count", "Suppression"]
TAGS = ["#date+start", "#date+end", "#adm1+code", "#adm2+code", "#org+type", "#sector", "#subsector",
        "#indicator+code", "#indicator+dimension", "#indicator+value", "#affected+num", "#status+suppression"]
SECTOR, SUBSECTOR = "Protection", "PSEA"


def pcode(code: str | None) -> str:
    return f"ID{code}" if code and code.isdigit() else ""


def _rows(name: str, body: dict, *, start: str, end: str, province: str | None):
    dimension = name.split(".", 1)[1] if "." in name else name
    for cell in body["cells"]:
        value, count = cell["value"], cell["count"]
        adm1 = pcode(province)
        adm2 = ""
        if dimension == "province":
            adm1 = pcode(value) if value != OTHER else ""
        if dimension == "regency":
            adm2 = pcode(value)
            adm1 = pcode(value[:2]) if value[:2].isdigit() else adm1
        org = value if dimension == "org_type" else ""
        shown = isinstance(count, int)
        yield [start, end, adm1, adm2, org, SECTOR, SUBSECTOR, name, dimension, value,
               count if shown else "", "" if shown else count]


def export(*, months: list[str] | None, threshold: int, db=None) -> str:
    start = months[0] if months else ""
    end = months[-1] if months else ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerow(TAGS)
    provinces = service.shown_provinces(months, threshold=threshold, db=db)
    for name in service.TABLES:
        protected, counts = service.protected_table(name, months=months, threshold=threshold, db=db)
        national = service.project(name, protected, counts, province=None, threshold=threshold)
        writer.writerows(_rows(name, national, start=start, end=end, province=None))
        if name in ("reports.province", "reports.regency"):
            continue  # already by place
        for code in provinces:
            body = service.project(name, protected, counts, province=code, threshold=threshold)
            writer.writerows(_rows(name, body, start=start, end=end, province=code))
    return out.getvalue()
