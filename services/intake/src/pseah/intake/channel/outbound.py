"""Replies sent through the provider's HTTP API, one small interface with a Twilio-style and a RapidPro-style sender.

Called after the webhook has answered, so a slow provider never holds its own webhook. Transient failures
(network, timeouts, 429, 5xx) are retried with back-off: a duplicate reply after a lost acknowledgement is
better than a reporter who never gets their receipt. Nothing here logs: the reply text carries the secret
receipt and the address is a phone number; callers log the provider, channel and outcome only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import httpx
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from pseah.intake.config import IntakeSettings


class DeliveryFailed(Exception):
    """The provider refused the reply, or kept failing. Its text is a status, never the message or address."""


class _Transient(DeliveryFailed):
    pass


class ReplySender(Protocol):
    provider: str

    def send(self, *, channel: str, to: str, text: str) -> int:
        """Deliver one reply; the number of attempts it took. Raises DeliveryFailed."""


@dataclass(frozen=True)
class _Http:
    timeout: float = 10.0
    attempts: int = 4
    backoff: float = 0.5  # seconds before the second try, doubling, at most 8
    transport: httpx.BaseTransport | None = field(default=None, repr=False)  # tests only

    def post(self, url: str, **request) -> int:
        retrying = Retrying(stop=stop_after_attempt(max(1, self.attempts)), reraise=True,
                            wait=wait_exponential(multiplier=self.backoff, max=8),
                            retry=retry_if_exception_type((httpx.TransportError, _Transient)))
        with httpx.Client(timeout=self.timeout, transport=self.transport, follow_redirects=False) as client:
            for attempt in retrying:
                with attempt:
                    response = client.post(url, **request)
                    if response.status_code == 429 or response.status_code >= 500:
                        raise _Transient(f"status {response.status_code}")
                    if response.status_code >= 300:
                        raise DeliveryFailed(f"status {response.status_code}")
        return retrying.statistics.get("attempt_number", 1)


def _send(http: _Http, url: str, **request) -> int:
    try:
        return http.post(url, **request)
    except httpx.TransportError as exc:
        # Its message may name the URL; only the kind of failure travels on.
        raise DeliveryFailed(type(exc).__name__) from None


@dataclass(frozen=True)
class TwilioSender:
    """POST {api_base}/2010-04-01/Accounts/{sid}/Messages.json, form To/From/Body, basic auth sid:token."""

    api_base: str
    account_sid: str
    auth_token: str = field(repr=False)
    senders: dict[str, str]  # channel -> From
    http: _Http = _Http()
    provider: str = "twilio"

    def send(self, *, channel: str, to: str, text: str) -> int:
        url = f"{self.api_base.rstrip('/')}/2010-04-01/Accounts/{self.account_sid}/Messages.json"
        return _send(self.http, url, data={"To": to, "From": self.senders[channel], "Body": text},
                     auth=(self.account_sid, self.auth_token))


@dataclass(frozen=True)
class RapidProSender:
    """POST {api_base}/api/v2/broadcasts.json, JSON {urns, text}, Authorization: Token <token>."""

    api_base: str
    token: str = field(repr=False)
    http: _Http = _Http()
    provider: str = "rapidpro"

    def send(self, *, channel: str, to: str, text: str) -> int:
        return _send(self.http, f"{self.api_base.rstrip('/')}/api/v2/broadcasts.json",
                     json={"urns": [rapidpro_urn(channel, to)], "text": text},
                     headers={"Authorization": f"Token {self.token}"})


def rapidpro_urn(channel: str, address: str) -> str:
    """The contact URN of an inbound address: kept when it is one already, else tel:+N or whatsapp:N."""
    if ":" in address:
        return address
    if channel == "whatsapp":
        return "whatsapp:" + address.lstrip("+")  # RapidPro's WhatsApp URNs carry the number without "+"
    return "tel:" + address


def _whatsapp(number: str) -> str:
    return number if number.startswith("whatsapp:") else f"whatsapp:{number}"


def sender_for(settings: IntakeSettings, *, provider: str, channel: str,
               transport: httpx.BaseTransport | None = None) -> ReplySender | None:
    """The API sender for this provider and channel, or None: then the reply goes in the webhook response."""
    http = _Http(timeout=settings.provider_timeout_seconds, attempts=settings.provider_attempts, transport=transport)
    if provider == "twilio":
        token = settings.twilio_auth_token
        whatsapp = settings.twilio_whatsapp_from
        senders = {k: v for k, v in {"whatsapp": whatsapp and _whatsapp(whatsapp), "sms": settings.twilio_sms_from}.items()
                   if v}
        if not (settings.twilio_account_sid and token and channel in senders):
            return None
        return TwilioSender(api_base=settings.twilio_api_base, account_sid=settings.twilio_account_sid,
                            auth_token=token.get_secret_value(), senders=senders, http=http)
    if provider == "rapidpro":
        if not (settings.rapidpro_api_base and settings.rapidpro_api_token):
            return None
        return RapidProSender(api_base=settings.rapidpro_api_base, token=settings.rapidpro_api_token.get_secret_value(),
                              http=http)
    return None
