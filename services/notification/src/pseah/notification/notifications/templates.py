"""Message templates in Bahasa Indonesia and English.

They take only what a recipient needs to act: the action, the case reference, the deadline and a portal
link. Nothing about the survivor or the allegation can reach a template, because `render` accepts
nothing else.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

# Western Indonesia Time (no daylight saving), fixed so slim images need no tz database.
_WIB = timezone(timedelta(hours=7), "WIB")


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str


_TEMPLATES = {
    "case_assigned": {
        "subject": "[PSEAH] Kasus {reference} perlu konfirmasi Anda / Case {reference} needs your acknowledgement",
        "id": ("Sebuah kasus perlu konfirmasi (acknowledgement) Anda.\n\n"
               "Nomor kasus: {reference}\n"
               "Batas waktu: {deadline_id}\n"
               "Buka kasus di portal: {link}\n\n"
               "Detail kasus hanya tersedia di portal setelah Anda masuk. Jangan meneruskan e-mail ini."),
        "en": ("A case needs your acknowledgement.\n\n"
               "Case reference: {reference}\n"
               "Deadline: {deadline_en}\n"
               "Open the case in the portal: {link}\n\n"
               "Case details are only available in the portal after you log in. Do not forward this e-mail."),
    },
    "deadline_breached": {
        "subject": "[PSEAH] Tenggat terlewati untuk kasus {reference} / Deadline missed on case {reference}",
        "id": ("Tenggat waktu sebuah kasus telah terlewati dan perlu tindak lanjut Anda sebagai koordinator.\n\n"
               "Nomor kasus: {reference}\n"
               "Tenggat: {deadline_id}\n"
               "Buka kasus di portal: {link}\n"),
        "en": ("A case has missed a deadline and needs your follow-up as coordinator.\n\n"
               "Case reference: {reference}\n"
               "Deadline: {deadline_en}\n"
               "Open the case in the portal: {link}\n"),
    },
}

TEMPLATES = tuple(_TEMPLATES)


def _when(deadline: datetime | None, *, lang: str) -> str:
    if deadline is None:
        return "lihat portal" if lang == "id" else "see the portal"
    local = deadline.astimezone(_WIB)
    return local.strftime("%Y-%m-%d %H:%M WIB") + f" ({deadline.astimezone(UTC).strftime('%H:%M UTC')})"


def render(template: str, *, reference: str, deadline: datetime | None, link: str) -> Rendered:
    parts = _TEMPLATES[template]
    values = {"reference": reference, "link": link, "deadline_id": _when(deadline, lang="id"),
              "deadline_en": _when(deadline, lang="en")}
    text = (parts["id"].format(**values) + "\n\n---- English ----\n\n" + parts["en"].format(**values)
            + "\n\n-- \nPSEAH Network Indonesia\n")
    return Rendered(subject=parts["subject"].format(**values), text=text)


# SMS and WhatsApp: one short bilingual line. The reporter's says only that there is news; not even the
# reference, since someone else may read the reporter's phone.
_SHORT = {
    "case_assigned": "[PSEAH] Kasus {reference} perlu konfirmasi Anda / Case {reference} needs your "
                     "acknowledgement: {link}",
    "deadline_breached": "[PSEAH] Tenggat terlewati / Deadline missed: {reference} {link}",
    "status_update": "Ada kabar terbaru tentang laporan Anda. Cek dengan kode tanda terima Anda: {link} / "
                     "There is news about your report. Check it with your receipt code: {link}",
}
SHORT_TEMPLATES = tuple(_SHORT)


def render_short(template: str, *, reference: str, link: str) -> str:
    return _SHORT[template].format(reference=reference, link=link)


def render_status_email(*, link: str) -> Rendered:
    """The reporter's e-mail: the same no-content news as the short message, no reference either."""
    return Rendered(subject="Kabar terbaru / An update",
                    text=(f"Ada kabar terbaru tentang laporan Anda. Cek dengan kode tanda terima Anda: {link}\n\n"
                          f"There is news about your report. Check it with your receipt code: {link}\n"))


# ---------------------------------------------------------------- the coordinator's audit digest
def _digest_line(checkpoint) -> str:
    return (f"  {checkpoint.tree_size:>12}  {checkpoint.time}  key {checkpoint.key_id}\n"
            f"      root      {checkpoint.root_hash}\n"
            f"      signature {checkpoint.signature}\n"
            + (f"      previous  {checkpoint.previous.tree_size} {checkpoint.previous.digest}\n"
               if checkpoint.previous else "      previous  -\n"))


def render_digest(digest, *, link: str) -> Rendered:
    """The coordinator's copy of one period's signed checkpoints (pseah.common.payloads.AuditDigest): sizes, roots,
    times, key ids and signatures, and the command that compares them with the live log. A digest holds nothing
    else, so nothing else can reach this e-mail."""
    start = digest.period_start[:16].replace("T", " ")
    interim = " (sementara / interim)" if digest.interim else ""
    subject = f"[PSEAH] Ringkasan log audit / Audit log digest: {digest.origin}, {start} UTC{interim}"
    listed, total = len(digest.checkpoints), digest.checkpoints_total
    latest = digest.checkpoints[-1] if digest.checkpoints else None
    if latest is not None:
        compare = (f"  pseah audit verify --expect-root {latest.tree_size}:{latest.root_hash}\n\n"
                   f"Exit 0: the live log still has exactly the entries this checkpoint signed. Any listed checkpoint "
                   f"can be given the same way (--expect-root SIZE:ROOT, repeatable).")
        counted = (f"{total} (all listed)" if listed == total
                   else f"{total} ({listed} listed: the first, the last and evenly spaced ones; each names the one "
                        "before it)")
    else:
        compare = ("  pseah audit verify\n\nNo checkpoint was signed in this period (the log did not grow, or the audit "
                   "service was stopped); compare with the previous digest's root.")
        counted = "0"
    text = (
        "Ringkasan checkpoint log audit PSEAH yang ditandatangani untuk periode di bawah. Simpan e-mail ini: ini "
        "salinan di luar basis data, sehingga perubahan log tidak dapat disembunyikan. Isinya hanya hash dan tanda "
        "tangan, tidak pernah isi kasus. Untuk membandingkan dengan log, jalankan perintah di bawah.\n\n"
        "---- English ----\n\n"
        "The signed checkpoints of the PSEAH audit log for the period below. Keep this e-mail: it is a copy held "
        "outside the store, so a rewrite of the log has to beat it too. It carries hashes and signatures only, "
        "never case content.\n\n"
        f"Log (origin):  {digest.origin}\n"
        f"Period (UTC):  {digest.period_start} to {digest.period_end}"
        + (" (interim: signed so far, sent on request)" if digest.interim else "") + "\n"
        f"Public key:    {digest.algorithm}, key id {digest.key_id}\n\n{digest.public_key.strip()}\n\n"
        f"Checkpoints signed in the period: {counted}\n\n"
        + "".join(_digest_line(c) for c in digest.checkpoints)
        + f"\nTo compare with the live log, at any time later:\n\n{compare}\n\n"
        f"Auditor page: {link}\n\n-- \nPSEAH Network Indonesia\n")
    return Rendered(subject=subject, text=text)
