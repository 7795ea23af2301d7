"""The triage officers' HTTP API against a real triage worker, real Kafka, FerretDB and Keycloak tokens."""
from __future__ import annotations

import time
from datetime import datetime, timedelta

import httpx
import pytest

from pseah.common.events import EventTypes

pytestmark = pytest.mark.integration

LOW = "Mohon jadwal pembagian air bersih di Desa Sukamaju diumumkan lebih awal."
CHILD = "Anak saya umur 12 tahun diraba-raba oleh relawan UNICEF di tenda belajar kemarin."
HARASSMENT = "Petugas posko sering bersiul dan berkomentar tentang tubuh saya waktu antre makanan."


def _auth(token: str) -> dict:
    return {"authorization": f"Bearer {token}"}


def _of(events, type_, reference):
    return [e for e in events if e.type == type_ and e.subject == reference]


def _wait_triaged(triage, *references):
    triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC",
                  until=lambda ev: all(_of(ev, EventTypes.REPORT_TRIAGED, r) for r in references))


def _queue(triage, token, **params) -> dict:
    response = httpx.get(f"{triage.url}/v1/triage/queue", headers=_auth(token), params=params, timeout=15)
    assert response.status_code == 200, response.text
    return response.json()


def _wait_in_queue(triage, token, *references, timeout=120.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        page = _queue(triage, token, limit=200)
        listed = [item["reference"] for item in page["items"]]
        if all(r in listed for r in references):
            return page
        assert time.monotonic() < deadline, f"{references} not in the queue: {listed}"
        time.sleep(0.3)


def _confirm(triage, token, reference, body) -> httpx.Response:
    return httpx.post(f"{triage.url}/v1/triage/{reference}/confirmation", headers=_auth(token), json=body, timeout=15)


def test_the_queue_lists_unconfirmed_decisions_most_urgent_first_without_content(triage, tokens):
    low = triage.report(LOW).subject
    child = triage.report(CHILD).subject
    _wait_triaged(triage, low, child)
    page = _wait_in_queue(triage, tokens("triage-officer"), low, child)
    order = [item["reference"] for item in page["items"]]
    assert order.index(child) < order.index(low)
    item = next(i for i in page["items"] if i["reference"] == child)
    assert item["priority"] == "critical" and item["child_involved"] is True and item["org_id"] == "unicef"
    assert item["next_deadline"]["kind"] == "acknowledgement"
    assert "reasons" not in item and "narrative" not in item
    raw = httpx.get(f"{triage.url}/v1/triage/queue", headers=_auth(tokens("coordinator")), timeout=15).text
    assert "diraba" not in raw and "Sukamaju" not in raw


def test_a_focal_point_is_refused_and_no_token_is_unauthenticated(triage, tokens):
    reference = triage.report(HARASSMENT).subject
    _wait_triaged(triage, reference)
    focal_point = _auth(tokens("fp-unicef"))
    for response in (httpx.get(f"{triage.url}/v1/triage/queue", headers=focal_point, timeout=15),
                     httpx.get(f"{triage.url}/v1/triage/{reference}", headers=focal_point, timeout=15),
                     _confirm(triage, tokens("fp-unicef"), reference, {"changes": {}})):
        assert response.status_code == 403, response.text
        assert response.json()["error"]["code"] == "forbidden"
    anonymous = httpx.get(f"{triage.url}/v1/triage/queue", timeout=15)
    assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "missing_token"
    # the focal point's attempt changed nothing
    assert reference in [i["reference"] for i in _queue(triage, tokens("triage-officer"), limit=200)["items"]]


def test_reading_the_reasons_is_recorded_as_a_content_read_first(triage, tokens):
    reference = triage.report(CHILD).subject
    _wait_triaged(triage, reference)
    response = httpx.get(f"{triage.url}/v1/triage/{reference}", headers=_auth(tokens("coordinator")), timeout=15)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "awaiting_confirmation" and body["confirmation"] is None
    assert any("child" in r for r in body["reasons"]), body["reasons"]
    assert body["automatic"]["priority"] == "critical" and body["decision"] == {
        k: v for k, v in body["automatic"].items() if k != "confidence"}
    reads = triage.events("PSEAH_TRIAGE_ACCESS_TOPIC", until=lambda ev: _of(ev, EventTypes.CASE_CONTENT_READ, reference))
    read = _of(reads, EventTypes.CASE_CONTENT_READ, reference)[0]
    assert read.actor == "coordinator" and read.data["fields"] == ["triage_reasons"] and read.data["via"] == "triage"
    missing = httpx.get(f"{triage.url}/v1/triage/PSEAH-NOSUCHREF", headers=_auth(tokens("coordinator")), timeout=15)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_naming_the_employer_reroutes_keeps_both_decisions_and_is_published_once(triage, tokens):
    reference = triage.report(HARASSMENT).subject
    _wait_triaged(triage, reference)
    officer = tokens("triage-officer")
    body = {"changes": {"org_id": "pmi"}, "reason": "Reporter said on the phone the man wore a PMI rompi oranye."}
    first = _confirm(triage, officer, reference, body)
    assert first.status_code == 201, first.text
    result = first.json()
    assert result["created"] is True and result["confirmed_by"] == "triage-officer"
    assert result["decision"]["org_id"] == "pmi" and result["decision"]["route"] == "focal_point"
    assert result["changes"]["org_id"] == {"from": None, "to": "pmi"}
    assert result["changes"]["route"] == {"from": "coordinator", "to": "focal_point"}

    again = _confirm(triage, officer, reference, body)  # a retry of the same request
    assert again.status_code == 200 and again.json()["created"] is False
    other = _confirm(triage, tokens("coordinator"), reference, {"changes": {}})
    assert other.status_code == 409 and other.json()["error"]["code"] == "already_confirmed"

    events = triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: _of(ev, EventTypes.TRIAGE_CONFIRMED, reference))
    time.sleep(2)
    events = triage.events("PSEAH_TRIAGE_TRIAGE_TOPIC", until=lambda ev: _of(ev, EventTypes.TRIAGE_CONFIRMED, reference))
    confirmed = _of(events, EventTypes.TRIAGE_CONFIRMED, reference)
    # At least once through the outbox (the relay may race the immediate flush): one event, however often sent.
    assert len({e.id for e in confirmed}) == 1
    event = confirmed[0]
    assert event.actor == "triage-officer" and event.data["overridden"] is True
    assert event.data["org_id"] == "pmi" and event.data["route"] == "focal_point"
    assert set(event.data["changed"]) == {"org_id", "route"} and event.data["previous"]["route"] == "coordinator"
    assert "rompi" not in event.to_bytes().decode()
    assert triage.keyring.open(reference, event.data["sealed"]["reason"]) == body["reason"]

    queue = [i["reference"] for i in _queue(triage, officer, limit=200)["items"]]
    assert reference not in queue
    decision = httpx.get(f"{triage.url}/v1/triage/{reference}", headers=_auth(officer), timeout=15).json()
    assert decision["status"] == "confirmed"
    assert decision["automatic"]["org_id"] is None and decision["automatic"]["route"] == "coordinator"
    assert decision["decision"]["org_id"] == "pmi"
    assert decision["confirmation"]["reason"] == body["reason"] and decision["confirmation"]["actor"] == "triage-officer"


def test_confirmed_facts_raise_the_priority_and_shorten_the_clocks(triage, tokens):
    reference = triage.report(HARASSMENT).subject
    _wait_triaged(triage, reference)
    response = _confirm(triage, tokens("coordinator"), reference,
                        {"changes": {"child_involved": True}, "reason": "The survivor is 16, said the mother."})
    assert response.status_code == 201, response.text
    result = response.json()
    assert result["decision"]["priority"] == "critical"
    assert any("priority set to critical" in note for note in result["notes"])
    received = datetime.fromisoformat(
        httpx.get(f"{triage.url}/v1/triage/{reference}", headers=_auth(tokens("coordinator")), timeout=15)
        .json()["received_at"])
    due = {d["kind"]: datetime.fromisoformat(d["due_at"]) for d in result["deadlines"]}
    assert due["acknowledgement"] - received.replace(tzinfo=due["acknowledgement"].tzinfo) == timedelta(hours=4)
    assert "referral_offered" in due  # a child harmed: someone to refer


@pytest.mark.parametrize("body,code", [
    ({"changes": {"category": "sexual_exploitation"}}, "reason_required"),
    ({"changes": {"priority": "low"}, "reason": "looks minor"}, "priority_below_rule"),
    ({"changes": {"org_id": "no-such-org"}, "reason": "x"}, "unknown_organisation"),
    ({"changes": {"route": "focal_point", "org_id": None}, "reason": "x"}, "route_needs_organisation"),
    ({"changes": {"category": "rape"}, "reason": "x"}, "invalid"),
    ({"changes": {}, "reason": "x", "narrative": "smuggled"}, "invalid"),
])
def test_bad_confirmations_are_refused_and_change_nothing(triage, tokens, body, code):
    reference = triage.report(CHILD).subject
    _wait_triaged(triage, reference)
    response = _confirm(triage, tokens("triage-officer"), reference, body)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == code
    assert reference in [i["reference"] for i in _wait_in_queue(triage, tokens("triage-officer"), reference)["items"]]
