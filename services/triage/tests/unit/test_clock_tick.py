"""A deadline-clock tick that meets a store or Kafka outage ends the tick, never the triage worker (an exception out of
a faust timer crashes the whole app: a fault run lost triage this way when FerretDB was killed as a tick began)."""
from __future__ import annotations

import asyncio

from pymongo.errors import AutoReconnect

from pseah.triage import streams


class _Producer:
    def __init__(self, fail: bool = False):
        self.fail = fail

    def get(self):
        if self.fail:
            raise ConnectionError("no broker")
        return "producer"


def test_a_store_outage_during_a_tick_is_logged_and_the_next_tick_works():
    calls = []

    def down(*, producer, topic):
        calls.append(topic)
        raise AutoReconnect("127.0.0.1:27017: [Errno 111] Connection refused")

    def up(*, producer, topic):
        calls.append(topic)
        return 2

    assert asyncio.run(streams.clock_tick(producer=_Producer(), topic="t", check=down)) == 0
    assert asyncio.run(streams.clock_tick(producer=_Producer(), topic="t", check=up)) == 2
    assert calls == ["t", "t"]


def test_kafka_unreachable_when_the_producer_is_made_ends_the_tick_too():
    def never(*, producer, topic):
        raise AssertionError("not reached without a producer")

    assert asyncio.run(streams.clock_tick(producer=_Producer(fail=True), topic="t", check=never)) == 0
