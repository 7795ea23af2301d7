"""The deadline sweep on the real FerretDB and Kafka: every clock past due is reported once however many cases have
open clocks, the cursor never skips an unreported one, and nothing is read by anything but `_id`."""
from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from kafka import KafkaConsumer, TopicPartition

from pseah.common.events import CloudEvent, EventTypes, Topics
from pseah.common.kafka import ensure_topics, make_producer
from pseah.common.testing import scratch_store
from pseah.triage.decisions import due
from pseah.triage.decisions.models import Deadline, TriageDecision
from pseah.triage.streams import check_clocks

pytestmark = pytest.mark.integration
NOW = datetime.now(UTC).replace(microsecond=0)
MODELS = (TriageDecision, due.DueClocks, due.ClockMark)
GROWING = {"decisions", "clocks_due"}


@pytest.fixture
def store(tmp_path):
    log = tmp_path / "queries.jsonl"
    with scratch_store(*MODELS, prefix="pseah_test_triage_clocks", query_log=log) as settings:
        yield settings, log


@pytest.fixture
def kafka(store):
    settings, _ = store
    topic = f"pseah.test.clocks.{uuid.uuid4().hex[:8]}"
    ensure_topics(bootstrap=settings.kafka_bootstrap, partitions=1, topics=[topic, Topics.priority(topic)])
    producer = make_producer(bootstrap=settings.kafka_bootstrap, client_id="pseah-test-clocks")
    try:
        yield settings.kafka_bootstrap, topic, producer
    finally:
        producer.close(5)


def _decision(ref: str, *, due_at: datetime, priority: str = "high") -> TriageDecision:
    decision = TriageDecision(reference=ref, source_event_id=f"e-{ref}", received_at=due_at - timedelta(hours=24),
                              automatic={"priority": priority, "category": "sexual_exploitation"}, route="focal_point",
                              deadlines=[Deadline(kind="acknowledgement", due_at=due_at)])
    due.expect(reference=ref, deadlines=decision.deadlines)
    decision.save(force_insert=True)
    return decision


def _breaches(bootstrap: str, topic: str) -> list[CloudEvent]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                             consumer_timeout_ms=3000)
    parts = [TopicPartition(t, 0) for t in (topic, Topics.priority(topic))]
    consumer.assign(parts)
    consumer.seek_to_beginning(*parts)
    events = [CloudEvent.from_bytes(r.value) for r in consumer]
    consumer.close()
    return [e for e in events if e.type == EventTypes.DEADLINE_BREACHED]


def test_every_due_clock_is_reported_once_past_the_tick_limit_and_only_by_id(store, kafka):
    _, log = store
    bootstrap, topic, producer = kafka
    # Open clocks not due for two days, stored first; then the due ones. A `limit` on "open clocks" in store order
    # (the old sweep) checked only the first ones and never reported these.
    for n in range(40):
        _decision(f"PSEAH-F{n:07d}", due_at=NOW + timedelta(hours=48))
    late = [f"PSEAH-L{n:07d}" for n in range(5)]
    for n, ref in enumerate(late):
        _decision(ref, due_at=NOW - timedelta(hours=3, minutes=n))
    # Two ticks of at most 3 decisions each: the first leaves the cursor at the hour of what it could not take.
    assert check_clocks(producer=producer, now=NOW, topic=topic, limit=3) == 3
    assert check_clocks(producer=producer, now=NOW, topic=topic, limit=3) == 2
    assert check_clocks(producer=producer, now=NOW, topic=topic, limit=3) == 0  # nothing twice

    breaches = _breaches(bootstrap, topic)
    assert sorted(e.subject for e in breaches) == sorted(late)
    assert len({e.id for e in breaches}) == len(late)
    # The cursor stands at this hour: the hours gone by hold nothing open.
    assert due.ClockMark.objects(id="sweep-cursor").first().value == due.hour(NOW)

    # Two days later the other clocks fall due, and the sweep finds them from its cursor.
    later = NOW + timedelta(hours=49)
    assert check_clocks(producer=producer, now=later, topic=topic, limit=500) == 40

    scans = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    assert [s for s in scans if s["collection"] in GROWING] == [], scans


def test_a_completed_clock_is_never_reported_and_a_confirmation_moves_it(store, kafka):
    bootstrap, topic, producer = kafka
    done = _decision("PSEAH-D0000001", due_at=NOW - timedelta(hours=1))
    TriageDecision.objects(reference=done.reference).update_one(set__deadlines__0__completed_at=NOW - timedelta(hours=2))
    moved = _decision("PSEAH-M0000001", due_at=NOW + timedelta(hours=30))
    # A confirmation that brings the clock forward registers its new hour before writing it (confirmation.py).
    earlier = [Deadline(kind="acknowledgement", due_at=NOW - timedelta(minutes=30))]
    due.expect(reference=moved.reference, deadlines=earlier)
    TriageDecision.objects(reference=moved.reference).update_one(set__deadlines=earlier)

    assert check_clocks(producer=producer, now=NOW, topic=topic) == 1
    assert [e.subject for e in _breaches(bootstrap, topic)] == [moved.reference]


def test_the_backfill_registers_clocks_stored_before_the_buckets_existed(store, kafka):
    bootstrap, topic, producer = kafka
    old = TriageDecision(reference="PSEAH-B0000001", source_event_id="e-old", received_at=NOW - timedelta(days=3),
                         automatic={"priority": "high"}, route="focal_point",
                         deadlines=[Deadline(kind="acknowledgement", due_at=NOW - timedelta(days=2))])
    old.save(force_insert=True)  # as the code before the buckets wrote it: no expect()
    due.ClockMark.objects(id="sweep-cursor").update_one(set__value=due.hour(NOW), upsert=True)  # a sweep ran already
    assert due.backfill() == 1
    assert due.backfill() == 0  # once per database
    assert check_clocks(producer=producer, now=NOW, topic=topic) == 1
    assert [e.subject for e in _breaches(bootstrap, topic)] == [old.reference]


def test_a_clock_registered_behind_the_cursor_is_still_reported(store, kafka):
    bootstrap, topic, producer = kafka
    assert check_clocks(producer=producer, now=NOW, topic=topic) == 0  # an empty store: the cursor at this hour
    assert due.ClockMark.objects(id="sweep-cursor").first().value == due.hour(NOW)
    # A report received nine days ago, triaged only now (a backlog after an outage): its clocks lie behind.
    late = _decision("PSEAH-O0000001", due_at=NOW - timedelta(days=8))
    assert due.ClockMark.objects(id="sweep-cursor").first().value == due.hour(late.deadlines[0].due_at)
    assert check_clocks(producer=producer, now=NOW, topic=topic) == 1
    assert [e.subject for e in _breaches(bootstrap, topic)] == [late.reference]


def test_a_flood_spreads_its_clocks_over_small_buckets_and_a_tick_reads_only_the_clocks_due(store, kafka):
    _, log = store
    bootstrap, topic, producer = kafka
    # 200 reports whose clocks fall due in the same two minutes: with one bucket an hour, one document took them all
    # (FerretDB rewrote it whole for each one).
    soon = NOW.replace(second=0) + timedelta(minutes=2)
    refs = [f"PSEAH-S{n:07d}" for n in range(200)]
    for n, ref in enumerate(refs):
        _decision(ref, due_at=soon + timedelta(seconds=n % 120))
    buckets = {due.bucket(reference=ref, at=soon + timedelta(seconds=n % 120)) for n, ref in enumerate(refs)}
    sizes = [len(doc.refs) for doc in due.DueClocks.objects(id__in=sorted(buckets))]
    assert len(buckets) == 2 * due.SHARDS and sum(sizes) == 200 and max(sizes) < 100, sizes
    # Not yet due: a tick reads none of their decisions, and leaves the cursor at this hour.
    decisions, _, _ = due.candidates(now=NOW)
    assert decisions == []
    assert check_clocks(producer=producer, now=NOW, topic=topic) == 0
    # Once due, each is reported once.
    after = soon + timedelta(minutes=3)
    assert check_clocks(producer=producer, now=after, topic=topic) == 200
    assert check_clocks(producer=producer, now=after, topic=topic) == 0
    assert sorted(e.subject for e in _breaches(bootstrap, topic)) == refs
    scans = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    assert [s for s in scans if s["collection"] in GROWING] == [], scans


def test_a_cursor_far_behind_walks_forward_a_window_a_tick_and_hour_buckets_of_before_are_read(store, kafka):
    bootstrap, topic, producer = kafka
    back = NOW - timedelta(hours=2 * due.WINDOW_HOURS)
    due.ClockMark(id="sweep-cursor", value=due.hour(back)).save(force_insert=True)
    # A clock in an hour bucket written by the code before minute buckets, one window after the cursor.
    old = TriageDecision(reference="PSEAH-H0000001", source_event_id="e-h", received_at=back,
                         automatic={"priority": "high"}, route="focal_point",
                         deadlines=[Deadline(kind="acknowledgement", due_at=back + timedelta(hours=due.WINDOW_HOURS))])
    old.save(force_insert=True)
    due.DueClocks(id=due.hour(old.deadlines[0].due_at), refs=[old.reference]).save(force_insert=True)
    # The first tick reads one window from the cursor (nothing there) and moves the cursor one window, not to now:
    # the hours after it are read on the next ticks.
    assert check_clocks(producer=producer, now=NOW, topic=topic) == 0
    assert due.ClockMark.objects(id="sweep-cursor").first().value == due.hour(back + timedelta(hours=due.WINDOW_HOURS))
    assert check_clocks(producer=producer, now=NOW, topic=topic) == 1
    assert [e.subject for e in _breaches(bootstrap, topic)] == [old.reference]


def test_a_poll_registers_its_clocks_together_and_every_due_one_is_reported(store, kafka):
    """due.expect_all (triage's poll): the clocks of many cases, several in one bucket, registered at once (each
    bucket once, in commands of at most 50 statements); every one of them due is reported once."""
    bootstrap, topic, producer = kafka
    decisions = [TriageDecision(reference=f"PSEAH-P{n:07d}", source_event_id=f"e-{n}", received_at=NOW,
                                automatic={"priority": "high", "category": "sexual_exploitation"},
                                route="focal_point",
                                deadlines=[Deadline(kind="acknowledgement", due_at=NOW - timedelta(hours=2, minutes=n % 70))])
               for n in range(120)]
    due.expect_all({decision.reference: decision.deadlines for decision in decisions})
    for decision in decisions:
        decision.save(force_insert=True)
    registered = {ref for doc in due.DueClocks.objects() for ref in doc.refs}
    assert registered == {decision.reference for decision in decisions}
    assert check_clocks(producer=producer, now=NOW, topic=topic, limit=500) == 120
    assert len(_breaches(bootstrap, topic)) == 120
