"""Compact, keyed fingerprints of a report: enough to say "similar wording", never enough to read it back.

A fingerprint holds no word of the report. Each content word is replaced by a keyed hash (HMAC-SHA256 under a
secret of the triage service, truncated to 32 bits) and only the `SKETCH_SIZE` smallest hashes are kept: a
bottom-k sketch. Two sketches estimate the Jaccard similarity of the two reports' word sets; for reports of up
to `SKETCH_SIZE` distinct content words the estimate is exact. Without the key the hashes cannot be matched
to words, and a sketch of a long report keeps only a sample of its words anyway.

Words, not word sequences: two people describing the same incident use the same names, places and acts in
different sentences, and a triage officer reads "64% similar wording" as "most of the words are the same".
"""
from __future__ import annotations

import hashlib
import hmac
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from datetime import UTC, date, datetime, time, timedelta

from pseah.triage.classification.text import Text

SKETCH_SIZE = 64
PERPETRATOR_SKETCH_SIZE = 24
_HASH_BYTES = 4

# Function words of Bahasa Indonesia (formal and SMS, after normalisation), Sundanese, Javanese and English,
# and the words nearly every report to this network uses: sharing them says nothing about the incident.
STOPWORDS = frozenset("""
yang dan di ke dari ini itu dengan untuk pada dalam atau juga ada tidak bukan sudah telah akan sedang masih
saya aku kami kita dia ia mereka kamu anda beliau gue gw sy nya saja lagi pun lah kah tah dong deh sih kok ya
iya tapi tetapi namun karena sebab jadi lalu kemudian terus waktu saat ketika kalau jika bila agar supaya
sangat sekali banyak semua setiap para seorang sebuah satu dua oleh bahwa seperti sama mau ingin bisa dapat
harus boleh pernah hanya cuma mulai hari malam pagi siang sore tadi kemarin besok minggu bulan tahun jam
kepada bagi tentang antara sampai hingga sejak setelah sebelum sesudah belum tanpa bersama dekat sekitar
orang pak bu ibu bapak mas mbak kak adik kakak teman
relawan petugas staf staff pegawai posko bantuan pengungsian pengungsi tenda lembaga laporan lapor melapor
kejadian terjadi kasus korban pelaku
abdi urang anjeunna teu henteu aya nu anu jeung ka ti di na teh mah oge atanapi
aku kowe dheweke ora ana sing lan karo neng ning ing saka marang kuwi iki wis arep
the a an and or of to in on at for with by from is are was were be been being it its this that these those
i me my we our you your he him his she her they them their not no but if then when as so do did done have
has had there here who whom which what about into over after before again very just also
""".split())

_SUFFIX = re.compile(r"^(.{4,}?)(nya|lah|kah|ku|mu)$")
_WORD = re.compile(r"^[^\W_][\w'-]*$")



def content_words(text: str | None) -> set[str]:
    """Normalised content words: SMS spellings expanded (yg, gk, dgn), suffixes -nya/-lah/-ku dropped."""
    if not text:
        return set()
    out = set()
    for word in Text.of(text).words:
        norm = word.norm
        if not _WORD.match(norm) or norm in STOPWORDS:
            continue
        if len(norm) < 3 and not (norm.isdigit() and len(norm) == 2):  # keep ages and tent numbers: '14'
            continue
        if (m := _SUFFIX.match(norm)) is not None:
            norm = m[1]
        if norm not in STOPWORDS:
            out.add(norm)
    return out


class Hasher:
    """Keyed 32-bit hashes of words; the purpose keeps narrative and perpetrator hashes apart."""

    def __init__(self, key: bytes):
        if len(key) < 16:
            raise ValueError("the fingerprint key must be at least 16 bytes")
        self._key = key

    def hashes(self, words: Iterable[str], *, purpose: str) -> set[int]:
        return {int.from_bytes(hmac.new(self._key, f"{purpose}:{w}".encode(), hashlib.sha256).digest()[:_HASH_BYTES],
                               "big") for w in words}


def bottom_k(values: Iterable[int], k: int) -> tuple[int, ...]:
    return tuple(sorted(set(values))[:k])


def jaccard(a: tuple[int, ...], b: tuple[int, ...], *, k: int = SKETCH_SIZE) -> float:
    """Jaccard similarity estimated from two bottom-k sketches (exact when both sets have at most k items)."""
    return jaccard_of_sets(frozenset(a), frozenset(b), k=k)


def jaccard_of_sets(a: frozenset[int], b: frozenset[int], *, k: int = SKETCH_SIZE) -> float:
    """`jaccard` of the sketches' values as sets (Fingerprint.word_set), in set operations: the share of the k
    smallest values of the union that both hold."""
    if not a or not b:
        return 0.0
    union = a | b
    both = a & b
    if len(union) <= k:
        return len(both) / len(union)
    cutoff = sorted(union)[k - 1]
    return sum(1 for v in both if v <= cutoff) / k


def pack(values: tuple[int, ...]) -> bytes:
    return b"".join(v.to_bytes(_HASH_BYTES, "big") for v in values)


def unpack(raw: bytes | None) -> tuple[int, ...]:
    if not raw:
        return ()
    return tuple(int.from_bytes(raw[i:i + _HASH_BYTES], "big") for i in range(0, len(raw), _HASH_BYTES))


def region_digits(code: str | None) -> str | None:
    """BPS region codes come as '32.03' or '3203'; digits only, so both compare equal."""
    if not code:
        return None
    digits = re.sub(r"\D", "", str(code))
    return digits or None


@dataclass(frozen=True)
class Fingerprint:
    """What linking knows of one report: no text, only keyed sketches and the facts triage publishes anyway."""

    reference: str
    at: datetime                      # when it happened: the incident date if given, else when it was received
    received_at: datetime
    org_id: str | None = None
    region: str | None = None         # BPS code, digits only
    channel: str | None = None
    words: tuple[int, ...] = ()
    perpetrator: tuple[int, ...] = ()

    @cached_property
    def word_set(self) -> frozenset[int]:
        # Built once per fingerprint: a report is compared with up to two full groups (hundreds) in a poll.
        return frozenset(self.words)

    @cached_property
    def perpetrator_set(self) -> frozenset[int]:
        return frozenset(self.perpetrator)

    def to_document(self) -> dict:
        """The stored form (BSON-ready); short keys because a bucket holds many of them."""
        return {"at": self.at, "rx": self.received_at, "o": self.org_id, "r": self.region, "c": self.channel,
                "w": pack(self.words), "p": pack(self.perpetrator)}

    def to_entry(self) -> bytes:
        """One compact binary value (a bucket holds hundreds; FerretDB reads one value far faster than a
        sub-document of seven fields): times in minutes, the four short strings, then the two sketches."""
        meta = "\x1f".join([self.reference, self.org_id or "", self.region or "", self.channel or ""]).encode()
        return (struct.pack(">IIHBB", _minutes(self.at), _minutes(self.received_at), len(meta), len(self.words),
                            len(self.perpetrator)) + meta + pack(self.words) + pack(self.perpetrator))

    @classmethod
    def from_entry(cls, raw: bytes) -> Fingerprint:
        at, rx, meta_len, n_words, n_perp = struct.unpack_from(">IIHBB", raw)
        offset = struct.calcsize(">IIHBB")
        reference, org, region, channel = raw[offset:offset + meta_len].decode().split("\x1f")
        offset += meta_len
        words = unpack(raw[offset:offset + n_words * _HASH_BYTES])
        perpetrator = unpack(raw[offset + n_words * _HASH_BYTES:offset + (n_words + n_perp) * _HASH_BYTES])
        return cls(reference=reference, at=_from_minutes(at), received_at=_from_minutes(rx), org_id=org or None,
                   region=region or None, channel=channel or None, words=words, perpetrator=perpetrator)

    @staticmethod
    def entry_time(raw: bytes) -> datetime:
        """When the incident of an entry happened, without decoding the rest."""
        return _from_minutes(Fingerprint.entry_minutes(raw))

    @staticmethod
    def entry_minutes(raw: bytes) -> int:
        """entry_time as stored: whole minutes since 1970 (UTC)."""
        return _ENTRY_MINUTES.unpack_from(raw)[0]

    @property
    def minutes(self) -> int:
        """When it happened, in the entries' whole minutes."""
        return _minutes(self.at)

    @classmethod
    def from_document(cls, reference: str, doc: dict) -> Fingerprint:
        return cls(reference=reference, at=_aware(doc["at"]), received_at=_aware(doc.get("rx") or doc["at"]),
                   org_id=doc.get("o"), region=doc.get("r"), channel=doc.get("c"),
                   words=unpack(bytes(doc.get("w") or b"")), perpetrator=unpack(bytes(doc.get("p") or b"")))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ENTRY_MINUTES = struct.Struct(">I")


def _minutes(value: datetime) -> int:
    return max(0, int((_aware(value) - _EPOCH).total_seconds() // 60))


def _from_minutes(value: int) -> datetime:
    return _EPOCH + timedelta(minutes=value)


def fingerprint(*, hasher: Hasher, reference: str, narrative: str | None, received_at: datetime,
                incident_date: date | None = None, org_id: str | None = None, region_code: str | None = None,
                channel: str | None = None, perpetrator_description: str | None = None) -> Fingerprint:
    """Computed in memory from the decrypted report; the text goes no further than this function."""
    received_at = _aware(received_at)
    at = datetime.combine(incident_date, time(12, 0), tzinfo=UTC) if incident_date else received_at
    return Fingerprint(
        reference=reference, at=at, received_at=received_at, org_id=org_id, region=region_digits(region_code),
        channel=channel,
        words=bottom_k(hasher.hashes(content_words(narrative), purpose="narrative"), SKETCH_SIZE),
        perpetrator=bottom_k(hasher.hashes(content_words(perpetrator_description), purpose="perpetrator"),
                             PERPETRATOR_SKETCH_SIZE),
    )
