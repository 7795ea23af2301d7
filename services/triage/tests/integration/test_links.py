"""Duplicates and links through real Kafka and FerretDB: related reports are linked once, others are not."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pymongo
import pytest

from pseah.common.events import EventTypes

pytestmark = pytest.mark.integration

FIRST = ("Kemarin malam relawan PMI bernama Pak Dedi memaksa adik saya Rina (15 tahun) masuk ke tenda logistik di "
         "posko Cugenang dan memperkosanya. Adik saya sekarang sakit dan takut keluar tenda.")
SECOND = ("sy mau lapor, adik sy Rina umur 15 thn diperkosa sama relawan pmi namanya dedi di tenda logistik cugenang "
          "semalam. skrg dia sakit gk mau keluar")
UNRELATED = ("Saya mau menyampaikan bahwa pembagian air bersih di Desa Sukamulya sering terlambat dan antreannya "
             "panjang sekali, mohon jadwalnya diumumkan.")


def linked(events, reference=None):
    return [e for e in events if e.type == EventTypes.REPORT_LINKED
            and (reference is None or reference in (e.subject, e.data.get("related_reference")))]


def triaged(events, reference):
    return [e for e in events if e.type == EventTypes.REPORT_TRIAGED and e.subject == reference]


def test_two_reports_of_one_incident_are_linked_once_and_an_unrelated_one_is_not(triage):
    now = datetime.now(UTC)
    first = triage.report(FIRST, received_at=now - timedelta(days=1), channel="web", region_code="3203")
    triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, first.subject))
    second = triage.report(SECOND, received_at=now, channel="sms", region_code="32.03")
    unrelated = triage.report(UNRELATED, received_at=now, channel="web", region_code="3203")

    events = triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC",
                           until=lambda ev: linked(ev, second.subject) and triaged(ev, unrelated.subject))
    link = linked(events, second.subject)[0]
    assert link.subject == second.subject  # the report received later
    assert link.data["related_reference"] == first.subject
    reasons = ", ".join(link.data["reasons"])
    assert "same organisation" in reasons and "same regency" in reasons and "1 day apart" in reasons, reasons
    assert "similar wording" in reasons and "different channels (sms, web)" in reasons, reasons
    assert 0.4 <= link.data["score"] <= 1
    raw = link.to_bytes().decode().casefold()
    assert "rina" not in raw and "dedi" not in raw and "tenda" not in raw

    triage.publish(second)  # redelivered after it was handled: no second link, no second event
    time.sleep(4)
    events = triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, unrelated.subject))
    # One link event (consumers de-duplicate by id; the outbox may send one event twice, never two events).
    assert len({e.id for e in linked(events, second.subject)}) == 1
    assert linked(events, unrelated.subject) == []


def test_fingerprints_and_decisions_hold_no_words_of_the_report(triage):
    reference = triage.report("Relawan bernama Kusnadi dari posko Ciherang meminta foto Wulandari tanpa baju.",
                              region_code="3203").subject
    triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: triaged(ev, reference))
    with pymongo.MongoClient(triage.env.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")) as client:
        db = client[triage.env["PSEAH_TRIAGE_DATABASE"]]
        decision = db.decisions.find_one({"_id": reference})
        assert decision["fingerprint"]["w"], "a fingerprint was stored"
        group = db.fingerprint_groups.find_one({"_id": "region:3203"})
        assert group["e"], "the fingerprint joined its regency's group"
        stored = repr(decision) + repr(group)
    for word in ("kusnadi", "ciherang", "wulandari", "baju", "foto"):
        assert word not in stored.casefold()
