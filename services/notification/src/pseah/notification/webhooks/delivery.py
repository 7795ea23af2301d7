"""POST one signed CloudEvent, once; whether a failure is worth another try (webhooks/flows.py makes them)."""
from __future__ import annotations

import httpx

from pseah.notification.webhooks import signing

CONTENT_TYPE = "application/cloudevents+json; charset=utf-8"


class DeliveryFailed(Exception):
    """The partner did not take the event; `reason` is safe to log (a status code or an error type)."""

    def __init__(self, reason: str, *, retryable: bool):
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


def post_once(*, client: httpx.Client, url: str, secret: str, body: bytes, delivery_id: str, event_type: str) -> int:
    headers = {"Content-Type": CONTENT_TYPE, signing.HEADER: signing.sign(secret=secret, body=body),
               "X-PSEAH-Delivery": delivery_id, "ce-type": event_type}
    try:
        response = client.post(url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        raise DeliveryFailed(type(exc).__name__, retryable=True) from None
    if response.status_code >= 500 or response.status_code in (408, 409, 425, 429):
        raise DeliveryFailed(f"http_{response.status_code}", retryable=True)
    if response.status_code >= 300:
        raise DeliveryFailed(f"http_{response.status_code}", retryable=False)
    return response.status_code
