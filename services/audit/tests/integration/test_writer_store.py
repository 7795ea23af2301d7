"""The batch writer against the real store (no Kafka): order, redelivery, a crash mid-batch, reads by `_id` only."""
from __future__ import annotations

import uuid

import mongoengine
import pytest
from pymongo import monitoring

from pseah.audit.chain import service
from pseah.audit.chain.batch import Incoming, plan_batch, seq_key
from pseah.common.events import new_event

from .conftest import MONGO_URI

pytestmark = pytest.mark.integration

_FILTERED = {"find": "filter", "count": "query", "aggregate": "pipeline", "distinct": "query"}


class Commands(monitoring.CommandListener):
    """Every command the writer sends, with what a scan would show: a filter not keyed by `_id`, a sort."""

    def __init__(self):
        self.seen: list[tuple[str, str, object]] = []
        self.recording = False

    def started(self, event):
        if not self.recording or event.command_name in ("endSessions", "ping", "hello", "isMaster"):
            return
        command = event.command
        collection = command.get(event.command_name)
        filters: list = []
        if event.command_name in ("update", "delete"):
            key = "updates" if event.command_name == "update" else "deletes"
            filters = [statement.get("q", {}) for statement in command.get(key, [])]
        elif event.command_name in _FILTERED:
            filters = [command.get(_FILTERED[event.command_name]) or {}]
        for filter_ in filters:
            self.seen.append((event.command_name, collection, filter_))
        if command.get("sort"):
            self.seen.append((event.command_name, collection, {"sort": command["sort"]}))

    def succeeded(self, event):
        pass

    def failed(self, event):
        pass

    def unkeyed(self) -> list:
        def keyed(filter_) -> bool:
            condition = filter_.get("_id") if isinstance(filter_, dict) else None
            if isinstance(condition, dict):
                return set(condition) <= {"$in", "$eq"} and all(
                    isinstance(v, str) for v in condition.get("$in", [condition.get("$eq", "")]))
            return isinstance(condition, str)
        return [seen for seen in self.seen if not keyed(seen[2])]


@pytest.fixture()
def store(mongo_client):
    database = f"pseah_test_audit_writer_{uuid.uuid4().hex[:8]}"
    commands = Commands()
    mongoengine.connect(db=database, host=MONGO_URI, alias="default", uuidRepresentation="standard",
                        tz_aware=True, retryWrites=False, event_listeners=[commands])
    try:
        service.ensure_indexes()
        service.backfill_index()
        yield mongo_client[database], commands
    finally:
        mongoengine.disconnect(alias="default")
        mongo_client.drop_database(database)


def _items(count: int, *, subjects: int = 7, start: int = 0) -> list[Incoming]:
    items = []
    for n in range(start, start + count):
        reference = f"PSEAH-W{n % subjects:07d}"
        event = new_event(type="case.assigned.v1", source="pseah/referral", subject=reference,
                          actor="pseah/referral", data={"reference": reference, "org_id": "unicef"})
        items.append(Incoming(raw=event.to_bytes(), event=event, topic="pseah.cases.v1", partition=n % 6, offset=n))
    return items


def _seqs_by_event(db) -> dict[str, int]:
    return {doc["_id"]: doc["seq"] for doc in db["audit_entries"].find({}, {"seq": True})}


def test_a_batch_is_appended_in_order_verifies_and_reads_only_by_id(store):
    db, commands = store
    writer = service.ChainWriter()
    commands.recording = True
    writer.resume()
    first = writer.append_batch(_items(300))
    second = writer.append_batch(_items(120, start=300))
    commands.recording = False
    assert (first.appended, second.appended, second.head_seq) == (300, 120, 420)
    # Poll order is chain order.
    stored = sorted(db["audit_entries"].find({}, {"event_id": True, "seq": True}), key=lambda e: e["seq"])
    assert [e["seq"] for e in stored] == list(range(1, 421))
    assert service.verify_store().ok
    assert db["audit_checkpoint"].find_one({"_id": "head"})["seq"] == 420
    # No find, update or delete on the append path by anything but string `_id`s, and no sort: the cost of an
    # entry cannot depend on the length of the log.
    assert commands.seen and commands.unkeyed() == []
    trail = service.list_entries(subject="PSEAH-W0000003", limit=1000)
    assert [e["seq"] for e in trail] == list(range(4, 421, 7))


def test_a_redelivered_batch_doubles_nothing(store):
    db, _ = store
    items = _items(50)
    writer = service.ChainWriter()
    writer.append_batch(items)
    again = writer.append_batch(items[10:] + _items(5, start=50))
    assert (again.appended, again.already_recorded) == (5, 40)
    # A fresh writer (a restarted process) recognises them too.
    fresh = service.ChainWriter()
    assert fresh.append_batch(items).appended == 0
    assert db["audit_entries"].count_documents({}) == 55
    assert service.verify_store().ok
    assert len(service.list_entries(subject="PSEAH-W0000000", limit=1000)) == len(range(0, 55, 7))


def test_a_crash_mid_batch_leaves_a_chain_the_next_writer_continues(store):
    db, _ = store
    writer = service.ChainWriter()
    earlier = _items(20)
    writer.append_batch(earlier)
    head = writer.head
    # What a crash leaves: the look-ups of a whole batch of 30, its first 12 entries, nothing after.
    batch = _items(30, start=20)
    plan = plan_batch(head=head, items=batch, recorded=set(), now=lambda: service.datetime.now(service.UTC))
    db["audit_by_seq"].insert_many(plan.pointers)
    db["audit_entries"].insert_many([{"_id": e["event_id"], **e} for e in plan.entries[:12]])
    assert service.verify_store().ok  # the checkpoint lags; the chain is whole

    restarted = service.ChainWriter()
    assert restarted.resume() == (32, plan.entries[11]["hash"])
    assert db["audit_checkpoint"].find_one({"_id": "head"})["seq"] == 32
    assert db["audit_by_seq"].find_one({"_id": seq_key(33)}) is None  # the stale look-ups are gone
    # The uncommitted batch comes again, whole: the 12 recorded are recognised, the 18 others appended after them.
    outcome = restarted.append_batch(batch)
    assert (outcome.appended, outcome.already_recorded, outcome.head_seq) == (18, 12, 50)
    seqs = _seqs_by_event(db)
    assert sorted(seqs.values()) == list(range(1, 51)) and len(seqs) == 50
    assert service.verify_store().ok
    # The subject look-ups of the entries written before the crash were mended by the resume.
    listed = [e["event_id"] for e in service.list_entries(subject="PSEAH-W0000001", limit=1000)]
    assert listed == [i.event.id for i in earlier + batch if i.event.subject == "PSEAH-W0000001"]


def test_look_ups_of_an_older_version_are_rebuilt_once(store):
    db, _ = store
    service.ChainWriter().append_batch(_items(15))
    # Version 1 keyed seqs by integer (a scan on FerretDB) and marked itself "~indexed-v1".
    db["audit_by_seq"].delete_many({})
    db["audit_by_subject"].delete_many({})
    db["audit_by_seq"].insert_many([{"_id": n, "event_id": "x"} for n in range(1, 16)])
    db["audit_by_subject"].insert_one({"_id": "~indexed-v1", "seqs": []})
    assert service.backfill_index() == 15
    assert db["audit_by_seq"].count_documents({"_id": {"$type": "int"}}) == 0
    assert [e["seq"] for e in service.list_entries(after_seq=10, limit=10)] == [11, 12, 13, 14, 15]
    assert service.backfill_index() == 0  # marked: once
    resumed = service.ChainWriter()
    assert resumed.resume()[0] == 15


class KeptWitness:
    def __init__(self):
        self.records: list[dict] = []
        self.down = False

    def publish(self, record):
        from pseah.audit.witness import WitnessUnavailable

        if self.down:
            raise WitnessUnavailable("NoBrokersAvailable")
        self.records.append(dict(record))


def _signer(witness, *, every=100):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from pseah.audit.chain.signer import Checkpointer

    return Checkpointer(key=Ed25519PrivateKey.generate(), origin="itest", every=every, seconds=10**6,
                        witness=witness, signed_collection=service.signed_collection,
                        head_collection=service.checkpoint_collection)


def test_the_tree_and_signed_checkpoints_follow_the_appends_by_id_only(store):
    from pseah.audit.chain import checkpoints as cp
    from pseah.audit.chain.verify import verify_log

    db, commands = store
    witness = KeptWitness()
    signer = _signer(witness)
    writer = service.ChainWriter(signer=signer)
    commands.recording = True
    writer.resume()
    for start in range(0, 450, 150):
        writer.append_batch(_items(150, start=start))
    commands.recording = False
    assert commands.unkeyed() == []  # tiles, signed copies and look-ups: all by `_id`
    assert [r["tree_size"] for r in witness.records] == [150, 300, 450]
    checked = cp.check_checkpoints(witness.records, key=signer.key.public_key(), origin="itest")
    assert checked.problem is None
    verdict = verify_log(service.iter_entries(), checkpoints=checked.checkpoints)
    assert verdict.ok and verdict.checkpoints_checked == 3 and verdict.root_hash == writer.tree.root().hex()
    assert service.stored_root(300).hex() == witness.records[1]["root_hash"]
    # A new process reloads the tree from its tiles and carries on; a failed publication is retried.
    witness.down = True
    again = service.ChainWriter(signer=_signer(witness))
    again.signer.key = signer.key
    again.resume()
    assert again.tree.root() == writer.tree.root()
    again.append_batch(_items(120, start=450))
    assert db["audit_signed_checkpoints"].find_one({"_id": seq_key(570)})["published"] is False
    witness.down = False
    again.tick()
    assert [r["tree_size"] for r in witness.records][-1] == 570
    assert db["audit_signed_checkpoints"].find_one({"_id": seq_key(570)})["published"] is True


def test_a_writer_refuses_a_head_it_did_not_write(store):
    db, _ = store
    writer = service.ChainWriter(signer=_signer(KeptWitness()))
    writer.append_batch(_items(20))
    # Someone else appends (hashes recomputed, head moved) while this writer holds its head in memory.
    other = service.ChainWriter()
    other.append_batch(_items(3, start=20))
    writer.forget_head()  # as after the store error its next insert would meet
    with pytest.raises(service.ChainFork):
        writer.resume()


def test_search_by_actor_type_subject_and_time_pages_by_cursor(store):
    import itertools
    from datetime import UTC, datetime, timedelta

    db, commands = store
    ticks = itertools.count()
    start = datetime(2026, 12, 1, tzinfo=UTC)
    writer = service.ChainWriter(now=lambda: start + timedelta(seconds=next(ticks)))
    writer.append_batch(_items(140))
    commands.recording = True
    page = service.search_entries(subject="PSEAH-W0000002", limit=10)
    assert [e["seq"] for e in page.entries] == list(range(3, 71, 7)) and page.next_after == 66
    rest = service.search_entries(subject="PSEAH-W0000002", after_seq=page.next_after, limit=10)
    assert [e["seq"] for e in rest.entries] == list(range(73, 141, 7)) and rest.next_after is None
    assert service.search_entries(actor="pseah/referral", limit=200).entries[-1]["seq"] == 140
    assert service.search_entries(type="report.received.v1").entries == []
    times = [e["recorded_at"] for e in service.list_entries(limit=140)]
    window = service.search_entries(since=times[40], until=times[60], limit=200)
    assert [e["seq"] for e in window.entries] == list(range(41, 61))
    commands.recording = False
    assert commands.unkeyed() == []
