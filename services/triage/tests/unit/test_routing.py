"""Routing: the employer from the organisation directory, and the queue of the case."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import classify
from pseah.triage.routing import Queue, identify_organization, route

AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")


@pytest.mark.parametrize(("text", "org_id"), [
    ("Relawan PMI itu meraba saya", "pmi"),
    ("ada relawan palang merah yang ...", "pmi"),
    ("orang UNICEF datang ke posko", "unicef"),
    ("orang unisef datang ke posko", "unicef"),
    ("staff U.N.I.C.E.F. di posko", "unicef"),
    ("driver from World Vision", "wvi"),
    ("staf wahana visi", "wvi"),
    ("petugas Kemensos", "kemensos"),
    ("relawan Dompet Duafa", "dompet-dhuafa"),
    ("UN-Women staff", "unwomen"),
    ("The WHO doctor", "who"),
    ("relawan NU", "lpbi-nu"),
    ("tim CARE", "care"),
    ("Save the Children volunteer", "save-the-children"),
    ("petugas BNPB;", "bnpb"),
])
def test_names_acronyms_and_misspellings(organizations, text, org_id):
    match = identify_organization(text=text, field=None, organizations=organizations)
    assert match is not None and match.org_id == org_id
    assert match.reason and match.cue


@pytest.mark.parametrize("text", [
    "I do not know who it is",            # 'who' the word, not WHO
    "THE WHO DOCTOR SHOUTED",             # shouting: capitals say nothing
    "kami tidak iri dengan tetangga",     # 'iri' = envy, not Islamic Relief Indonesia
    "saya sudah pulih",                    # 'pulih' = recovered, not Yayasan Pulih
    "mahasiswa pmii kampus",              # 'pmi' inside another word
    "relawan nu ngabagikeun sembako",     # Sundanese 'nu' (who), not NU
    "a plan to take care of the children",
    "Petugas BPBD Cianjur",               # BPBD DKI is another agency
    "saya relawan PMI, mau lapor ada warga yang memperkosa",   # the reporter's own organisation
    "",
])
def test_no_false_matches(organizations, text):
    assert identify_organization(text=text, field=None, organizations=organizations) is None


def test_the_field_wins_over_the_text(organizations):
    match = identify_organization(text="relawan PMI", field="Palang merah", organizations=organizations)
    assert match.org_id == "pmi" and match.source == "field"
    match = identify_organization(text="relawan PMI", field="unicef", organizations=organizations)
    assert match.org_id == "unicef" and match.source == "field"
    match = identify_organization(text="relawan PMI", field="tidak tahu", organizations=organizations)
    assert match.org_id == "pmi" and match.source == "text"


def test_a_worker_word_picks_the_employer_among_several(organizations):
    text = "Terima kasih Oxfam. Tapi relawan UNICEF meraba saya."
    assert identify_organization(text=text, field=None, organizations=organizations).org_id == "unicef"


def _route(narrative: str, organizations, **fields):
    result = classify(narrative=narrative, reported_at=AT, **fields)
    match = identify_organization(text=narrative, field=fields.get("perpetrator_org"), organizations=organizations)
    return result, route(classification=result, org_match=match)


def test_psea_case_with_a_known_employer_goes_to_its_focal_point(organizations):
    _, chosen = _route("Relawan PMI meraba saya di antrean.", organizations)
    assert chosen.queue is Queue.FOCAL_POINT and chosen.org_id == "pmi" and chosen.survivor_services


def test_unknown_employer_goes_to_the_coordinator(organizations):
    _, chosen = _route("Seorang relawan meraba saya di antrean.", organizations)
    assert chosen.queue is Queue.COORDINATOR and chosen.org_id is None and chosen.survivor_services


def test_community_sexual_violence_goes_to_the_gbv_pathway_with_services(organizations):
    _, chosen = _route("Tadi malam tetangga memperkosa anak saya (12 tahun).", organizations)
    assert chosen.queue is Queue.GBV_PATHWAY and chosen.survivor_services
    assert {"medical", "psychosocial", "child_protection"} <= set(chosen.services)


def test_not_misconduct_has_no_survivor_services(organizations):
    _, chosen = _route("Terima kasih relawan PMI.", organizations)
    assert chosen.queue is Queue.COORDINATOR and not chosen.survivor_services


def test_other_misconduct_by_a_known_employer_goes_to_its_focal_point(organizations):
    _, chosen = _route("Petugas Kemensos meminta uang Rp20.000 untuk kupon.", organizations)
    assert chosen.queue is Queue.FOCAL_POINT and chosen.org_id == "kemensos" and not chosen.survivor_services


def test_route_to_dict(organizations):
    _, chosen = _route("Relawan PMI meraba saya.", organizations)
    assert chosen.to_dict()["queue"] == "focal_point"
