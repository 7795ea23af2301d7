"""Whether two reports are related, how strongly, and why, in words a triage officer understands.

Related means: probably the same incident or the same alleged perpetrator. Reports are linked and shown
side by side, never merged: the officer decides. The rule, in plain terms:
  - both happened within `window_days` of each other, and
  - the wording is nearly the same (a message forwarded or sent again on another channel), or
  - the combined evidence reaches `threshold` AND there is something about this incident or person in
    common: similar wording or a similar description of the alleged perpetrator. The same organisation,
    place and time alone never link two reports: a large agency in one regency gets many unrelated ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from pseah.triage.links.fingerprint import PERPETRATOR_SKETCH_SIZE, SKETCH_SIZE, Fingerprint, jaccard_of_sets

_LEVELS = {10: "village", 6: "district", 4: "regency", 2: "province"}


@dataclass(frozen=True)
class LinkPolicy:
    window_days: float = 14.0
    near_duplicate: float = 0.8        # wording this similar links on its own (within the window)
    min_wording: float = 0.3           # some wording in common ...
    min_perpetrator: float = 0.5       # ... or a similar description of the alleged perpetrator
    # Short reports share two words by chance ('dipaksa', 'badan'): wording counts from this many shared words on.
    min_shared_words: int = 4
    threshold: float = 0.4
    # An officer reads a handful of related reports, not hundreds (a message sent by many, a test campaign):
    # the strongest, then the closest in time, are kept.
    max_links: int = 10
    # Fingerprints kept per organisation and per regency (the latest ones): bounds the cost of linking a report.
    group_size: int = 200
    # Weights of the evidence; they sum to 1 so the score reads as a share.
    w_wording: float = 0.5
    w_perpetrator: float = 0.15
    w_organisation: float = 0.15
    w_place: float = 0.1
    w_time: float = 0.1

    @property
    def needs_shared_evidence(self) -> bool:
        """True when no link can come without some words (from `min_shared_words` on) or a perpetrator word in
        common: every threshold that could link on its own asks for more than nothing."""
        return self.near_duplicate > 0 and self.min_wording > 0 and self.min_perpetrator > 0

    def __post_init__(self):
        total = self.w_wording + self.w_perpetrator + self.w_organisation + self.w_place + self.w_time
        if abs(total - 1.0) > 1e-9:
            raise ValueError("link weights must sum to 1")
        if self.window_days <= 0:
            raise ValueError("the link window must be positive")
        if self.max_links < 1 or self.group_size < 1:
            raise ValueError("max_links and group_size must be at least 1")


DEFAULT_POLICY = LinkPolicy()


@dataclass(frozen=True)
class Evidence:
    wording: float
    shared_words: int        # content words both sketches hold (all shared words when both reports are short)
    perpetrator: float
    same_org: bool
    place: str | None        # 'village', 'district', 'regency', 'province' or None
    days_apart: float
    channels: tuple[str, str] | None = None  # set when the two came through different channels


@dataclass(frozen=True)
class Link:
    """`newer` is the report received later (the subject of report.linked.v1), `older` the one it relates to."""

    newer: str
    older: str
    score: float
    reasons: tuple[str, ...]
    evidence: Evidence = field(compare=False)

    def to_dict(self) -> dict:
        return {"newer": self.newer, "older": self.older, "score": self.score, "reasons": list(self.reasons)}


def shared_place(a: str | None, b: str | None) -> str | None:
    """The finest administrative level two BPS codes share ('regency' for 3203 and 320301)."""
    if not a or not b:
        return None
    for digits, level in sorted(_LEVELS.items(), reverse=True):
        if len(a) >= digits and len(b) >= digits and a[:digits] == b[:digits]:
            return level
    return None


_PLACE_WEIGHT = {"village": 1.0, "district": 1.0, "regency": 1.0, "province": 0.4}


def _days_apart(a: Fingerprint, b: Fingerprint) -> float:
    return abs((a.at - b.at).total_seconds()) / 86400


def evidence(a: Fingerprint, b: Fingerprint) -> Evidence:
    channels = tuple(sorted((a.channel, b.channel))) if a.channel and b.channel and a.channel != b.channel else None
    return Evidence(
        wording=jaccard_of_sets(a.word_set, b.word_set, k=SKETCH_SIZE),
        shared_words=len(a.word_set & b.word_set),
        perpetrator=jaccard_of_sets(a.perpetrator_set, b.perpetrator_set, k=PERPETRATOR_SKETCH_SIZE),
        same_org=bool(a.org_id) and a.org_id == b.org_id,
        place=shared_place(a.region, b.region),
        days_apart=_days_apart(a, b),
        channels=channels,
    )


def score(ev: Evidence, policy: LinkPolicy = DEFAULT_POLICY) -> float:
    closeness = max(0.0, 1.0 - ev.days_apart / policy.window_days)
    value = (policy.w_wording * ev.wording + policy.w_perpetrator * ev.perpetrator
             + policy.w_organisation * ev.same_org + policy.w_place * _PLACE_WEIGHT.get(ev.place or "", 0.0)
             + policy.w_time * closeness)
    return round(min(1.0, value), 2)


def _days(days: float) -> str:
    if days < 1:
        return "same day"
    whole = round(days)
    return "1 day apart" if whole == 1 else f"{whole} days apart"


def reasons(ev: Evidence) -> tuple[str, ...]:
    out = []
    if ev.same_org:
        out.append("same organisation")
    if ev.place:
        out.append(f"same {ev.place}")
    out.append(_days(ev.days_apart))
    if ev.wording > 0:
        out.append(f"{round(100 * ev.wording)}% similar wording")
    if ev.perpetrator >= 0.2:
        out.append(f"{round(100 * ev.perpetrator)}% similar description of the alleged perpetrator")
    if ev.channels:
        out.append(f"reported through different channels ({ev.channels[0]}, {ev.channels[1]})")
    return tuple(out)


def compare(a: Fingerprint, b: Fingerprint, policy: LinkPolicy = DEFAULT_POLICY) -> Link | None:
    """The link between two reports, or None. Symmetric: compare(a, b) and compare(b, a) agree."""
    if a.reference == b.reference or _days_apart(a, b) > policy.window_days:
        return None
    if (policy.needs_shared_evidence and len(a.word_set & b.word_set) < policy.min_shared_words
            and a.perpetrator_set.isdisjoint(b.perpetrator_set)):
        # Wording counts as nothing below min_shared_words, and sketches with no perpetrator word in common estimate
        # 0: no link can follow, so the sketches' estimates (most of a poll's linking time) are not computed.
        return None
    ev = evidence(a, b)
    if ev.shared_words < policy.min_shared_words:
        ev = replace(ev, wording=0.0)
    value = score(ev, policy)
    related = ev.wording >= policy.near_duplicate or (
        value >= policy.threshold and (ev.wording >= policy.min_wording or ev.perpetrator >= policy.min_perpetrator))
    if not related:
        return None
    newer, older = sorted((a, b), key=lambda f: (f.received_at, f.reference), reverse=True)
    return Link(newer=newer.reference, older=older.reference, score=value, reasons=reasons(ev), evidence=ev)
