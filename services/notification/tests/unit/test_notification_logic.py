import smtplib
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from pseah.common.events import new_event
from pseah.notification.config import Settings
from pseah.notification.notifications import flows, service
from pseah.notification.notifications.flows import BadEvent, deliver, intent_for
from pseah.notification.notifications.mailer import build_message
from pseah.notification.notifications.templates import TEMPLATES, render

NARRATIVE = "Relawan distribusi bantuan meminta imbalan seksual di posko Cugenang"
SETTINGS = Settings(portal_url="http://portal.test", coordinator_email="coordinator@pseah-network.example")


def _assigned(ref="PSEAH-ABCD1234", role="focal_point", email="fp-unicef@unicef.example", **extra):
    data = {"reference": ref, "org_id": "unicef", "queue": "focal_point", "priority": "critical",
            "assignee": {"username": "fp-unicef", "email": email, "role": role},
            "portal_url": f"http://portal.test/cases/{ref}",
            "deadlines": [{"kind": "investigation", "due_at": "2030-01-10T00:00:00+00:00"},
                          {"kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}]}
    data.update(extra)
    return new_event(type="case.assigned.v1", source="pseah/referral", subject=ref, data=data)


@pytest.mark.parametrize("template", TEMPLATES)
def test_templates_are_bilingual_and_name_action_reference_deadline_link(template):
    rendered = render(template, reference="PSEAH-ABCD1234", deadline=datetime(2030, 1, 2, 3, tzinfo=UTC),
                      link="http://portal.test/cases/PSEAH-ABCD1234")
    assert "PSEAH-ABCD1234" in rendered.subject
    assert "Nomor kasus: PSEAH-ABCD1234" in rendered.text and "Case reference: PSEAH-ABCD1234" in rendered.text
    assert "http://portal.test/cases/PSEAH-ABCD1234" in rendered.text
    assert "2030-01-02 10:00 WIB" in rendered.text  # 03:00 UTC is 10:00 in Jakarta


# A sentinel that no template contains marks the drawn content, so finding it is proof of a leak, whatever the
# drawn text happens to spell (a bare narrative such as "acknowledgem" is already part of the fixed wording).
_LEAK = "\u2063LEAK\u2063"


def _message_text(message) -> str:
    return "\n".join(str(value) for _, value in message.items()) + "\n".join(
        part.get_content() for part in message.walk() if part.get_content_maintype() == "text")


@hsettings(max_examples=50, deadline=None)
@given(content=st.text(min_size=1, max_size=80))
def test_nothing_from_the_event_but_reference_deadline_and_link_reaches_the_message(content):
    # Even if a producer wrongly put content into the event, the message cannot carry it.
    narrative = _LEAK + content + _LEAK
    polluted = _assigned(sealed={"narrative": narrative}, narrative=narrative, category=narrative,
                         survivor=narrative, location=narrative)
    clean = _assigned()
    messages = []
    for event in (polluted, clean):
        intent = intent_for(event, settings=SETTINGS)
        rendered = render(intent.template, reference=intent.reference, deadline=intent.deadline, link=intent.link)
        messages.append((rendered, build_message(rendered=rendered, sender=SETTINGS.mail_from,
                                                 recipient=intent.recipient, message_id="<x@y>",
                                                 notification_id="n")))
    (dirty_rendered, dirty_message), (clean_rendered, _) = messages
    # The template is rendered from the allowed fields only: extra content changes nothing in it ...
    assert dirty_rendered == clean_rendered
    # ... and nothing of it appears anywhere in the built message, headers or decoded bodies.
    assert "LEAK" not in _message_text(dirty_message)


def test_intent_routes_and_picks_earliest_deadline():
    intent = intent_for(_assigned(), settings=SETTINGS)
    assert intent.recipient == "fp-unicef@unicef.example" and intent.recipient_org == "unicef"
    assert intent.deadline == datetime(2030, 1, 2, 3, tzinfo=UTC) and intent.template == "case_assigned"
    assert intent.link == "http://portal.test/cases/PSEAH-ABCD1234"
    coord = intent_for(_assigned(role="coordinator", email="coordinator@pseah-network.example"), settings=SETTINGS)
    assert coord.recipient_org == "pseah-network"
    breached = new_event(type="deadline.breached.v1", source="pseah/triage", subject="PSEAH-ABCD1234",
                         data={"reference": "PSEAH-ABCD1234", "kind": "acknowledge",
                               "due_at": "2030-01-02T03:00:00+00:00"})
    escalation = intent_for(breached, settings=SETTINGS)
    assert escalation.recipient == "coordinator@pseah-network.example"
    assert escalation.template == "deadline_breached"
    ignored = new_event(type="case.acknowledged.v1", source="pseah/referral", subject="PSEAH-ABCD1234", data={})
    assert intent_for(ignored, settings=SETTINGS) is None
    with pytest.raises(BadEvent):
        intent_for(_assigned(email=""), settings=SETTINGS)


def test_notification_id_is_stable_per_cause_and_recipient():
    a = service.notification_id(cause_event_id="e1", recipient="FP@x.example")
    assert a == service.notification_id(cause_event_id="e1", recipient="fp@x.example ")
    assert a != service.notification_id(cause_event_id="e2", recipient="fp@x.example")
    assert service.message_id(notification_id=a, domain="n.test") == f"<{a}@n.test>"


class FakeStore:
    """Stands in for the Notification collection: begin / hand_over / take_back / mark_sent semantics only."""

    def __init__(self):
        self.docs = {}

    def begin(self, *, intent, domain, attempting=False):
        nid = service.notification_id(cause_event_id=intent.cause_event_id, recipient=intent.recipient)
        if nid in self.docs:
            doc = self.docs[nid]
            must_send = doc.status in ("pending", "handing_over")
            doc.attempts += int(must_send and attempting)
            return doc, must_send
        doc = type("Doc", (), {"id": nid, "reference": intent.reference, "status": "pending", "has_pending": False,
                               "uncertain_resends": 0, "attempts": int(attempting),
                               "message_id": service.message_id(notification_id=nid, domain=domain)})()
        self.docs[nid] = doc
        return doc, True

    def hand_over(self, *, notification):
        if notification.status != "pending":
            raise service.HandedOverElsewhere(notification.id)
        notification.status = "handing_over"

    def reopen_unsure(self, *, notification):
        if notification.status == "handing_over":
            notification.status = "pending"
            notification.uncertain_resends += 1
        return notification

    def take_back(self, *, notification):
        if notification.status == "handing_over":
            notification.status = "pending"

    def begin_all(self, *, intents, domain, attempting=False):
        return [self.begin(intent=intent, domain=domain, attempting=attempting) for intent in intents]

    def mark_sent(self, *, notification, topic, publish=None):
        if notification.status in ("pending", "handing_over"):
            notification.status, notification.has_pending = "sent", True
        return notification

    def mark_sent_all(self, *, notifications, topic, first=None, contexts=None):
        return [self.mark_sent(notification=notification, topic=topic) for notification in notifications]

    def install(self, monkeypatch):
        for name in ("begin", "begin_all", "hand_over", "reopen_unsure", "take_back", "mark_sent", "mark_sent_all"):
            monkeypatch.setattr(service, name, getattr(self, name))
        monkeypatch.setattr(service, "record_attempt", None)  # counted by begin: never called on its own
        return self


def through(send):
    """Outlets that send e-mail through `send` only (a connection each)."""
    return flows.Outlets(send=send, client=None, dead_letter=None, schedule=None)


class Server:
    """A mail server that takes a message only at the final dot, as SMTP servers do."""

    def __init__(self, *, refuse: int = 0):
        self.accepted, self.refuse = [], refuse

    def send(self, message, *, commit):
        commit()  # the message is on the wire; the dot comes next
        if self.refuse:
            self.refuse -= 1
            raise smtplib.SMTPDataError(451, b"try again later")
        self.accepted.append(message)


async def test_deliver_sends_once_per_event_and_recipient(monkeypatch):
    store = FakeStore().install(monkeypatch)
    server = Server()
    event = _assigned()
    outcomes = [await deliver(event=event, settings=SETTINGS, outlets=through(server.send), flush=lambda d: None)
                for _ in range(3)]
    assert outcomes == ["sent", "already_sent", "already_sent"] and len(server.accepted) == 1
    assert server.accepted[0]["Message-ID"] == next(iter(store.docs.values())).message_id


async def test_a_failed_send_is_retried_with_the_same_message_id(monkeypatch):
    store = FakeStore().install(monkeypatch)
    attempts = []

    def flaky(message, *, commit):
        attempts.append(message["Message-ID"])
        if len(attempts) == 1:
            raise ConnectionRefusedError()  # before the hand-over: the server has nothing
        commit()

    event = _assigned()
    with pytest.raises(ConnectionRefusedError):
        await deliver(event=event, settings=SETTINGS, outlets=through(flaky), flush=lambda d: None)
    assert await deliver(event=event, settings=SETTINGS, outlets=through(flaky), flush=lambda d: None) == "sent"
    assert len(attempts) == 2 and attempts[0] == attempts[1]
    assert next(iter(store.docs.values())).attempts == 2  # each try counted as it began


async def test_a_refused_final_dot_hands_the_notification_back_and_the_retry_delivers_it(monkeypatch):
    store = FakeStore().install(monkeypatch)
    server = Server(refuse=1)
    event = _assigned()
    with pytest.raises(smtplib.SMTPDataError):
        await deliver(event=event, settings=SETTINGS, outlets=through(server.send), flush=lambda d: None)
    assert next(iter(store.docs.values())).status == "pending"
    assert await deliver(event=event, settings=SETTINGS, outlets=through(server.send), flush=lambda d: None) == "sent"
    assert len(server.accepted) == 1 and next(iter(store.docs.values())).uncertain_resends == 0


async def test_after_a_deliverer_died_between_hand_over_and_answer_the_retry_resends_and_counts_it(monkeypatch):
    # Unsure whether the server took it: sent again under the same Message-ID, and the record says so.
    store = FakeStore().install(monkeypatch)
    server, event = Server(), _assigned()

    def dies_after_the_dot(message, *, commit):
        commit()
        server.accepted.append(message)
        raise ConnectionResetError()

    with pytest.raises(ConnectionResetError):
        await deliver(event=event, settings=SETTINGS, outlets=through(dies_after_the_dot), flush=lambda d: None)
    assert await deliver(event=event, settings=SETTINGS, outlets=through(server.send), flush=lambda d: None) == "sent"
    doc = next(iter(store.docs.values()))
    assert doc.status == "sent" and doc.uncertain_resends == 1
    assert [m["Message-ID"] for m in server.accepted] == [doc.message_id, doc.message_id]


async def test_a_deliverer_that_died_before_handing_over_is_followed_by_the_only_copy(monkeypatch):
    store = FakeStore().install(monkeypatch)
    server, event = Server(), _assigned()

    def dies_before_the_dot(message, *, commit):
        raise ConnectionResetError()  # the body was on the wire, the dot never: the server discards it

    with pytest.raises(ConnectionResetError):
        await deliver(event=event, settings=SETTINGS, outlets=through(dies_before_the_dot), flush=lambda d: None)
    assert await deliver(event=event, settings=SETTINGS, outlets=through(server.send), flush=lambda d: None) == "sent"
    assert len(server.accepted) == 1 and next(iter(store.docs.values())).uncertain_resends == 0


async def test_of_two_concurrent_deliverers_only_the_one_that_hands_over_first_sends_the_dot(monkeypatch):
    store = FakeStore().install(monkeypatch)
    event = _assigned()
    intent = intent_for(event, settings=SETTINGS)
    doc, _ = store.begin(intent=intent, domain=SETTINGS.message_id_domain)
    server = Server()
    message = build_message(rendered=render(intent.template, reference=intent.reference, deadline=None,
                                            link=intent.link),
                            sender=SETTINGS.mail_from, recipient=intent.recipient, message_id=doc.message_id,
                            notification_id=doc.id)
    flows.send_once(server.send, message, notification=doc)  # the first one wins the compare-and-set
    with pytest.raises(service.HandedOverElsewhere):
        flows.send_once(server.send, message, notification=doc)
    assert len(server.accepted) == 1


async def test_a_poll_stopped_by_a_failure_records_the_ones_sent_before_it_and_its_retry_sends_only_the_rest(
        monkeypatch):
    store = FakeStore().install(monkeypatch)
    server = Server()
    events = [_assigned(ref=f"PSEAH-POLL000{n}") for n in range(5)]
    failures = [ConnectionRefusedError()]

    def third_fails(message, *, commit):
        if len(server.accepted) == 2 and failures:
            raise failures.pop()  # before the hand-over: the server has nothing of it
        server.send(message, commit=commit)

    items = [(event, None, None) for event in events]
    with pytest.raises(ConnectionRefusedError):
        await flows.deliver_all(items, settings=SETTINGS, outlets=through(third_fails), flush=lambda d: None)
    assert [d.status for d in store.docs.values()] == ["sent", "sent", "pending", "pending", "pending"]
    outcomes = await flows.deliver_all(items, settings=SETTINGS, outlets=through(third_fails), flush=lambda d: None)
    assert outcomes == ["already_sent", "already_sent", "sent", "sent", "sent"]
    assert [m["Message-ID"] for m in server.accepted] == [d.message_id for d in store.docs.values()]
    assert all(d.uncertain_resends == 0 for d in store.docs.values())
