"""The synthetic journeys keep the suite's contracts and count as intended (pure: no store, no Kafka).

    .venv/bin/python -m pytest -q tools/screens/test_journeys.py
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from journeys import RARE_REGENCIES, Generator, stream  # noqa: E402
from pseah.analytics.readmodel import cases  # noqa: E402
from pseah.common import organizations, payloads  # noqa: E402
from pseah.common.events import EventTypes, Topics  # noqa: E402

END = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def journeys():
    return list(Generator(count=600, end=END, days=90, seed=7).journeys())


def test_every_event_satisfies_its_payload_model(journeys):
    events = stream(journeys)
    assert len(events) > 600 * 8
    for emitted in events:
        payloads.payload(emitted.event)  # raises ValidationError on a broken contract
        assert emitted.topic in Topics.all()
        assert emitted.event.subject == emitted.event.data["reference"]


def test_times_lie_in_the_window_and_each_journey_is_in_order(journeys):
    for journey in journeys:
        times = [e.event.time for e in journey.events]
        assert times == sorted(times)
        assert END - timedelta(days=90) <= times[0] and times[-1] <= END


def test_each_report_is_received_triaged_and_assigned_once(journeys):
    for journey in journeys:
        kinds = Counter(e.event.type for e in journey.events)
        assert kinds[EventTypes.REPORT_RECEIVED] == kinds[EventTypes.REPORT_TRIAGED] == 1
        assert kinds[EventTypes.CASE_ASSIGNED] == 1
    assert len({j.reference for j in journeys}) == len(journeys)
    ids = [e.event.id for e in stream(journeys)]
    assert len(set(ids)) == len(ids)


def test_the_same_seed_gives_the_same_journeys():
    def shape(seed):
        return [(e.event.id, e.event.type, e.event.time, e.topic, e.event.data.get("category"))
                for e in stream(list(Generator(count=50, end=END, seed=seed).journeys()))]

    assert shape(3) == shape(3)
    assert shape(3) != shape(4)


def test_languages_are_those_intake_takes(journeys):
    from typing import get_args

    from pseah.intake.report.models import Language

    languages = Counter(e.event.data["language"] for j in journeys for e in j.events
                        if e.event.type == EventTypes.REPORT_RECEIVED)
    assert set(languages) <= set(get_args(Language))
    assert languages["other"] == 3


def test_the_rare_provinces_are_there_exactly(journeys):
    regions = Counter(e.event.data.get("region_code") for j in journeys for e in j.events
                      if e.event.type == EventTypes.REPORT_TRIAGED)
    for code, n in RARE_REGENCIES:
        assert regions[code] == n


def test_analytics_counts_every_report_once_under_its_effective_labels(journeys):
    """The read model's own pure functions over the journeys: one report cell per case and dimension."""
    orgs = organizations.by_id()
    cells: Counter = Counter()
    confirmed_changed = 0
    for journey in journeys:
        case = None
        for emitted in journey.events:
            updated = cases.apply(case, emitted.event, organizations=orgs)
            case = updated if updated is not None else case
        cells.update(cases.contribution(case))
        confirmed_changed += bool((case.get("confirmed") or {}).get("category", case["auto"]["category"])
                                  != case["auto"]["category"])
    by_category = sum(n for cell, n in cells.items() if cell.startswith("reports.category|"))
    assert by_category == len(journeys)
    assert confirmed_changed > 0  # some officers' corrections move a case to another category
    states = Counter(cell.split("|")[2].split("~")[1] for cell in cells if cell.startswith("deadlines|"))
    assert {"met", "breached"} <= set(states)
    outcomes = Counter(cell.split("|")[2].split("~")[1] for cell in cells if cell.startswith("referrals|"))
    assert {"accepted", "declined"} <= set(outcomes)
