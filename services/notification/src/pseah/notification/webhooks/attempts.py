"""Webhook tries as records of the service's own topic, and who may make one (pure).

A record of the webhook topic is the cause event, unchanged, keyed by the case reference, with headers saying
which delivery it is, which try and from when it may run:

    pseah_channel=webhook, pseah_subscription, pseah_notification_id, pseah_attempt (1, 2, ...),
    pseah_due (unix milliseconds)

The e-mail path only puts try 1 on the topic and moves on; the webhook agent makes the tries and puts the
next one back with its back-off as the due time, or dead-letters the delivery after the last.

Exactly-once effect without transactions: the notification document records the highest try started
(`attempts`, claimed with a compare-and-set) and the highest one settled (`settled_attempt`: its outcome
written, its successor on the topic). A try record runs only if its try was not started yet, or was started
and never settled and the claim is older than the lease (the worker crashed mid-request). Any other copy, from
a redelivery or a re-published record, finds nothing to do.
"""
from __future__ import annotations

from dataclasses import dataclass

CHANNEL = "webhook"


@dataclass(frozen=True)
class Attempt:
    notification_id: str
    subscription_id: str
    attempt: int
    due: float  # unix seconds

    def headers(self) -> list[tuple[str, bytes]]:
        return [("pseah_channel", CHANNEL.encode()), ("pseah_subscription", self.subscription_id.encode()),
                ("pseah_notification_id", self.notification_id.encode()),
                ("pseah_attempt", str(self.attempt).encode()), ("pseah_due", str(int(self.due * 1000)).encode())]


def from_headers(headers) -> Attempt:
    """The try a record stands for; ValueError when it is not one (it is then dead-lettered)."""
    values = {}
    pairs = headers.items() if hasattr(headers, "items") else headers or []
    for key, value in pairs:
        name = key.decode() if isinstance(key, bytes) else key
        values[name] = value.decode() if isinstance(value, bytes) else value
    if values.get("pseah_channel") != CHANNEL or not values.get("pseah_notification_id") \
            or not values.get("pseah_subscription"):
        raise ValueError("not a webhook try")
    attempt = int(values.get("pseah_attempt", "1"))
    if attempt < 1:
        raise ValueError("pseah_attempt")
    return Attempt(notification_id=values["pseah_notification_id"], subscription_id=values["pseah_subscription"],
                   attempt=attempt, due=int(values.get("pseah_due", "0")) / 1000)


def backoff(attempt: int, *, base: float, cap: float) -> float:
    """Seconds between try `attempt` and the next: base, 2 base, 4 base, ... at most cap."""
    return min(cap, base * 2 ** (max(1, attempt) - 1))


CLAIM, WAIT, DONE, DUPLICATE = "claim", "wait", "done", "duplicate"


def decide(*, status: str, attempts: int, settled: int, claimed_at: float | None, attempt: int, now: float,
           lease: float) -> tuple[str, float]:
    """What the record of try `attempt` does given the notification: (CLAIM|WAIT|DONE|DUPLICATE, seconds to wait)."""
    if status != "pending":
        return DONE, 0.0  # sent or dead-lettered: nothing left to try
    if attempts < attempt:
        return CLAIM, 0.0
    if attempts == attempt and settled < attempt:
        # Started and not settled: in flight elsewhere, or its worker died mid-request. The lease tells which.
        left = (claimed_at or 0.0) + lease - now
        return (CLAIM, 0.0) if left <= 0 else (WAIT, left)
    return DUPLICATE, 0.0
