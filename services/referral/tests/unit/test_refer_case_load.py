"""refer_case reads the providers' weekly load once for all of a case's needs (one read where there was one per
need), and a referral it makes counts in that load for the needs still to come, as the stored load does."""
from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from pseah.referral.matching.rules import Suggestion
from pseah.referral.referrals import flows

REF = "PSEAH-LOAD0001"


class Fakes:
    def __init__(self, monkeypatch, *, flags=("urgent_medical", "child_involved"), consent_allows=True):
        self.load_reads, self.loads_seen, self.created = [], [], []
        case = SimpleNamespace(reference=REF, flags=list(flags), survivor_services=["legal"], region_code="3203",
                               language="id", survivor_gender="female")
        monkeypatch.setattr(flows.cases, "get", lambda **kw: case)
        monkeypatch.setattr(flows.consents, "get", lambda **kw: None)
        monkeypatch.setattr(flows.consent_rules, "allows_referral", lambda state, **kw: consent_allows)
        monkeypatch.setattr(flows.referrals, "for_case", lambda **kw: [])
        monkeypatch.setattr(flows.matching, "weekly_loads",
                            lambda *, service_types, now: self.load_reads.append(list(service_types)) or {"p-both": 2})
        monkeypatch.setattr(flows.matching, "suggest", self._suggest)
        monkeypatch.setattr(flows.referrals, "create", self._create)

    def _suggest(self, *, need, load, **kw):
        self.loads_seen.append(dict(load))
        return [Suggestion(provider_id="p-both", provider_org="org", service_type=need.service_type, rank=1)]

    def _create(self, *, reference, suggestion, **kw):
        doc = SimpleNamespace(id=f"r-{suggestion.service_type}", provider_id=suggestion.provider_id)
        self.created.append(doc)
        return doc, True


SETTINGS = SimpleNamespace(urgent_response_hours=2, response_hours=72, cases_topic="pseah.cases.v1")


def test_the_load_is_read_once_for_every_need_and_each_referral_made_counts_for_the_next(monkeypatch):
    fakes = Fakes(monkeypatch)
    made = flows.refer_case(reference=REF, settings=SETTINGS, flush=lambda doc: None)
    assert [r.id for r in made] == ["r-medical", "r-child_protection", "r-psychosocial", "r-legal"]
    assert fakes.load_reads == [["medical", "child_protection", "psychosocial", "legal"]]
    assert [seen["p-both"] for seen in fakes.loads_seen] == [2, 3, 4, 5]


def test_no_load_is_read_when_no_need_may_be_referred(monkeypatch):
    fakes = Fakes(monkeypatch, consent_allows=False)
    assert flows.refer_case(reference=REF, settings=SETTINGS, flush=lambda doc: None) == []
    assert fakes.load_reads == [] and fakes.created == []


def test_after_triage_refers_from_the_case_and_consent_it_holds_and_a_new_case_reads_no_referrals(monkeypatch):
    fakes = Fakes(monkeypatch)
    reads = []
    monkeypatch.setattr(flows.cases, "get", lambda **kw: reads.append("case"))
    monkeypatch.setattr(flows.consents, "get", lambda **kw: reads.append("consent"))
    monkeypatch.setattr(flows.referrals, "for_case", lambda **kw: reads.append("referrals") or [])
    consent = SimpleNamespace(state=None, overrides=[], has_pending=False)
    monkeypatch.setattr(flows.consents, "record_initial", lambda **kw: (consent, True))
    case = SimpleNamespace(reference=REF, flags=["child_involved"], survivor_services=[], region_code="3203",
                           language="id", survivor_gender="female", channel="web")
    made = flows.after_triaged(case=case, consent_block={}, settings=SETTINGS, flush=lambda doc: None, new_case=True)
    assert [r.id for r in made] == ["r-child_protection", "r-psychosocial"] and reads == []
    # A redelivery (the case existed): its referrals are read, so a live one is not made twice.
    flows.after_triaged(case=case, consent_block={}, settings=SETTINGS, flush=lambda doc: None)
    assert reads == ["referrals"] and len(fakes.created) == 4


def test_the_cases_of_one_poll_read_the_load_once_and_each_counts_the_referrals_made_before_it(monkeypatch):
    fakes = Fakes(monkeypatch, flags=("urgent_medical",))
    weekly = []
    monkeypatch.setattr(flows.matching.providers_snapshot, "offering",
                        lambda service_type: [SimpleNamespace(id="p-both")])
    monkeypatch.setattr(flows.matching.referrals, "weekly_load",
                        lambda *, provider_ids, now: weekly.append(list(provider_ids)) or {"p-both": 2})
    loads = flows.matching.PollLoads(now=datetime.now(UTC))
    for _ in range(2):
        flows.refer_case(reference=REF, settings=SETTINGS, flush=lambda doc: None, loads=loads)
    assert weekly == [["p-both"]] and fakes.load_reads == []  # one read for the poll, none per case
    # Three needs a case (medical, psychosocial, legal): the first case's referrals count for the second case's.
    assert [seen["p-both"] for seen in fakes.loads_seen] == [2, 3, 4, 5, 6, 7]
