"""Properties that must hold for any report, checked on generated input (hypothesis)."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pseah.triage.classification import (
    Category,
    Classification,
    PerpetratorType,
    Priority,
    classify,
    required_priority,
)
from pseah.triage.clocks import breached, deadlines_for
from pseah.triage.routing import Queue, identify_organization, route
from pseah.triage.routing.aliases import SELF_WORDS

AT = datetime(2022, 12, 2, 3, 0, tzinfo=UTC)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

BASES = [
    "Relawan PMI meraba saya saat antre beras.",
    "Petugas distribusi bilang kami hanya dapat terpal kalau ibu saya mau jalan berdua dengan dia.",
    "Kemarin sore anak perempuan saya yang berumur 12 tahun diperkosa oleh tetangga.",
    "Koordinator lapangan sering mengirim pesan mesum ke relawan perempuan.",
    "Bantuan beras di desa kami dipotong oleh petugas pembagi bantuan.",
    "Kapan bantuan selimut datang ke posko RW 03?",
    "Terima kasih kepada tim PMI yang sudah membangun toilet darurat.",
    "A driver from a UN agency touched my breasts last week.",
    "Someone keeps calling my phone at night and saying dirty things to me.",
    "",
]
NEGATED = [
    "Saya tidak diperkosa.", "Tidak ada yang memperkosa saya.", "Dia tidak pernah meraba saya.",
    "Relawan itu tidak menyentuh siapa pun.", "Saya belum pernah dilecehkan.", "Gak ada yg ngapa2in sy.",
    "Nobody raped me.", "He never touched me.", "Abdi teu acan kantos dilecehkeun.",
    "Aku ora tau dilecehke.", "Tidak ada anak yang terlibat.", "Dia bukan relawan.",
    "Tidak ada pungutan apa pun.", "Dia tidak meminta imbalan apa pun.",
]


def severity(category: Category) -> int:
    return {Category.NOT_MISCONDUCT: 0, Category.OTHER_MISCONDUCT: 1, Category.SEXUAL_HARASSMENT: 2,
            Category.SEXUAL_ABUSE: 3, Category.SEXUAL_EXPLOITATION: 3}[category]


@SETTINGS
@given(text=st.text(max_size=400), age=st.none() | st.integers(min_value=0, max_value=120),
       group=st.none() | st.text(max_size=20), org=st.none() | st.text(max_size=20),
       incident=st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 1, 1)))
def test_never_crashes_and_always_answers_in_the_vocabulary(text, age, group, org, incident):
    result = classify(narrative=text, reported_at=AT, incident_date=incident, survivor_age=age,
                      survivor_age_group=group, perpetrator_org=org, perpetrator_description=text[:40])
    assert isinstance(result.category, Category) and isinstance(result.priority, Priority)
    assert isinstance(result.perpetrator_type, PerpetratorType)
    assert 0.0 <= result.confidence <= 1.0
    assert result.reasons and all(isinstance(r, str) for r in result.reasons)
    assert result.to_dict()["priority"] == result.priority.value


@SETTINGS
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
       | st.lists(st.sampled_from(BASES + NEGATED + ["tadi malam", "anak", "(16 tahun)", "relawan", "kalau"]),
                  max_size=8).map(" ".join))
def test_deterministic(text):
    assert classify(narrative=text, reported_at=AT) == classify(narrative=text, reported_at=AT)


@SETTINGS
@given(words=st.lists(st.sampled_from(BASES + NEGATED + [
    "tadi malam", "bulan lalu", "anak", "remaja", "(16 tahun)", "relawan", "tetangga", "kalau", "imbalan", "beras",
    "masih mengancam", "setiap malam", "dipaksa", "tidak", "bukan", "meraba", "mencium", "uang"]), max_size=10))
def test_priority_is_never_lower_than_the_rule(words):
    result = classify(narrative=" ".join(words), reported_at=AT)
    floor = required_priority(category=result.category, child_involved=result.child_involved,
                              urgent_medical=result.urgent_medical, ongoing_danger=result.ongoing_danger)
    assert result.priority.rank >= floor.rank
    if result.child_involved or result.urgent_medical:
        assert result.priority is Priority.CRITICAL


@SETTINGS
@given(base=st.sampled_from(BASES), negated=st.sampled_from(NEGATED), before=st.booleans())
def test_a_negated_cue_never_raises_anything(base, negated, before):
    plain = classify(narrative=base, reported_at=AT)
    text = f"{negated} {base}" if before else f"{base} {negated}"
    more = classify(narrative=text, reported_at=AT)
    assert severity(more.category) <= severity(plain.category)
    assert more.child_involved <= plain.child_involved
    assert more.urgent_medical <= plain.urgent_medical
    assert more.priority.rank <= plain.priority.rank


@SETTINGS
@given(base=st.sampled_from([b for b in BASES if b]), age=st.integers(min_value=1, max_value=17),
       form=st.sampled_from(["Korban berusia {} tahun.", "Umurnya {} thn.", "She is {} years old.",
                             "Budakna umurna {} taun."]))
def test_a_stated_child_age_in_a_sexual_case_makes_it_critical(base, age, form):
    plain = classify(narrative=base, reported_at=AT)
    result = classify(narrative=f"{base} {form.format(age)}", reported_at=AT)
    if plain.category.is_sexual:
        assert result.child_involved and result.priority is Priority.CRITICAL


@SETTINGS
@given(alias=st.sampled_from([("PMI", "pmi"), ("palang merah", "pmi"), ("unicef", "unicef"), ("unisef", "unicef"),
                              ("World Food Programme", "wfp"), ("Wahana Visi", "wvi"), ("Oxfam", "oxfam"),
                              ("BNPB", "bnpb"), ("Dompet Dhuafa", "dompet-dhuafa"), ("UNHCR", "unhcr")]),
       case=st.sampled_from([str.lower, str.upper, str.title, str]),
       punct=st.sampled_from(["", ".", ",", "!", ")", ":"]),
       # ...unless the reporter names their own organisation ('saya relawan PMI', 'I am a PMI volunteer')
       before=st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=30).filter(
           lambda s: not s.split() or s.split()[-1] not in SELF_WORDS),
       after=st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=30))
def test_organisation_names_are_found_in_any_case_and_punctuation(organizations, alias, case, punct, before, after):
    name, org_id = alias
    text = f"{before} relawan {case(name)}{punct} {after}"
    match = identify_organization(text=text, field=None, organizations=organizations)
    assert match is not None and match.org_id == org_id


@SETTINGS
@given(text=st.text(max_size=300), field=st.none() | st.text(max_size=30))
def test_organisation_matching_never_crashes(organizations, text, field):
    match = identify_organization(text=text, field=field, organizations=organizations)
    assert match is None or match.org_id in {o["id"] for o in organizations}


@SETTINGS
@given(category=st.sampled_from(list(Category)), kind=st.sampled_from(list(PerpetratorType)),
       child=st.booleans(), urgent=st.booleans(), known=st.booleans())
def test_route_invariants(organizations, category, kind, child, urgent, known):
    priority = required_priority(category=category, child_involved=child, urgent_medical=urgent, ongoing_danger=False)
    result = Classification(category=category, perpetrator_type=kind, child_involved=child, urgent_medical=urgent,
                            priority=priority)
    match = identify_organization(text="relawan PMI", field=None, organizations=organizations) if known else None
    chosen = route(classification=result, org_match=match)
    assert chosen.survivor_services == category.is_sexual
    if chosen.queue is Queue.FOCAL_POINT:
        assert chosen.org_id and kind is PerpetratorType.AID_WORKER
    if chosen.queue is Queue.GBV_PATHWAY:
        assert kind is PerpetratorType.COMMUNITY_MEMBER and category.is_sexual
    if category.is_sexual and kind is PerpetratorType.AID_WORKER and known:
        assert chosen.queue is Queue.FOCAL_POINT
    if category.is_sexual and kind is not PerpetratorType.COMMUNITY_MEMBER and not known:
        assert chosen.queue is Queue.COORDINATOR


@SETTINGS
@given(category=st.sampled_from(list(Category)), priority=st.sampled_from(list(Priority)), urgent=st.booleans(),
       received=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)),
       first=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10)),
       later=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10)),
       done=st.sets(st.sampled_from(["acknowledgement", "referral_offered", "investigation_decision"])))
def test_clock_invariants(category, priority, urgent, received, first, later, done):
    result = Classification(category=category, perpetrator_type=PerpetratorType.UNKNOWN, child_involved=False,
                            urgent_medical=urgent, priority=priority)
    deadlines = deadlines_for(classification=result, received_at=received)
    assert deadlines and all(d.due_at > received for d in deadlines)
    now = received + first
    late = breached(deadlines=deadlines, now=now, completed_kinds=done)
    assert all(d.kind not in done and d.due_at < now for d in late)
    # once breached, still breached later (until completed)
    assert set(late) <= set(breached(deadlines=deadlines, now=now + later, completed_kinds=done))
