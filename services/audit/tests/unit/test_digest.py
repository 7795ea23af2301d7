"""The coordinator's digest: period arithmetic, what a digest lists (and never), and the state that survives a
restart (no period doubled, none skipped), with the store and the topic faked; `verify --expect-root` on the roots
a digest carries."""
from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pseah.audit.chain import checkpoints as cp
from pseah.audit.chain import digest
from pseah.audit.chain.batch import seq_key
from pseah.audit.chain.ledger import format_time
from pseah.audit.chain.merkle import root_of
from pseah.audit.chain.verify import entry_leaf, verify_log
from pseah.audit.cli import app
from pseah.audit.digests import Digester
from pseah.common.events import EventTypes
from pseah.common.payloads import AuditDigest

from .test_ledger import make_chain

KEY = Ed25519PrivateKey.generate()
ORIGIN = "pseah-audit:test_digest"
DAY = 86_400


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# ------------------------------------------------------------------ periods
def test_a_day_period_is_the_utc_day():
    period = digest.period_at(at("2026-12-04T17:30:00"), seconds=DAY)
    assert (period.start, period.end) == (at("2026-12-04T00:00:00"), at("2026-12-05T00:00:00"))
    assert period.label == "20261204T000000Z"
    # A moment on a boundary belongs to the period it starts.
    assert digest.period_at(at("2026-12-05T00:00:00"), seconds=DAY).start == at("2026-12-05T00:00:00")
    assert digest.boundary_after(at("2026-12-05T00:00:00"), seconds=DAY) == at("2026-12-06T00:00:00")


def test_the_first_period_runs_from_the_start_to_the_next_boundary():
    period = digest.next_period(at("2026-12-04T17:30:00"), seconds=DAY)
    assert (period.start, period.end) == (at("2026-12-04T17:30:00"), at("2026-12-05T00:00:00"))


def test_nothing_is_due_before_a_period_ends_and_a_long_stop_is_caught_up_in_order():
    sent = at("2026-12-04T00:00:00")
    assert digest.due_periods(sent_until=sent, now=at("2026-12-04T23:59:59"), seconds=DAY, limit=31) == []
    due = digest.due_periods(sent_until=sent, now=at("2026-12-07T08:00:00"), seconds=DAY, limit=31)
    assert [p.label for p in due] == ["20261204T000000Z", "20261205T000000Z", "20261206T000000Z"]
    assert digest.due_periods(sent_until=sent, now=at("2026-12-07T08:00:00"), seconds=DAY, limit=2) == due[:2]


@settings(max_examples=200, deadline=None)
@given(start=st.integers(min_value=0, max_value=4_000_000_000), seconds=st.integers(min_value=1, max_value=10 * DAY),
       ahead=st.integers(min_value=0, max_value=50 * DAY))
def test_periods_follow_one_another_without_gap_or_overlap(start, seconds, ahead):
    sent = digest.EPOCH + timedelta(seconds=start)
    now = sent + timedelta(seconds=ahead % (300 * seconds))  # at most 301 periods, under the limit
    due = digest.due_periods(sent_until=sent, now=now, seconds=seconds, limit=1_000)
    cursor = sent
    for period in due:
        assert period.start == cursor and period.start < period.end <= now
        assert (period.end - digest.EPOCH).total_seconds() % seconds == 0  # ends on the grid
        cursor = period.end
    # What is left is the running period: it has not ended.
    assert digest.next_period(cursor, seconds=seconds).end > now


def test_a_period_of_zero_seconds_is_refused():
    with pytest.raises(ValueError):
        digest.boundary_after(at("2026-12-04T00:00:00"), seconds=0)


# ------------------------------------------------------------------ what a digest lists
def signed(sizes_times: list[tuple[int, str]]) -> list[dict]:
    out, previous = [], None
    for size, time in sizes_times:
        record = cp.sign(KEY, origin=ORIGIN, tree_size=size, root_hash=f"{size:064x}", time=time, previous=previous)
        out.append(record)
        previous = record
    return out


def test_a_period_lists_the_checkpoints_after_the_last_listed_and_before_its_end():
    records = signed([(3, "2026-12-03T23:59:59.000000Z"), (5, "2026-12-04T01:00:00.000000Z"),
                      (9, "2026-12-04T23:59:59.999999Z"), (12, "2026-12-05T00:00:00.000000Z")])
    listed = digest.in_period(records, after_size=3, end=at("2026-12-05T00:00:00"))
    assert [c["tree_size"] for c in listed] == [5, 9]


def test_thinning_keeps_the_first_and_the_last_in_order():
    assert digest.thin(list(range(10)), max_listed=20) == list(range(10))
    thinned = digest.thin(list(range(1000)), max_listed=7)
    assert len(thinned) == 7 and thinned[0] == 0 and thinned[-1] == 999 and thinned == sorted(set(thinned))
    assert digest.thin(list(range(5)), max_listed=1) == [4]


def test_the_digest_carries_hashes_and_signatures_only_and_validates_as_its_payload():
    records = signed([(5, "2026-12-04T01:00:00.000000Z"), (9, "2026-12-04T02:00:00.000000Z")])
    # Whatever else a stored record might hold never reaches the digest.
    poisoned = [{**r, "narrative": "CANARY-NARRATIVE", "sealed": {"contact": "CANARY"}, "published": True}
                for r in records]
    period = digest.period_at(at("2026-12-04T12:00:00"), seconds=DAY)
    data = digest.compose(origin=ORIGIN, period=period, checkpoints=poisoned, key_id=cp.key_id(KEY.public_key()),
                          public_key_pem=cp.public_pem(KEY.public_key()), max_listed=500)
    assert "CANARY" not in repr(data)
    assert set(data["checkpoints"][0]) == set(digest.LISTED_FIELDS)
    assert [c["root_hash"] for c in data["checkpoints"]] == [r["root_hash"] for r in records]
    assert data["checkpoints_total"] == 2 and data["period_start"] == "2026-12-04T00:00:00.000000Z"
    model = AuditDigest.model_validate(data)
    # Each listed checkpoint is the signed record minus its origin and algorithm: the coordinator can check it.
    for listed in model.checkpoints:
        record = {**listed.model_dump(mode="json"), "origin": ORIGIN, "algorithm": "Ed25519"}
        assert cp.signature_valid(KEY.public_key(), record)


def test_a_digest_id_is_its_period_and_an_interim_one_names_its_size_too():
    period = digest.period_at(at("2026-12-04T12:00:00"), seconds=DAY)
    other = digest.period_at(at("2026-12-05T12:00:00"), seconds=DAY)
    assert digest.digest_id(ORIGIN, period) == digest.digest_id(ORIGIN, period)
    assert digest.digest_id(ORIGIN, period) != digest.digest_id(ORIGIN, other)
    assert digest.digest_id(ORIGIN, period) != digest.digest_id("pseah-audit:other", period)
    assert digest.digest_id(ORIGIN, period, as_of_size=9) != digest.digest_id(ORIGIN, period)
    assert digest.digest_id(ORIGIN, period, as_of_size=9) != digest.digest_id(ORIGIN, period, as_of_size=10)
    assert digest.digest_key(ORIGIN, period) == f"{ORIGIN}/digest/20261204T000000Z"


# ------------------------------------------------------------------ the state, with the store and topic faked
class FakeCollection:
    """find_one / update_one by `_id` (with $set, $setOnInsert, upsert, extra equality filters): what the code uses."""

    def __init__(self) -> None:
        self.docs: dict[str, dict] = {}
        self.fail_updates = False

    def find_one(self, query, projection=None):
        doc = self.docs.get(query["_id"])
        if doc is None or any(doc.get(k) != v for k, v in query.items() if k != "_id"):
            return None
        doc = copy.deepcopy(doc)
        for name, keep in (projection or {}).items():
            if keep is False:
                doc.pop(name, None)
        return doc

    def update_one(self, query, update, upsert=False):
        if self.fail_updates:
            raise ConnectionError("store down")
        doc = self.docs.get(query["_id"])
        matched = doc is not None and all(doc.get(k) == v for k, v in query.items() if k != "_id")

        class Result:
            matched_count = int(matched)

        if matched:
            doc.update(update.get("$set", {}))
        elif doc is None and upsert:
            self.docs[query["_id"]] = {"_id": query["_id"], **update.get("$setOnInsert", {}), **update.get("$set", {})}
        return Result()


class Store:
    def __init__(self) -> None:
        self.signed, self.head, self.state = FakeCollection(), FakeCollection(), FakeCollection()
        self.previous = None

    def sign(self, size: int, time: datetime) -> dict:
        record = cp.sign(KEY, origin=ORIGIN, tree_size=size, root_hash=f"{size:064x}", time=format_time(time),
                         previous=self.previous)
        self.signed.docs[seq_key(size)] = {"_id": seq_key(size), **record, "published": True}
        self.head.docs["head"] = {"_id": "head", "signed_size": size}
        self.previous = record
        return record


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def digester(store: Store, clock: Clock, published: list, *, seconds: int = DAY, fail: bool = False) -> Digester:
    def publish(event):
        if fail:
            raise ConnectionError("kafka down")
        published.append(event)

    return Digester(origin=ORIGIN, seconds=seconds, max_listed=500, key=KEY.public_key(), publish=publish,
                    signed_collection=lambda: store.signed, head_collection=lambda: store.head,
                    state=lambda: store.state, now=clock)


def test_the_first_start_begins_now_and_a_period_is_sent_once_when_it_ends():
    store, clock, published = Store(), Clock(at("2026-12-04T17:00:00")), []
    store.sign(100, at("2026-12-04T16:00:00"))  # before the digests began: not listed
    sender = digester(store, clock, published)
    assert sender.tick() == 0 and published == []
    store.sign(130, at("2026-12-04T18:00:00"))
    store.sign(160, at("2026-12-04T23:00:00"))
    clock.now = at("2026-12-05T00:00:01")
    assert sender.tick() == 1
    event = published[0]
    assert event.type == EventTypes.AUDIT_DIGEST_PUBLISHED and event.subject == f"{ORIGIN}/digest/20261204T170000Z"
    assert [c["tree_size"] for c in event.data["checkpoints"]] == [130, 160]
    assert event.data["period_end"] == "2026-12-05T00:00:00.000000Z" and event.data["interim"] is False
    assert event.data["key_id"] == cp.key_id(KEY.public_key())
    assert sender.tick() == 0 and len(published) == 1  # the same period never twice
    state = store.state.docs[ORIGIN]
    assert state["sent_until"] == "2026-12-05T00:00:00.000000Z" and state["tree_size"] == 160


def test_a_restart_after_days_down_sends_every_period_once_in_order_and_an_empty_one_says_so():
    store, clock, published = Store(), Clock(at("2026-12-04T00:00:00")), []
    digester(store, clock, published).tick()
    store.sign(10, at("2026-12-04T10:00:00"))
    store.sign(20, at("2026-12-06T10:00:00"))
    clock.now = at("2026-12-07T09:00:00")
    restarted = digester(store, clock, published)  # a new process: the state comes from the store
    assert restarted.tick() == 3
    assert [e.data["period_start"][:10] for e in published] == ["2026-12-04", "2026-12-05", "2026-12-06"]
    assert [[c["tree_size"] for c in e.data["checkpoints"]] for e in published] == [[10], [], [20]]
    assert published[1].data["checkpoints_total"] == 0
    assert digester(store, clock, published).tick() == 0


def test_a_crash_after_publishing_before_the_state_publishes_the_same_digest_again():
    store, clock, published = Store(), Clock(at("2026-12-04T00:00:00")), []
    digester(store, clock, published).tick()
    store.sign(10, at("2026-12-04T10:00:00"))
    clock.now = at("2026-12-05T00:00:05")
    crashing = digester(store, clock, published)
    crashing.due()  # the state is read before the store goes away
    store.state.fail_updates = True
    with pytest.raises(ConnectionError):
        crashing.tick()
    store.state.fail_updates = False
    clock.now = at("2026-12-05T00:03:00")
    store.sign(15, at("2026-12-05T00:02:00"))  # signed after the period ended: belongs to the next one
    assert digester(store, clock, published).tick() == 1
    first, again = published
    assert first.id == again.id and first.data == again.data  # the same e-mail (notification sends one per id)


def test_a_publication_that_fails_leaves_the_period_due():
    store, clock, published = Store(), Clock(at("2026-12-04T00:00:00")), []
    digester(store, clock, published).tick()
    clock.now = at("2026-12-05T00:00:05")
    with pytest.raises(ConnectionError):
        digester(store, clock, published, fail=True).tick()
    assert store.state.docs[ORIGIN]["sent_until"] == "2026-12-04T00:00:00.000000Z"
    assert digester(store, clock, published).tick() == 1 and len(published) == 1


def test_an_interim_digest_lists_the_running_period_so_far_and_moves_no_state():
    store, clock, published = Store(), Clock(at("2026-12-04T00:00:00")), []
    sender = digester(store, clock, published)
    sender.tick()
    store.sign(10, at("2026-12-04T10:00:00"))
    clock.now = at("2026-12-04T11:00:00")
    first = sender.interim()
    assert first.data["interim"] is True and [c["tree_size"] for c in first.data["checkpoints"]] == [10]
    assert sender.interim().id == first.id  # nothing new signed: the same digest, the same e-mail
    store.sign(20, at("2026-12-04T11:30:00"))
    assert sender.interim().id != first.id
    assert store.state.docs[ORIGIN]["sent_until"] == "2026-12-04T00:00:00.000000Z"
    clock.now = at("2026-12-05T00:00:01")
    assert sender.tick() == 1 and [c["tree_size"] for c in published[0].data["checkpoints"]] == [10, 20]


def test_short_periods_for_tests_work_the_same():
    store, clock, published = Store(), Clock(at("2026-12-04T00:00:00.500000")), []
    sender = digester(store, clock, published, seconds=5)
    sender.tick()
    store.sign(3, at("2026-12-04T00:00:02"))
    clock.now = at("2026-12-04T00:00:11")
    assert sender.tick() == 2
    assert [(e.data["period_start"], e.data["period_end"]) for e in published] == [
        ("2026-12-04T00:00:00.500000Z", "2026-12-04T00:00:05.000000Z"),
        ("2026-12-04T00:00:05.000000Z", "2026-12-04T00:00:10.000000Z")]


# ------------------------------------------------------------------ comparing with the roots a digest carries
def test_an_expected_root_from_a_digest_catches_a_rewrite_the_chain_alone_does_not():
    chain = make_chain([{"n": i} for i in range(12)])
    root = root_of([entry_leaf(e) for e in chain[:8]]).hex()
    assert verify_log(chain, roots={8: root}).ok
    forged = make_chain([{"n": i if i != 4 else 99} for i in range(12)])  # a whole new chain: every hash recomputed
    assert verify_log(forged).ok
    verdict = verify_log(forged, roots={8: root})
    assert not verdict.ok and verdict.bad_seq == 8 and "expected root" in verdict.reason
    short = verify_log(chain[:6], roots={8: root})
    assert not short.ok and "removed from the end" in short.reason


def test_expect_root_must_be_size_and_root():
    result = CliRunner().invoke(app, ["verify", "--expect-root", "12:nothex"])
    assert result.exit_code == 2 and "SIZE:ROOT" in result.output


# ------------------------------------------------------------------ the digest's copies count for verify
def test_verify_takes_the_checkpoints_a_digest_lists_and_a_forged_copy_is_a_fork():
    from pseah.audit.witness import _records

    store, clock, published = Store(), Clock(at("2026-12-04T00:00:00")), []
    sender = digester(store, clock, published)
    sender.tick()
    originals = [store.sign(10, at("2026-12-04T10:00:00")), store.sign(20, at("2026-12-04T11:00:00"))]
    clock.now = at("2026-12-05T00:00:01")
    sender.tick()
    copies = _records(published[0].to_bytes())
    assert copies == originals  # the signed records themselves, origin and algorithm restored
    # The checkpoint events were removed from the topic: the digest still proves what was signed.
    assert [c["tree_size"] for c in cp.check_checkpoints(copies, key=KEY.public_key(), origin=ORIGIN).checkpoints] \
        == [10, 20]
    forged = published[0].model_copy(deep=True)
    forged.data["checkpoints"][1]["root_hash"] = "f" * 64
    checked = cp.check_checkpoints([*originals, *_records(forged.to_bytes())], key=KEY.public_key(), origin=ORIGIN)
    assert checked.problem and "size 20" in checked.problem
    assert _records(b"not json") == [] and _records(None) == []
