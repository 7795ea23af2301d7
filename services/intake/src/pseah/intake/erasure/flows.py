"""Erasing a case: crypto-shredding its key, on a coordinator's decision or by the retention policy.

Every value sealed under the case key (narrative, contact, attachments, messages, triage and consent reasons),
in every store, Kafka topic, dead letter and backup taken afterwards, becomes unreadable at once, without finding
or rewriting any of them; the case's references, codes and times stay, so it is still counted. In order:

1. the report is marked erased with case.erased.v1 owed in its outbox, in one conditional single-document write:
   the commit point; from then on intake answers 410 for the case and the event will be published;
2. the case key is destroyed (KeyRing.shred: overwritten, then deleted, and this process's copy dropped);
3. the case leaves the retention list.

A crash after 1 leaves the key in place for a moment: the next erase of the same case (it answers "already erased")
and intake's own consumer of case.erased.v1 both shred it again, so the erasure always completes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from pseah.common.crypto import KeyRing
from pseah.common.events import CloudEvent, EventTypes, new_event
from pseah.common.readlists import day
from pseah.intake.erasure.models import POLICY_ACTOR, REASONS, ErasureRead
from pseah.intake.erasure.policy import RetentionPolicy
from pseah.intake.erasure.service import CaseState, ClosedCase

SOURCE = "pseah/intake"


class CaseNotFound(Exception):
    """No report has this reference."""


class AlreadyErased(Exception):
    def __init__(self, record: ErasureRead):
        super().__init__(record.reference)
        self.record = record


class ErasureStore(Protocol):
    def load(self, reference: str) -> CaseState | None: ...
    def commit(self, *, reference: str, record: dict, event: CloudEvent) -> bool: ...
    def unschedule(self, reference: str) -> None: ...
    def closed_until(self, last_day: str) -> Iterator[ClosedCase]: ...


def read_model(reference: str, record: dict) -> ErasureRead:
    return ErasureRead(reference=reference, erased_at=record["erased_at"], reason=record["reason"],
                       decision=record.get("decision"), actor=record.get("actor") or "unknown",
                       rule=record.get("rule"))


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def event_data(reference: str, record: dict) -> dict:
    """case.erased.v1 data as docs/CONVENTIONS.md fixes it: codes and times only."""
    return {"reference": reference, "reason": record["reason"], "decision": record.get("decision"),
            "rule": record.get("rule"), "closed_at": _iso(record.get("closed_at")),
            "erased_at": _iso(record["erased_at"])}


def erase(*, reference: str, reason: str, actor: str, keyring: KeyRing, store: ErasureStore,
          decision: str | None = None, rule: str | None = None, closed_at: datetime | None = None,
          now: datetime | None = None) -> ErasureRead:
    """Destroy a case's content. Raises CaseNotFound, or AlreadyErased (after finishing that erasure's shredding)."""
    if reason not in REASONS:
        raise ValueError(f"unknown erasure reason {reason!r}")
    case = store.load(reference)
    if case is None:
        raise CaseNotFound(reference)
    if case.erasure is not None:
        keyring.shred(reference)  # idempotent: completes an erasure interrupted after its commit point
        raise AlreadyErased(read_model(reference, case.erasure))
    now = now or datetime.now(UTC)
    # Milliseconds, as the store keeps times: the record answered now is the one read back later.
    record = {"reason": reason, "decision": decision, "actor": actor, "rule": rule, "closed_at": closed_at,
              "erased_at": now.replace(microsecond=now.microsecond // 1000 * 1000)}
    event = new_event(type=EventTypes.CASE_ERASED, source=SOURCE, subject=reference, actor=actor,
                      data=event_data(reference, record))
    if not store.commit(reference=reference, record=record, event=event):
        # Another request erased it between the read and the write: that erasure stands.
        current = store.load(reference)
        keyring.shred(reference)
        if current is None or current.erasure is None:
            raise CaseNotFound(reference)
        raise AlreadyErased(read_model(reference, current.erasure))
    keyring.shred(reference)
    store.unschedule(reference)
    return read_model(reference, record)


@dataclass(frozen=True)
class DueOutcome:
    reference: str
    rule: str
    closed_at: datetime
    result: str  # erased | already_erased | unknown | due (a dry run)


def erase_due(*, policy: RetentionPolicy, keyring: KeyRing, store: ErasureStore, now: datetime | None = None,
              dry_run: bool = False, on_erased: Callable[[str], None] | None = None) -> list[DueOutcome]:
    """Apply the retention policy: erase every closed case whose rule's time has passed.

    Reads the list of closed cases only up to the last closing day that can be due (the shortest keep time),
    by `_id`; a case that is not due yet stays listed. `on_erased(reference)` runs after each erasure (publishing
    its event)."""
    now = now or datetime.now(UTC)
    latest = policy.latest_closing(now)
    if latest is None:
        return []
    outcomes = []
    for case in store.closed_until(day(latest)):
        rule = policy.is_due(closed_at=case.closed_at, outcome=case.outcome, now=now)
        if rule is None:
            continue
        if dry_run:
            outcomes.append(DueOutcome(case.reference, rule.name, case.closed_at, "due"))
            continue
        try:
            erase(reference=case.reference, reason="retention_expired", actor=POLICY_ACTOR, keyring=keyring,
                  store=store, rule=rule.name, closed_at=case.closed_at, now=now)
        except AlreadyErased:
            store.unschedule(case.reference)
            outcomes.append(DueOutcome(case.reference, rule.name, case.closed_at, "already_erased"))
            continue
        except CaseNotFound:
            store.unschedule(case.reference)
            outcomes.append(DueOutcome(case.reference, rule.name, case.closed_at, "unknown"))
            continue
        outcomes.append(DueOutcome(case.reference, rule.name, case.closed_at, "erased"))
        if on_erased is not None:
            on_erased(case.reference)
    return outcomes
