"""The coordinator's digest of the signed checkpoints: periods and what a digest says; pure (no I/O, no clock).

Checkpoints leave the store twice: each on the compacted Kafka topic (pseah.audit.witness), and once a period in a
digest mailed to the coordinator (`audit.digest.published.v1`, mailed by notification). A rewrite of the store then has to
beat the topic, and the coordinator's mailbox too.

Periods are windows of `seconds` on a grid that starts at the Unix epoch (UTC): with 86,400 they are the UTC days.
The digests of a log follow one another without gap or overlap, whatever happens in between:

    state     = {sent_until, tree_size}: the end of the last period digested, the largest tree size listed so far
    period    = [sent_until, the first grid boundary after it): a whole grid period, except the first one after
                the digest started or its length was changed
    listed    = the signed checkpoints larger than `tree_size` signed before the period's end, oldest first

A checkpoint is signed with the writer's clock at the moment of signing, so once a period has ended no checkpoint
can join it; composing a period's digest again (after a crash between publishing it and writing the state) gives
the same digest under the same id, and notification sends one e-mail per id.

The digest carries hashes, sizes, times and signatures, never an entry or anything of a case. A period with more
than `max_listed` checkpoints lists the first, the last and evenly spaced ones between (each checkpoint names its
predecessor's digest, and the last one's root covers every entry: the listed ones are enough to compare).
"""
from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pseah.audit.chain.ledger import format_time

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAMESPACE = uuid.UUID("0b7c3e52-6a43-5b1e-8f2d-6175646974dd")
LISTED_FIELDS = ("tree_size", "root_hash", "time", "key_id", "signature", "previous")


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime

    @property
    def label(self) -> str:
        """The start as a compact UTC stamp: the digest's name in its Kafka key and its e-mail."""
        return self.start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _utc(moment: datetime) -> datetime:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def parse_time(value: str) -> datetime:
    """The inverse of ledger.format_time."""
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def boundary_after(moment: datetime, *, seconds: int) -> datetime:
    """The first grid boundary strictly after `moment`."""
    if seconds < 1:
        raise ValueError("a digest period is at least one second")
    elapsed = (_utc(moment) - EPOCH) // timedelta(seconds=1)
    return EPOCH + timedelta(seconds=(elapsed // seconds + 1) * seconds)


def period_at(moment: datetime, *, seconds: int) -> Period:
    """The grid period holding `moment`."""
    end = boundary_after(moment, seconds=seconds)
    return Period(start=end - timedelta(seconds=seconds), end=end)


def next_period(sent_until: datetime, *, seconds: int) -> Period:
    """The period after the last one digested: from its end to the next grid boundary."""
    return Period(start=_utc(sent_until), end=boundary_after(sent_until, seconds=seconds))


def due_periods(*, sent_until: datetime, now: datetime, seconds: int, limit: int) -> list[Period]:
    """Periods that have ended since `sent_until`, oldest first, at most `limit` (the rest at the next call)."""
    due: list[Period] = []
    period = next_period(sent_until, seconds=seconds)
    while period.end <= _utc(now) and len(due) < limit:
        due.append(period)
        period = next_period(period.end, seconds=seconds)
    return due


def in_period(checkpoints: Sequence[Mapping[str, Any]], *, after_size: int, end: datetime) -> list[Mapping[str, Any]]:
    """The checkpoints a period's digest lists: larger than `after_size`, signed before `end`; by size."""
    cut = format_time(end)  # the one fixed format, so the strings compare as the times do
    return sorted((c for c in checkpoints if c["tree_size"] > after_size and c["time"] < cut),
                  key=lambda c: c["tree_size"])


def thin(items: Sequence[Any], *, max_listed: int) -> list[Any]:
    """At most `max_listed` items: the first, the last and evenly spaced ones between, in order."""
    if len(items) <= max_listed:
        return list(items)
    if max_listed == 1:
        return [items[-1]]
    step = (len(items) - 1) / (max_listed - 1)
    return [items[round(i * step)] for i in range(max_listed)]


def digest_key(origin: str, period: Period) -> str:
    """The digest's Kafka key (and CloudEvent subject) on the compacted checkpoint topic: one per period."""
    return f"{origin}/digest/{period.label}"


def digest_id(origin: str, period: Period, *, as_of_size: int | None = None) -> str:
    """The digest's event id, derived from what it covers: the same period gives the same id, hence (in
    notification) the same notification and Message-ID. An interim digest (sent before the period ended) is
    named by the largest tree size it lists as well."""
    name = f"{origin}|{format_time(period.start)}|{format_time(period.end)}"
    if as_of_size is not None:
        name += f"|as-of|{as_of_size}"
    return str(uuid.uuid5(_NAMESPACE, name))


def compose(*, origin: str, period: Period, checkpoints: Sequence[Mapping[str, Any]], key_id: str,
            public_key_pem: str, max_listed: int, interim: bool = False) -> dict[str, Any]:
    """The data of an `audit.digest.published.v1` event (pseah.common.payloads.AuditDigest): `checkpoints` are those the
    period lists (in_period), oldest first. Only the fields of LISTED_FIELDS are taken from each."""
    listed = thin(list(checkpoints), max_listed=max_listed)
    return {
        "origin": origin,
        "period_start": format_time(period.start),
        "period_end": format_time(period.end),
        "interim": interim,
        "algorithm": "Ed25519",
        "key_id": key_id,
        "public_key": public_key_pem,
        "checkpoints_total": len(checkpoints),
        "checkpoints": [{name: c.get(name) for name in LISTED_FIELDS} for c in listed],
    }
