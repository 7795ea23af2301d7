"""Linking related reports: fingerprints, the similarity estimate, the link rule and its reasons (pure)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pseah.triage.links import service
from pseah.triage.links.fingerprint import (
    SKETCH_SIZE,
    Fingerprint,
    Hasher,
    bottom_k,
    content_words,
    fingerprint,
    jaccard,
    pack,
    region_digits,
    unpack,
)
from pseah.triage.links.similarity import DEFAULT_POLICY, Evidence, LinkPolicy, compare, evidence, reasons, score, shared_place

KEY = b"unit-test-fingerprint-key-32byte"
HASHER = Hasher(KEY)
T0 = datetime(2022, 12, 2, 10, 0, tzinfo=UTC)

FIRST = ("Kemarin malam relawan PMI bernama Pak Dedi memaksa adik saya Rina (15 tahun) masuk ke tenda logistik di "
         "posko Cugenang dan memperkosanya. Adik saya sekarang sakit dan takut keluar tenda.")
SECOND = ("sy mau lapor, adik sy Rina umur 15 thn diperkosa sama relawan pmi namanya dedi di tenda logistik cugenang "
          "semalam. skrg dia sakit gk mau keluar")
UNRELATED = "Mohon jadwal pembagian air bersih di Desa Sukamaju diumumkan lebih awal karena antreannya panjang."


def fp(reference, narrative, *, at=T0, org="pmi", region="3203", channel="web", perpetrator=None, received=None):
    return fingerprint(hasher=HASHER, reference=reference, narrative=narrative, received_at=received or at,
                       incident_date=None, org_id=org, region_code=region, channel=channel,
                       perpetrator_description=perpetrator)


# ------------------------------------------------------------------ fingerprints
def test_content_words_expand_sms_spelling_and_drop_function_words():
    words = content_words("sy mau lapor yg diraba dgn tetangganya sy di posko")
    assert words == {"diraba", "tetangga"}  # -nya dropped: 'tetangganya' and 'tetangga' are one word
    assert not {"sy", "saya", "yg", "yang", "dgn", "dengan", "di", "posko"} & words


def test_a_fingerprint_holds_no_words_and_depends_on_the_key():
    one = fp("A", FIRST)
    stored = repr(one.to_document())
    for word in ("dedi", "rina", "cugenang", "logistik", "memperkosa"):
        assert word not in stored.casefold()
    other_key = fingerprint(hasher=Hasher(b"another-key-of-thirty-two-bytes!"), reference="A", narrative=FIRST,
                            received_at=T0, region_code="3203")
    assert set(one.words).isdisjoint(other_key.words)  # without the key nothing can be matched


def test_a_fingerprint_survives_the_store():
    one = fp("A", FIRST, perpetrator="Pak Dedi, relawan PMI berkumis")
    back = Fingerprint.from_document("A", one.to_document())
    assert back == one


@given(st.sets(st.integers(min_value=0, max_value=2**32 - 1), max_size=200))
def test_packing_round_trips(values):
    sketch = bottom_k(values, SKETCH_SIZE)
    assert unpack(pack(sketch)) == sketch
    assert len(sketch) == min(len(values), SKETCH_SIZE)


_words = st.sets(st.text(alphabet="abcdefghijklmnop", min_size=3, max_size=6), max_size=SKETCH_SIZE)


@given(_words, _words)
def test_the_estimate_is_exact_for_short_reports_and_symmetric(a, b):
    sa, sb = (bottom_k(HASHER.hashes(s, purpose="narrative"), SKETCH_SIZE) for s in (a, b))
    truth = len(a & b) / len(a | b) if a and b else 0.0
    assert jaccard(sa, sb) == pytest.approx(truth)
    assert jaccard(sa, sb) == jaccard(sb, sa)


@given(st.sets(st.integers(0, 300), max_size=SKETCH_SIZE), st.sets(st.integers(0, 300), max_size=SKETCH_SIZE))
def test_the_estimate_in_set_operations_is_the_bottom_k_estimate(a, b):
    # The estimate as defined: of the k smallest values of both sketches together, the share that both hold.
    sa, sb = bottom_k(a, SKETCH_SIZE), bottom_k(b, SKETCH_SIZE)
    union = sorted(set(sa) | set(sb))[:SKETCH_SIZE]
    expected = sum(1 for v in union if v in sa and v in sb) / len(union) if sa and sb else 0.0
    assert jaccard(sa, sb) == expected


@settings(max_examples=60)
@given(st.sets(st.text(alphabet="abcdefghij", min_size=4, max_size=7), min_size=120, max_size=250))
def test_long_reports_are_sketched_and_identical_ones_still_match(words):
    sketch = bottom_k(HASHER.hashes(words, purpose="narrative"), SKETCH_SIZE)
    assert len(sketch) == SKETCH_SIZE
    assert jaccard(sketch, sketch) == 1.0


@given(st.sets(st.text(alphabet="abcdefghij", min_size=4, max_size=7), min_size=150, max_size=300))
def test_half_shared_long_reports_estimate_close_to_the_truth(words):
    ordered = sorted(words)
    half = len(ordered) // 2
    a, b = set(ordered[: half + half // 2]), set(ordered[half // 2:])
    truth = len(a & b) / len(a | b)
    estimate = jaccard(*(bottom_k(HASHER.hashes(s, purpose="narrative"), SKETCH_SIZE) for s in (a, b)))
    assert abs(estimate - truth) < 0.3  # 64 hashes: a few standard deviations of the estimate


def test_region_codes_compare_dotted_or_not():
    assert region_digits("32.03") == region_digits("3203") == "3203"
    assert shared_place("3203", "320301") == "regency"
    assert shared_place("3203", "3201") == "province"
    assert shared_place("3203", "3603") is None and shared_place(None, "3203") is None


# ------------------------------------------------------------------ the link rule
def test_two_reports_of_one_incident_are_linked_with_reasons_an_officer_reads():
    first = fp("PSEAH-A", FIRST, at=T0, channel="web", region="3203")
    second = fp("PSEAH-B", SECOND, at=T0 + timedelta(days=2), channel="sms", region="32.03")
    link = compare(second, first)
    assert link is not None and link.newer == "PSEAH-B" and link.older == "PSEAH-A"
    text = ", ".join(link.reasons)
    assert text.startswith("same organisation, same regency, 2 days apart, ")
    assert "% similar wording" in text and "different channels (sms, web)" in text


def test_an_unrelated_report_of_the_same_organisation_place_and_day_is_not_linked():
    assert compare(fp("PSEAH-A", FIRST), fp("PSEAH-C", UNRELATED)) is None


def test_the_same_alleged_perpetrator_links_reports_of_different_incidents():
    a = fp("PSEAH-A", "Dia meminta saya menemaninya malam ini kalau mau dapat beras.",
           perpetrator="Pak Joko sopir truk PMI berkumis tebal")
    b = fp("PSEAH-B", "Tetangga saya diajak ke gudang dan dipegang-pegang waktu ambil terpal.",
           perpetrator="Joko, sopir truk PMI, kumis tebal", at=T0 + timedelta(days=3))
    link = compare(a, b)
    assert link is not None
    assert any("description of the alleged perpetrator" in r for r in link.reasons)


def test_reports_further_apart_than_the_window_are_not_linked():
    late = fp("PSEAH-B", FIRST, at=T0 + timedelta(days=DEFAULT_POLICY.window_days + 1))
    assert compare(fp("PSEAH-A", FIRST), late) is None
    assert compare(fp("PSEAH-A", FIRST), fp("PSEAH-A", FIRST)) is None  # never with itself


def test_a_message_sent_again_links_even_without_organisation_or_place():
    a = fp("PSEAH-A", SECOND, org=None, region=None, channel="whatsapp")
    b = fp("PSEAH-B", SECOND, org=None, region=None, channel="sms", at=T0 + timedelta(hours=3))
    link = compare(a, b)
    assert link is not None and "100% similar wording" in link.reasons


def test_the_example_of_the_brief_reads_as_written():
    ev = Evidence(wording=0.64, shared_words=12, perpetrator=0.0, same_org=True, place="regency", days_apart=2.0)
    assert ", ".join(reasons(ev)) == "same organisation, same regency, 2 days apart, 64% similar wording"


_evidence = st.builds(
    Evidence, wording=st.floats(0, 1), shared_words=st.integers(0, 64), perpetrator=st.floats(0, 1),
    same_org=st.booleans(), place=st.sampled_from([None, "province", "regency", "district", "village"]),
    days_apart=st.floats(0, 30))


@given(_evidence, st.floats(0, 1))
def test_more_similar_wording_never_lowers_the_score(ev, more):
    from dataclasses import replace

    assert score(replace(ev, wording=max(ev.wording, more))) >= score(ev)
    assert 0 <= score(ev) <= 1


@given(_evidence)
def test_organisation_place_and_time_alone_never_link(ev):
    from dataclasses import replace

    bare = replace(ev, wording=0.0, perpetrator=0.0)
    value = score(bare)
    assert value < DEFAULT_POLICY.threshold or not (bare.wording >= DEFAULT_POLICY.min_wording
                                                    or bare.perpetrator >= DEFAULT_POLICY.min_perpetrator)


_report = st.fixed_dictionaries({
    "narrative": st.sampled_from([FIRST, SECOND, UNRELATED, FIRST + " " + UNRELATED]),
    "hours": st.integers(0, 24 * 20), "org": st.sampled_from([None, "pmi", "unicef"]),
    "region": st.sampled_from([None, "3203", "32.03.01", "3201"]), "channel": st.sampled_from(["web", "sms"])})


@given(_report, _report)
def test_linking_is_symmetric(x, y):
    a = fp("PSEAH-A", x["narrative"], at=T0 + timedelta(hours=x["hours"]), org=x["org"], region=x["region"],
           channel=x["channel"])
    b = fp("PSEAH-B", y["narrative"], at=T0 + timedelta(hours=y["hours"]), org=y["org"], region=y["region"],
           channel=y["channel"])
    assert compare(a, b) == compare(b, a)


class _EveryPairInFull(LinkPolicy):
    """The default thresholds with compare's shortcut switched off: every pair goes through the full evidence."""

    @property
    def needs_shared_evidence(self) -> bool:
        return False


def _sketched(reference, words, perpetrator, hours):
    at = T0 + timedelta(hours=hours)
    return Fingerprint(reference=reference, at=at, received_at=at, org_id="pmi", region="3203", channel="web",
                       words=tuple(sorted(words)), perpetrator=tuple(sorted(perpetrator)))


_sketch = st.fixed_dictionaries({
    # Small value ranges, so that pairs share none, a few or most of their words and perpetrator words.
    "words": st.sets(st.integers(0, 40), max_size=24), "perpetrator": st.sets(st.integers(0, 12), max_size=8),
    "hours": st.integers(0, 24 * 16)})


@given(_sketch, _sketch, st.integers(1, 6))
def test_the_shortcut_for_pairs_with_nothing_in_common_never_changes_a_link(x, y, min_shared_words):
    # compare() skips the sketches' estimates when fewer than min_shared_words words and no perpetrator word are
    # shared; the link (score and reasons included) must be the one the full evidence gives.
    a = _sketched("PSEAH-A", x["words"], x["perpetrator"], x["hours"])
    b = _sketched("PSEAH-B", y["words"], y["perpetrator"], y["hours"])
    policy = LinkPolicy(min_shared_words=min_shared_words)
    assert compare(a, b, policy) == compare(a, b, _EveryPairInFull(min_shared_words=min_shared_words))


def test_weights_must_add_up():
    with pytest.raises(ValueError):
        LinkPolicy(w_wording=0.9)


# ------------------------------------------------------------------ where fingerprints are kept
@given(st.sampled_from([None, "pmi"]), st.sampled_from([None, "3203", "32.03.01"]), st.sampled_from([None, "sms"]),
       st.integers(0, 10**6))
def test_an_entry_round_trips_in_its_compact_form(org, region, channel, minutes):
    one = fp("PSEAH-A1B2C3D4", FIRST, at=T0 + timedelta(minutes=minutes), org=org, region=region, channel=channel,
             perpetrator="Pak Dedi berkumis")
    raw = one.to_entry()
    assert Fingerprint.from_entry(raw) == one and Fingerprint.entry_time(raw) == one.at
    assert len(raw) < 400  # hundreds fit in one small document


def test_reports_are_grouped_by_organisation_and_regency_or_kept_apart():
    assert service.groups(fp("PSEAH-A", FIRST, org="pmi", region="32.03.01")) == ["org:pmi", "region:3203"]
    lone = fp("PSEAH-A", FIRST, org=None, region=None)
    assert service.groups(lone) == ["unplaced"]
    assert evidence(lone, lone).same_org is False
