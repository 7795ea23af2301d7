import uuid
from collections import Counter

import pytest

from pseah.common.events import new_event

pytestmark = pytest.mark.integration

NARRATIVE = "Seorang relawan meminta imbalan seksual untuk paket bantuan di posko"


def _reference() -> str:
    return "PSEAH-N" + uuid.uuid4().hex[:8].upper()


def _assigned(reference: str, *, email="fp-unicef@unicef.example", role="focal_point"):
    # The narrative rides along in fields that must never reach a message (a buggy producer, say).
    return new_event(type="case.assigned.v1", source="pseah/referral", subject=reference, data={
        "reference": reference, "org_id": "unicef", "queue": "focal_point", "priority": "critical",
        "assignee": {"username": "fp-unicef", "email": email, "role": role},
        "portal_url": f"http://127.0.0.1:8000/cases/{reference}",
        "deadlines": [{"kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}],
        "narrative": NARRATIVE, "sealed": {"narrative": NARRATIVE}})


def _publish(producer, topic, event):
    producer.send(topic, key=event.subject.encode(), value=event.to_bytes()).get(timeout=10)


def test_assigned_case_emails_the_assignee_once_without_content(notifier, producer, mails, read_events):
    reference = _reference()
    event = _assigned(reference)
    _publish(producer, notifier["topics"]["cases"], event)
    _publish(producer, notifier["topics"]["cases"], event)  # redelivery
    received = mails(reference, want=1)
    assert len(received) == 1
    mail = received[0]
    assert mail["To"] == "fp-unicef@unicef.example" and reference in mail["Subject"]
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert f"http://127.0.0.1:8000/cases/{reference}" in body
    assert "konfirmasi" in body and "acknowledgement" in body and "2030-01-02 10:00 WIB" in body
    assert NARRATIVE not in mail.as_string() and "imbalan" not in mail.as_string()
    assert mail["Message-ID"].startswith("<") and mail["X-PSEAH-Notification-Id"] in mail["Message-ID"]

    sent = read_events(notifier["topics"]["notifications"], reference=reference, wait=20, want=1)
    assert len(sent) == 1 and sent[0]["type"] == "notification.sent.v1"
    data = sent[0]["data"]
    assert data["cause_event_id"] == event.id and data["channel"] == "email"
    assert data["notification_id"] == mail["X-PSEAH-Notification-Id"]
    assert (data["template"], data["recipient_role"], data["recipient_org"]) == ("case_assigned", "focal_point", "unicef")
    assert NARRATIVE not in str(sent[0])


def test_deadline_breach_escalates_to_the_coordinator(notifier, producer, mails):
    reference = _reference()
    _publish(producer, notifier["topics"]["triage"], new_event(
        type="deadline.breached.v1", source="pseah/triage", subject=reference,
        data={"reference": reference, "kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}))
    received = mails(reference, want=1)
    assert [m["To"] for m in received] == ["coordinator@pseah-network.example"]
    assert "Tenggat" in received[0]["Subject"] and "Deadline missed" in received[0]["Subject"]


def test_kill_and_restart_loses_nothing_and_repeats_only_what_is_on_record_as_unsure(notifier, producer, mails,
                                                                                    settled, the_guarantee):
    references = [_reference() for _ in range(8)]
    for reference in references:
        _publish(producer, notifier["topics"]["cases"], _assigned(reference))
    mails(references[0], want=1, settle=0)
    notifier["proc"].kill()  # SIGKILL mid-stream: no clean shutdown, no offset commit
    notifier["proc"].start()
    # The restarted worker waits out the dead member's session (6 s here) before it is given partitions.
    docs = settled(set(references))
    # What the sink received, against the guarantee (notifications/service.py): every notification there, and a
    # second copy only for the one the kill caught between its hand-over and its answer, recorded as unsure.
    copies = Counter(m["Message-ID"] for reference in references for m in mails(reference, want=1, settle=0,
                                                                                  timeout=10))
    the_guarantee(docs, copies)
    assert len(docs) == len(references)
