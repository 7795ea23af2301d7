"""The guided conversation: language, what happened, where, consent. Pure logic; no storage here.

Kept short on purpose: people write from cheap phones, often in fear. Any step but the first accepts
"0" (or stop words) to cancel, and "-" to skip the optional place question. A photo, voice note or
document sent on the way is kept with the case and acknowledged; it does not move the conversation on.
"""
from __future__ import annotations

from dataclasses import dataclass, field

STEPS = ("language", "narrative", "place", "consent", "done")
LANGUAGES = {"1": "id", "2": "en", "3": "su", "4": "jv"}
# Yes and no as people write them in Indonesian, English, Sundanese (muhun, enya, teu, henteu) and
# Javanese (enggih, nggih, inggih, boten, mboten, ora).
_YES = {"ya", "y", "yes", "iya", "muhun", "enya", "enggih", "nggih", "inggih", "1"}
_NO = {"tidak", "tdk", "no", "n", "teu", "henteu", "mboten", "boten", "ora", "2"}
_CANCEL = {"0", "stop", "batal", "cancel"}

# Short and plain on purpose. Sundanese and Javanese use the polite register (lemes, krama) a stranger
# would expect; have them checked by speakers from the affected communities when the wording changes.
TEXTS = {
    "id": {
        "welcome": "Layanan pengaduan PSEAH (rahasia, boleh tanpa nama). Pilih bahasa: 1 Bahasa Indonesia, "
                   "2 English, 3 Basa Sunda, 4 Basa Jawa.",
        "ask_narrative": "Ceritakan apa yang terjadi. Anda tidak perlu menyebut nama Anda. Ketik 0 untuk batal.",
        "ask_place": "Di mana kejadiannya (desa/kecamatan/posko)? Ketik - untuk lewati.",
        "ask_consent": "Bolehkah kami menghubungkan Anda dengan layanan pendampingan (kesehatan, psikososial, "
                       "hukum)? Balas YA atau TIDAK.",
        "yes_no": "Mohon balas YA atau TIDAK.",
        "done": "Terima kasih. Laporan Anda diterima: {reference}. Simpan kode rahasia ini untuk melihat "
                "perkembangan dan mengirim pesan: {receipt}. Jangan bagikan kode ini.",
        "cancelled": "Dibatalkan. Tidak ada yang disimpan. Kirim pesan apa saja untuk mulai lagi.",
        "language": "Mohon balas dengan angka 1, 2, 3 atau 4.",
        "media_received": "Berkas Anda sudah kami terima dan disimpan secara rahasia bersama laporan Anda.",
        "media_failed": "Maaf, berkas Anda tidak dapat kami terima. Silakan kirim lagi nanti, atau lanjutkan "
                        "dengan pesan teks.",
    },
    "en": {
        "welcome": "PSEAH reporting line (confidential, you may stay anonymous). Choose a language: "
                   "1 Bahasa Indonesia, 2 English, 3 Basa Sunda, 4 Basa Jawa.",
        "ask_narrative": "Tell us what happened. You do not need to give your name. Send 0 to cancel.",
        "ask_place": "Where did it happen (village/district/camp)? Send - to skip.",
        "ask_consent": "May we connect you with support services (medical, psychosocial, legal)? Reply YES or NO.",
        "yes_no": "Please reply YES or NO.",
        "done": "Thank you. Your report was received: {reference}. Keep this secret code to follow the case "
                "and send messages: {receipt}. Do not share it.",
        "cancelled": "Cancelled. Nothing was kept. Send any message to start again.",
        "language": "Please reply with 1, 2, 3 or 4.",
        "media_received": "We received your file; it is kept confidential with your report.",
        "media_failed": "Sorry, we could not receive your file. Please send it again later, or continue by text.",
    },
    "su": {
        "welcome": "Layanan pangaduan PSEAH (rasiah, teu kedah nyebut nami). Pilih basa: 1 Bahasa Indonesia, "
                   "2 English, 3 Basa Sunda, 4 Basa Jawa.",
        "ask_narrative": "Mangga carioskeun naon anu kajantenan. Teu kedah nyebut nami. Ketik 0 pikeun ngabatalkeun.",
        "ask_place": "Di mana kajadianana (desa/kacamatan/posko)? Ketik - pikeun ngalangkungan.",
        "ask_consent": "Naha kénging kami nyambungkeun anjeun ka layanan pendampingan (kaséhatan, psikososial, "
                       "hukum)? Bales MUHUN atanapi TEU.",
        "yes_no": "Mangga bales MUHUN atanapi TEU.",
        "done": "Hatur nuhun. Laporan anjeun parantos katampi: {reference}. Simpen kode rasiah ieu pikeun ningali "
                "kamajuan sareng ngirim pesen: {receipt}. Ulah dibéjakeun ka batur.",
        "cancelled": "Dibatalkeun. Teu aya anu disimpen. Kirim pesen naon waé pikeun ngamimitian deui.",
        "language": "Mangga bales ku angka 1, 2, 3 atanapi 4.",
        "media_received": "Berkas anjeun parantos katampi sareng disimpen kalayan rasiah babarengan sareng "
                          "laporan anjeun.",
        "media_failed": "Hapunten, berkas anjeun teu tiasa katampi. Mangga kintun deui engké, atanapi teraskeun "
                        "ku pesen téks.",
    },
    "jv": {
        "welcome": "Layanan pangaduan PSEAH (rahasia, saged tanpa nama). Pilih basa: 1 Bahasa Indonesia, "
                   "2 English, 3 Basa Sunda, 4 Basa Jawa.",
        "ask_narrative": "Mangga cariyosaken punapa ingkang kedadosan. Boten perlu nyebutaken nama. "
                         "Ketik 0 kanggé mbatalaken.",
        "ask_place": "Wonten pundi kedadosanipun (desa/kecamatan/posko)? Ketik - kanggé nglangkungi.",
        "ask_consent": "Punapa kula saged nyambungaken panjenengan kaliyan layanan pendampingan (kesehatan, "
                       "psikososial, hukum)? Wangsuli ENGGIH utawi MBOTEN.",
        "yes_no": "Mangga wangsuli ENGGIH utawi MBOTEN.",
        "done": "Matur nuwun. Laporan panjenengan sampun katampi: {reference}. Simpen kode rahasia punika kanggé "
                "mirsani perkembangan lan ngintun pesen: {receipt}. Sampun dipuntedahaken dhateng tiyang sanès.",
        "cancelled": "Dipunbatalaken. Boten wonten ingkang dipunsimpen. Kintun pesen punapa kémawon kanggé miwiti malih.",
        "language": "Mangga wangsuli mawi angka 1, 2, 3 utawi 4.",
        "media_received": "Berkas panjenengan sampun katampi lan dipunsimpen kanthi rahasia sesarengan "
                          "laporan panjenengan.",
        "media_failed": "Nyuwun pangapunten, berkas panjenengan boten saged katampi. Mangga kintun malih mangké, "
                        "utawi lajengaken mawi pesen tulisan.",
    },
}


def text(language: str | None, key: str, **values: str) -> str:
    return TEXTS.get(language or "id", TEXTS["id"])[key].format(**values)


@dataclass
class State:
    step: str = "language"
    language: str | None = None
    answers: dict[str, str | None] = field(default_factory=dict)
    consent_referral: bool = False


@dataclass
class Turn:
    state: State
    reply: str | None  # None when the reply needs the stored report (the final "done" message)
    complete: bool = False
    cancelled: bool = False


# The question that is open at each step, asked again after a media message.
_OPEN_QUESTION = {"language": "welcome", "narrative": "ask_narrative", "place": "ask_place", "consent": "ask_consent"}


def media_reply(state: State, *, stored: bool) -> str:
    """A photo, voice note or document is acknowledged and the open question asked again: it never
    answers the question itself (a picture is not the story, and a caption is too easily half of one)."""
    status = text(state.language, "media_received" if stored else "media_failed")
    return f"{status} {text(state.language, _OPEN_QUESTION.get(state.step, 'welcome'))}"


def start() -> Turn:
    return Turn(state=State(), reply=text(None, "welcome"))


def advance(state: State, message: str) -> Turn:
    answer = message.strip()
    lang = state.language
    if state.step != "language" and answer.lower() in _CANCEL:
        return Turn(state=state, reply=text(lang, "cancelled"), cancelled=True)
    if state.step == "language":
        chosen = LANGUAGES.get(answer)
        if chosen is None:
            return Turn(state=state, reply=text(lang, "language"))
        state.language, state.step = chosen, "narrative"
        return Turn(state=state, reply=text(chosen, "ask_narrative"))
    if state.step == "narrative":
        if not answer or len(message) > 20000:
            return Turn(state=state, reply=text(lang, "ask_narrative"))
        state.answers["narrative"] = message  # as written: no trimming of what the person said
        state.step = "place"
        return Turn(state=state, reply=text(lang, "ask_place"))
    if state.step == "place":
        state.answers["place_text"] = None if answer in {"", "-"} else message
        state.step = "consent"
        return Turn(state=state, reply=text(lang, "ask_consent"))
    if state.step == "consent":
        word = answer.lower()
        if word not in _YES | _NO:
            return Turn(state=state, reply=text(lang, "yes_no"))
        state.consent_referral = word in _YES
        state.step = "done"
        return Turn(state=state, reply=None, complete=True)
    return start()
