from datetime import UTC, datetime

from hypothesis import given, settings, strategies as st

from pseah.referral.matching.rules import (Candidate, Need, is_open, needs_for, rank, region_level, serves_for,
                                           SERVICE_TYPES)

# 03:00 UTC = 10:00 WIB = 11:00 WITA
MORNING = datetime(2030, 1, 2, 3, 0, tzinfo=UTC)
# 16:00 UTC = 23:00 WIB
NIGHT = datetime(2030, 1, 2, 16, 0, tzinfo=UTC)


def _c(id, region="3203", services=("medical",), **kw):
    return Candidate(id=id, org_id=kw.pop("org_id", "org-" + id), region=region, services=tuple(services), **kw)


def test_needs_urgent_medical_then_child_protection_then_psychosocial_always():
    needs = needs_for(urgent_medical=True, child_involved=True, survivor_services=["legal", "medical", "bogus"])
    assert [n.service_type for n in needs] == ["medical", "child_protection", "psychosocial", "legal"]
    assert needs[0].post_rape_care and needs[0].open_now
    assert [n.service_type for n in needs_for(urgent_medical=False, child_involved=False)] == ["psychosocial"]


def test_urgent_medical_wants_post_rape_care_open_now_closest_first():
    need = needs_for(urgent_medical=True, child_involved=False)[0]
    candidates = [
        _c("no-prc", capacity_per_week=50, hours="24/7"),
        _c("day-clinic", capacity_per_week=50, hours="07:00-21:00", post_rape_care=True),
        _c("province-24h", region="32", capacity_per_week=50, hours="24/7", post_rape_care=True),
        _c("regency-24h", capacity_per_week=5, hours="24/7", post_rape_care=True),
        _c("far-away", region="7271", capacity_per_week=99, hours="24/7", post_rape_care=True),
    ]
    night = rank(need=need, candidates=candidates, region="3203", at=NIGHT)
    # At 23:00 WIB the day clinic is closed: open ones first, then closeness; never without post-rape care.
    assert [s.provider_id for s in night] == ["regency-24h", "province-24h", "day-clinic"]
    assert "open now (24/7)" in night[0].reasons and "post-rape care" in night[0].reasons
    assert "not open now" in night[-1].reasons
    morning = rank(need=need, candidates=candidates, region="3203", at=MORNING)
    # In the morning both regency clinics are open: more remaining capacity ranks first.
    assert [s.provider_id for s in morning][:2] == ["day-clinic", "regency-24h"]
    assert [s.rank for s in morning] == [1, 2, 3]


def test_region_falls_back_to_province_then_national():
    need = Need("psychosocial", "always_offered")
    candidates = [_c("national", region="31", services=["psychosocial"], national=True, capacity_per_week=200),
                  _c("province", region="72", services=["psychosocial"], capacity_per_week=5),
                  _c("regency", region="7271", services=["psychosocial"], capacity_per_week=1),
                  _c("other-province", region="3203", services=["psychosocial"], capacity_per_week=90)]
    found = rank(need=need, candidates=candidates, region="7271", at=MORNING)
    assert [s.provider_id for s in found] == ["regency", "province", "national"]
    assert found[0].reasons[1].startswith("same regency") and "national service (31)" in found[2].reasons


def test_language_ranks_whom_they_serve_and_capacity_filter():
    need = Need("psychosocial", "always_offered")
    candidates = [_c("big-id-only", services=["psychosocial"], languages=("id",), capacity_per_week=90),
                  _c("small-sundanese", services=["psychosocial"], languages=("id", "su"), capacity_per_week=3),
                  _c("women-only", services=["psychosocial"], languages=("su",), serves=("women",), capacity_per_week=9),
                  _c("full", services=["psychosocial"], languages=("su",), capacity_per_week=4, load=4)]
    found = rank(need=need, candidates=candidates, region="3203", language="su", serves="boys", at=MORNING)
    assert [s.provider_id for s in found] == ["small-sundanese", "big-id-only"]
    assert "speaks su" in found[0].reasons and "does not list su" in found[1].reasons
    assert "capacity 3 of 3 left this week" in found[0].reasons


def test_exclude_skips_providers_already_tried():
    need = Need("legal", "triage_services")
    candidates = [_c("a", services=["legal"], capacity_per_week=9), _c("b", services=["legal"], capacity_per_week=1)]
    assert [s.provider_id for s in rank(need=need, candidates=candidates, region="3203", at=MORNING,
                                        exclude={"a"})] == ["b"]


def test_opening_hours_in_local_time():
    assert is_open(hours="24/7", region="3203", at=NIGHT) is True
    assert is_open(hours="08:00-16:00", region="3203", at=MORNING) is True  # 10:00 WIB
    assert is_open(hours="08:00-10:30", region="7271", at=MORNING) is False  # 11:00 WITA in Palu
    assert is_open(hours="20:00-06:00", region="3203", at=NIGHT) is True
    assert is_open(hours="by appointment", region="3203", at=NIGHT) is None


def test_serves_and_region_levels():
    assert serves_for(gender="female", child=True) == "girls"
    assert serves_for(gender="male", child=False) == "men"
    assert serves_for(gender=None, child=True) is None
    assert region_level(provider_region="3203", national=False, wanted="3203") == 0
    assert region_level(provider_region="32", national=False, wanted="3203") == 1
    assert region_level(provider_region="3204", national=False, wanted="3203") == 1
    assert region_level(provider_region="31", national=True, wanted="3203") == 2
    assert region_level(provider_region="7271", national=False, wanted="3203") is None


_regions = st.sampled_from(["3203", "3204", "32", "31", "7271", "72"])
_candidates = st.lists(st.builds(
    Candidate, id=st.text("abcdef", min_size=1, max_size=4), org_id=st.just("o"), region=_regions,
    services=st.sets(st.sampled_from(SERVICE_TYPES), min_size=1).map(tuple),
    languages=st.sets(st.sampled_from(["id", "su", "en"])).map(tuple),
    serves=st.sets(st.sampled_from(["women", "men", "girls", "boys"])).map(tuple),
    hours=st.sampled_from(["24/7", "08:00-16:00", "", "20:00-06:00"]), capacity_per_week=st.integers(0, 30),
    post_rape_care=st.booleans(), national=st.booleans(), load=st.integers(0, 30)), max_size=12,
    unique_by=lambda c: c.id)


@settings(max_examples=150, deadline=None)
@given(candidates=_candidates, service=st.sampled_from(SERVICE_TYPES), urgent=st.booleans(), region=_regions,
       language=st.sampled_from([None, "su", "en"]), serves=st.sampled_from([None, "girls", "men"]),
       at=st.datetimes(timezones=st.just(UTC)))
def test_every_suggestion_satisfies_the_hard_limits_and_order_is_by_closeness(
        candidates, service, urgent, region, language, serves, at):
    need = Need(service, "x", post_rape_care=urgent and service == "medical", open_now=urgent)
    found = rank(need=need, candidates=candidates, region=region, language=language, serves=serves, at=at, limit=50)
    by_id = {c.id: c for c in candidates}
    levels = []
    for position, s in enumerate(found, start=1):
        c = by_id[s.provider_id]
        assert s.rank == position and service in c.services and c.remaining > 0
        assert not need.post_rape_care or c.post_rape_care
        assert not serves or not c.serves or serves in c.serves
        level = region_level(provider_region=c.region, national=c.national, wanted=region)
        assert level is not None
        opened = is_open(hours=c.hours, region=c.region, at=at)
        levels.append((0 if not urgent or opened else 1, level))
    assert levels == sorted(levels)
    # Nothing that fits is left out.
    fitting = [c for c in candidates if service in c.services and c.remaining > 0
               and (not need.post_rape_care or c.post_rape_care) and (not serves or not c.serves or serves in c.serves)
               and region_level(provider_region=c.region, national=c.national, wanted=region) is not None]
    assert len(found) == len(fitting)
