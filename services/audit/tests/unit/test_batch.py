"""Planning a batch append and walking forward after a crash: pure, checked against the verifier itself."""
from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from pseah.audit.chain.batch import ChainFork, Incoming, plan_batch, seq_key, walk_forward
from pseah.audit.chain.ledger import GENESIS_HASH, verify_entries
from pseah.audit.streams import Polled, decode_batch
from pseah.common.events import new_event

BASE = datetime(2024, 1, 1, tzinfo=UTC)


def clock():
    ticks = itertools.count()
    return lambda: BASE + timedelta(milliseconds=next(ticks))


def incoming(subject: str, n: int, *, type_: str = "report.received.v1", id_: str | None = None) -> Incoming:
    event = new_event(type=type_, source="pseah/intake", subject=subject, actor="anonymous-reporter",
                      data={"reference": subject, "sealed": {"narrative": "never in the log"}}, id=id_)
    return Incoming(raw=event.to_bytes(), event=event, topic="pseah.reports.v1", partition=n % 6, offset=n)


def test_a_batch_chains_in_the_order_given_and_verifies():
    items = [incoming(f"PSEAH-{i % 3:08d}", i) for i in range(7)]
    plan = plan_batch(head=(0, GENESIS_HASH), items=items, recorded=set(), now=clock())
    assert [e["event_id"] for e in plan.entries] == [i.event.id for i in items]
    assert [e["seq"] for e in plan.entries] == list(range(1, 8))
    assert verify_entries(plan.entries).ok
    assert plan.head == (7, plan.entries[-1]["hash"])
    assert plan.pointers[0] == {"_id": seq_key(1), "event_id": items[0].event.id}
    assert plan.subjects == {"PSEAH-00000000": [1, 4, 7], "PSEAH-00000001": [2, 5], "PSEAH-00000002": [3, 6]}
    assert "never in the log" not in repr(plan.entries)


def test_a_second_batch_links_to_the_head_of_the_first():
    first = plan_batch(head=(0, GENESIS_HASH), items=[incoming("PSEAH-A", i) for i in range(3)],
                       recorded=set(), now=clock())
    second = plan_batch(head=first.head, items=[incoming("PSEAH-B", i) for i in range(3, 5)],
                        recorded=set(), now=clock())
    assert second.entries[0]["prev_hash"] == first.entries[-1]["hash"]
    assert verify_entries(first.entries + second.entries).ok


def test_recorded_events_and_repeats_within_a_poll_are_left_out():
    items = [incoming("PSEAH-A", 1, id_="e1"), incoming("PSEAH-A", 2, id_="e2"), incoming("PSEAH-A", 3, id_="e1"),
             incoming("PSEAH-A", 4, id_="e3")]
    plan = plan_batch(head=(10, "f" * 64), items=items, recorded={"e2"}, now=clock())
    assert [e["event_id"] for e in plan.entries] == ["e1", "e3"]
    assert [e["seq"] for e in plan.entries] == [11, 12]
    assert plan.duplicates == 2


def test_a_batch_of_nothing_new_keeps_the_head():
    plan = plan_batch(head=(5, "a" * 64), items=[incoming("PSEAH-A", 1, id_="e1")], recorded={"e1"}, now=clock())
    assert plan.entries == [] and plan.pointers == [] and plan.head == (5, "a" * 64)


def test_seq_keys_are_strings_that_sort_as_the_seqs_do():
    keys = [seq_key(s) for s in (1, 9, 10, 123456)]
    assert all(isinstance(k, str) for k in keys) and keys == sorted(keys)


def _written(count: int):
    plan = plan_batch(head=(0, GENESIS_HASH), items=[incoming("PSEAH-A", i) for i in range(count)],
                      recorded=set(), now=clock())
    return plan, {p["_id"]: p["event_id"] for p in plan.pointers}


def _pointers(plan, upto: int) -> dict[int, str]:
    return {int(p["_id"]): p["event_id"] for p in plan.pointers[:upto]}


def test_walking_forward_takes_the_entries_a_crash_left_past_the_checkpoint():
    plan, _ = _written(6)
    checkpoint = (2, plan.entries[1]["hash"])
    # Look-ups for seqs 3..6 were written, but the crash came after the entries of 3 and 4 only.
    stored = {e["event_id"]: e for e in plan.entries[:4]}
    walk = walk_forward(head=checkpoint, pointers={k: v for k, v in _pointers(plan, 6).items() if k > 2},
                        entries=stored)
    assert walk.head == (4, plan.entries[3]["hash"])
    assert [e["seq"] for e in walk.continued] == [3, 4]
    assert walk.stale == [seq_key(5), seq_key(6)]


def test_walking_forward_with_nothing_past_the_checkpoint_keeps_it():
    plan, _ = _written(2)
    head = (2, plan.entries[1]["hash"])
    walk = walk_forward(head=head, pointers={}, entries={})
    assert walk.head == head and walk.continued == [] and walk.stale == []


def test_a_look_up_naming_an_entry_recorded_elsewhere_is_stale():
    plan, _ = _written(3)
    walk = walk_forward(head=(3, plan.entries[2]["hash"]), pointers={4: plan.entries[0]["event_id"]},
                        entries={plan.entries[0]["event_id"]: plan.entries[0]})
    assert walk.head == (3, plan.entries[2]["hash"]) and walk.stale == [seq_key(4)]


def test_an_entry_that_does_not_link_to_the_head_is_a_fork_not_a_continuation():
    plan, _ = _written(3)
    with pytest.raises(ChainFork):
        walk_forward(head=(1, "0" * 64), pointers=_pointers(plan, 3), entries={e["event_id"]: e for e in plan.entries})


def test_an_entry_past_a_gap_is_a_fork():
    plan, _ = _written(4)
    stored = {e["event_id"]: e for e in plan.entries if e["seq"] != 3}
    with pytest.raises(ChainFork):
        walk_forward(head=(2, plan.entries[1]["hash"]), pointers={k: v for k, v in _pointers(plan, 4).items() if k > 2},
                     entries=stored)


def test_a_poll_is_decoded_in_order_and_what_is_not_a_cloudevent_set_aside():
    good = incoming("PSEAH-A", 1)
    messages = [Polled(raw=b"not json", headers=None, topic="pseah.reports.v1", partition=0, offset=1),
                Polled(raw=good.raw, headers=None, topic="pseah.cases.v1", partition=2, offset=7),
                Polled(raw=b'{"id": "x"}', headers=None, topic="pseah.access.v1", partition=1, offset=3)]
    decoded = decode_batch(messages)
    assert [(i.event.id, i.topic, i.partition, i.offset) for i in decoded.readable] == \
        [(good.event.id, "pseah.cases.v1", 2, 7)]
    assert [m.offset for m in decoded.unreadable] == [1, 3]
