"""Replies by the provider's API and media fetching: requests, retries, limits and refusals (no servers)."""
import base64
import dataclasses
import json
from urllib.parse import parse_qs

import httpx
import pytest

from pseah.intake.channel import conversation, outbound
from pseah.intake.channel.fetch import FetchFailed, MediaFetcher, RefusedUrl, TooLarge, host_allowed
from pseah.intake.channel.models import MediaRef, RapidProInbound, rapidpro_media, twilio_media
from pseah.intake.config import IntakeSettings

SECRET_REPLY = "Terima kasih. Laporan Anda diterima: PSEAH-7K3F9QX2. Kode: ABCDE-FGHJK"


def recording(*statuses):
    """A transport answering with the given statuses in turn, keeping every request it saw."""
    seen, answers = [], list(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(answers.pop(0) if len(answers) > 1 else answers[0], json={})

    return httpx.MockTransport(handler), seen


def settings(**values) -> IntakeSettings:
    return IntakeSettings(provider_attempts=3, **values)


def test_twilio_sender_posts_form_with_basic_auth_after_retrying_a_5xx():
    transport, seen = recording(503, 201)
    s = settings(twilio_account_sid="AC123", twilio_auth_token="tok", twilio_whatsapp_from="+14155238886",
                 twilio_api_base="http://provider.test")
    sender = outbound.sender_for(s, provider="twilio", channel="whatsapp", transport=transport)
    sender = dataclasses.replace(sender, http=dataclasses.replace(sender.http, backoff=0))
    assert sender.send(channel="whatsapp", to="whatsapp:+628123", text=SECRET_REPLY) == 2
    request = seen[-1]
    assert request.method == "POST" and str(request.url) == "http://provider.test/2010-04-01/Accounts/AC123/Messages.json"
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"AC123:tok").decode()
    form = parse_qs(request.content.decode())
    assert form == {"To": ["whatsapp:+628123"], "From": ["whatsapp:+14155238886"], "Body": [SECRET_REPLY]}


def test_a_refusal_is_not_retried_and_its_error_names_no_number_or_text():
    transport, seen = recording(400)
    sender = outbound.RapidProSender(api_base="http://rp.test", token="t0k",
                                     http=outbound._Http(attempts=4, backoff=0, transport=transport))
    with pytest.raises(outbound.DeliveryFailed) as failed:
        sender.send(channel="sms", to="+628123", text=SECRET_REPLY)
    assert len(seen) == 1 and str(failed.value) == "status 400"
    assert json.loads(seen[0].content) == {"urns": ["tel:+628123"], "text": SECRET_REPLY}
    assert seen[0].headers["authorization"] == "Token t0k"


def test_network_failures_are_retried_then_reported_without_the_url():
    calls = []

    def down(request):
        calls.append(request)
        raise httpx.ConnectError(f"cannot reach {request.url}")

    sender = outbound.RapidProSender(api_base="http://rp.test", token="t",
                                     http=outbound._Http(attempts=3, backoff=0, transport=httpx.MockTransport(down)))
    with pytest.raises(outbound.DeliveryFailed) as failed:
        sender.send(channel="whatsapp", to="62812", text="x")
    assert len(calls) == 3 and str(failed.value) == "ConnectError"


def test_sender_is_configured_per_provider_and_channel():
    assert outbound.sender_for(settings(), provider="twilio", channel="sms") is None
    twilio_sms_only = settings(twilio_account_sid="AC1", twilio_auth_token="t", twilio_sms_from="+1555")
    assert outbound.sender_for(twilio_sms_only, provider="twilio", channel="sms") is not None
    assert outbound.sender_for(twilio_sms_only, provider="twilio", channel="whatsapp") is None  # no WhatsApp sender
    assert outbound.sender_for(settings(rapidpro_api_base="http://rp"), provider="rapidpro", channel="sms") is None
    rp = outbound.sender_for(settings(rapidpro_api_base="http://rp", rapidpro_api_token="s3cr3t-tok"),
                             provider="rapidpro", channel="sms")
    assert isinstance(rp, outbound.RapidProSender) and "s3cr3t" not in repr(rp)
    assert outbound.rapidpro_urn("whatsapp", "+62812") == "whatsapp:62812"
    assert outbound.rapidpro_urn("sms", "tel:+62812") == "tel:+62812"


@pytest.mark.parametrize(("url", "allowed"), [
    ("https://api.twilio.com/2010-04-01/Media/ME1", True),
    ("http://127.0.0.1:8123/m.jpg", True),
    ("https://API.TWILIO.COM./x", True),
    ("ftp://api.twilio.com/x", False),
    ("file:///etc/passwd", False),
    ("http://169.254.169.254/latest/meta-data", False),
    ("http://api.twilio.com.evil.test/x", False),
    ("http://user:pw@api.twilio.com/x", False),
    ("http://localhost:27017/", False),
    ("http://[::1]:8000/", False),
    ("not a url", False),
])
def test_only_http_urls_on_the_provider_media_hosts_are_fetched(url, allowed):
    assert host_allowed(url, ["api.twilio.com", "127.0.0.1"]) is allowed


def fetcher(handler, **options) -> MediaFetcher:
    return MediaFetcher(**{"allowed_hosts": ["media.test", "cdn.test"], "max_bytes": 1000, "auth": ("AC1", "tok"),
                           "attempts": 2, "backoff": 0, "transport": httpx.MockTransport(handler), **options})


def test_fetch_sends_credentials_to_the_provider_and_not_to_the_cdn_it_redirects_to():
    seen = []

    def handler(request):
        seen.append(request)
        if request.url.host == "media.test":
            return httpx.Response(307, headers={"location": "https://cdn.test/blob"})
        return httpx.Response(200, content=b"\xff\xd8\xffdata")

    assert fetcher(handler).fetch("https://media.test/ME1") == b"\xff\xd8\xffdata"
    assert seen[0].headers["authorization"].startswith("Basic ") and "authorization" not in seen[1].headers


def test_fetch_refuses_a_redirect_off_the_allowed_hosts():
    def handler(request):
        return httpx.Response(302, headers={"location": "http://169.254.169.254/latest"})

    with pytest.raises(RefusedUrl):
        fetcher(handler).fetch("https://media.test/ME1")
    with pytest.raises(RefusedUrl):
        fetcher(handler).fetch("http://elsewhere.test/ME1")


def test_fetch_stops_at_the_size_limit_even_when_the_length_is_not_announced():
    def streamed(request):
        return httpx.Response(200, content=iter([b"x" * 600, b"x" * 600]))  # chunked, no Content-Length

    with pytest.raises(TooLarge):
        fetcher(streamed).fetch("https://media.test/big")

    def announced(request):
        return httpx.Response(200, content=b"x" * 2000)

    with pytest.raises(TooLarge):
        fetcher(announced).fetch("https://media.test/big")


def test_fetch_retries_a_5xx_and_gives_up_on_a_404():
    calls = []

    def flaky(request):
        calls.append(request)
        return httpx.Response(503) if len(calls) == 1 else httpx.Response(200, content=b"ok")

    assert fetcher(flaky).fetch("https://media.test/a") == b"ok" and len(calls) == 2

    def missing(request):
        calls.append(request)
        return httpx.Response(404)

    calls.clear()
    with pytest.raises(FetchFailed) as failed:
        fetcher(missing).fetch("https://media.test/a")
    assert len(calls) == 1 and failed.value.reason == "unavailable"


def test_inbound_media_are_read_from_twilio_and_rapidpro_payloads():
    fields = {"NumMedia": "2", "MediaUrl0": "https://m/0", "MediaContentType0": "image/jpeg",
              "MediaUrl1": "https://m/1", "MediaContentType1": "audio/ogg"}
    assert twilio_media(fields) == [MediaRef("https://m/0", "image/jpeg"), MediaRef("https://m/1", "audio/ogg")]
    assert twilio_media({"NumMedia": "0"}) == [] and twilio_media({"NumMedia": "x"}) == [] and twilio_media({}) == []
    assert twilio_media({"NumMedia": "99", **{f"MediaUrl{i}": f"u{i}" for i in range(20)}})[-1].url == "u9"
    assert rapidpro_media(["image/jpeg:https://m/0", "https://m/1"]) == [
        MediaRef("https://m/0", "image/jpeg"), MediaRef("https://m/1")]
    message = RapidProInbound.model_validate({"id": "1", "from": "+62", "attachments": ["image/png:https://m/2"]})
    assert message.text == "" and message.attachments == ["image/png:https://m/2"]


def test_a_media_message_is_acknowledged_and_the_open_question_asked_again():
    state = conversation.advance(conversation.start().state, "2").state
    assert state.step == "narrative"
    reply = conversation.media_reply(state, stored=True)
    assert reply.startswith("We received your file") and reply.endswith(conversation.text("en", "ask_narrative"))
    assert state.step == "narrative" and "narrative" not in state.answers
    failed = conversation.media_reply(conversation.start().state, stored=False)
    assert failed.startswith("Maaf") and "Pilih bahasa" in failed
