"""Read models from real Kafka (both lanes) into FerretDB: once per event, through redelivery and a crash."""
from __future__ import annotations

import csv
import io
import random
import secrets
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from pseah.analytics.readmodel.cases import case_key
from pseah.common.events import EventTypes, Topics, new_event
from pseah.common.kafka import publish

from .conftest import demo_token, wait_for

pytestmark = pytest.mark.integration


def _tag() -> str:
    # A channel label no other producer uses, so the counts under it are this test's alone.
    return "itest_" + secrets.token_hex(4)


# Months far in the past that nothing else triages in, each handed to one test only (drawn without replacement:
# two tests of a run drawing the same month read each other's cells, as a fresh-clone run once did).
_UNUSED_MONTHS = random.sample([(year, month) for year in range(1990, 2016) for month in range(1, 13)], k=312)


def _month() -> datetime:
    # Tables read for this month hold only this test's cases.
    year, month = _UNUSED_MONTHS.pop()
    return datetime(year, month, 10, 8, tzinfo=UTC)


# The rest of each contract's required fields (docs/asyncapi.yaml): analytics reads typed payloads and dead-letters
# one that breaks its contract, so a test event must carry what the services publish.
REQUIRED = {
    EventTypes.REPORT_TRIAGED: {"route": "focal_point", "sealed": {}},
    EventTypes.TRIAGE_CONFIRMED: {"urgent_medical": False, "route": "focal_point", "changed": []},
    EventTypes.CASE_ASSIGNED: {"queue": "focal_point", "assignee": {"username": "fp-unicef"}, "org_id": "unicef",
                               "priority": "high", "portal_url": "http://127.0.0.1:8000/cases/x"},
    EventTypes.CASE_INVESTIGATION_UPDATED: {"owner_org": "unicef"},
    **{t: {"provider_id": "cjr-pulih", "provider_org": "pulih", "status": t.split(".")[1],
           "service_type": "psychosocial"}
       for t in (EventTypes.REFERRAL_CREATED, EventTypes.REFERRAL_ACCEPTED, EventTypes.REFERRAL_DECLINED,
                 EventTypes.REFERRAL_COMPLETED, EventTypes.REFERRAL_FAILED)},
}


def _event(type_, reference, at, **data):
    source = "pseah/triage" if type_ in (EventTypes.REPORT_TRIAGED, EventTypes.TRIAGE_CONFIRMED) else "pseah/referral"
    event = new_event(type=type_, source=source, subject=reference,
                      data={"reference": reference, **REQUIRED.get(type_, {}), **data})
    return event.model_copy(update={"time": at})


def _triaged(channel, at, *, category="sexual_exploitation"):
    reference = "PSEAH-T" + secrets.token_hex(4).upper()[:7]
    return _event(EventTypes.REPORT_TRIAGED, reference, at, channel=channel, category=category, priority="high",
                  region_code="32.03.12", org_id="unicef", perpetrator_type="aid_worker", child_involved=False,
                  language="id", deadlines=[{"kind": "acknowledgement", "due_at": (at + timedelta(hours=24)).isoformat()}],
                  sealed={"narrative": "x"})


def _settled(mongo_client, database, events) -> bool:
    applied = mongo_client[database]["applied_events"]
    return applied.count_documents({"_id": {"$in": [e.id for e in events]}, "pending": False}) == len(events)


def _cells(mongo_client, database, doc_id):
    doc = mongo_client[database]["table_cells"].find_one({"_id": doc_id}) or {}
    return {k: v for k, v in (doc.get("c") or {}).items() if v}


def _headers():
    try:
        return {"Authorization": f"Bearer {demo_token('coordinator')}"}
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"Keycloak demo logins unavailable: {type(exc).__name__}")


def test_each_event_moves_the_tables_once_from_both_lanes(analytics_service, producer, mongo_client):
    db = analytics_service.database
    channel, at = _tag(), _month()
    month = at.strftime("%Y-%m")
    events = [_triaged(channel, at) for _ in range(6)]
    for i, event in enumerate(events + events[:3]):  # the first three twice: a redelivery
        topic = Topics.priority(Topics.TRIAGE) if i % 2 else Topics.TRIAGE
        publish(producer, topic=topic, event=event)
    ref = events[0].subject
    # The officer's confirmation, on the priority lane, and its case events on the cases stream.
    confirmed = _event(EventTypes.TRIAGE_CONFIRMED, ref, at + timedelta(hours=1), category="sexual_abuse",
                       priority="critical", perpetrator_type="aid_worker", child_involved=True, org_id="unicef",
                       confirmed_at=(at + timedelta(hours=1)).isoformat(), overridden=True)
    acknowledged = _event(EventTypes.CASE_ACKNOWLEDGED, ref, at + timedelta(hours=3),
                          acknowledged_at=(at + timedelta(hours=3)).isoformat())
    referral = _event(EventTypes.REFERRAL_CREATED, ref, at + timedelta(hours=5), referral_id="r-" + ref,
                      service_type="medical", provider_id="p", provider_org="pmi", status="created")
    publish(producer, topic=Topics.priority(Topics.TRIAGE), event=confirmed)
    for event in (acknowledged, referral, acknowledged):
        publish(producer, topic=Topics.CASES, event=event)
    everything = [*events, confirmed, acknowledged, referral]
    assert wait_for(lambda: _settled(mongo_client, db, everything))

    channels = _cells(mongo_client, db, f"reports.channel|{month}")
    assert channels == {f"{channel}~n~32": 6}
    # The confirmed category replaced the automatic one for that case: 5 + 1, not 6 + 1.
    assert _cells(mongo_client, db, f"reports.category|{month}") == {"sexual_exploitation~n~32": 5,
                                                                     "sexual_abuse~n~32": 1}
    assert _cells(mongo_client, db, f"times.acknowledge|{month}") == {"le4~n~32": 1}
    assert _cells(mongo_client, db, f"deadlines|{month}") == {"acknowledgement~met~32": 1,
                                                              "acknowledgement~open~32": 5}
    assert _cells(mongo_client, db, f"referrals|{month}") == {"medical~pending~32": 1}
    case = mongo_client[db]["case_facts"].find_one({"_id": case_key(ref)})
    assert case and ref not in str(case) and "x" != case.get("narrative")

    url = f"http://127.0.0.1:{analytics_service.port}/v1/tables/reports.category"
    body = httpx.get(url, params={"from": month, "to": month}, headers=_headers(), timeout=30).json()
    counts = {c["value"]: c["count"] for c in body["cells"]}
    # One report of a category among six: neither row can be shown, since the total of 6 is public ("<5" and
    # a 5 would give 1 away, so both are shown only as suppressed).
    assert body["total"] == 6 and set(counts) == {"sexual_abuse", "sexual_exploitation"}
    assert not any(isinstance(n, int) for n in counts.values())


def test_an_event_left_pending_by_a_crash_is_settled_by_recounting(analytics_service, producer, mongo_client):
    db = analytics_service.database
    channel, at = _tag(), _month()
    month = at.strftime("%Y-%m")
    event = _triaged(channel, at)
    # What a crash after step 1 leaves: the event recorded as pending, the case and tables maybe not moved.
    mongo_client[db]["applied_events"].insert_one({"_id": event.id, "pending": True})
    mongo_client[db]["table_cells"].update_one({"_id": f"reports.channel|{month}"},
                                               {"$inc": {f"c.{channel}~n~32": 1}}, upsert=True)
    publish(producer, topic=Topics.TRIAGE, event=event)  # the redelivery after the restart
    assert wait_for(lambda: _settled(mongo_client, db, [event]))
    assert _cells(mongo_client, db, f"reports.channel|{month}") == {f"{channel}~n~32": 1}


def test_tables_are_for_the_coordinator_suppressed_and_exported_as_hxl(analytics_service, producer, mongo_client):
    import hxl

    db = analytics_service.database
    channel, at = _tag(), _month()
    month = at.strftime("%Y-%m")
    events = [_triaged(channel, at, category="sexual_abuse") for _ in range(2)]
    for event in events:
        publish(producer, topic=Topics.TRIAGE, event=event)
    assert wait_for(lambda: _settled(mongo_client, db, events))
    base = f"http://127.0.0.1:{analytics_service.port}/v1"

    assert httpx.get(f"{base}/stats", params={"by": "channel"}, timeout=10).status_code == 401
    try:
        focal_point = demo_token("focal_point")
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"Keycloak demo logins unavailable: {type(exc).__name__}")
    forbidden = httpx.get(f"{base}/stats", params={"by": "channel"},
                          headers={"Authorization": f"Bearer {focal_point}"}, timeout=10)
    assert forbidden.status_code == 403
    headers = _headers()
    response = httpx.get(f"{base}/stats", params={"by": "channel", "from": month, "to": month}, headers=headers,
                         timeout=30)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == "<5" and all(c["count"] == "<5" for c in body["cells"])  # two reports: never 2
    assert "PSEAH-" not in response.text
    bad = httpx.get(f"{base}/stats", params={"by": "category", "metric": "assignments"}, headers=headers, timeout=10)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid"

    export = httpx.get(f"{base}/export.hxl.csv", params={"from": month, "to": month}, headers=headers, timeout=60)
    assert export.status_code == 200
    raw = list(csv.reader(io.StringIO(export.text)))
    dataset = hxl.data(raw)  # libhxl finds the hashtag row itself, as it would in a downloaded file
    tags = {column.get_display_tag(sort_attributes=True) for column in dataset.columns}
    assert {"#date+start", "#adm1+code", "#adm2+code", "#org+type", "#sector", "#affected+num"} <= tags
    rows = list(dataset)
    assert rows and all(r.get("#sector") == "Protection" for r in rows)
    # No figure under the threshold in the numeric column, ever; hidden ones say why.
    for row in rows:
        value = row.get("#affected+num")
        assert value in (None, "") or int(value) == 0 or int(value) >= 5
    assert any(r.get("#status+suppression") == "<5" for r in rows)
    assert raw[1][0] == "#date+start" and "PSEAH-" not in export.text


def test_a_focal_point_sees_its_own_organisation_beside_the_network(analytics_service, producer, mongo_client):
    from .conftest import demo_token

    db = analytics_service.database
    channel, at = _tag(), _month()
    month = at.strftime("%Y-%m")
    own = [_triaged(channel, at) for _ in range(7)]  # org unicef (fp-unicef's organisation)
    others = [_triaged(channel, at) for _ in range(6)]
    others = [e.model_copy(update={"data": {**e.data, "org_id": "wfp"}}) for e in others]
    for event in own + others:
        publish(producer, topic=Topics.TRIAGE, event=event)
    assert wait_for(lambda: _settled(mongo_client, db, own + others))
    url = f"http://127.0.0.1:{analytics_service.port}/v1/partner/category"
    try:
        token = demo_token("focal_point")
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"Keycloak demo logins unavailable: {type(exc).__name__}")
    # Asking for another organisation is ignored for a focal point: the token decides.
    body = httpx.get(url, params={"from": month, "to": month, "org": "wfp"},
                     headers={"Authorization": f"Bearer {token}"}, timeout=30).json()
    assert body["org_id"] == "unicef"
    assert body["organisation"] == {"total": 7, "cells": [{"value": "sexual_exploitation", "count": 7}]}
    assert body["network"] == {"total": 13, "cells": [{"value": "sexual_exploitation", "count": 13}]}
    coordinator = httpx.get(url, params={"from": month, "to": month, "org": "wfp"}, headers=_headers(), timeout=30)
    assert coordinator.json()["organisation"]["total"] == 6
    auditor_forbidden = httpx.get(url, timeout=10)
    assert auditor_forbidden.status_code == 401


def _store_state(mongo_client, database):
    db = mongo_client[database]
    tables = {doc["_id"]: {k: v for k, v in (doc.get("c") or {}).items() if v} for doc in db["table_cells"].find()}
    facts = {doc["_id"]: {k: v for k, v in doc.items() if k != "v"} for doc in db["case_facts"].find()}
    pending = db["applied_events"].count_documents({"pending": True})
    return {name: cells for name, cells in tables.items() if cells}, facts, pending


def _a_busy_stream(at):
    """Events of eight cases as a flood interleaves them: triaged, confirmed, acknowledged, referred, a referral
    accepted, some twice (redeliveries), some out of order."""
    stream = []
    for n in range(8):
        triaged = _triaged(_tag(), at + timedelta(minutes=n), category="sexual_abuse" if n % 3 else "other_misconduct")
        ref = triaged.subject
        later = [
            _event(EventTypes.TRIAGE_CONFIRMED, ref, at + timedelta(hours=1), category="sexual_exploitation",
                   priority="critical", perpetrator_type="aid_worker", child_involved=bool(n % 2), org_id="unicef",
                   confirmed_at=(at + timedelta(hours=1)).isoformat(), overridden=True),
            _event(EventTypes.CASE_ACKNOWLEDGED, ref, at + timedelta(hours=2 + n),
                   acknowledged_at=(at + timedelta(hours=2 + n)).isoformat()),
            _event(EventTypes.REFERRAL_CREATED, ref, at + timedelta(hours=3), referral_id="r-" + ref,
                   service_type="medical", provider_id="p", provider_org="pmi", status="created"),
            _event(EventTypes.REFERRAL_ACCEPTED, ref, at + timedelta(hours=4), referral_id="r-" + ref,
                   service_type="medical", provider_id="p", provider_org="pmi", status="accepted"),
        ]
        if n % 2:
            later.reverse()  # the other lane delivered them first
        stream += [triaged, *later[: 1 + n % 4]]
        if n % 3 == 0:
            stream.append(triaged)  # delivered twice
    return stream


def test_a_poll_applied_together_leaves_the_store_as_one_event_at_a_time_does(mongo_client):
    """record_many over polls of different sizes (as the agent calls it) against record (a batch of one each), on
    the real store: the same tables and case documents, nothing left pending, a redelivered poll counts nothing."""
    from pseah.analytics.readmodel import store
    from pseah.common import organizations

    orgs = organizations.by_id(None)
    events = _a_busy_stream(_month())
    one, many = (f"pseah_test_analytics_{name}_{secrets.token_hex(4)}" for name in ("one", "many"))
    try:
        for event in events:
            store.record(event, organizations=orgs, db=mongo_client[one])
        outcomes = []
        for start, size in ((0, 7), (7, 1), (8, 12), (20, 40)):  # polls of different sizes
            outcomes += store.record_many(events[start:start + size], organizations=orgs, db=mongo_client[many])
        assert len(outcomes) == len(events)
        assert sum(o.counted for o in outcomes) == len({e.id for e in events})
        expected = _store_state(mongo_client, one)
        assert expected[0] and expected[2] == 0
        assert _store_state(mongo_client, many) == expected
        # The same poll delivered again (a crash before its offsets were committed): nothing moves.
        again = store.record_many(events[8:20], organizations=orgs, db=mongo_client[many])
        assert not any(o.counted for o in again)
        assert _store_state(mongo_client, many) == expected
    finally:
        mongo_client.drop_database(one)
        mongo_client.drop_database(many)


def test_a_poll_holding_an_event_left_pending_by_a_crash_recounts_the_tables(mongo_client):
    from pseah.analytics.readmodel import store
    from pseah.common import organizations

    orgs = organizations.by_id(None)
    at = _month()
    month = at.strftime("%Y-%m")
    channel = _tag()
    crashed, fresh = _triaged(channel, at), _triaged(channel, at)
    database = f"pseah_test_analytics_pending_{secrets.token_hex(4)}"
    db = mongo_client[database]
    try:
        # What a crash between steps 1 and 4 of a poll leaves: the event pending and a table moved by it.
        db["applied_events"].insert_one({"_id": crashed.id, "pending": True})
        db["table_cells"].update_one({"_id": f"reports.channel|{month}"}, {"$inc": {f"c.{channel}~n~32": 1}},
                                     upsert=True)
        outcomes = store.record_many([crashed, fresh], organizations=orgs, db=db)
        assert [(o.counted, o.recounted) for o in outcomes] == [(False, True), (True, False)]
        assert _cells(mongo_client, database, f"reports.channel|{month}") == {f"{channel}~n~32": 2}
        assert db["applied_events"].count_documents({"pending": True}) == 0
    finally:
        mongo_client.drop_database(database)


def test_start_up_recounts_after_a_batch_left_in_flight_and_reads_no_event_to_know_it(mongo_client, tmp_path):
    """Start-up looked for pending events with a filter over every event applied (6.3 s at ~100,000 on a
    development store, longer with every event). A batch marks itself in flight before its first write and clears
    the mark after its last: start-up reads those marks. A store from before the marks is checked once the old way."""
    import json

    import pymongo

    from pseah.analytics.readmodel import store
    from pseah.common import organizations, querylog

    orgs = organizations.by_id(None)
    at = _month()
    month = at.strftime("%Y-%m")
    channel = _tag()
    done, crashed = _triaged(channel, at), _triaged(channel, at)
    database = f"pseah_test_analytics_inflight_{secrets.token_hex(4)}"
    log = tmp_path / "unkeyed.jsonl"
    logged = pymongo.MongoClient(mongo_client.address[0], mongo_client.address[1],
                                 event_listeners=[querylog.UnkeyedQueryLog(str(log), service="t")])
    db = logged[database]
    try:
        # A store from before the marks, with an event left pending: found by the one scan, recounted, marked.
        db["applied_events"].insert_one({"_id": "old-event", "pending": True})
        assert store.recount_if_pending(db=db) is True
        assert db[store.MARKS].find_one({"_id": store.PENDING_SCANNED}) is not None
        log.unlink(missing_ok=True)

        store.record_many([done], organizations=orgs, db=db)
        assert db[store.IN_FLIGHT].count_documents({}) == 0  # a finished batch leaves no mark
        assert store.recount_if_pending(db=db) is False

        # A crash between step 1 and step 4: the batch's mark stays, the table was moved without its case.
        real_insert = store._insert_pending

        def crash_after_step_one(applied, ids):
            real_insert(applied, ids)
            raise ConnectionError("killed")

        store._insert_pending = crash_after_step_one
        try:
            with pytest.raises(ConnectionError):
                store.record_many([crashed], organizations=orgs, db=db)
        finally:
            store._insert_pending = real_insert
        db["table_cells"].update_one({"_id": f"reports.channel|{month}"}, {"$inc": {f"c.{channel}~n~32": 5}})
        assert db[store.IN_FLIGHT].count_documents({}) == 1
        assert store.recount_if_pending(db=db) is True  # the tables recomputed from the case documents
        assert _cells(mongo_client, database, f"reports.channel|{month}") == {f"{channel}~n~32": 1}
        assert db[store.IN_FLIGHT].count_documents({}) == 0 and store.recount_if_pending(db=db) is False
        scans = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
        assert [s for s in scans if s["collection"] == "applied_events"] == []
    finally:
        logged.close()
        mongo_client.drop_database(database)
