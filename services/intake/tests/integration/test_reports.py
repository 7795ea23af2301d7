import asyncio
import json

import pytest

from pseah.common.events import CloudEvent

pytestmark = pytest.mark.integration

NARRATIVE = "Petugas distribusi bilang beras hanya untuk yang mau 'menemani' dia. 😢 ᮞᮥᮔ᮪ᮓ — تحرش"


async def test_report_is_stored_sealed_and_published(client, app, raw_db, reports_tail):
    r = await client.post("/v1/reports", json={
        "narrative": NARRATIVE, "contact": "WA 0812-0000-1111", "perpetrator_org": "PMI",
        "place_text": "Posko Cugenang", "consent": {"referral": True}, "language": "id", "region_code": "3203"})
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["status"] == "received" and body["reference"].startswith("PSEAH-") and len(body["receipt"]) == 26

    doc = raw_db.reports.find_one({"_id": body["reference"]})
    raw = json.dumps(doc, default=str, ensure_ascii=False)
    for secret in (NARRATIVE[:20], "0812-0000", "Cugenang", body["receipt"]):
        assert secret not in raw
    assert doc["sealed"]["narrative"].startswith("v1.")
    assert doc["channel"] == "web" and doc["perpetrator_org"] == "pmi"
    assert not {"ip", "client", "user_agent", "remote_addr"} & set(doc)

    events = await asyncio.to_thread(reports_tail.collect, key=body["reference"])
    assert len(events) == 1
    event = CloudEvent.model_validate(events[0]["value"])
    assert event.type == "report.received.v1" and event.subject == body["reference"]
    assert event.data["consent"] == {"referral": True, "contact": False, "share_with_org": False}
    assert NARRATIVE not in json.dumps(events[0]["value"], ensure_ascii=False)
    keyring = app.state.runtime.keyring
    keyring._cache.clear()  # open with the key from the real key store, not the in-memory copy
    assert keyring.open(body["reference"], event.data["sealed"]["narrative"]) == NARRATIVE

    # The outbox is cleared once published.
    for _ in range(40):
        if not raw_db.reports.find_one({"_id": body["reference"]})["has_pending"]:
            break
        await asyncio.sleep(0.1)
    assert raw_db.reports.find_one({"_id": body["reference"]})["pending_events"] == []


BAD = [
    (b'{"narrative": {"$gt": ""}}', "application/json"),
    (b'{"narrative": "x", "$where": "1"}', "application/json"),
    (b'{"narrative": "x", "consent": {"referral": "yes"}}', "application/json"),
    (b'{"narrative": ""}', "application/json"),
    (b'{}', "application/json"),
    (b'null', "application/json"),
    (b'[]', "application/json"),
    (b'"narrative"', "application/json"),
    (b'{"narrative": "\\ud800"}', "application/json"),
    (b'{"narrative": "x\xc3"}', "application/json"),
    (b'{"narrative": "x"', "application/json"),
    (b'{"narrative": "x"}', "text/plain"),
    (b'{"narrative": "x"}', "application/json; charset=latin-1"),
    (b'{"narrative": "' + b"a" * 70000 + b'"}', "application/json"),
]


@pytest.mark.parametrize("body,ctype", BAD)
async def test_bad_input_is_4xx_and_stores_nothing(client, raw_db, body, ctype):
    r = await client.post("/v1/reports", content=body, headers={"content-type": ctype})
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    assert r.json()["error"]["code"]
    assert raw_db.reports.count_documents({}) == 0


async def test_receipt_shows_status_and_unknown_is_404(client):
    body = (await client.post("/v1/reports", json={"narrative": "receipt test"})).json()
    r = await client.get(f"/v1/receipts/{body['receipt']}")
    assert r.status_code == 200
    status = r.json()
    assert status["reference"] == body["reference"] and status["status"] == "received"
    assert [h["status"] for h in status["history"]] == ["received"]
    assert "narrative" not in r.text and "receipt test" not in r.text
    # As typed on a phone: lower case, in groups.
    spaced = "-".join(body["receipt"][i:i + 5] for i in range(0, 26, 5)).lower()
    assert (await client.get(f"/v1/receipts/{spaced}")).json()["reference"] == body["reference"]

    unknown_a = await client.get("/v1/receipts/" + "0" * 26)
    unknown_b = await client.get("/v1/receipts/not-a-receipt")
    assert unknown_a.status_code == unknown_b.status_code == 404
    assert unknown_a.content == unknown_b.content


async def test_guessing_receipts_is_locked_out(client):
    statuses = [(await client.get(f"/v1/receipts/ZZZZ{i:022d}")).status_code for i in range(8)]
    assert statuses[0] == 404 and statuses[-1] == 429
    r = await client.get("/v1/receipts/ZZZZ" + "1" * 22)
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


async def test_messages_are_sealed_listed_and_published(client, raw_db, reports_tail):
    body = (await client.post("/v1/reports", json={"narrative": "message test"})).json()
    text = "Saya takut dia datang lagi malam ini 🙏 — أنا خائفة"
    r = await client.post(f"/v1/receipts/{body['receipt']}/messages", json={"text": text, "language": "id"})
    assert r.status_code == 202, r.text
    listed = (await client.get(f"/v1/receipts/{body['receipt']}/messages")).json()
    assert listed["reference"] == body["reference"]
    assert [(m["author"], m["text"]) for m in listed["messages"]] == [("reporter", text)]
    assert text not in json.dumps(raw_db.messages.find_one({"_id": r.json()["id"]}), default=str, ensure_ascii=False)

    events = await asyncio.to_thread(reports_tail.collect, key=body["reference"], count=2)
    assert [e["value"]["type"] for e in events] == ["report.received.v1", "reporter.message.posted.v1"]
    assert events[1]["value"]["data"]["sealed"]["text"].startswith("v1.")
    assert text not in json.dumps(events[1]["value"], ensure_ascii=False)

    missing = await client.post("/v1/receipts/" + "1" * 26 + "/messages", json={"text": "x"})
    assert missing.status_code == 404


@pytest.mark.parametrize("path", ["%F0%9F%98%A2" * 3, "%ED%A0%80", "%FF%FE", "%24gt", "..%2F..%2Fetc"])
async def test_odd_receipts_are_404_not_5xx(client, path):
    r = await client.get(f"/v1/receipts/{path}")
    assert r.status_code == 404, r.text
