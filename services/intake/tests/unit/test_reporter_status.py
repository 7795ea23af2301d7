"""Which downstream events move the status a reporter reads with their receipt, and what of the outcome they see.

Pure mapping only; the store update (monotonic, idempotent) is tested on FerretDB in
tests/integration/test_status_and_outbox.py.
"""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from pseah.common.events import EventTypes, new_event
from pseah.intake.api.receipts import disclosed_outcome
from pseah.intake.report import service
from pseah.intake.report.models import STATUS_RANK, Report


# The rest of the contract's required fields of an investigation update (docs/asyncapi.yaml).
INVESTIGATION = {"reference": "PSEAH-TEST0001", "owner_org": "unicef", "reported_at": "2026-12-01T08:00:00+00:00"}


def _event(type_: str, **data):
    if type_ == EventTypes.CASE_INVESTIGATION_UPDATED:
        data = {**INVESTIGATION, **data}
    return new_event(type=type_, source="pseah/test", subject="PSEAH-TEST0001", data=data)


@pytest.mark.parametrize("type_,data,expected", [
    (EventTypes.REPORT_TRIAGED, {}, "triaged"),
    (EventTypes.TRIAGE_CONFIRMED, {}, "triaged"),
    (EventTypes.CASE_ASSIGNED, {"org_id": "unicef"}, "assigned"),
    (EventTypes.CASE_ACKNOWLEDGED, {}, "acknowledged"),
    # referral closes a case through case.investigation.updated.v1; its data.status decides.
    (EventTypes.CASE_INVESTIGATION_UPDATED, {"status": "in_progress"}, "investigating"),
    (EventTypes.CASE_INVESTIGATION_UPDATED, {"status": "substantiated"}, "investigating"),
    (EventTypes.CASE_INVESTIGATION_UPDATED, {"status": "referred_to_authorities"}, "investigating"),
    (EventTypes.CASE_INVESTIGATION_UPDATED, {"status": "unsubstantiated"}, "investigating"),
    (EventTypes.CASE_INVESTIGATION_UPDATED, {"status": "closed"}, "closed"),
    (EventTypes.CASE_INVESTIGATION_UPDATED, {"status": "not_started"}, None),
    (EventTypes.REFERRAL_CREATED, {}, None),
    (EventTypes.DEADLINE_BREACHED, {}, None),
])
def test_status_for_each_event(type_, data, expected):
    assert service.status_for(_event(type_, **data)) == expected


@pytest.mark.parametrize("data", [{}, {"status": ["closed"]}, {"status": "closed", "outcome": "nonsense"}])
def test_an_update_outside_its_contract_is_refused_not_guessed(data):
    # The status consumer dead-letters it: pydantic's ValidationError is a ValueError (status_consumer._process).
    event = new_event(type=EventTypes.CASE_INVESTIGATION_UPDATED, source="pseah/test", subject="PSEAH-TEST0001",
                      data={"reference": "PSEAH-TEST0001", **data})
    with pytest.raises(ValidationError):
        service.status_for(event) if "outcome" not in data else service.closing_outcome(event)


def test_the_reporter_statuses_run_in_order_to_closed():
    # The journey the issue names, in the order the rank keeps; closed is last whatever comes after.
    journey = ["received", "triaged", "assigned", "acknowledged", "investigating", "closed"]
    assert sorted(STATUS_RANK, key=STATUS_RANK.get) == journey
    assert STATUS_RANK["closed"] == max(STATUS_RANK.values())


def test_every_status_an_event_can_set_has_a_rank():
    targets = {*service.STATUS_BY_EVENT.values(), *service.STATUS_BY_INVESTIGATION.values()}
    assert targets <= set(STATUS_RANK)
    assert EventTypes.CASE_INVESTIGATION_UPDATED in service.STATUS_EVENT_TYPES


@pytest.mark.parametrize("data,expected", [
    ({"status": "closed", "outcome": "substantiated", "previous_status": "substantiated"}, "substantiated"),
    ({"status": "closed", "outcome": None, "previous_status": "in_progress"}, None),
    # Events from before `outcome` existed: the finding reported just before closing.
    ({"status": "closed", "previous_status": "referred_to_authorities"}, "referred_to_authorities"),
    ({"status": "closed"}, None),
])
def test_closing_outcome(data, expected):
    assert service.closing_outcome(_event(EventTypes.CASE_INVESTIGATION_UPDATED, **data)) == expected


@pytest.mark.parametrize("status,outcome,disclose,expected", [
    ("closed", "substantiated", True, "substantiated"),
    ("closed", "substantiated", False, None),  # the default policy: never told
    ("investigating", "substantiated", True, None),  # not before the case is closed
    ("closed", None, True, None),
    ("closed", "garbage", True, None),
])
def test_outcome_is_disclosed_only_by_policy_and_only_when_closed(status, outcome, disclose, expected):
    report = Report(reference="PSEAH-TEST0001", status=status, outcome=outcome)
    assert disclosed_outcome(report, disclose=disclose) == expected


def test_disclosure_is_off_by_default():
    from pseah.intake.config import IntakeSettings

    assert IntakeSettings.model_fields["disclose_outcome"].default is False


def test_a_poll_over_many_partitions_is_applied_as_one_list_each_partitions_records_in_order():
    from collections import namedtuple

    from pseah.intake.status_consumer import poll_records

    Partition = namedtuple("Partition", "topic partition")
    batches = {Partition("pseah.triage.v1", 3): ["t3-a", "t3-b"], Partition("pseah.cases.v1", 1): ["c1-a"],
               Partition("pseah.triage.v1", 0): ["t0-a", "t0-b", "t0-c"]}
    assert poll_records(batches) == ["c1-a", "t0-a", "t0-b", "t0-c", "t3-a", "t3-b"]
    assert poll_records({}) == []
