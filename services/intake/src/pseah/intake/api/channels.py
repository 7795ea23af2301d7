"""Provider webhooks for WhatsApp and SMS. The signature is checked before anything else is read.

Replies go by the provider's HTTP API after the webhook has answered when that is configured (the
response is then an empty TwiML `<Response/>` or `{"reply": null}`), else in the response as before.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Literal
from xml.sax.saxutils import escape

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from pseah.common.errors import ApiError
from pseah.intake.channel import conversation, flows, outbound, service
from pseah.intake.channel.models import ChannelReply, MediaRef, RapidProInbound, rapidpro_media, twilio_media
from pseah.intake.channel.signatures import verify_rapidpro, verify_twilio
from pseah.intake.bootstrap import Runtime, RuntimeDep
from pseah.intake.schemas import error_responses

router = APIRouter(prefix="/v1/channels", tags=["channels"])

_NOT_ENABLED = dict(status=404, code="not_found", message="This channel is not enabled.")
_BAD_SIGNATURE = dict(status=403, code="invalid_signature", message="The webhook signature does not verify.")

# The providers sign each call with a secret shared with us; OpenAPI has no HMAC scheme, so the header is
# declared as an API key (pseah.common.openapi.install_openapi takes these), its description says what it holds.
SIGNATURE_SCHEMES = {
    "twilioSignature": {"type": "apiKey", "in": "header", "name": "X-Twilio-Signature",
                        "description": "Twilio's request signature: base64 HMAC-SHA1 of the URL and sorted form "
                                       "fields with the account's auth token."},
    "rapidproSignature": {"type": "apiKey", "in": "header", "name": "X-RapidPro-Signature",
                          "description": "Hex HMAC-SHA256 of the raw body with the configured RapidPro secret."},
}


def _base_url(runtime: Runtime) -> str:
    s = runtime.settings
    return (s.public_base_url or f"http://{s.host}:{s.port}").rstrip("/")


async def _handle(runtime: Runtime, background: BackgroundTasks, *, provider: str, channel: str, sender: str,
                  text: str, message_id: str | None, media: list[MediaRef]) -> str | None:
    """The reply to put in the webhook response; None when there is none or it goes by the provider's API."""
    s = runtime.settings
    outcome = await run_in_threadpool(
        service.handle_inbound, runtime=runtime, provider=provider, channel=channel, sender=sender, text=text,
        message_id=message_id, has_media=bool(media), idle=timedelta(hours=s.conversation_idle_hours))
    if outcome.report is not None:
        background.add_task(runtime.publisher.flush, outcome.report)
    api = outbound.sender_for(s, provider=provider, channel=channel)
    if outcome.media_reference is not None:
        if api is not None:
            # Fetched and acknowledged after the webhook has answered: a large file never holds it.
            background.add_task(flows.attach_then_reply, runtime=runtime, provider=provider, channel=channel,
                                to=sender, reference=outcome.media_reference, items=media, state=outcome.state,
                                sender=api)
            return None
        # The reply can only say whether it worked if the files are fetched now (one bounded try).
        stored = await run_in_threadpool(
            flows.attach_media, runtime=runtime, provider=provider, channel=channel,
            reference=outcome.media_reference, items=media,
            fetcher=flows.media_fetcher(s, provider=provider, inline=True))
        return conversation.media_reply(outcome.state, stored=stored)
    if outcome.reply and api is not None:
        background.add_task(flows.deliver, sender=api, channel=channel, to=sender, reply=outcome.reply)
        return None
    return outcome.reply


@router.post("/twilio/{channel}", responses={200: {"content": {"application/xml": {}},
                                                   "description": "TwiML with the reply (empty when it "
                                                                  "goes by the provider's API)"},
                                              **error_responses(400, 403, 404, 413, 422, 503)},
             openapi_extra={"requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {
                 "schema": {"type": "object", "required": ["From", "Body"],
                            "properties": {"From": {"type": "string"}, "Body": {"type": "string"},
                                           "MessageSid": {"type": "string"}, "NumMedia": {"type": "string"},
                                           "MediaUrl0": {"type": "string"},
                                           "MediaContentType0": {"type": "string"}}}}}},
                 "security": [{"twilioSignature": []}]},
             summary="Twilio-style inbound message (form-encoded, X-Twilio-Signature)")
async def twilio_inbound(channel: Literal["whatsapp", "sms"], request: Request, runtime: RuntimeDep,
                         background: BackgroundTasks) -> Response:
    token = runtime.settings.twilio_auth_token
    if token is None:
        raise ApiError(**_NOT_ENABLED)
    try:
        form = await request.form()
    except Exception:  # noqa: BLE001 - any unparsable form is the sender's problem, not a 500
        raise ApiError(status=400, code="bad_request", message="The form body cannot be parsed.") from None
    params = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
    url = _base_url(runtime) + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not verify_twilio(auth_token=token.get_secret_value(), url=url, params=params,
                         signature=request.headers.get("x-twilio-signature")):
        raise ApiError(**_BAD_SIGNATURE)
    fields = dict(params)
    media = twilio_media(fields)
    if not fields.get("From") or ("Body" not in fields and not media):
        raise ApiError(status=422, code="invalid", message="From and Body are required.")
    reply = await _handle(runtime, background, provider="twilio", channel=channel, sender=fields["From"],
                          text=fields.get("Body", ""), message_id=fields.get("MessageSid"), media=media)
    twiml = f"<Response><Message>{escape(reply)}</Message></Response>" if reply else "<Response/>"
    return Response('<?xml version="1.0" encoding="UTF-8"?>' + twiml, media_type="application/xml")


@router.post("/rapidpro", response_model=ChannelReply, responses=error_responses(400, 403, 404, 413, 422, 503),
             openapi_extra={"security": [{"rapidproSignature": []}]},
             summary="RapidPro-style inbound message (JSON, X-RapidPro-Signature: hex HMAC-SHA256 of the body)")
async def rapidpro_inbound(payload: RapidProInbound, request: Request, runtime: RuntimeDep,
                           background: BackgroundTasks) -> ChannelReply:
    secret = runtime.settings.rapidpro_secret
    if secret is None:
        raise ApiError(**_NOT_ENABLED)
    if not verify_rapidpro(secret=secret.get_secret_value(), body=await request.body(),
                           signature=request.headers.get("x-rapidpro-signature")):
        raise ApiError(**_BAD_SIGNATURE)
    reply = await _handle(runtime, background, provider="rapidpro", channel=payload.channel, sender=payload.from_,
                          text=payload.text, message_id=payload.id, media=rapidpro_media(payload.attachments))
    return ChannelReply(reply=reply)
