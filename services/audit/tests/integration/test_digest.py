"""The coordinator's digest on the real servers.

1. An audit process of the test's own (own database, group, key and checkpoint topic) with a digest period of a few
   seconds: every ended period's digest is on its topic, listing the checkpoints the store signed; killed with
   SIGKILL while periods end and started again, it sends every period once (a period published twice only under
   the same id), none skipped, none overlapping.
2. The running suite: `pseah audit digest --send` publishes the running period's digest on the suite's checkpoint
   topic; the suite's notification e-mails it to the coordinator with the latest checkpoint's root and the compare
   command; sent again with nothing new, it is the same digest and no second e-mail comes.
"""
from __future__ import annotations

import email
import json
import os
import secrets
import subprocess
import uuid
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from kafka import KafkaConsumer, TopicPartition

from pseah.audit.chain.digest import parse_time
from pseah.common.events import CloudEvent, EventTypes, Topics, new_event
from pseah.common.kafka import ensure_topics, publish

from .conftest import BOOTSTRAP, REPO, Service, _free_port, wait_for

pytestmark = pytest.mark.integration

PERIOD = 3
MAILDIR = Path(os.environ.get("PSEAH_TEST_SMTP_DIR", REPO / "var/data/smtp"))


def _read_digests(topic: str, origin: str) -> list[CloudEvent]:
    """Every digest of `origin` on the topic, in offset order per partition (one period's digests share a key)."""
    consumer = KafkaConsumer(bootstrap_servers=BOOTSTRAP, group_id=None, enable_auto_commit=False)
    found: list[CloudEvent] = []
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            for messages in consumer.poll(timeout_ms=500).values():
                for message in messages:
                    event = CloudEvent.from_bytes(message.value)
                    if event.type == EventTypes.AUDIT_DIGEST_PUBLISHED and event.data["origin"] == origin:
                        found.append(event)
    finally:
        consumer.close()
    return found


def _reads(reference: str, count: int) -> list:
    return [new_event(type=EventTypes.CASE_CONTENT_READ, source="pseah/portal", subject=reference, actor="auditor-itest",
                      data={"reference": reference, "actor": "auditor-itest", "org_id": None, "role": "auditor",
                            "fields": ["narrative"], "via": "portal"}) for _ in range(count)]


@pytest.fixture(scope="module")
def digest_service(mongo_client):
    ensure_topics(bootstrap=BOOTSTRAP)
    suffix = uuid.uuid4().hex[:8]
    database = f"pseah_test_audit_{suffix}"
    # Topics of its own: on the suite's topics other traffic (a `make bench` flood beside the tests, fresh-clone runs
    # R3 and R4) filled this log faster than its digests could follow.
    topics = [f"pseah-itest-{suffix}.{name}" for name in ("cases", "access")]
    ensure_topics(bootstrap=BOOTSTRAP, topics=topics)
    # Its log beside the suite's (var/log), kept after the run: this test failed only with `make bench` beside it
    # (fresh-clone runs R3, R4, R7b) and the log in pytest's temporary folder was gone before anyone could read it.
    log = REPO / "var/log" / f"audit-itest-digest-{suffix}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    service = Service(database=database, port=_free_port(), log=log, topics=topics)
    service.env["PSEAH_AUDIT_DIGEST_SECONDS"] = str(PERIOD)
    try:
        service.start()
        yield service
    finally:
        service.stop()
        service.forget_group()
        mongo_client.drop_database(database)


def test_every_period_is_digested_once_across_a_kill(digest_service, producer, mongo_client):
    db = mongo_client[digest_service.database]
    origin = f"pseah-audit:{digest_service.database}"
    reference = "PSEAH-D" + secrets.token_hex(4).upper()[:7]
    # Digests begin with the period running when the log's digest state is first made (pseah.audit.digests: the
    # checkpoints signed before it are not mailed). That happens at the process's first digest tick; on a busy
    # machine (fresh-clone run R8, make bench beside) the test's entries were signed before it, so no digest could
    # ever list them. Publish once the state is there.
    assert wait_for(lambda: db["audit_digests"].find_one({"_id": origin}), timeout=120), \
        f"the digest state was never made; its log ends:\n{digest_service.log_tail()}"
    for event in _reads(reference, 5):
        publish(producer, topic=digest_service.topics[-1], event=event)
    head = wait_for(lambda: (db["audit_checkpoint"].find_one({"_id": "head"}) or {}).get("seq", 0) >= 5
                    and db["audit_checkpoint"].find_one({"_id": "head"})["seq"])
    assert head, "the test's events were not recorded"

    # A digest lists a checkpoint covering them, with the store's own root for that size.
    def listing_head():
        for event in _read_digests(digest_service.checkpoint_topic, origin):
            for listed in event.data["checkpoints"]:
                if listed["tree_size"] >= head:
                    return event, listed
        return None

    # Generous: a checkpoint a second and a 3-second period, but a machine busy with `make bench` beside the tests
    # (fresh-clone run R3) held the digest back past two minutes.
    found = wait_for(listing_head, timeout=300, interval=1.0)
    assert found, ("no digest listed a checkpoint covering the test's entries; its log ends:\n"
                   f"{digest_service.log_tail()}")
    event, listed = found
    stored = db["audit_signed_checkpoints"].find_one({"_id": f"{listed['tree_size']:012d}"})
    assert stored["root_hash"] == listed["root_hash"] and stored["signature"] == listed["signature"]
    assert event.subject.startswith(f"{origin}/digest/") and event.data["interim"] is False
    assert reference not in json.dumps(event.model_dump(mode="json"))  # hashes and sizes, never a case

    # Killed while periods end, then started again: the periods it missed are sent at the restart.
    digest_service.kill()
    killed_at = datetime.now(UTC)
    assert wait_for(lambda: datetime.now(UTC) >= killed_at + timedelta(seconds=3 * PERIOD), timeout=60, interval=0.5)
    digest_service.start(from_end=False)
    restarted_at = datetime.now(UTC)

    def caught_up():
        state = db["audit_digests"].find_one({"_id": origin}) or {}
        return state if state.get("sent_until") and parse_time(state["sent_until"]) >= restarted_at else None

    state = wait_for(caught_up, timeout=120, interval=0.5)
    assert state, f"the digests did not catch up after the restart; its log ends:\n{digest_service.log_tail()}"

    digests = _read_digests(digest_service.checkpoint_topic, origin)
    by_period: dict[str, set[str]] = {}
    for digest in digests:
        by_period.setdefault(digest.data["period_start"], set()).add(digest.id)
    # A period published more than once (a crash between publishing and the state) is the same digest: one e-mail.
    assert all(len(ids) == 1 for ids in by_period.values()), by_period
    periods = sorted({(d.data["period_start"], d.data["period_end"]) for d in digests})
    for (_, end), (start, _) in zip(periods, periods[1:]):
        assert end == start, f"a gap or an overlap between digests: {periods}"
    assert parse_time(periods[0][0]) <= killed_at and parse_time(periods[-1][1]) >= restarted_at
    assert periods[-1][1] <= state["sent_until"]
    sizes = [c["tree_size"] for _, digest in sorted({d.data["period_start"]: d for d in digests}.items())
             for c in digest.data["checkpoints"]]
    assert sizes == sorted(set(sizes)), "a checkpoint listed in two periods"


# ------------------------------------------------------------------ the suite: CLI, notification, the sink
def _suite_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PSEAH_AUDIT_")}
    return subprocess.run([str(REPO / ".venv/bin/pseah"), "audit", *args], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)


def _mail_files(notification_id: str) -> list[tuple[Path, email.message.EmailMessage]]:
    found = []
    for path in MAILDIR.glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        if message["X-PSEAH-Notification-Id"] == notification_id:
            found.append((path, message))
    return found


def _mails(notification_id: str) -> list:
    return [message for _, message in _mail_files(notification_id)]


@pytest.fixture
def tidy_sink():
    """The digest e-mails this test caused leave the sink afterwards: they name no case reference, and the sink
    otherwise holds case notifications only (docs: every notification names its case)."""
    ids: list[str] = []
    yield ids
    for notification_id in ids:
        for path, _ in _mail_files(notification_id):
            path.unlink(missing_ok=True)


def _send_digest() -> dict:
    result = _suite_cli("digest", "--send")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_coordinator_receives_the_digest_with_the_latest_root_once(producer, mongo_client, tidy_sink):
    from pseah.notification.config import Settings
    from pseah.notification.notifications.service import notification_id

    coordinator = Settings().coordinator_email
    db = mongo_client["pseah_audit"]
    # Printing the running period's digest sends nothing; it also starts the digests if the suite has not yet
    # (a fresh store: they begin now), so the checkpoint signed next belongs to the running period.
    printed = _suite_cli("digest")
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout.strip().splitlines()[-1])["interim"] is True
    # Something for the suite's log to sign, so the running period has a checkpoint to list.
    reference = "PSEAH-E" + secrets.token_hex(4).upper()[:7]
    for event in _reads(reference, 2):
        publish(producer, topic=Topics.ACCESS, event=event)
    before = (db["audit_checkpoint"].find_one({"_id": "head"}) or {}).get("signed_size") or 0

    def signed_past(size):
        return lambda: ((db["audit_checkpoint"].find_one({"_id": "head"}) or {}).get("signed_size") or 0) > size

    assert wait_for(signed_past(before), timeout=180, interval=1.0), "the suite signed no new checkpoint"

    digest = _send_digest()
    assert digest["interim"] is True and digest["checkpoints"], digest
    latest = digest["checkpoints"][-1]
    head = db["audit_checkpoint"].find_one({"_id": "head"})
    assert latest["tree_size"] <= head["signed_size"]
    nid = notification_id(cause_event_id=digest["id"], recipient=coordinator)
    tidy_sink.append(nid)
    mails = wait_for(lambda: _mails(nid), timeout=120, interval=0.5)
    assert len(mails) == 1, "no digest e-mail in the sink"
    mail = mails[0]
    assert mail["To"] == coordinator
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert latest["root_hash"] in body and f"key id {digest['key_id']}" in body
    assert f"pseah audit verify --expect-root {latest['tree_size']}:{latest['root_hash']}" in body
    assert reference not in body and "narrative" not in body

    # The command in the mail holds on the live log.
    # (A whole pass over the suite's log, however long it has grown: a generous deadline.)
    verified = _suite_cli("verify", "--expect-root", f"{latest['tree_size']}:{latest['root_hash']}", timeout=900)
    assert verified.returncode == 0, verified.stdout + verified.stderr

    # Sent again with nothing new signed: the same digest. Then a new checkpoint and another send: a new digest on
    # the same key, hence the same partition, after the repeat; once its e-mail is in, the repeat was handled.
    again = _send_digest()
    size = head["signed_size"]
    if again["id"] == digest["id"]:
        for event in _reads(reference, 1):
            publish(producer, topic=Topics.ACCESS, event=event)
        assert wait_for(signed_past(size), timeout=180, interval=1.0), "the suite signed no new checkpoint"
        later = _send_digest()
    else:
        later = again  # a checkpoint was signed between the two sends: the repeat is this later one
    assert later["id"] != digest["id"]
    later_nid = notification_id(cause_event_id=later["id"], recipient=coordinator)
    tidy_sink.append(later_nid)
    assert wait_for(lambda: _mails(later_nid), timeout=120, interval=0.5), "the later digest's e-mail never came"
    assert len(_mails(nid)) == 1, "the same digest was e-mailed twice"
    assert later["checkpoints"][-1]["root_hash"] in _mails(later_nid)[0].get_body(
        preferencelist=("plain",)).get_content()
