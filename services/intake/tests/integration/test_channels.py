"""WhatsApp/SMS webhooks: signed provider requests drive the guided conversation to a stored report.

A tiny real HTTP server on loopback stands in for the provider: it receives the replies sent through its
API (Twilio-style and RapidPro-style) and serves the media files of inbound messages.
"""
import asyncio
import base64
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import httpx
import pytest
from PIL import Image

from pseah.intake.attachment import service as attachment_service
from pseah.intake.attachment.models import Attachment
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


# --- the provider's side: replies by API and media downloads ---------------------------------------------

ACCOUNT_SID, API_TOKEN, WHATSAPP_FROM = "ACtest0123456789", "rapidpro-api-token", "whatsapp:+14155238886"
CAMERA, GPS = "PSEAH-ChannelCam-77", {1: "S", 2: (6.0, 49.0, 12.5), 3: "E", 4: (107.0, 8.0, 3.25)}


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = CAMERA
    exif.get_ifd(0x8825).update(GPS)
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (30, 160, 60)).save(out, format="JPEG", exif=exif)
    return out.getvalue()


class FakeProvider:
    """Records replies posted to its API and serves media (basic auth required, as Twilio's media can be)."""

    def __init__(self):
        self.replies: list[dict] = []
        self.media_requests: list[dict] = []
        self.media: dict[str, tuple[bytes, str]] = {"gps.jpg": (jpeg_with_gps(), "image/jpeg")}
        self.release = threading.Event()  # cleared: reply POSTs wait (to show the webhook does not)
        self.release.set()
        self.holding = threading.Event()
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # the test's output stays quiet
                pass

            def _answer(self, status, body=b"{}", ctype="application/json"):
                self.send_response(status)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                if not provider.release.is_set():
                    provider.holding.set()
                    provider.release.wait(timeout=60)
                provider.replies.append({"path": self.path, "headers": dict(self.headers), "body": body})
                self._answer(201, b'{"sid": "SM1"}')

            def do_GET(self):
                provider.media_requests.append({"path": self.path, "headers": dict(self.headers)})
                expected = "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{TOKEN}".encode()).decode()
                name = self.path.rsplit("/", 1)[-1]
                if self.headers.get("authorization") != expected:
                    return self._answer(401)
                if name not in provider.media:
                    return self._answer(404)
                data, ctype = provider.media[name]
                self._answer(200, data, ctype)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for_replies(self, count: int, timeout: float = 120.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while len(self.replies) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.replies

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def provider():
    fake = FakeProvider()
    yield fake
    fake.close()


def provider_settings(settings, provider, **extra) -> IntakeSettings:
    return IntakeSettings(**{**settings.model_dump(), "twilio_auth_token": TOKEN, "rapidpro_secret": SECRET,
                             "public_base_url": "http://intake", "consume_status_events": False,
                             "channel_media_hosts": ["127.0.0.1"], **extra})


@pytest.fixture
async def api_app(settings, provider):
    """Replies by the provider's API (Twilio: account sid and WhatsApp sender; RapidPro: base and token)."""
    app = create_app(provider_settings(settings, provider, twilio_account_sid=ACCOUNT_SID, twilio_api_base=provider.base,
                                       twilio_whatsapp_from=WHATSAPP_FROM, rapidpro_api_base=provider.base,
                                       rapidpro_api_token=API_TOKEN, provider_attempts=2))
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def api_client(api_app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=api_app), base_url="http://intake") as c:
        yield c


def twilio_form(reply: dict) -> dict:
    return {k: v[0] for k, v in parse_qs(reply["body"].decode()).items()}


async def twilio_media(client, sender, url, body=""):
    form = {"From": sender, "Body": body, "MessageSid": f"MM{uuid.uuid4().hex}", "NumMedia": "1",
            "MediaUrl0": url, "MediaContentType0": "image/jpeg"}
    path = "/v1/channels/twilio/whatsapp"
    sig = twilio_signature(auth_token=TOKEN, url="http://intake" + path, params=list(form.items()))
    return await client.post(path, data=form, headers={"x-twilio-signature": sig})


async def test_whatsapp_photo_mid_conversation_is_stored_without_exif_and_replies_go_by_api(
        api_client, api_app, provider, raw_db):
    sender = f"whatsapp:+62815{uuid.uuid4().int % 10**7:07d}"
    story = "Petugas distribusi memotret saya lalu meminta nomor saya"
    for text in ["halo", "1"]:
        r = await twilio(api_client, sender, text)
        assert r.status_code == 200 and "<Message>" not in r.text and "<Response/>" in r.text
    photo = await twilio_media(api_client, sender, f"{provider.base}/media/gps.jpg", body="ini dia")
    assert photo.status_code == 200 and "<Response/>" in photo.text
    for text in [story, "Posko Cugenang", "YA"]:
        assert "<Response/>" in (await twilio(api_client, sender, text)).text

    replies = await asyncio.to_thread(provider.wait_for_replies, 6)
    assert len(replies) == 6
    expected_auth = "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{TOKEN}".encode()).decode()
    for reply in replies:
        assert reply["path"] == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
        assert reply["headers"]["Authorization"] == expected_auth
        form = twilio_form(reply)
        assert form["To"] == sender and form["From"] == WHATSAPP_FROM
    bodies = [twilio_form(r)["Body"] for r in replies]
    assert "Pilih bahasa" in bodies[0] and "Ceritakan" in bodies[1]
    # The photo is acknowledged and the open question asked again: the caption did not become the story.
    assert bodies[2].startswith("Berkas Anda sudah kami terima") and "Ceritakan" in bodies[2]
    assert "Di mana" in bodies[3] and "YA atau TIDAK" in bodies[4]
    reference = bodies[5].split("diterima: ")[1][:14]
    receipt = bodies[5].split("perkembangan dan mengirim pesan: ")[1].split(".")[0]

    # The media was fetched from the provider with its credentials.
    assert [m["headers"]["Authorization"] for m in provider.media_requests] == [expected_auth]
    report = raw_db.reports.find_one({"_id": reference})
    assert report["channel"] == "whatsapp"
    listed = (await api_client.get(f"/v1/receipts/{receipt}/attachments")).json()
    assert listed["reference"] == reference and len(listed["attachments"]) == 1
    assert listed["attachments"][0]["media_type"] == "image/jpeg" and listed["attachments"][0]["metadata_removed"]
    stored = await asyncio.to_thread(lambda: Attachment.objects(reference=reference).first())
    content = await asyncio.to_thread(attachment_service.content, keyring=api_app.state.runtime.keyring,
                                      attachment=stored)
    clean = Image.open(io.BytesIO(content))
    assert clean.size == (32, 24) and not clean.getexif() and CAMERA.encode() not in content and b"Exif" not in content
    everything = json.dumps([list(raw_db[c].find()) for c in raw_db.list_collection_names()], default=str,
                            ensure_ascii=False)
    assert sender[-7:] not in everything and "ini dia" not in everything and story not in everything


async def test_rapidpro_reply_goes_to_its_broadcasts_api_with_the_token(api_client, provider):
    sender = f"+62817{uuid.uuid4().int % 10**7:07d}"
    body = json.dumps({"id": uuid.uuid4().hex, "from": sender, "text": "hi", "channel": "sms"}).encode()
    r = await api_client.post("/v1/channels/rapidpro", content=body, headers={
        "content-type": "application/json", "x-rapidpro-signature": rapidpro_signature(secret=SECRET, body=body)})
    assert r.status_code == 200 and r.json() == {"reply": None}
    [reply] = await asyncio.to_thread(provider.wait_for_replies, 1)
    assert reply["path"] == "/api/v2/broadcasts.json" and reply["headers"]["Authorization"] == f"Token {API_TOKEN}"
    sent = json.loads(reply["body"])
    assert sent["urns"] == [f"tel:{sender}"] and "Pilih bahasa" in sent["text"]


async def test_media_failures_never_lose_the_text_conversation(settings, provider, raw_db):
    # Replies in the response here: each media reply says whether the file was kept.
    s = provider_settings(settings, provider, twilio_account_sid=ACCOUNT_SID, max_attachment_bytes=2000)
    provider.media["big.jpg"] = (jpeg_with_gps() + b"\x00" * 5000, "image/jpeg")
    app = create_app(s)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            sender = f"whatsapp:+62816{uuid.uuid4().int % 10**7:07d}"
            first = await twilio_media(client, sender, f"http://localhost:{provider.port}/media/gps.jpg")
            # Not an allowed host (only 127.0.0.1 is): refused without a request, the welcome still comes.
            assert "Maaf, berkas Anda tidak dapat kami terima" in first.text and "Pilih bahasa" in first.text
            assert provider.media_requests == []
            assert "Ceritakan" in (await twilio(client, sender, "1")).text
            for url in (f"{provider.base}/media/missing.jpg", f"{provider.base}/media/big.jpg",
                        "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/"):
                r = await twilio_media(client, sender, url)
                assert r.status_code == 200 and "tidak dapat kami terima" in r.text and "Ceritakan" in r.text
            assert len(provider.media_requests) == 2  # only the two on the provider's host were asked for
            assert "Di mana" in (await twilio(client, sender, "Saya diancam oleh sopir truk bantuan")).text
            assert "YA atau TIDAK" in (await twilio(client, sender, "-")).text
            done = await twilio(client, sender, "TIDAK")
            assert "PSEAH-" in done.text
            reference = done.text.split("diterima: ")[1][:14]
            assert raw_db.reports.find_one({"_id": reference})["consent"]["referral"] is False
            assert raw_db.attachments.count_documents({}) == 0 and raw_db.attachment_chunks.count_documents({}) == 0


async def test_cancelling_after_a_photo_leaves_nothing(settings, provider, raw_db):
    app = create_app(provider_settings(settings, provider, twilio_account_sid=ACCOUNT_SID))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            sender = f"whatsapp:+62818{uuid.uuid4().int % 10**7:07d}"
            await twilio(client, sender, "halo")
            await twilio(client, sender, "2")
            kept = await twilio_media(client, sender, f"{provider.base}/media/gps.jpg")
            assert "We received your file" in kept.text and "what happened" in kept.text
            assert raw_db.attachments.count_documents({}) == 1 and raw_db.attachment_chunks.count_documents({}) == 1
            assert "Cancelled" in (await twilio(client, sender, "stop")).text
            assert raw_db.attachments.count_documents({}) == 0 and raw_db.attachment_chunks.count_documents({}) == 0
            assert raw_db.conversations.count_documents({}) == 0 and raw_db.reports.count_documents({}) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_as_a_process_the_webhook_answers_before_the_reply_is_sent_and_logs_keep_no_receipt(
        settings, provider, tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PSEAH_INTAKE_PORT": str(port), "PSEAH_INTAKE_MONGO_DB": settings.mongo_db,
           "PSEAH_INTAKE_KEYS_DB": settings.keys_db, "PSEAH_INTAKE_CONSUME_STATUS_EVENTS": "false",
           "PSEAH_MASTER_KEY_FILE": str(settings.master_key_file),
           "PSEAH_INTAKE_RECEIPT_KEY_FILE": str(settings.receipt_key_file),
           "PSEAH_INTAKE_TWILIO_AUTH_TOKEN": TOKEN, "PSEAH_INTAKE_PUBLIC_BASE_URL": base,
           "PSEAH_INTAKE_TWILIO_ACCOUNT_SID": ACCOUNT_SID, "PSEAH_INTAKE_TWILIO_API_BASE": provider.base,
           "PSEAH_INTAKE_TWILIO_SMS_FROM": "+15005550006", "PSEAH_INTAKE_CHANNEL_MEDIA_HOSTS": '["127.0.0.1"]'}
    log_path = tmp_path / "intake.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "pseah.intake"], env=env, stdout=log, stderr=log)
    sender = f"+62819{uuid.uuid4().int % 10**7:07d}"
    story = "Rahasia-sms-5512 relawan meminta foto saya"

    def send(text):
        form = {"From": sender, "Body": text, "MessageSid": f"SM{uuid.uuid4().hex}"}
        path = "/v1/channels/twilio/sms"
        sig = twilio_signature(auth_token=TOKEN, url=base + path, params=list(form.items()))
        return httpx.post(base + path, data=form, headers={"x-twilio-signature": sig}, timeout=30)

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.2)
        for n, text in enumerate(["halo", "2", story, "-"], start=1):
            assert send(text).text.endswith("<Response/>")
            provider.wait_for_replies(n)
        provider.release.clear()  # the provider now holds the last reply until the webhook has answered
        answered = send("YES")
        assert answered.status_code == 200 and answered.text.endswith("<Response/>")
        assert provider.holding.wait(timeout=30)  # the reply was on its way, held, after the webhook answered
        provider.release.set()
        replies = provider.wait_for_replies(5)
        final = twilio_form(replies[4])
        assert final["To"] == sender and final["From"] == "+15005550006" and "PSEAH-" in final["Body"]
        receipt = final["Body"].split("send messages: ")[1].split(".")[0]
        assert httpx.get(f"{base}/v1/receipts/{receipt}").status_code == 200
    finally:
        provider.release.set()
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    logs = log_path.read_text()
    assert logs.count("channel_reply_sent") == 5
    for leaked in (receipt, sender, sender[3:], story, "Rahasia-sms", "Thank you"):
        assert leaked not in logs
