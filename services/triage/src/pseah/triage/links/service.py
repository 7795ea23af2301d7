"""Storing fingerprints and finding the reports a new one relates to. Keyword-only functions over the groups.

Register first, then read: of two related reports triaged at the same moment by two workers, at least the
second to read sees the first, so no pair is missed; both seeing each other is harmless (links are idempotent).
The reports of one poll are registered together and their groups read once (GroupReader): in a flood, linking costs
two commands a poll, not two a report; the reports of one poll see each other, as two workers' might.

A group keeps the latest `policy.group_size` fingerprints: documents stay small (FerretDB rewrites a whole
document on every change and reads it whole), so linking costs the same on a quiet day and in a flood. In a
flood of more reports per organisation or regency than that within the window, the oldest are no longer
compared; officers still see every report in the queue.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta

from bson import Binary
from pymongo import UpdateOne

from pseah.common import mongo
from pseah.triage.links.fingerprint import Fingerprint
from pseah.triage.links.models import FingerprintBucket
from pseah.triage.links.similarity import DEFAULT_POLICY, Link, LinkPolicy, compare


def groups(fp: Fingerprint) -> list[str]:
    """The groups a report belongs to (and is compared within): its organisation and its regency."""
    keys = []
    if fp.org_id:
        keys.append(f"org:{fp.org_id}")
    if fp.region:
        keys.append(f"region:{fp.region[:4]}")
    return keys or ["unplaced"]


def register(*, fingerprint: Fingerprint) -> None:
    """Append the fingerprint to its groups. A redelivery may append it again; readers drop the repeat."""
    register_all(fingerprints=[fingerprint])


def register_all(*, fingerprints: Sequence[Fingerprint]) -> None:
    """Append fingerprints (of one poll, in order) to their groups: one append per group, all in one command (up to
    50 groups)."""
    by_group: dict[str, list[Binary]] = {}
    for fingerprint in fingerprints:
        entry = Binary(fingerprint.to_entry())
        for group in groups(fingerprint):
            by_group.setdefault(group, []).append(entry)
    # In commands the store takes (pseah.common.mongo.bulk_write: FerretDB hangs on 100 statements in one).
    mongo.bulk_write(FingerprintBucket._get_collection(),
                     [UpdateOne({"_id": group}, {"$push": {"e": {"$each": entries}}}, upsert=True)
                      for group, entries in by_group.items()], ordered=False)


def _trim(group: str, *, entries: list, cap: int) -> None:
    # One write for many reports: cut back to the cap once the group is TRIM_SLACK over it. The filter checks
    # the length is still the one read, so an append by another worker meanwhile is never cut away (the next
    # reader trims instead).
    collection = FingerprintBucket._get_collection()
    size = len(entries)
    collection.update_one({"_id": group, f"e.{size - 1}": {"$exists": True}, f"e.{size}": {"$exists": False}},
                          {"$set": {"e": entries[-cap:]}})


TRIM_SLACK = 25


class GroupReader:
    """The groups of several fingerprints read in one `_id $in` (a group over its slack cut back once), each stored
    entry decoded once however many of the fingerprints share its group."""

    def __init__(self, *, fingerprints: Sequence[Fingerprint], policy: LinkPolicy = DEFAULT_POLICY):
        self._policy = policy
        names = list(dict.fromkeys(group for fingerprint in fingerprints for group in groups(fingerprint)))
        stored = {doc["_id"]: doc.get("e") or [] for doc in FingerprintBucket._get_collection().find(
            {"_id": {"$in": names}})}
        self._decoded: dict[bytes, Fingerprint] = {}
        self._latest: dict[str, list[bytes]] = {}
        for group in names:
            entries = stored.get(group) or []
            if len(entries) >= policy.group_size + TRIM_SLACK:
                _trim(group, entries=entries, cap=policy.group_size)
            self._latest[group] = [bytes(raw) for raw in entries[-policy.group_size:]]

    def candidates(self, fingerprint: Fingerprint) -> list[Fingerprint]:
        """Reports of the fingerprint's groups within the window, each once, never itself."""
        # In the entries' whole minutes, read without decoding them: a group of hundreds is scanned per report. Never
        # narrower than the window (a minute wider at most): compare() holds the exact bound.
        window = math.ceil(self._policy.window_days * 24 * 60)
        earliest, latest = fingerprint.minutes - window, fingerprint.minutes + window
        minutes = Fingerprint.entry_minutes
        found: dict[str, Fingerprint] = {}
        for group in groups(fingerprint):
            for raw in self._latest.get(group, ()):
                if not earliest <= minutes(raw) <= latest:
                    continue
                other = self._decoded.get(raw)
                if other is None:
                    other = self._decoded[raw] = Fingerprint.from_entry(raw)
                if other.reference != fingerprint.reference:
                    found.setdefault(other.reference, other)
        return list(found.values())

    def related(self, fingerprint: Fingerprint) -> list[Link]:
        """Links of this report to the others of its groups: the `max_links` strongest, then closest in time."""
        links = [link for other in self.candidates(fingerprint)
                 if (link := compare(fingerprint, other, self._policy)) is not None]
        links.sort(key=lambda link: (-link.score, link.evidence.days_apart, link.older, link.newer))
        return links[:self._policy.max_links]


def candidates(*, fingerprint: Fingerprint, policy: LinkPolicy = DEFAULT_POLICY) -> list[Fingerprint]:
    """Reports of the same groups within the window (their groups read by `_id`), each once, never itself."""
    return GroupReader(fingerprints=[fingerprint], policy=policy).candidates(fingerprint)


def related(*, fingerprint: Fingerprint, policy: LinkPolicy = DEFAULT_POLICY) -> list[Link]:
    """Links of this report to earlier-registered ones: the `max_links` strongest, then closest in time."""
    return GroupReader(fingerprints=[fingerprint], policy=policy).related(fingerprint)


def prune(*, now: datetime, keep_days: float) -> int:
    """Forget fingerprints of incidents older than `keep_days` (a quiet group keeps its entries otherwise).

    Reads every group document (a handful: organisations and regencies), so it runs on a timer, not per report;
    a group that changed meanwhile is left for the next run."""
    collection = FingerprintBucket._get_collection()
    cutoff = now - timedelta(days=keep_days)
    removed = 0
    for doc in list(collection.find({})):
        entries = [bytes(e) for e in doc.get("e") or []]
        keep = [Binary(e) for e in entries if Fingerprint.entry_time(e) >= cutoff]
        if len(keep) < len(entries):
            unchanged = {"_id": doc["_id"], f"e.{len(entries) - 1}": {"$exists": True},
                         f"e.{len(entries)}": {"$exists": False}}
            removed += (len(entries) - len(keep)) * collection.update_one(unchanged, {"$set": {"e": keep}}).modified_count
    return removed
