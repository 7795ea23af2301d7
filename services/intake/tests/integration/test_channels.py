"""WhatsApp/SMS webhooks: signed provider requests drive the guided conversation to a stored report."""
import asyncio
import json
import uuid

import httpx
import pytest

from pseah.intake.channel.signatures import rapidpro_signature, twilio_signature
from pseah.intake.config import IntakeSettings
from pseah.intake.main import create_app

pytestmark = pytest.mark.integration

TOKEN, SECRET = "twilio-test-token", "rapidpro-test-secret"


@pytest.fixture
async def channel_client(settings):
    s = IntakeSettings(**{**settings.model_dump(), "twilio_auth_token": TOKEN, "rapidpro_secret": SECRET,
                          "public_base_url": "http://intake", "consume_status_events": False})
    app = create_app(s)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as c:
            yield c


async def twilio(client, sender, body, sid=None, channel="whatsapp", token=TOKEN):
    form = {"From": sender, "Body": body, "MessageSid": sid or f"SM{uuid.uuid4().hex}"}
    path = f"/v1/channels/twilio/{channel}"
    sig = twilio_signature(auth_token=token, url="http://intake" + path, params=list(form.items()))
    return await client.post(path, data=form, headers={"x-twilio-signature": sig})


async def test_whatsapp_conversation_becomes_a_sealed_report(channel_client, raw_db, reports_tail):
    sender = f"whatsapp:+62812{uuid.uuid4().int % 10**7:07d}"
    story = "Relawan di posko minta saya 'temani' dia supaya dapat terpal 😢"
    replies = []
    for text in ["halo", "1", story, "Desa Sukamulya"]:
        r = await twilio(channel_client, sender, text)
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/xml")
        replies.append(r.text)
    assert "Pilih bahasa" in replies[0] and "Ceritakan" in replies[1]
    sid = f"SM{uuid.uuid4().hex}"
    done = await twilio(channel_client, sender, "YA", sid=sid)
    assert "PSEAH-" in done.text
    ref = done.text.split("diterima: ")[1][:14]
    # A redelivery of the same provider message changes nothing and sends no second reply.
    again = await twilio(channel_client, sender, "YA", sid=sid)
    assert "<Message>" not in again.text

    doc = raw_db.reports.find_one({"_id": ref})
    assert doc["channel"] == "whatsapp" and doc["language"] == "id" and doc["consent"]["referral"] is True
    everything = json.dumps([list(raw_db[c].find()) for c in raw_db.list_collection_names()], default=str,
                            ensure_ascii=False)
    assert sender[-7:] not in everything and story not in everything and "Sukamulya" not in everything
    assert raw_db.conversations.count_documents({}) == 0
    events = await asyncio.to_thread(reports_tail.collect, key=ref)
    assert events[0]["value"]["data"]["channel"] == "whatsapp"


async def test_twilio_bad_signature_is_refused(channel_client, raw_db):
    r = await twilio(channel_client, "whatsapp:+6281", "halo", token="wrong")
    assert r.status_code == 403 and r.json()["error"]["code"] == "invalid_signature"
    unsigned = await channel_client.post("/v1/channels/twilio/sms", data={"From": "+6281", "Body": "x"})
    assert unsigned.status_code == 403
    assert raw_db.conversations.count_documents({}) == 0


async def test_rapidpro_sms_conversation_and_cancel(channel_client, raw_db):
    sender = f"+62813{uuid.uuid4().int % 10**7:07d}"

    async def send(text, secret=SECRET):
        body = json.dumps({"id": uuid.uuid4().hex, "from": sender, "text": text, "channel": "sms"}).encode()
        return await channel_client.post("/v1/channels/rapidpro", content=body, headers={
            "content-type": "application/json", "x-rapidpro-signature": rapidpro_signature(secret=secret, body=body)})

    assert (await send("hi", secret="nope")).status_code == 403
    assert "Pilih bahasa" in (await send("hi")).json()["reply"]
    assert "what happened" in (await send("2")).json()["reply"]
    assert "Where" in (await send("Someone from the aid truck touched me")).json()["reply"]
    assert raw_db.conversations.count_documents({}) == 1
    assert "Someone from" not in json.dumps(list(raw_db.conversations.find()), default=str)
    assert "Cancelled" in (await send("stop")).json()["reply"]
    assert raw_db.conversations.count_documents({}) == 0 and raw_db.reports.count_documents({}) == 0
