"""The erase flow over a store fake: the commit point (record and event together), then the key shredded; unknown
cases and second erasures change nothing; an interrupted erasure is completed; the retention policy erases exactly the
due cases, as `retention-policy`, and a dry run erases nothing."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from pseah.common import payloads
from pseah.common.crypto import KeyUnavailable
from pseah.common.events import EventTypes, Topics
from pseah.intake.erasure import flows
from pseah.intake.erasure.policy import parse
from pseah.intake.erasure.service import CaseState, ClosedCase

NOW = datetime(2031, 6, 1, 9, 0, tzinfo=UTC)
CANARY = "kanari-8d1e-narasi"


@dataclass
class FakeStore:
    """What MongoErasureStore keeps, in memory: reports (erasure record or None), events owed, the closed list."""

    reports: dict[str, dict | None] = field(default_factory=dict)
    owed: list = field(default_factory=list)
    closed: dict[str, ClosedCase] = field(default_factory=dict)
    read_until: list[str] = field(default_factory=list)
    lose_race: bool = False

    def load(self, reference):
        if reference not in self.reports:
            return None
        return CaseState(reference=reference, erasure=self.reports[reference])

    def commit(self, *, reference, record, event):
        if self.lose_race:  # another request erased it between our read and our write
            self.reports[reference] = {**record, "actor": "coordinator-2"}
            return False
        if self.reports.get(reference) is not None:
            return False
        self.reports[reference] = dict(record)
        self.owed.append((Topics.CASES, event))
        return True

    def unschedule(self, reference):
        self.closed.pop(reference, None)

    def closed_until(self, last_day):
        self.read_until.append(last_day)
        for case in sorted(self.closed.values(), key=lambda c: c.closed_at):
            if case.closed_at.date().isoformat() <= last_day:
                yield case


def new_case(store, keyring, reference="PSEAH-ERAS0001"):
    keyring.create(reference)
    store.reports[reference] = None
    return reference, keyring.seal(reference, CANARY)


def test_erasing_commits_record_and_event_together_then_shreds_the_key(keyring):
    store = FakeStore()
    reference, sealed = new_case(store, keyring)
    record = flows.erase(reference=reference, reason="survivor_request", decision="DPO-2031/7", actor="coordinator",
                         keyring=keyring, store=store, now=NOW)
    assert (record.reference, record.reason, record.decision, record.actor, record.erased_at) == \
        (reference, "survivor_request", "DPO-2031/7", "coordinator", NOW)
    assert store.reports[reference]["reason"] == "survivor_request"
    [(topic, event)] = store.owed
    assert topic == Topics.CASES and event.type == EventTypes.CASE_ERASED and event.subject == reference
    assert event.actor == "coordinator" and event.source == "pseah/intake"
    # The event is the contract's (the typed payload validates) and carries codes and times only.
    data = payloads.payload(event, payloads.CaseErased)
    assert (data.reason, data.decision, data.rule, data.erased_at) == ("survivor_request", "DPO-2031/7", None, NOW)
    assert CANARY not in event.to_bytes().decode() and "sealed" not in event.data
    assert keyring.shredded == [reference]
    with pytest.raises(KeyUnavailable):
        keyring.open(reference, sealed)


def test_an_unknown_case_changes_nothing(keyring):
    store = FakeStore()
    other, sealed = new_case(store, keyring)
    with pytest.raises(flows.CaseNotFound):
        flows.erase(reference="PSEAH-NONE0000", reason="survivor_request", actor="c", keyring=keyring, store=store)
    assert store.owed == [] and keyring.shredded == [] and keyring.open(other, sealed) == CANARY


def test_a_second_erasure_answers_the_first_and_completes_its_shredding(keyring):
    store = FakeStore()
    reference, sealed = new_case(store, keyring)
    first = flows.erase(reference=reference, reason="entered_in_error", actor="coordinator", keyring=keyring,
                        store=store, now=NOW)
    # As if the first process died after its commit point: the key is back in the (fake) key store.
    keyring._cache[reference] = b"k" * 32
    with pytest.raises(flows.AlreadyErased) as again:
        flows.erase(reference=reference, reason="safety_risk", actor="someone-else", keyring=keyring, store=store)
    assert again.value.record == first
    assert len(store.owed) == 1 and keyring.shredded == [reference, reference]
    with pytest.raises(KeyUnavailable):
        keyring.get(reference)


def test_losing_a_race_to_another_erasure_reports_that_one(keyring):
    store = FakeStore(lose_race=True)
    reference, _ = new_case(store, keyring)
    with pytest.raises(flows.AlreadyErased) as lost:
        flows.erase(reference=reference, reason="safety_risk", actor="coordinator", keyring=keyring, store=store)
    assert lost.value.record.actor == "coordinator-2" and store.owed == []
    assert reference in keyring.shredded


def test_an_unknown_reason_is_refused_before_anything_is_read(keyring):
    store = FakeStore()
    reference, sealed = new_case(store, keyring)
    with pytest.raises(ValueError):
        flows.erase(reference=reference, reason="because", actor="c", keyring=keyring, store=store)
    assert store.owed == [] and keyring.open(reference, sealed) == CANARY


POLICY = parse({"version": 1, "rules": [
    {"name": "closed-unsubstantiated", "outcomes": ["unsubstantiated", "none"], "keep": {"years": 2}},
    {"name": "closed", "keep": {"years": 5}}]})


def closed_case(store, keyring, reference, *, closed_at, outcome):
    _, sealed = new_case(store, keyring, reference)
    store.closed[reference] = ClosedCase(reference=reference, closed_at=closed_at, outcome=outcome)
    return sealed


def test_the_policy_erases_exactly_the_due_cases_as_the_policy(keyring):
    store = FakeStore()
    due_short = closed_case(store, keyring, "PSEAH-DUE00001", closed_at=NOW - timedelta(days=800), outcome=None)
    due_long = closed_case(store, keyring, "PSEAH-DUE00002", closed_at=NOW.replace(year=2026),
                           outcome="substantiated")
    kept_long = closed_case(store, keyring, "PSEAH-KEPT0001", closed_at=NOW - timedelta(days=800),
                            outcome="substantiated")
    kept_young = closed_case(store, keyring, "PSEAH-KEPT0002", closed_at=NOW - timedelta(days=10), outcome=None)
    published = []
    outcomes = flows.erase_due(policy=POLICY, keyring=keyring, store=store, now=NOW, on_erased=published.append)
    assert {(o.reference, o.rule, o.result) for o in outcomes} == {
        ("PSEAH-DUE00001", "closed-unsubstantiated", "erased"), ("PSEAH-DUE00002", "closed", "erased")}
    assert sorted(published) == ["PSEAH-DUE00001", "PSEAH-DUE00002"]
    # Read only up to the last closing day that can be due (two years of 365 days back), never the whole list.
    assert store.read_until == [(NOW - timedelta(days=730)).date().isoformat()]
    for reference, sealed in (("PSEAH-DUE00001", due_short), ("PSEAH-DUE00002", due_long)):
        with pytest.raises(KeyUnavailable):
            keyring.open(reference, sealed)
        record = store.reports[reference]
        assert (record["reason"], record["actor"]) == ("retention_expired", "retention-policy")
        assert reference not in store.closed
    events = {e.subject: json.loads(e.to_bytes()) for _, e in store.owed}
    assert events["PSEAH-DUE00002"]["data"]["rule"] == "closed"
    assert events["PSEAH-DUE00002"]["data"]["closed_at"] == NOW.replace(year=2026).isoformat()
    assert keyring.open("PSEAH-KEPT0001", kept_long) == CANARY and keyring.open("PSEAH-KEPT0002", kept_young) == CANARY
    assert set(store.closed) == {"PSEAH-KEPT0001", "PSEAH-KEPT0002"}


def test_a_dry_run_lists_the_due_cases_and_erases_nothing(keyring):
    store = FakeStore()
    sealed = closed_case(store, keyring, "PSEAH-DUE00003", closed_at=NOW - timedelta(days=800), outcome=None)
    outcomes = flows.erase_due(policy=POLICY, keyring=keyring, store=store, now=NOW, dry_run=True)
    assert [(o.reference, o.result) for o in outcomes] == [("PSEAH-DUE00003", "due")]
    assert store.owed == [] and keyring.open("PSEAH-DUE00003", sealed) == CANARY
    assert "PSEAH-DUE00003" in store.closed


def test_a_listed_case_erased_already_or_gone_leaves_the_list(keyring):
    store = FakeStore()
    closed_case(store, keyring, "PSEAH-DUE00004", closed_at=NOW - timedelta(days=800), outcome=None)
    flows.erase(reference="PSEAH-DUE00004", reason="survivor_request", actor="coordinator", keyring=keyring,
                store=store, now=NOW - timedelta(days=1))
    store.closed["PSEAH-DUE00004"] = ClosedCase("PSEAH-DUE00004", NOW - timedelta(days=800), None)
    store.closed["PSEAH-GONE0001"] = ClosedCase("PSEAH-GONE0001", NOW - timedelta(days=900), None)
    outcomes = flows.erase_due(policy=POLICY, keyring=keyring, store=store, now=NOW)
    assert {(o.reference, o.result) for o in outcomes} == {("PSEAH-DUE00004", "already_erased"),
                                                          ("PSEAH-GONE0001", "unknown")}
    assert store.closed == {} and len(store.owed) == 1
