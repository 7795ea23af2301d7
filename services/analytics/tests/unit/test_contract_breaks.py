"""An event that breaks its payload contract is dead-lettered with the reason, never counted, never retried."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

from pseah.analytics import streams as analytics_streams
from pseah.analytics.config import AnalyticsSettings
from pseah.common.events import EventTypes, Topics, new_event


def test_a_payload_outside_its_contract_is_dead_lettered_and_not_counted(monkeypatch):
    runner = analytics_streams.AnalyticsStreams(AnalyticsSettings())
    letters, counted = [], []
    monkeypatch.setattr(runner, "_dead_letter", lambda **kw: letters.append(kw))
    monkeypatch.setattr(analytics_streams.store, "record", lambda event, **kw: counted.append(event))
    broken = new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject="PSEAH-AAAA1111",
                       data={"reference": "PSEAH-AAAA1111", "org_id": "unicef", "priority": "whenever"})
    message = SimpleNamespace(value=broken.to_bytes(), key=broken.key, headers=[])
    assert asyncio.run(runner.handle(message, topic=Topics.CASES)) == "dead_lettered"
    assert [(l["topic"], l["reason"]) for l in letters] == [(Topics.CASES, "payload_breaks_contract")]
    assert counted == []
