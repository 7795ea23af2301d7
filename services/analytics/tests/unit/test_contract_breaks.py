"""An event that breaks its payload contract is dead-lettered with the reason, never counted, never retried."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

from pseah.analytics import streams as analytics_streams
from pseah.analytics.config import AnalyticsSettings
from pseah.common.events import EventTypes, Topics, new_event


def test_a_payload_outside_its_contract_is_dead_lettered_and_not_counted_while_its_batch_is(monkeypatch):
    runner = analytics_streams.AnalyticsStreams(AnalyticsSettings())
    letters, counted = [], []
    monkeypatch.setattr(runner, "_dead_letter", lambda **kw: letters.append(kw))
    monkeypatch.setattr(analytics_streams.store, "record_many", lambda events, **kw: counted.extend(events) or [])
    broken = new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject="PSEAH-AAAA1111",
                       data={"reference": "PSEAH-AAAA1111", "org_id": "unicef", "priority": "whenever"})
    sound = new_event(type=EventTypes.CASE_ACKNOWLEDGED, source="pseah/referral", subject="PSEAH-BBBB2222",
                      data={"reference": "PSEAH-BBBB2222", "acknowledged_at": "2026-12-06T08:00:00Z"})
    batch = [SimpleNamespace(value=event.to_bytes(), key=event.key, headers=[],
                             message=SimpleNamespace(topic=Topics.CASES, partition=0, offset=n))
             for n, event in enumerate((broken, sound))]
    assert [event.id for event in asyncio.run(runner.handle(batch))] == [sound.id]
    assert [(l["topic"], l["reason"]) for l in letters] == [(Topics.CASES, "payload_breaks_contract")]
    assert [event.id for event in counted] == [sound.id]
