"""report.received.v1 read through its typed payload (pseah.common.payloads): a report as intake publishes it is
triaged from typed fields; one that breaks its contract is dead-lettered with the reason and touches nothing."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pseah.common.crypto import KeyRing, KeyUnavailable
from pseah.common.events import CloudEvent, EventTypes, Topics, new_event
from pseah.common.payloads import ReportTriaged, payload
from pseah.common.producer import LazyProducer
from pseah.triage import streams
from pseah.triage.decisions import service

REFERENCE = "PSEAH-7K3F9QX2"
NARRATIVE = "Tadi malam saya dipaksa berhubungan badan oleh staf UNICEF di belakang tenda posko."


class MemoryKeyRing(KeyRing):
    """The real KeyRing's sealing with keys held in memory instead of the key store (unit tests only)."""

    def __init__(self):
        super().__init__(wrapper=None)

    def create(self, reference: str) -> bytes:
        self._cache[reference] = AESGCM.generate_key(bit_length=256)
        return self._cache[reference]

    def get(self, reference: str, *, fresh: bool = False) -> bytes:
        if reference not in self._cache:
            raise KeyUnavailable(reference)
        return self._cache[reference]


@pytest.fixture
def keyring():
    ring = MemoryKeyRing()
    ring.create(REFERENCE)
    return ring


def received(keyring, **changes):
    """report.received.v1 with every field intake's received_event_data writes."""
    data = {"reference": REFERENCE, "channel": "web", "received_at": "2026-12-05T01:00:00+00:00", "language": "id",
            "reporter_role": "survivor", "incident_date": "2026-12-04", "region_code": "3203",
            "survivor_age_group": "adult", "survivor_gender": "female", "perpetrator_org": None,
            "consent": {"referral": True, "contact": False, "share_with_org": True},
            "sealed": {"narrative": keyring.seal(REFERENCE, NARRATIVE), "contact": None,
                       "perpetrator_description": None, "place_text": None, "perpetrator_org_text": None}}
    data.update(changes)
    return new_event(type=EventTypes.REPORT_RECEIVED, source="pseah/intake", subject=REFERENCE, data=data,
                     actor="anonymous-reporter")


def test_a_report_as_intake_publishes_it_is_triaged_from_typed_fields(keyring):
    report = received(keyring)
    decision = service.decide(received=report, keyring=keyring)
    assert decision.received_at == datetime(2026, 12, 5, 1, 0, tzinfo=UTC)
    assert (decision.channel, decision.region_code, decision.org_id) == ("web", "3203", "unicef")
    [owed] = decision.pending_events
    out = CloudEvent.from_bytes(owed["value"].encode())
    triaged = payload(out, ReportTriaged)  # what triage sends keeps its own contract
    assert triaged.consent.referral is True and triaged.consent.share_with_org is True
    assert (triaged.language, triaged.survivor_gender, triaged.survivor_age_group) == ("id", "female", "adult")
    assert triaged.sealed.reasons and triaged.sealed.narrative == report.data["sealed"]["narrative"]
    assert NARRATIVE not in owed["value"]


class FakeProducer(LazyProducer):
    """The process's producer holder over a recording producer: what would reach Kafka is in `sent`."""

    def __init__(self):
        super().__init__(lambda: self)
        self.sent = []

    def send(self, topic, *, key=None, value=None, headers=None):
        self.sent.append((topic, key, value, dict(headers or [])))
        return SimpleNamespace(get=lambda timeout=None: None)


def message(event):
    return SimpleNamespace(value=event.to_bytes(), key=event.key, headers=[],
                           message=SimpleNamespace(offset=7, partition=0))


@pytest.mark.parametrize("broken", [
    {"channel": "carrier_pigeon"},                         # outside the enumeration
    {"sealed": {"narrative": "x"}},                        # the four other sealed fields are required
    {"consent": None},                                     # required object
    {"received_at": "yesterday-ish"},                      # not a timestamp
])
def test_a_report_that_breaks_its_contract_is_dead_lettered_with_the_reason_and_nothing_else(
        keyring, monkeypatch, broken):
    touched = []
    monkeypatch.setattr(streams.due, "expect_all", lambda clocks: touched.append("clock"))
    monkeypatch.setattr(streams.TriageDecision, "save", lambda *a, **kw: touched.append("save"))
    monkeypatch.setattr(streams.service, "enqueue", lambda **kw: touched.append("queue"))
    producer = FakeProducer()
    event = received(keyring, **broken)
    outcome = asyncio.run(streams.triage_message(message(event), consumed=Topics.REPORTS, keyring=keyring,
                                                 producer=producer))
    assert outcome == "dead_lettered" and touched == []
    assert producer.sent == [(Topics.dead_letter(Topics.REPORTS), event.key, event.to_bytes(),
                              {"dlq_reason": b"payload_breaks_contract"})]


def test_other_event_types_on_the_stream_are_skipped_untouched(keyring):
    producer = FakeProducer()
    other = new_event(type=EventTypes.REPORTER_MESSAGE_POSTED, source="pseah/intake", subject=REFERENCE,
                      data={"reference": REFERENCE})
    assert asyncio.run(streams.triage_message(message(other), consumed=Topics.REPORTS, keyring=keyring,
                                              producer=producer)) == "skipped"
    assert producer.sent == []


def test_a_breached_clock_is_published_as_its_typed_payload(keyring):
    """deadline.breached.v1 as record_breaches writes it: notification and analytics decode it."""
    from datetime import timedelta

    from pseah.common.payloads import DeadlineBreached

    decision = service.decide(received=received(keyring), keyring=keyring)
    decision.pending_events = []
    late = max(d.due_at for d in decision.deadlines) + timedelta(hours=1)
    assert service.record_breaches(decision=decision, now=late) == len(decision.deadlines)
    breaches = [payload(CloudEvent.from_bytes(item["value"].encode()), DeadlineBreached)
                for item in decision.pending_events]
    assert {b.kind for b in breaches} == {d.kind for d in decision.deadlines}
    assert all(b.reference == REFERENCE and b.due_at.tzinfo is not None and b.org_id == "unicef" for b in breaches)


def test_a_store_error_is_retried_in_place_until_the_report_is_triaged(keyring, monkeypatch):
    """The store dropping a connection (AutoReconnect) must not crash the agent (faust would acknowledge the event
    and lose the report): the same message is tried again, with growing pauses, until it is triaged."""
    from pymongo.errors import AutoReconnect

    calls, pauses = [], []

    def flaky(**kwargs):
        [event] = kwargs["events"]
        calls.append(event.subject)
        if len(calls) < 3:
            raise AutoReconnect("127.0.0.1:27017: connection closed")

    async def pause(seconds):
        pauses.append(seconds)

    monkeypatch.setattr(streams, "handle_received_all", flaky)
    event = received(keyring)
    outcome = asyncio.run(streams.triage_message(message(event), sleep=pause, consumed=Topics.REPORTS,
                                                 keyring=keyring, producer=FakeProducer()))
    assert outcome == "triaged"
    assert calls == [event.subject] * 3 and pauses == [0.5, 1.0]


def test_a_report_that_can_never_succeed_is_dead_lettered_at_once_not_retried(keyring):
    pauses = []

    async def pause(seconds):
        pauses.append(seconds)

    producer = FakeProducer()
    event = received(keyring, channel="carrier_pigeon")
    assert asyncio.run(streams.triage_message(message(event), sleep=pause, consumed=Topics.REPORTS,
                                              keyring=keyring, producer=producer)) == "dead_lettered"
    assert pauses == [] and len(producer.sent) == 1


@pytest.mark.parametrize(("age_group", "priority"), [("adult", "high"), ("unknown", "high"), ("child", "critical")])
def test_a_fault_of_the_classifier_holds_the_report_for_an_officer_instead_of_parking_it(
        keyring, monkeypatch, age_group, priority):
    """A bug in the classifier (a KeyError whose key is a word of the report) must not keep the report from every
    focal point: it is proposed from the form's fields alone, at the unplaced floor, reviewed, with no confidence;
    the log says where the error was raised and never the report's words."""
    from structlog.testing import capture_logs

    real = service.classify

    def faulty(**fields):
        if fields["narrative"]:
            return {}[fields["narrative"].split()[3]]  # KeyError('dipaksa'): a word of the report
        return real(**fields)

    monkeypatch.setattr(service, "classify", faulty)
    with capture_logs() as logs:
        decision = service.decide(received=received(keyring, survivor_age_group=age_group), keyring=keyring)
    proposed = decision.automatic
    assert (proposed["priority"], proposed["needs_review"], proposed["confidence"]) == (priority, True, 0.0)
    assert proposed["child_involved"] is (priority == "critical")
    reasons = keyring.open(REFERENCE, decision.sealed_reasons)
    assert service.HELD_REASON in reasons and "dipaksa" not in reasons
    [failed] = [entry for entry in logs if entry["event"] == "classification_failed"]
    assert failed["error_type"] == "KeyError" and failed["raised_at"].endswith(" faulty")
    assert "dipaksa" not in repr(logs)


def test_a_poll_is_triaged_in_one_call_and_a_report_at_fault_is_parked_alone(keyring, monkeypatch):
    """The reports of one poll go to handle_received_all together (their fingerprints registered and compared in two
    commands); one that breaks its contract is dead-lettered before, by itself. Should the poll meet a report that
    can never succeed (its case key erased), the poll is handled again one report at a time: only that one is
    parked, the others are triaged."""
    kept, erased = "PSEAH-7K3F9QX3", "PSEAH-7K3F9QX4"

    def polled(event, reference):
        return SimpleNamespace(value=event.model_copy(update={"subject": reference}).to_bytes(), key=event.key,
                               headers=[], message=SimpleNamespace(offset=7, partition=0, topic=Topics.REPORTS))

    calls = []

    def triage_all(**kwargs):
        subjects = [event.subject for event in kwargs["events"]]
        calls.append(subjects)
        if erased in subjects:
            raise KeyUnavailable(erased)

    monkeypatch.setattr(streams, "handle_received_all", triage_all)
    producer = FakeProducer()
    poll = [polled(received(keyring, channel="carrier_pigeon"), REFERENCE), polled(received(keyring), kept),
            polled(received(keyring), "PSEAH-7K3F9QX5")]
    triaged = asyncio.run(streams.triage_poll(poll, keyring=keyring, producer=producer))
    assert [event.subject for event in triaged] == [kept, "PSEAH-7K3F9QX5"]
    assert calls == [[kept, "PSEAH-7K3F9QX5"]]
    assert [headers for *_, headers in producer.sent] == [{"dlq_reason": b"payload_breaks_contract"}]

    calls.clear()
    producer.sent.clear()
    asyncio.run(streams.triage_poll([polled(received(keyring), kept), polled(received(keyring), erased)],
                                    keyring=keyring, producer=producer))
    assert calls == [[kept, erased], [kept], [erased]]
    assert [headers for *_, headers in producer.sent] == [{"dlq_reason": b"KeyUnavailable"}]
