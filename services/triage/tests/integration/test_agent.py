"""The triage faust agent through real Kafka and FerretDB: classify, route, clocks, no loss, no doubles."""
from __future__ import annotations

import json
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx
import pymongo
import pytest
from kafka import KafkaConsumer, TopicPartition

from pseah.common.events import EventTypes, effect_id, new_event
from pseah.common.outbox import OWED
from pseah.common.settings import CommonSettings

pytestmark = pytest.mark.integration


def triaged(events, reference=None):
    return [e for e in events if e.type == EventTypes.REPORT_TRIAGED and (reference is None or e.subject == reference)]


def test_report_is_triaged_routed_to_the_employer_and_reasons_stay_sealed(triage):
    received = triage.report("Tadi malam saya dipaksa berhubungan badan oleh staf UNICEF di belakang tenda posko.",
                             language="id", survivor_gender="female", survivor_age_group="adult")
    events = triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, received.subject))
    out = triaged(events, received.subject)[0]
    # What matching needs to pick a provider who serves this survivor, passed on from the report.
    assert (out.data["language"], out.data["survivor_gender"], out.data["survivor_age_group"]) == ("id", "female", "adult")
    assert out.data["category"] == "sexual_abuse"
    assert out.data["urgent_medical"] is True and out.data["priority"] == "critical"
    assert out.data["org_id"] == "unicef" and out.data["route"] == "focal_point"
    assert {d["kind"] for d in out.data["deadlines"]} >= {"acknowledgement", "referral_offered"}
    raw = out.to_bytes().decode()
    assert "dipaksa" not in raw and "tenda" not in raw  # reasons quote the narrative: only sealed
    reasons = json.loads(triage.keyring.open(received.subject, out.data["sealed"]["reasons"]))
    assert any("72" in r or "malam" in r for r in reasons), reasons


def test_kafka_first_the_decision_is_stored_owing_nothing_and_its_event_has_the_reports_effect_id(triage):
    received = triage.report("Relawan IOM meminta istri saya menemaninya semalam dengan imbalan terpal.")
    out = triaged(triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, received.subject)),
                  received.subject)[0]
    assert out.id == effect_id(received.id, EventTypes.REPORT_TRIAGED)  # the same on a redelivery's try
    with pymongo.MongoClient(CommonSettings().mongo_uri) as client:
        db = client[triage.env["PSEAH_TRIAGE_DATABASE"]]
        deadline = time.monotonic() + 30
        while (stored := db["decisions"].find_one({"_id": received.subject})) is None:
            assert time.monotonic() < deadline, "the decision was never stored"
            time.sleep(0.2)
        # Published before the write, so written owing nothing: no event kept, no outbox marker announced.
        assert not stored.get("pending_events") and not stored.get("has_pending")
        assert db[OWED].find_one({"_id": f"decisions:{received.subject}"}) is None


def test_a_redelivered_report_is_triaged_once(triage):
    received = triage.report("Relawan PMI minta pacaran dengan imbalan sembako untuk kakak saya.")
    triage.publish(received)  # the same event again, as after a producer retry
    triage.publish(received)
    triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, received.subject))
    time.sleep(3)  # the duplicates are right behind the original on the same partition
    later = triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, received.subject))
    assert len({e.id for e in triaged(later, received.subject)}) == 1
    assert triaged(later, received.subject)[0].data["org_id"] == "pmi"


def test_an_unreadable_report_is_dead_lettered_and_does_not_block_the_next(triage):
    broken = triage.report("Ini laporan yang kuncinya sudah dihapus.", send=False)
    triage.keyring.shred(broken.subject)  # crypto-shredded before triage saw it
    triage.publish(broken)
    good = triage.report("Petugas distribusi bantuan meminta foto telanjang dengan imbalan terpal.")
    events = triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, good.subject))
    assert not triaged(events, broken.subject)
    dlq = triage.env["PSEAH_TRIAGE_REPORTS_TOPIC"] + ".dlq"
    consumer = KafkaConsumer(bootstrap_servers=triage.env["PSEAH_KAFKA_BOOTSTRAP"], enable_auto_commit=False,
                             consumer_timeout_ms=5000)
    partitions = [TopicPartition(dlq, p) for p in consumer.partitions_for_topic(dlq)]
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    parked = [(r.key, dict(r.headers)) for r in consumer]
    consumer.close()
    assert (broken.key, {"dlq_reason": b"KeyUnavailable"}) in parked


def test_past_due_clocks_publish_one_breach_each(triage):
    long_ago = datetime.now(UTC) - timedelta(days=9)
    received = triage.report("Kemarin seorang relawan memegang paha saya saat antre bantuan.", received_at=long_ago)
    events = triage.events(
        "PSEAH_TRIAGE_TRIAGE_TOPIC",
        until=lambda ev: len([e for e in ev if e.type == EventTypes.DEADLINE_BREACHED and e.subject == received.subject]) >= 2)
    breaches = [e for e in events if e.type == EventTypes.DEADLINE_BREACHED and e.subject == received.subject]
    planned = {d["kind"] for d in triaged(events, received.subject)[0].data["deadlines"]}
    assert {b.data["kind"] for b in breaches} <= planned
    assert all(count == 1 for count in Counter(b.id for b in breaches).values())
    # The sweep that found them counted them too: pseah_deadline_breaches_total on the worker's /metrics, per kind.
    page = httpx.get(f"{triage.url}/metrics", timeout=30).text
    counted = {kind: sum(float(line.rsplit(" ", 1)[1]) for line in page.splitlines()
                         if line.startswith("pseah_deadline_breaches_total{") and f'kind="{kind}"' in line)
               for kind in {b.data["kind"] for b in breaches}}
    assert all(counted[kind] >= sum(1 for b in breaches if b.data["kind"] == kind) for kind in counted), counted


def test_a_crash_mid_stream_loses_nothing_and_doubles_nothing(triage):
    sent = [triage.report(f"Sopir lembaga bantuan memaksa saya berhubungan badan tadi malam. Nomor {n}.")
            for n in range(15)]
    triage.kill()  # SIGKILL while the batch is being processed
    sent += [triage.report(f"Staf LSM meminta imbalan seks untuk bantuan. Nomor {n}.") for n in range(15, 30)]
    triage.start()
    wanted = {e.subject for e in sent}
    events = triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: wanted <= {e.subject for e in triaged(ev)},
                           timeout=90)
    ids_by_reference: dict[str, set] = {}
    for event in triaged(events):
        ids_by_reference.setdefault(event.subject, set()).add(event.id)
    assert wanted <= set(ids_by_reference)
    # a redelivery after the crash may publish the same event again; it is never a second, different decision
    assert all(len(ids_by_reference[ref]) == 1 for ref in wanted)


def test_case_events_stop_the_clocks_they_complete_and_others_are_skipped(triage):
    """The cases stream through the worker: an acknowledgement stops the acknowledgement clock, a referral offered
    the referral clock, and an assignment (no clock of its own) changes nothing (skipped by type, before any work)."""
    received = triage.report("Relawan IOM meminta istri saya menemaninya semalam dengan imbalan terpal.")
    triaged(triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, received.subject)),
            received.subject)
    reference = received.subject
    with pymongo.MongoClient(CommonSettings().mongo_uri) as client:
        db = client[triage.env["PSEAH_TRIAGE_DATABASE"]]

        def clocks() -> dict:
            stored = db["decisions"].find_one({"_id": reference}) or {}
            return {d["kind"]: d.get("completed_at") for d in stored.get("deadlines", [])}

        def send(event_type: str) -> None:
            event = new_event(type=event_type, source="pseah/referral", subject=reference, actor="test",
                              data={"reference": reference, "org_id": "iom"})
            triage.producer.send(triage.env["PSEAH_TRIAGE_CASES_TOPIC"], key=event.key, value=event.to_bytes()).get(15)

        deadline = time.monotonic() + 30
        while not clocks():
            assert time.monotonic() < deadline, "the decision was never stored"
            time.sleep(0.2)
        assert {"acknowledgement", "referral_offered"} <= set(clocks()) and not any(clocks().values())
        send(EventTypes.CASE_ASSIGNED)
        send(EventTypes.REFERRAL_CREATED)
        deadline = time.monotonic() + 60
        while clocks()["referral_offered"] is None:
            assert time.monotonic() < deadline, "the referral clock was never stopped"
            time.sleep(0.2)
        assert clocks()["acknowledgement"] is None  # the assignment before it stopped nothing
        send(EventTypes.CASE_ACKNOWLEDGED)
        deadline = time.monotonic() + 60
        while clocks()["acknowledgement"] is None:
            assert time.monotonic() < deadline, "the acknowledgement clock was never stopped"
            time.sleep(0.2)
