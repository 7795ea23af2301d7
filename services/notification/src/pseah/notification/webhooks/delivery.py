"""POST one signed CloudEvent, retried with exponential back-off (tenacity); permanent refusals are not retried."""
from __future__ import annotations

import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from pseah.notification.webhooks import signing

CONTENT_TYPE = "application/cloudevents+json; charset=utf-8"


class DeliveryFailed(Exception):
    """The partner did not take the event; `reason` is safe to log (a status code or an error type)."""

    def __init__(self, reason: str, *, retryable: bool):
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, DeliveryFailed) and exc.retryable


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


def deliver(*, client: httpx.Client, url: str, secret: str, body: bytes, delivery_id: str, event_type: str,
            attempts: int, backoff: float, backoff_max: float, on_attempt=lambda n: None) -> int:
    """Deliver or raise DeliveryFailed after `attempts` tries (a 4xx other than 408/409/425/429 at once)."""
    for attempt in Retrying(stop=stop_after_attempt(max(1, attempts)), reraise=True,
                            wait=wait_exponential(multiplier=backoff, max=backoff_max),
                            retry=retry_if_exception(_retryable)):
        with attempt:
            on_attempt(attempt.retry_state.attempt_number)
            return post_once(client=client, url=url, secret=secret, body=body, delivery_id=delivery_id,
                             event_type=event_type)
    raise AssertionError("unreachable")  # pragma: no cover
