"""The coordinator's audit digest: one e-mail per digest id (a digest published again is not mailed again), the
checkpoints and the compare command in it, nothing else, and no notification.sent.v1 (a digest concerns no case)."""
from __future__ import annotations

import pytest

from pseah.common.events import EventTypes, new_event
from pseah.notification.config import Settings
from pseah.notification.notifications import digests, flows, service
from pseah.notification.notifications.templates import render_digest
from pseah.common.payloads import AuditDigest

from .test_notification_logic import FakeStore, Server, _message_text

SETTINGS = Settings(portal_url="http://portal.test", coordinator_email="coordinator@pseah-network.example")
ORIGIN = "pseah-audit:pseah_audit"
ROOT_A, ROOT_B = "a" * 64, "b" * 64
PEM = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAexample\n-----END PUBLIC KEY-----\n"


def _checkpoint(size, root, previous=None):
    return {"tree_size": size, "root_hash": root, "time": "2026-12-04T10:00:00.000000Z", "key_id": "1a2b3c4d5e6f7a8b",
            "signature": "c2lnbmF0dXJl" * 7, "previous": previous}


def _digest(*, event_id="0b7c3e52-0000-5000-8000-000000000001", checkpoints=None, total=None, interim=False, **extra):
    listed = checkpoints if checkpoints is not None else [
        _checkpoint(1000, ROOT_A), _checkpoint(1500, ROOT_B, {"tree_size": 1000, "digest": "d" * 64})]
    data = {"origin": ORIGIN, "period_start": "2026-12-04T00:00:00.000000Z",
            "period_end": "2026-12-05T00:00:00.000000Z", "interim": interim, "algorithm": "Ed25519",
            "key_id": "1a2b3c4d5e6f7a8b", "public_key": PEM,
            "checkpoints_total": len(listed) if total is None else total, "checkpoints": listed, **extra}
    return new_event(type=EventTypes.AUDIT_DIGEST_PUBLISHED, source="pseah/audit", subject=f"{ORIGIN}/digest/20261204T000000Z",
                     actor="pseah/audit", id=event_id, data=data)


class DigestStore(FakeStore):
    def __init__(self):
        super().__init__()
        self.announced = []

    def mark_sent(self, *, notification, topic, announce=True):
        self.announced.append(announce)
        if notification.status in ("pending", "handing_over"):
            notification.status = "sent"
        return notification


@pytest.fixture
def store(monkeypatch):
    return DigestStore().install(monkeypatch)


def test_a_digest_is_mailed_once_to_the_coordinator_whatever_the_redeliveries(store):
    server, event = Server(), _digest()
    outcomes = [digests.mail_digest(event=event, settings=SETTINGS, send=server.send) for _ in range(3)]
    assert outcomes == ["sent", "already_sent", "already_sent"] and len(server.accepted) == 1
    message = server.accepted[0]
    assert message["To"] == "coordinator@pseah-network.example"
    nid = service.notification_id(cause_event_id=event.id, recipient=SETTINGS.coordinator_email)
    assert message["Message-ID"] == f"<{nid}@{SETTINGS.message_id_domain}>"
    assert store.announced == [False]  # no notification.sent.v1: that is a case's event


def test_the_same_period_published_again_is_the_same_mail_and_another_period_another(store):
    server = Server()
    digests.mail_digest(event=_digest(), settings=SETTINGS, send=server.send)
    # audit publishes a period again after a crash: a new envelope (time), the same id
    assert digests.mail_digest(event=_digest(), settings=SETTINGS, send=server.send) == "already_sent"
    digests.mail_digest(event=_digest(event_id="0b7c3e52-0000-5000-8000-000000000002"), settings=SETTINGS,
                        send=server.send)
    assert len(server.accepted) == 2 and server.accepted[0]["Message-ID"] != server.accepted[1]["Message-ID"]


def test_the_mail_lists_every_checkpoint_and_the_command_to_compare_with_the_latest():
    rendered = render_digest(AuditDigest.model_validate(_digest().data), link="http://portal.test/audit")
    assert ORIGIN in rendered.subject and "2026-12-04 00:00 UTC" in rendered.subject
    for root in (ROOT_A, ROOT_B):
        assert root in rendered.text
    assert f"pseah audit verify --expect-root 1500:{ROOT_B}" in rendered.text
    assert "key id 1a2b3c4d5e6f7a8b" in rendered.text and "BEGIN PUBLIC KEY" in rendered.text
    assert "c2lnbmF0dXJl" * 7 in rendered.text and "2026-12-04T10:00:00.000000Z" in rendered.text
    assert "2 (all listed)" in rendered.text and "---- English ----" in rendered.text


def test_a_thinned_digest_says_so_and_an_empty_one_says_what_it_means():
    thinned = render_digest(AuditDigest.model_validate(_digest(total=2880).data), link="http://portal.test/audit")
    assert "2880 (2 listed" in thinned.text
    empty = render_digest(AuditDigest.model_validate(_digest(checkpoints=[]).data), link="http://portal.test/audit")
    assert "No checkpoint was signed in this period" in empty.text and "--expect-root" not in empty.text
    interim = render_digest(AuditDigest.model_validate(_digest(interim=True).data), link="http://portal.test/audit")
    assert "interim" in interim.subject


def test_nothing_but_the_digests_fields_reaches_the_mail(store):
    server = Server()
    leak = "\u2063LEAK\u2063 Relawan meminta imbalan seksual"
    polluted = _digest(narrative=leak, sealed={"narrative": leak},
                       checkpoints=[{**_checkpoint(1000, ROOT_A), "narrative": leak, "subject": "PSEAH-ABCD1234"}])
    digests.mail_digest(event=polluted, settings=SETTINGS, send=server.send)
    text = _message_text(server.accepted[0])
    assert "LEAK" not in text and "PSEAH-ABCD1234" not in text and ROOT_A in text


def test_a_digest_that_breaks_its_contract_is_refused_before_anything_is_written(store):
    broken = _digest()
    broken = broken.model_copy(update={"data": {k: v for k, v in broken.data.items() if k != "checkpoints"}})
    with pytest.raises(flows.BadEvent):
        digests.mail_digest(event=broken, settings=SETTINGS, send=Server().send)
    assert store.docs == {}


def test_a_run_on_topics_of_its_own_reads_its_own_audit_topic():
    assert SETTINGS.audit_topic == "pseah.audit.checkpoints.v1"
    assert Settings(notifications_topic="test.x.notifications").audit_topic == "test.x.notifications.audit"
    assert Settings(audit_topic_name="test.y.checkpoints").audit_topic == "test.y.checkpoints"
