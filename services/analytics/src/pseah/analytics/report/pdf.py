"""The quarterly report as PDF, from exactly the figures the API publishes (stats.service.table).

Layout (fpdf2, core fonts, no files needed): a title and the period, then per table a heading, a bar chart
(bars for shown numbers only; a hidden figure is a hatched stub and its marker) and the figures as lines
"label: count", then "Total: N". The text of each figure line is what tests compare with the API.
"""
from __future__ import annotations

from collections.abc import Callable

from fpdf import FPDF

from pseah.analytics.stats import service

# (table, title id, title en); the report's sections, in order.
SECTIONS = (
    ("reports.category", "Laporan menurut kategori", "Reports by category"),
    ("reports.province", "Laporan menurut provinsi", "Reports by province"),
    ("reports.priority", "Laporan menurut prioritas", "Reports by priority"),
    ("reports.channel", "Laporan menurut saluran", "Reports by channel"),
    ("reports.org_type", "Laporan menurut jenis organisasi", "Reports by organisation type"),
    ("reports.perpetrator_type", "Laporan menurut jenis terlapor", "Reports by type of alleged perpetrator"),
    ("reports.child_involved", "Laporan yang melibatkan anak", "Reports involving a child"),
    ("reports.language", "Laporan menurut bahasa", "Reports by language"),
    ("times.acknowledge", "Waktu sampai dikonfirmasi (jam)", "Time to acknowledge (hours)"),
    ("times.refer", "Waktu sampai dirujuk (jam)", "Time to refer (hours)"),
    ("times.close", "Waktu sampai ditutup (jam)", "Time to close (hours)"),
    ("deadlines", "Kepatuhan tenggat", "Deadline compliance"),
    ("referrals", "Rujukan menurut layanan dan hasil", "Referrals by service and outcome"),
)
WORDS = {
    "title": ("Laporan triwulanan Jaringan PSEAH", "PSEAH Network quarterly report"),
    "period": ("Periode", "Period"),
    "total": ("Jumlah", "Total"),
    "hidden": ("disembunyikan", "hidden"),
    "p50": ("Median paling lama (jam)", "Median at most (hours)"),
    "p90": ("Persentil ke-90 paling lama (jam)", "90th percentile at most (hours)"),
    "note": ("Angka di bawah 5 ditulis \"<5\"; angka lain ikut disembunyikan bila angka kecil bisa dihitung darinya.",
             "Counts under 5 read \"<5\"; other counts are hidden with them wherever a small one could be worked out."),
}
# Value labels for the codes a reader meets most; any other code is printed as it is (never hidden text).
VALUES = {
    "sexual_exploitation": ("Eksploitasi seksual", "Sexual exploitation"),
    "sexual_abuse": ("Kekerasan seksual", "Sexual abuse"),
    "sexual_harassment": ("Pelecehan seksual", "Sexual harassment"),
    "other_misconduct": ("Pelanggaran lain", "Other misconduct"),
    "not_misconduct": ("Bukan pelanggaran", "Not misconduct"),
    "critical": ("Kritis", "Critical"), "high": ("Tinggi", "High"), "medium": ("Sedang", "Medium"),
    "low": ("Rendah", "Low"), "unknown": ("Tidak diketahui", "Not known"), "other": ("Lainnya", "Other"),
    "yes": ("Ya", "Yes"), "no": ("Tidak", "No"), "met": ("tepat waktu", "met"), "breached": ("terlambat", "missed"),
    "open": ("berjalan", "running"), "accepted": ("diterima", "accepted"), "declined": ("ditolak", "declined"),
    "failed": ("gagal", "failed"), "pending": ("menunggu", "pending"),
}


def _word(key: str, lang: str) -> str:
    pair = WORDS[key]
    return pair[0] if lang == "id" else pair[1]


def value_text(value: str, lang: str) -> str:
    parts = value.split(":")
    out = []
    for part in parts:
        if part.startswith("le") and part[2:].isdigit():
            out.append(f"<= {part[2:]}")
        elif part == "over":
            out.append("> 720")
        else:
            pair = VALUES.get(part)
            out.append((pair[0] if lang == "id" else pair[1]) if pair else part)
    return " - ".join(out)


def count_text(count, lang: str) -> str:
    return _word("hidden", lang) if count == "suppressed" else str(count)


def render(*, quarter: str, lang: str, tables: Callable[[str], dict]) -> bytes:
    """The PDF; `tables(name)` gives the published table (the API's body) for the quarter."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _word("title", lang), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 7, f"{_word('period', lang)}: {quarter}", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, _word("note", lang), new_x="LMARGIN", new_y="NEXT")
    for name, title_id, title_en in SECTIONS:
        body = tables(name)
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 8, title_id if lang == "id" else title_en, new_x="LMARGIN", new_y="NEXT")
        numbers = [c["count"] for c in body["cells"] if isinstance(c["count"], int)]
        top = max(numbers) if numbers else 0
        pdf.set_font("Helvetica", "", 10)
        for cell in body["cells"]:
            y = pdf.get_y()
            if pdf.will_page_break(6):
                pdf.add_page()
                y = pdf.get_y()
            label = f"{value_text(cell['value'], lang)}: {count_text(cell['count'], lang)}"
            pdf.cell(95, 6, label)
            if isinstance(cell["count"], int) and top:
                pdf.set_fill_color(31, 95, 139)
                pdf.rect(110, y + 1, max(0.5, 80 * cell["count"] / top), 4, style="F")
            elif not isinstance(cell["count"], int):
                pdf.set_fill_color(150, 150, 150)
                pdf.rect(110, y + 1, 3, 4, style="F")
            pdf.ln(6)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6, f"{_word('total', lang)}: {count_text(body['total'], lang)}", new_x="LMARGIN", new_y="NEXT")
        for key in ("p50", "p90"):
            value = body.get(f"{key}_hours_at_most")
            if value is not None:
                pdf.set_font("Helvetica", "", 10)
                pdf.cell(0, 6, f"{_word(key, lang)}: {value}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def quarterly(*, quarter: str, lang: str, threshold: int, db=None) -> bytes:
    months = service.quarter_months(quarter)
    return render(quarter=quarter, lang=lang,
                  tables=lambda name: service.table(name, months=months, province=None, threshold=threshold, db=db))
