"""What a person reads for each enumerated code, in Bahasa Indonesia and English; dates in the region's local time.

Codes (`sexual_exploitation`, `focal_point`, `high`) are for machines, forms and URLs; a page shows the label.
Templates use the `label` filter (`{{ case.priority|label('priority') }}`), the `org` and `region` filters for
organisation ids and area codes, and `dt` for instants (`{{ case.created_at|dt(case.region_code) }}`).
tests/unit/test_labels.py renders every template in both languages and finds no code in the visible text.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from functools import cache

from markupsafe import Markup, escape

from pseah.portal.i18n import DEFAULT

NONE = "–"

# family -> code -> {"id": ..., "en": ...}. A family is one enumerated field (or several sharing one vocabulary).
LABELS: dict[str, dict[str, dict[str, str]]] = {
    # IASC categories (PRODUCT.md, triage output).
    "category": {
        "sexual_exploitation": {"id": "Eksploitasi seksual", "en": "Sexual exploitation"},
        "sexual_abuse": {"id": "Kekerasan seksual", "en": "Sexual abuse"},
        "sexual_harassment": {"id": "Pelecehan seksual", "en": "Sexual harassment"},
        "other_misconduct": {"id": "Pelanggaran lain", "en": "Other misconduct"},
        "not_misconduct": {"id": "Bukan pelanggaran", "en": "Not misconduct"},
    },
    "perpetrator_type": {
        "aid_worker": {"id": "Petugas bantuan", "en": "Aid worker"},
        "community_member": {"id": "Anggota masyarakat", "en": "Community member"},
        "unknown": {"id": "Tidak diketahui", "en": "Not known"},
    },
    "priority": {
        "critical": {"id": "Kritis", "en": "Critical"},
        "high": {"id": "Tinggi", "en": "High"},
        "medium": {"id": "Sedang", "en": "Medium"},
        "low": {"id": "Rendah", "en": "Low"},
    },
    # Triage route and case queue share one vocabulary: who handles the case.
    "queue": {
        "focal_point": {"id": "Focal point PSEA organisasi", "en": "Organisation's PSEA focal point"},
        "coordinator": {"id": "Koordinator Jaringan PSEAH", "en": "PSEAH Network coordinator"},
        "gbv_pathway": {"id": "Jalur rujukan kekerasan berbasis gender", "en": "Gender-based violence pathway"},
    },
    # The referral service's Case.status: where the handling organisation stands.
    "case_status": {
        "assigned": {"id": "Ditugaskan, belum dikonfirmasi", "en": "Assigned, not yet acknowledged"},
        "acknowledged": {"id": "Dikonfirmasi diterima", "en": "Acknowledged"},
    },
    "investigation": {
        "not_started": {"id": "Belum dimulai", "en": "Not started"},
        "in_progress": {"id": "Sedang berjalan", "en": "In progress"},
        "referred_to_authorities": {"id": "Diteruskan ke pihak berwenang", "en": "Referred to the authorities"},
        "substantiated": {"id": "Terbukti", "en": "Substantiated"},
        "unsubstantiated": {"id": "Tidak terbukti", "en": "Unsubstantiated"},
        "closed": {"id": "Ditutup", "en": "Closed"},
    },
    # What a reporter reads with the receipt (intake's ReceiptStatus.status): plain words, no content.
    "reporter_status": {
        "received": {"id": "Diterima, menunggu pemeriksaan", "en": "Received, waiting to be reviewed"},
        "triaged": {"id": "Sedang ditinjau", "en": "Being reviewed"},
        "assigned": {"id": "Diteruskan ke organisasi yang bertanggung jawab",
                     "en": "Passed to the responsible organisation"},
        "acknowledged": {"id": "Diterima oleh organisasi yang bertanggung jawab",
                         "en": "Acknowledged by the responsible organisation"},
        "investigating": {"id": "Sedang diselidiki", "en": "Under investigation"},
        "closed": {"id": "Selesai, kasus ditutup", "en": "Closed"},
    },
    # How a closed investigation ended, as a reporter reads it (only where the coordinator's policy allows).
    "reporter_outcome": {
        "substantiated": {"id": "Laporan terbukti", "en": "The report was substantiated"},
        "unsubstantiated": {"id": "Laporan tidak dapat dibuktikan", "en": "The report could not be substantiated"},
        "referred_to_authorities": {"id": "Diteruskan ke pihak berwenang (polisi atau kejaksaan)",
                                    "en": "Referred to the authorities (police or prosecutors)"},
    },
    "referral_status": {
        "open": {"id": "Terbuka (baru atau diterima)", "en": "Open (new or accepted)"},
        "created": {"id": "Baru, menunggu jawaban", "en": "New, waiting for your answer"},
        "accepted": {"id": "Diterima", "en": "Accepted"},
        "declined": {"id": "Ditolak", "en": "Declined"},
        "completed": {"id": "Selesai", "en": "Completed"},
        "failed": {"id": "Gagal", "en": "Failed"},
    },
    "service": {
        "psychosocial": {"id": "Psikososial", "en": "Psychosocial"},
        "medical": {"id": "Medis", "en": "Medical"},
        "safety_security": {"id": "Keamanan", "en": "Safety and security"},
        "legal": {"id": "Hukum", "en": "Legal"},
        "shelter": {"id": "Rumah aman", "en": "Shelter"},
        "child_protection": {"id": "Perlindungan anak", "en": "Child protection"},
    },
    # Referral.decline_reason and Referral.outcome_reason codes.
    "referral_reason": {
        "no_capacity": {"id": "Kapasitas penuh", "en": "No capacity"},
        "out_of_area": {"id": "Di luar wilayah layanan", "en": "Outside our area"},
        "service_unavailable": {"id": "Layanan tidak tersedia", "en": "Service unavailable"},
        "not_eligible": {"id": "Tidak memenuhi syarat layanan", "en": "Not eligible"},
        "conflict_of_interest": {"id": "Konflik kepentingan", "en": "Conflict of interest"},
        "other": {"id": "Lainnya", "en": "Other"},
        "no_response": {"id": "Tidak dijawab tepat waktu", "en": "Not answered in time"},
        "survivor_unreachable": {"id": "Penyintas tidak bisa dihubungi", "en": "Survivor could not be reached"},
        "survivor_withdrew": {"id": "Penyintas mengundurkan diri", "en": "Survivor withdrew"},
        "service_interrupted": {"id": "Layanan terhenti", "en": "Service interrupted"},
    },
    # The dashboard's groups (analytics' tables).
    "org_type": {
        "un": {"id": "Badan PBB", "en": "UN agency"},
        "ingo": {"id": "LSM internasional", "en": "International NGO"},
        "ngo": {"id": "LSM nasional", "en": "National NGO"},
        "red_cross": {"id": "Palang Merah", "en": "Red Cross"},
        "government": {"id": "Pemerintah", "en": "Government"},
        "network": {"id": "Jaringan", "en": "Network"},
        "other": {"id": "Organisasi lain", "en": "Other organisation"},
        "unknown": {"id": "Tidak diketahui", "en": "Not known"},
    },
    "yes_no": {
        "yes": {"id": "Ya", "en": "Yes"},
        "no": {"id": "Tidak", "en": "No"},
        "unknown": {"id": "Tidak diketahui", "en": "Not known"},
    },
    "time_bucket": {
        "le1": {"id": "≤ 1 jam", "en": "≤ 1 h"},
        "le2": {"id": "≤ 2 jam", "en": "≤ 2 h"},
        "le4": {"id": "≤ 4 jam", "en": "≤ 4 h"},
        "le8": {"id": "≤ 8 jam", "en": "≤ 8 h"},
        "le12": {"id": "≤ 12 jam", "en": "≤ 12 h"},
        "le24": {"id": "≤ 24 jam", "en": "≤ 24 h"},
        "le48": {"id": "≤ 48 jam", "en": "≤ 48 h"},
        "le72": {"id": "≤ 72 jam", "en": "≤ 72 h"},
        "le120": {"id": "≤ 120 jam", "en": "≤ 120 h"},
        "le168": {"id": "≤ 168 jam", "en": "≤ 168 h"},
        "le336": {"id": "≤ 336 jam", "en": "≤ 336 h"},
        "le720": {"id": "≤ 720 jam", "en": "≤ 720 h"},
        "over": {"id": "> 720 jam", "en": "> 720 h"},
    },
    "clock_state": {
        "met": {"id": "Tepat waktu", "en": "Met"},
        "breached": {"id": "Terlambat", "en": "Missed"},
        "open": {"id": "Masih berjalan", "en": "Still running"},
    },
    "referral_outcome": {
        "accepted": {"id": "Diterima", "en": "Accepted"},
        "declined": {"id": "Ditolak", "en": "Declined"},
        "failed": {"id": "Gagal", "en": "Failed"},
        "pending": {"id": "Menunggu jawaban", "en": "Awaiting an answer"},
    },
    "channel": {
        "web": {"id": "Formulir situs", "en": "Web form"},
        "whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
        "sms": {"id": "SMS", "en": "SMS"},
        "hotline": {"id": "Saluran telepon", "en": "Hotline"},
        "partner_api": {"id": "Sistem mitra", "en": "Partner system"},
    },
    # Deadline clocks of triage (DeadlineKind).
    # Where a case's or report's next running deadline stands (the lists' deadline filter).
    "deadline_state": {
        "overdue": {"id": "Lewat tenggat", "en": "Overdue"},
        "due_soon": {"id": "Tenggat dalam 24 jam", "en": "Due within 24 hours"},
        "on_time": {"id": "Tenggat masih lama", "en": "Not due soon"},
        "none": {"id": "Tanpa tenggat", "en": "No deadline"},
    },
    "deadline": {
        "acknowledgement": {"id": "Konfirmasi penerimaan", "en": "Acknowledgement"},
        "referral_offered": {"id": "Tawaran rujukan layanan", "en": "Referral offered"},
        "investigation_decision": {"id": "Keputusan investigasi", "en": "Investigation decision"},
    },
    "triage_status": {
        "awaiting_confirmation": {"id": "Menunggu konfirmasi", "en": "Awaiting confirmation"},
        "confirmed": {"id": "Sudah dikonfirmasi", "en": "Confirmed"},
    },
    # Fields a triage officer may change (the changes listed on a confirmed decision).
    "triage_field": {
        "category": {"id": "Kategori", "en": "Category"},
        "perpetrator_type": {"id": "Terduga pelaku", "en": "Alleged perpetrator"},
        "child_involved": {"id": "Anak terlibat", "en": "Child involved"},
        "urgent_medical": {"id": "Perlu layanan medis segera", "en": "Urgent medical care"},
        "priority": {"id": "Prioritas", "en": "Priority"},
        "org_id": {"id": "Organisasi", "en": "Organisation"},
        "route": {"id": "Jalur", "en": "Route"},
    },
    "reporter_role": {
        "survivor": {"id": "Saya yang mengalami", "en": "It happened to me"},
        "witness": {"id": "Saya melihat atau mendengar", "en": "I saw or heard it"},
        "worker": {"id": "Saya petugas bantuan", "en": "I am an aid worker"},
        "unknown": {"id": "Tidak ingin menyebutkan", "en": "Prefer not to say"},
    },
    "age_group": {
        "child": {"id": "Anak (di bawah 18 tahun)", "en": "Child (under 18)"},
        "adult": {"id": "Dewasa", "en": "Adult"},
        "unknown": {"id": "Tidak tahu", "en": "Don't know"},
    },
    "gender": {
        "female": {"id": "Perempuan", "en": "Female"},
        "male": {"id": "Laki-laki", "en": "Male"},
        "other": {"id": "Lainnya", "en": "Other"},
        "unknown": {"id": "Tidak ingin menyebutkan", "en": "Prefer not to say"},
    },
    "language": {
        "id": {"id": "Bahasa Indonesia", "en": "Indonesian"},
        "en": {"id": "Bahasa Inggris", "en": "English"},
        "su": {"id": "Bahasa Sunda", "en": "Sundanese"},
        "jv": {"id": "Bahasa Jawa", "en": "Javanese"},
        "other": {"id": "Bahasa lain", "en": "Another language"},
    },
    # Whom a provider serves (service map).
    "serves": {
        "women": {"id": "Perempuan", "en": "Women"},
        "men": {"id": "Laki-laki", "en": "Men"},
        "girls": {"id": "Anak perempuan", "en": "Girls"},
        "boys": {"id": "Anak laki-laki", "en": "Boys"},
    },
    # Event types of the audit chain (pseah.common.events.EventTypes); auditors also see the code, in a title.
    "event_type": {
        "report.received.v1": {"id": "Laporan diterima", "en": "Report received"},
        "reporter.message.posted.v1": {"id": "Pesan dari pelapor", "en": "Message from the reporter"},
        "handler.message.posted.v1": {"id": "Pesan dari petugas", "en": "Message from a case handler"},
        "report.triaged.v1": {"id": "Laporan ditriase", "en": "Report triaged"},
        "triage.confirmed.v1": {"id": "Triase dikonfirmasi", "en": "Triage confirmed"},
        "report.linked.v1": {"id": "Laporan terkait ditandai", "en": "Related reports linked"},
        "deadline.breached.v1": {"id": "Tenggat terlewati", "en": "Deadline missed"},
        "case.assigned.v1": {"id": "Kasus ditugaskan", "en": "Case assigned"},
        "case.acknowledged.v1": {"id": "Kasus dikonfirmasi", "en": "Case acknowledged"},
        "referral.created.v1": {"id": "Rujukan dibuat", "en": "Referral created"},
        "referral.accepted.v1": {"id": "Rujukan diterima", "en": "Referral accepted"},
        "referral.declined.v1": {"id": "Rujukan ditolak", "en": "Referral declined"},
        "referral.completed.v1": {"id": "Rujukan selesai", "en": "Referral completed"},
        "referral.failed.v1": {"id": "Rujukan gagal", "en": "Referral failed"},
        "consent.recorded.v1": {"id": "Persetujuan dicatat", "en": "Consent recorded"},
        "consent.overridden.v1": {"id": "Persetujuan dikesampingkan", "en": "Consent overridden"},
        "case.transferred.v1": {"id": "Kasus dialihkan", "en": "Case transferred"},
        "case.investigation.updated.v1": {"id": "Status investigasi diperbarui", "en": "Investigation status updated"},
        "notification.sent.v1": {"id": "Pemberitahuan terkirim", "en": "Notification sent"},
        "case.content.read.v1": {"id": "Isi kasus dibuka", "en": "Case content opened"},
        "case.erased.v1": {"id": "Isi kasus dihapus permanen", "en": "Case content erased"},
        "audit.checkpoint.signed.v1": {"id": "Checkpoint log audit ditandatangani",
                                       "en": "Audit log checkpoint signed"},
        "audit.digest.published.v1": {"id": "Ringkasan checkpoint harian dikirim ke koordinator",
                                      "en": "Daily checkpoint digest sent to the coordinator"},
    },
    # Why a case's content was erased (intake's pseah.intake.erasure.models.REASONS).
    "erasure_reason": {
        "survivor_request": {"id": "Permintaan penyintas atau pelapor", "en": "The survivor's or reporter's request"},
        "safety_risk": {"id": "Risiko bagi keselamatan penyintas", "en": "A risk to the survivor's safety"},
        "legal_obligation": {"id": "Kewajiban hukum", "en": "A legal obligation"},
        "entered_in_error": {"id": "Dimasukkan karena kesalahan", "en": "Entered in error"},
        "retention_expired": {"id": "Masa simpan berakhir", "en": "Retention period over"},
    },
    # The services and stand-ins that act in the audit chain (a person acts under their username, shown as it is).
    "actor": {
        "anonymous-reporter": {"id": "Pelapor anonim", "en": "Anonymous reporter"},
        "retention-policy": {"id": "Kebijakan masa simpan", "en": "Retention policy"},
        "reporter": {"id": "Pelapor", "en": "Reporter"},
        "pseah-triage": {"id": "Triase otomatis", "en": "Automatic triage"},
        "referral": {"id": "Layanan rujukan", "en": "Referral service"},
        "notification": {"id": "Layanan pemberitahuan", "en": "Notification service"},
        "pseah/intake": {"id": "Layanan penerimaan laporan", "en": "Intake service"},
        "pseah/triage": {"id": "Layanan triase", "en": "Triage service"},
        "pseah/referral": {"id": "Layanan rujukan", "en": "Referral service"},
        "pseah/notification": {"id": "Layanan pemberitahuan", "en": "Notification service"},
        "pseah/portal": {"id": "Portal", "en": "Portal"},
    },
}


def label(family: str, code: object, lang: str) -> str:
    """The label of `code` in `family`, or "–" for no value. An unknown code is shown as it is (nothing hidden)."""
    if code is None or code == "":
        return NONE
    entry = LABELS[family].get(str(code))
    if entry is None:
        return str(code)
    return entry.get(lang) or entry[DEFAULT]


# ----------------------------------------------------------------------------------------------- regions, time
# Provinces by their two-digit code (Kemendagri), with the time zone in force there. Indonesia keeps no daylight
# saving time, so a fixed offset is exact.
WIB, WITA, WIT = ("WIB", 7), ("WITA", 8), ("WIT", 9)
PROVINCES: dict[str, tuple[str, tuple[str, int]]] = {
    "11": ("Aceh", WIB), "12": ("Sumatera Utara", WIB), "13": ("Sumatera Barat", WIB), "14": ("Riau", WIB),
    "15": ("Jambi", WIB), "16": ("Sumatera Selatan", WIB), "17": ("Bengkulu", WIB), "18": ("Lampung", WIB),
    "19": ("Kepulauan Bangka Belitung", WIB), "21": ("Kepulauan Riau", WIB), "31": ("DKI Jakarta", WIB),
    "32": ("Jawa Barat", WIB), "33": ("Jawa Tengah", WIB), "34": ("DI Yogyakarta", WIB), "35": ("Jawa Timur", WIB),
    "36": ("Banten", WIB), "51": ("Bali", WITA), "52": ("Nusa Tenggara Barat", WITA),
    "53": ("Nusa Tenggara Timur", WITA), "61": ("Kalimantan Barat", WIB), "62": ("Kalimantan Tengah", WIB),
    "63": ("Kalimantan Selatan", WITA), "64": ("Kalimantan Timur", WITA), "65": ("Kalimantan Utara", WITA),
    "71": ("Sulawesi Utara", WITA), "72": ("Sulawesi Tengah", WITA), "73": ("Sulawesi Selatan", WITA),
    "74": ("Sulawesi Tenggara", WITA), "75": ("Gorontalo", WITA), "76": ("Sulawesi Barat", WITA),
    "81": ("Maluku", WIT), "82": ("Maluku Utara", WIT), "91": ("Papua", WIT), "92": ("Papua Barat", WIT),
    "93": ("Papua Selatan", WIT), "94": ("Papua Tengah", WIT), "95": ("Papua Pegunungan", WIT),
    "96": ("Papua Barat Daya", WIT),
}


def _province(region_code: object) -> tuple[str, tuple[str, int]] | None:
    digits = str(region_code or "").replace(".", "").strip()
    return PROVINCES.get(digits[:2]) if len(digits) >= 2 else None


def zone_for(region_code: object) -> tuple[str, int]:
    """(abbreviation, hours east of UTC) for an area code; WIB when the code is missing or unknown."""
    province = _province(region_code)
    return province[1] if province else WIB


def region(region_code: object) -> str:
    """An area code as a person reads it: the province's name, with the code when it names a smaller area."""
    code = str(region_code or "").replace(".", "").strip()
    if not code:
        return NONE
    province = _province(code)
    if province is None:
        return code
    return province[0] if len(code) == 2 else f"{province[0]} ({code})"


def _instant(value: object) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    # The services store and send UTC; a naive value (mongo's) is UTC too.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def local_time(value: object, region_code: object = None) -> str:
    """"2025-01-01 14:00 WIB (07:00 UTC)": the region's local time with UTC beside it; "–" for no value."""
    moment = _instant(value)
    if moment is None:
        return NONE if value in (None, "") else str(value)
    abbreviation, hours = zone_for(region_code)
    local = moment.astimezone(_zone(hours))
    utc = moment.astimezone(UTC)
    utc_text = utc.strftime("%H:%M") if utc.date() == local.date() else utc.strftime("%Y-%m-%d %H:%M")
    return f"{local:%Y-%m-%d %H:%M} {abbreviation} ({utc_text} UTC)"


def local_time_markup(value: object, region_code: object = None) -> Markup:
    """local_time in a <time> element whose datetime attribute is the exact UTC instant (for machines)."""
    moment = _instant(value)
    text = local_time(value, region_code)
    if moment is None:
        return Markup(escape(text))
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Markup(f'<time datetime="{stamp}">{escape(text)}</time>')


@cache
def _zone(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


def organisation(org_id: object) -> str:
    """An organisation id as a person reads it (its acronym, else its name); an unknown id as it is."""
    if not org_id:
        return NONE
    from pseah.common import organizations

    org = organizations.by_id().get(str(org_id))
    if org is None:
        return str(org_id)
    return org.get("acronym") or org.get("name") or str(org_id)
