"""The rules one by one: spelling, ages, times and the 72-hour window, negation, roles, form fields."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify, required_priority
from pseah.triage.classification.ages import find_ages
from pseah.triage.classification.text import Text
from pseah.triage.classification.timing import find_times

AT = datetime.fromisoformat("2022-12-05T09:00:00+07:00")     # a Monday morning


def run(narrative: str, **fields):
    return classify(narrative=narrative, reported_at=fields.pop("reported_at", AT), **fields)


# --- text -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "norm"), [
    ("yg gk mau dgn sy", "yang tidak mau dengan saya"),
    ("anak2 umr 16thn", "anak-anak umur 16 tahun"),
    ("enam belas tahun", "16 tahun"),
    ("dua puluh lima", "25"),
    ("rolas taun", "12 tahun"),
    ("a 15-year-old girl's", "a 15 year old girl"),
    ("He didn't", "he did not"),
    ("tolooong", "tolong"),
])
def test_normalisation(raw, norm):
    assert Text.of(raw).norm == norm


def test_quotes_point_back_to_the_reporters_words():
    text = Text.of("adik sy (16thn)")
    m = text.norm.index("16 tahun")
    assert text.quote(m, m + len("16 tahun")) == "16thn"


# --- ages -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "years"), [
    ("adik saya (16 tahun)", 16), ("umurnya 12", 12), ("usia lima belas", 15), ("a girl of 14", 14),
    ("she is only fifteen", 15), ("umure rolas taun", 12), ("budak umurna 13 taun", 13), ("my sister (17)", 17),
    ("janda umur 40an", 40), ("16 thn", 16),
])
def test_ages(raw, years):
    assert [a.years for a in find_ages(Text.of(raw))] == [years]


@pytest.mark.parametrize("raw", ["2 tahun lalu", "selama 3 tahun", "sejak 5 tahun", "tahun 2022", "10 kg"])
def test_durations_are_not_ages(raw):
    assert find_ages(Text.of(raw)) == []


# --- times ----------------------------------------------------------------------------------------------
def hours(raw: str) -> tuple[float, float]:
    (when,) = find_times(Text.of(raw), AT)
    return when.hours_since(AT)


@pytest.mark.parametrize("raw", ["tadi malam", "semalam", "kemarin", "kmrn", "tadi subuh", "tadi pagi",
                                 "dua hari lalu", "2 hari yang lalu", "last night", "yesterday", "kamari peuting",
                                 "mau bengi", "wingi", "two nights ago", "dua poe ka tukang", "kemarin lusa",
                                 "hari Sabtu malam", "3 jam yang lalu"])
def test_recent_times_are_within_72_hours(raw):
    _, most = hours(raw)
    assert most <= 72


@pytest.mark.parametrize("raw", ["3 hari yang lalu", "tiga hari lalu", "beberapa hari lalu", "telung dina kepungkur"])
def test_borderline_times_may_be_within_72_hours(raw):
    least, most = hours(raw)
    assert least <= 72 < most


@pytest.mark.parametrize("raw", ["5 hari lalu", "minggu lalu", "seminggu yang lalu", "last week", "bulan lalu",
                                 "dua minggu yang lalu", "tahun lalu", "sudah lama", "minggu kamari"])
def test_old_times_are_outside_72_hours(raw):
    least, _ = hours(raw)
    assert least > 72


def test_minggu_is_a_week_unless_it_is_a_day():
    assert find_times(Text.of("minggu lalu"), AT)[0].label == "last week"
    assert find_times(Text.of("hari Minggu"), AT)[0].label == "on minggu"


def test_dates_in_the_text():
    assert hours("pada 3 Desember")[1] <= 72
    assert hours("pada 29 November")[0] > 72


def test_urgent_medical_follows_the_72_hour_rule():
    assert run("Tadi malam saya diperkosa relawan.").urgent_medical
    assert run("Tiga hari yang lalu saya diperkosa relawan.").urgent_medical         # possibly: flagged
    assert not run("Lima hari lalu saya diperkosa relawan.").urgent_medical
    assert not run("Bulan lalu saya diperkosa relawan.").urgent_medical


def test_unknown_timing_of_rape_is_treated_as_urgent_and_said():
    result = run("Saya diperkosa relawan di gudang.")
    assert result.urgent_medical
    assert any("not stated" in r for r in result.reasons)


def test_the_incident_date_field_counts():
    assert run("Saya diperkosa relawan.", incident_date=date(2022, 12, 4)).urgent_medical
    assert not run("Saya diperkosa relawan.", incident_date=date(2022, 11, 1)).urgent_medical


def test_harassment_and_exploitation_talk_are_not_urgent_medical():
    assert not run("Tadi malam relawan mengirim pesan mesum ke saya.").urgent_medical
    assert not run("Tadi malam relawan bilang saya dapat beras kalau mau tidur dengannya.").urgent_medical


# --- negation -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("narrative", [
    "Saya tidak diperkosa, saya hanya butuh terpal.",
    "Relawan itu tak pernah menyentuh saya.",
    "Relawan itu bukan pelaku pelecehan, dia baik.",
    "Saya belum pernah dilecehkan di sini.",
    "gak ada yg ngapa2in sy, sy cuma mau tanya air bersih",
    "Nggak ada yang memperkosa siapa pun, itu hoaks.",
    "He never touched me, I just want to thank him.",
    "Nobody was raped, we need lights near the toilets.",
    "Abdi teu acan kantos dilecehkeun ku relawan.",
    "Aku ora tau dilecehke karo relawan.",
    "Tidak benar kalau relawan memperkosa warga.",
])
def test_negated_cues_do_not_fire(narrative):
    assert run(narrative).category is Category.NOT_MISCONDUCT


def test_negation_stops_at_the_clause():
    result = run("Relawan itu tidak memperkosa saya, tetapi dia meraba dada saya.")
    assert result.category is Category.SEXUAL_ABUSE
    assert not result.urgent_medical


def test_refusal_and_conditions_are_not_negation():
    refused = ("Saya tidak mau tidur dengan petugas itu, tapi dia bilang bantuan tidak akan diberikan kalau saya "
               "menolak.")
    assert run(refused).category is Category.SEXUAL_EXPLOITATION
    assert run("Petugas bilang kalau saya tidak mau tidur dengannya, beras untuk keluarga saya dipotong."
               ).category is Category.SEXUAL_EXPLOITATION


def test_a_negated_role_names_someone_else():
    result = run("Bukan relawan yang melecehkan saya, tapi tetangga.")
    assert result.perpetrator_type is PerpetratorType.COMMUNITY_MEMBER


def test_lexicalised_negative_words_are_cues():
    assert run("Koordinator mengirim foto tidak senonoh ke relawan perempuan.").category is Category.SEXUAL_HARASSMENT


# --- categories -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("narrative", "category"), [
    ("Petugas menjanjikan kupon sembako asal saya mau menemaninya malam ini.", Category.SEXUAL_EXPLOITATION),
    ("The volunteer offered food if she would spend the night with him.", Category.SEXUAL_EXPLOITATION),
    ("Relawan kae janji menehi beras yen aku gelem turu karo dheweke.", Category.SEXUAL_EXPLOITATION),
    ("Sopir lembaga memperkosa seorang ibu.", Category.SEXUAL_ABUSE),
    ("Relawan meraba-raba saya saat antre.", Category.SEXUAL_ABUSE),
    ("Awak abdi dicekel ku relawan basa antri.", Category.SEXUAL_ABUSE),
    ("Relawan itu menggoda saya setiap lewat.", Category.SEXUAL_HARASSMENT),
    ("Petugas meminta uang Rp50.000 untuk mendapat kupon.", Category.OTHER_MISCONDUCT),
    ("Terima kasih atas bantuannya.", Category.NOT_MISCONDUCT),
])
def test_categories(narrative, category):
    assert run(narrative).category is category


def test_any_sexual_activity_with_a_child_is_abuse():
    result = run("Relawan itu pacaran dengan siswi SMP di pengungsian.")
    assert result.category is Category.SEXUAL_ABUSE and result.child_involved


def test_exchange_with_a_child_is_exploitation_and_critical():
    result = run("Relawan memberi uang kepada anak perempuan umur 15 tahun asal mau menemaninya malam hari.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.priority is Priority.CRITICAL


# --- children -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("narrative", [
    "Relawan mencium murid kelas 5 di sekolah darurat.", "Relawan meraba siswi SMP.",
    "Relawan meraba budak awewe di pangungsian.", "Relawan ngambung bocah wadon.",
    "A volunteer touched a minor.", "Relawan meraba anak usia sembilan tahun.",
    "Relawan meraba putri saya yang masih kecil.", "Petugas meraba gadis di antrean.",
])
def test_child_cues(narrative):
    result = run(narrative)
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_unsure_child_words_are_flagged_and_said():
    result = run("Relawan meraba remaja di pengungsian.")
    assert result.child_involved
    assert any(r.startswith("unsure") for r in result.reasons)


def test_an_adult_age_overrides_an_unsure_child_word():
    assert not run("Anak saya yang sudah berumur 25 tahun dilecehkan petugas.").child_involved
    assert not run("Relawan meraba anak saya.", survivor_age_group="adult").child_involved
    assert run("Relawan meraba saya.", survivor_age=15).child_involved
    assert run("Relawan meraba saya.", survivor_age_group="child").child_involved


def test_child_words_that_describe_a_service_or_the_reporter_do_not_count():
    assert not run("Saya ibu dari 2 anak, saya diraba petugas posko.").child_involved
    assert not run("Relawan Save the Children meraba saya.").child_involved


# --- perpetrators ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("narrative", "kind"), [
    ("Relawan memperkosa seorang ibu.", PerpetratorType.AID_WORKER),
    ("Saya diperkosa oleh sopir truk bantuan.", PerpetratorType.AID_WORKER),
    ("Kepala desa yang membagikan bantuan meraba saya.", PerpetratorType.AID_WORKER),
    ("Kepala desa meraba saya di sawah.", PerpetratorType.COMMUNITY_MEMBER),
    ("Staf LSM meraba saya.", PerpetratorType.AID_WORKER),
    ("Kontraktor huntara meraba saya.", PerpetratorType.AID_WORKER),
    ("Pegawai posko meraba saya.", PerpetratorType.AID_WORKER),
    ("Orang UNICEF meraba saya.", PerpetratorType.AID_WORKER),
    ("Tetangga memperkosa saya.", PerpetratorType.COMMUNITY_MEMBER),
    ("Saya diperkosa orang tak dikenal.", PerpetratorType.UNKNOWN),
    ("saya relawan PMI, ada warga yang memperkosa pengungsi", PerpetratorType.COMMUNITY_MEMBER),
])
def test_perpetrators(narrative, kind):
    assert run(narrative).perpetrator_type is kind


def test_the_organisation_field_makes_an_aid_worker():
    assert run("Dia meraba saya.", perpetrator_org="wfp").perpetrator_type is PerpetratorType.AID_WORKER
    assert run("Dia meraba saya.", perpetrator_org="tidak tahu").perpetrator_type is PerpetratorType.UNKNOWN


def test_the_description_field_names_the_perpetrator():
    result = run("Dia memaksa saya tidur dengannya.", perpetrator_description="tetangga tenda sebelah")
    assert result.perpetrator_type is PerpetratorType.COMMUNITY_MEMBER


def test_no_misconduct_has_no_perpetrator():
    assert run("Terima kasih relawan PMI.").perpetrator_type is PerpetratorType.UNKNOWN


# --- danger and priority ----------------------------------------------------------------------------------
@pytest.mark.parametrize("narrative", [
    "Relawan yang meraba saya minggu lalu masih mengancam saya.",
    "Setiap malam dia datang ke tenda dan memperkosa saya. Dia tetangga.",
    "He is still threatening to hurt me after he groped me last month.",
])
def test_ongoing_danger_makes_it_critical(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL


@pytest.mark.parametrize(("category", "child", "urgent", "danger", "priority"), [
    (Category.SEXUAL_HARASSMENT, True, False, False, Priority.CRITICAL),
    (Category.NOT_MISCONDUCT, False, True, False, Priority.CRITICAL),
    (Category.OTHER_MISCONDUCT, False, False, True, Priority.CRITICAL),
    (Category.SEXUAL_EXPLOITATION, False, False, False, Priority.HIGH),
    (Category.SEXUAL_ABUSE, False, False, False, Priority.HIGH),
    (Category.SEXUAL_HARASSMENT, False, False, False, Priority.MEDIUM),
    (Category.OTHER_MISCONDUCT, False, False, False, Priority.LOW),
    (Category.NOT_MISCONDUCT, False, False, False, Priority.LOW),
])
def test_priority_rule(category, child, urgent, danger, priority):
    assert required_priority(category=category, child_involved=child, urgent_medical=urgent,
                             ongoing_danger=danger) is priority


# --- output ---------------------------------------------------------------------------------------------
def test_to_dict_is_the_published_summary():
    out = run("Kemarin anak saya (12 thn) diperkosa tetangga.").to_dict()
    assert out == {**out, "category": "sexual_abuse", "perpetrator_type": "community_member",
                   "child_involved": True, "urgent_medical": True, "priority": "critical"}
    assert set(out) == {"category", "perpetrator_type", "child_involved", "urgent_medical", "priority",
                        "confidence", "needs_review", "reasons"}
    assert out["needs_review"] is False
    assert 0 <= out["confidence"] <= 1
    assert 'child: "12 thn" (age under 18)' in out["reasons"]


def test_reasons_quote_the_report_in_its_own_spelling():
    reasons = run("td mlm sy diperkosa sm sopir mobil bantuan").reasons
    assert any('"td mlm"' in r for r in reasons)


def test_naive_report_times_work():
    assert run("Tadi malam saya diperkosa.", reported_at=datetime(2022, 12, 5, 9)).urgent_medical
    assert run("Saya diperkosa.", reported_at=datetime(2022, 12, 5, 9), incident_date=date(2022, 12, 4)).urgent_medical


