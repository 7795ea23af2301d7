"""Webhook tries off the e-mail path: the records, the back-off, and who may make a try (no servers)."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from types import SimpleNamespace

import httpx
import pytest
from hypothesis import given, strategies as st

from pseah.common.events import new_event
from pseah.notification.config import Settings
from pseah.notification.notifications import service
from pseah.notification.webhooks import attempts, flows
from pseah.notification.webhooks import service as webhooks

SETTINGS = Settings(webhook_attempts=4, webhook_backoff=1.0, webhook_backoff_max=3.0, webhook_lease=20.0)


def test_a_try_record_says_which_delivery_which_try_and_from_when():
    sent = attempts.Attempt(notification_id="n1", subscription_id="s1", attempt=3, due=1_900_000_000.25)
    back = attempts.from_headers(sent.headers())
    assert back == sent
    # faust hands headers over as a dict
    assert attempts.from_headers({k: v for k, v in sent.headers()}) == sent
    for broken in ([], [("pseah_channel", b"email")], [("pseah_channel", b"webhook"), ("pseah_subscription", b"s")],
                   [*sent.headers()[:3], ("pseah_attempt", b"0")]):
        with pytest.raises(ValueError):
            attempts.from_headers(broken)


def test_back_off_doubles_up_to_the_cap():
    assert [attempts.backoff(n, base=1.0, cap=10.0) for n in range(1, 7)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]


@given(attempt=st.integers(1, 10), started=st.integers(0, 10), settled=st.integers(0, 10),
       age=st.floats(0, 100), status=st.sampled_from(["pending", "sent", "dead_lettered"]))
def test_at_most_one_record_per_try_goes_out_and_an_abandoned_try_is_taken_over(attempt, started, settled, age,
                                                                               status):
    settled = min(settled, started)
    decision, wait = attempts.decide(status=status, attempts=started, settled=settled, claimed_at=1000.0 - age,
                                     attempt=attempt, now=1000.0, lease=30.0)
    if status != "pending":
        assert decision == attempts.DONE
    elif started < attempt:
        assert decision == attempts.CLAIM
    elif started == attempt and settled < attempt:
        assert decision == (attempts.CLAIM if age >= 30.0 else attempts.WAIT)
        assert decision == attempts.CLAIM or abs(wait - (30.0 - age)) < 1e-6
    else:
        assert decision == attempts.DUPLICATE


class Store:
    """The notification collection's compare-and-set semantics, in memory."""

    def __init__(self):
        self.docs: dict[str, SimpleNamespace] = {}
        self.sent_events: list[str] = []

    def add(self, nid):
        self.docs[nid] = SimpleNamespace(id=nid, status="pending", attempts=0, settled_attempt=0, claim=None,
                                         claimed_at=None, has_pending=False, recipient_org="pmi", queued=False)

    def copy(self, nid):
        return SimpleNamespace(**vars(self.docs[nid])) if nid in self.docs else None

    def get(self, *, notification_id):
        return self.copy(notification_id)

    def claim_attempt(self, *, notification, attempt):
        doc = self.docs[notification.id]
        if doc.status != "pending" or doc.attempts != notification.attempts or doc.claim != notification.claim:
            return None
        doc.attempts, doc.claim, doc.claimed_at = attempt, uuid.uuid4().hex, datetime.now(UTC)
        return doc.claim

    def settle_attempt(self, *, notification_id, claim, attempt):
        doc = self.docs[notification_id]
        if doc.claim == claim:
            doc.settled_attempt = attempt

    def mark_sent(self, *, notification, topic):
        doc = self.docs[notification.id]
        if doc.status == "pending":
            doc.status = "sent"
            self.sent_events.append(notification.id)
        return self.copy(notification.id)

    def mark_dead_lettered(self, *, notification, reason):
        doc = self.docs[notification.id]
        if doc.status == "pending":
            doc.status, doc.settled_attempt = "dead_lettered", notification.attempts


@pytest.fixture
def store(monkeypatch):
    store = Store()
    for name in ("get", "claim_attempt", "settle_attempt", "mark_sent", "mark_dead_lettered"):
        monkeypatch.setattr(service, name, getattr(store, name))
    subscription = SimpleNamespace(id="sub-1", url="http://partner.test/hook", secret="s", active=True)
    monkeypatch.setattr(webhooks, "get", lambda *, subscription_id: subscription)
    return store


def _partner(statuses):
    answered = []

    def handler(request):
        status = statuses[min(len(answered), len(statuses) - 1)]
        answered.append((request.headers["X-PSEAH-Delivery"], status))
        return httpx.Response(status)

    return httpx.Client(transport=httpx.MockTransport(handler)), answered


def _run(store, client, records, *, now, dead=None):
    """Run every record on the 'topic' (a list) as the webhook agent would, the next ones as they are queued."""
    outcomes = []
    event = new_event(type="referral.created.v1", source="pseah/referral", subject="PSEAH-ABCD1234",
                      data={"reference": "PSEAH-ABCD1234", "provider_org": "pmi"})
    while records:
        record = records.pop(0)
        outcome, _wait = flows.try_webhook(
            event=event, attempt=record, settings=SETTINGS, client=client, flush=lambda doc: None,
            schedule=lambda *, event, attempt: records.append(attempt),
            dead_letter=lambda **kw: (dead if dead is not None else []).append(kw), now=now)
        outcomes.append((record.attempt, outcome))
    return outcomes


def test_failures_are_retried_through_the_topic_and_delivered_once(store):
    store.add("n1")
    client, answered = _partner([503, 503, 200])
    outcomes = _run(store, client, [attempts.Attempt("n1", "sub-1", 1, due=0.0)], now=lambda: 1000.0)
    assert outcomes == [(1, "retry_scheduled"), (2, "retry_scheduled"), (3, "sent")]
    assert [status for _, status in answered] == [503, 503, 200] and {d for d, _ in answered} == {"n1"}
    assert store.sent_events == ["n1"]
    # Every record again (a redelivery after a crash, a re-published copy): nothing goes out twice.
    again = _run(store, client, [attempts.Attempt("n1", "sub-1", n, due=0.0) for n in (1, 2, 3)],
                 now=lambda: 1000.0)
    assert {outcome for _, outcome in again} == {attempts.DONE} and len(answered) == 3


def test_the_last_failure_is_dead_lettered_and_later_copies_do_nothing(store):
    store.add("n2")
    client, answered = _partner([500])
    dead = []
    outcomes = _run(store, client, [attempts.Attempt("n2", "sub-1", 1, due=0.0)], now=lambda: 1000.0, dead=dead)
    assert [o for _, o in outcomes] == ["retry_scheduled"] * 3 + ["dead_lettered"]
    assert len(answered) == SETTINGS.webhook_attempts and [d["reason"] for d in dead] == ["http_500"]
    assert store.docs["n2"].status == "dead_lettered" and store.docs["n2"].settled_attempt == 4
    # A replay reopens it; a stray copy of the last try must leave it to the replay.
    store.docs["n2"].status = "pending"
    assert _run(store, client, [attempts.Attempt("n2", "sub-1", 4, due=0.0)], now=lambda: 5000.0) == \
        [(4, attempts.DUPLICATE)]


def test_a_refusal_is_not_retried(store):
    store.add("n3")
    client, answered = _partner([410])
    assert _run(store, client, [attempts.Attempt("n3", "sub-1", 1, due=0.0)], now=lambda: 1000.0) == \
        [(1, "dead_lettered")]
    assert len(answered) == 1


def test_a_try_abandoned_mid_request_is_taken_over_after_the_lease_only(store):
    store.add("n4")
    # A worker claimed try 1 and died before it settled.
    claimed = store.claim_attempt(notification=store.copy("n4"), attempt=1)
    assert claimed
    started = store.docs["n4"].claimed_at.timestamp()
    client, answered = _partner([200])
    record = attempts.Attempt("n4", "sub-1", 1, due=0.0)
    event = new_event(type="referral.created.v1", source="pseah/referral", subject="PSEAH-ABCD1234")
    outcome, wait = flows.try_webhook(event=event, attempt=record, settings=SETTINGS, client=client,
                                      flush=lambda d: None, schedule=None, dead_letter=None, now=lambda: started + 5)
    assert outcome == attempts.WAIT and wait == pytest.approx(15.0, abs=0.01) and not answered
    assert _run(store, client, [record], now=lambda: started + 21) == [(1, "sent")]
    assert len(answered) == 1 and store.docs["n4"].status == "sent"


def test_the_event_path_only_queues_try_one_and_a_redelivery_queues_nothing(monkeypatch):
    docs = {}

    def begin(*, intent, domain):
        nid = service.notification_id(cause_event_id=intent.cause_event_id, recipient=intent.recipient)
        if nid not in docs:
            docs[nid] = SimpleNamespace(id=nid, status="pending", queued=False, has_pending=False)
            return docs[nid], True
        return docs[nid], docs[nid].status == "pending"

    monkeypatch.setattr(service, "begin", begin)
    monkeypatch.setattr(service, "mark_queued", lambda *, notification: setattr(docs[notification.id], "queued", True))
    subs = [SimpleNamespace(id="sub-a"), SimpleNamespace(id="sub-b")]
    monkeypatch.setattr(webhooks, "for_event", lambda *, org_id, event_type, routes=None: subs if org_id == "pmi" else [])
    event = new_event(type="referral.created.v1", source="pseah/referral", subject="PSEAH-ABCD1234",
                      data={"reference": "PSEAH-ABCD1234", "referral_id": "r-1", "provider_id": "pulih",
                            "provider_org": "pmi", "service_type": "psychosocial", "status": "created"})
    queued = []
    schedule = lambda *, event, attempt: queued.append(attempt)  # noqa: E731
    assert flows.queue_webhooks(event=event, settings=SETTINGS, schedule=schedule, flush=None) == ["queued"] * 2
    assert [(a.subscription_id, a.attempt) for a in queued] == [("sub-a", 1), ("sub-b", 1)]
    assert flows.queue_webhooks(event=event, settings=SETTINGS, schedule=schedule, flush=None) == \
        ["queued_before"] * 2
    assert len(queued) == 2
    ignored = new_event(type="notification.sent.v1", source="x", subject="PSEAH-ABCD1234")
    assert flows.queue_webhooks(event=ignored, settings=SETTINGS, schedule=schedule, flush=None) == []
