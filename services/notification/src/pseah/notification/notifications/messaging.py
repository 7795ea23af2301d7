"""SMS and WhatsApp through a messaging provider's HTTP API, behind one interface with e-mail.

    POST {base_url}/v1/messages  {"id", "channel": "sms"|"whatsapp", "to", "text"}
    Authorization: Bearer <token>;  Idempotency-Key: <notification id>

The notification id as idempotency key lets the provider drop the re-send of the one crash window.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import httpx


@dataclass(frozen=True)
class ShortMessage:
    notification_id: str
    channel: str  # sms | whatsapp
    to: str
    text: str


class MessagingProvider(Protocol):
    def send(self, message: ShortMessage) -> None: ...


class MessagingUnavailable(Exception):
    """No provider configured, or it refused; the reason is a status code or an error type."""


class HttpMessagingProvider:
    def __init__(self, *, base_url: str, token: str = "", timeout: float = 10.0):
        self._url = base_url.rstrip("/") + "/v1/messages"
        self._token = token
        self._timeout = timeout

    def send(self, message: ShortMessage) -> None:
        headers = {"Idempotency-Key": message.notification_id}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = httpx.post(self._url, timeout=self._timeout, headers=headers, json={
                "id": message.notification_id, "channel": message.channel, "to": message.to, "text": message.text})
        except httpx.HTTPError as exc:
            raise MessagingUnavailable(type(exc).__name__) from None
        if response.status_code >= 300:
            raise MessagingUnavailable(f"http_{response.status_code}")


class NoMessagingProvider:
    def send(self, message: ShortMessage) -> None:
        raise MessagingUnavailable("not_configured")
