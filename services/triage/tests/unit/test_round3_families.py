"""Round 3 of issue 12: the word families and structures behind the misses of blind batches 09-10, each held by
sentences written for this test (not the batches' own), so that a rule, not a sentence, is what passes."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify
from pseah.triage.classification.text import Text

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- informal spelling ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "read"), [
    ("kluarganya", "keluarganya"),      # a spelling of the tables with a clitic glued on
    ("tmnnya", "temannya"),
    ("pelukin", "peluk"),               # the Jakarta -in on a bare root the lexicons know
    ("dibeliin", "dibelikan"),          # after a root in -i the suffix is -kan
    ("within", "within"),               # English is left alone
    ("mungkin", "mungkin"),             # a word that only ends in -in
])
def test_informal_spellings_are_read(written, read):
    assert Text.of(written).norm == read


def test_a_bare_root_with_in_is_still_touching():
    result = run("om yg jaga gudang suka pelukin adek sy yg masih kls 2, sy liat sndiri td sore")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.child_involved and result.priority is Priority.CRITICAL


# --- the child who is not the survivor --------------------------------------------------------------------------

def test_having_children_describes_the_reporter():
    result = run("Kuring gaduh salaki sareng budak tilu. Supir truk bantuan sok nyarios jorang ka kuring "
                 "unggal kuring ngantri.")
    assert not result.child_involved
    assert result.category is Category.SEXUAL_HARASSMENT


def test_children_who_share_the_ration_are_not_the_survivor():
    result = run("The storekeeper said the food for me and my kids would stop unless I come to his room "
                 "tonight.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert not result.child_involved
    assert result.priority is Priority.HIGH


def test_a_threat_to_the_mother_with_frightened_children_is_about_her():
    result = run("Bekas bojoku teka neng tendaku nggawa arit, bengok-bengok arep mateni aku. Anak-anakku "
                 "nangis kabeh.")
    assert result.category is Category.OTHER_MISCONDUCT
    assert not result.child_involved
    assert result.priority is Priority.CRITICAL        # the danger goes on


def test_a_relative_described_by_a_gender_word_keeps_her_age():
    result = run("keponakan sy (cewek, 11 thn) sering diajak nginep di mess sama relawan, disuruh jgn cerita")
    assert result.child_involved and result.priority is Priority.CRITICAL
    assert result.category is Category.SEXUAL_ABUSE


# --- exploitation: benefits, prices and euphemisms ---------------------------------------------------------------

def test_game_currency_for_photos_of_a_child_is_exploitation():
    result = run("Someone online promised my son (13) free UC for his game if he sent pictures of himself "
                 "naked.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_rent_forgiven_for_sex_is_exploitation():
    result = run("The landlord told my aunt she can stay without paying rent if she sleeps with him.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.priority is Priority.HIGH


def test_a_job_offered_for_a_night_is_exploitation():
    result = run("Mandor proyek huntara bilang saya bisa diangkat jadi tukang masak asal mau 'nemenin' dia di "
                 "kontrakannya sampai pagi.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.perpetrator_type is PerpetratorType.AID_WORKER


def test_a_companion_in_quotes_asked_for_aid_is_exploitation():
    result = run("Petugas saking posko nyuwun adhik kula dados 'rencang' piyambakipun saben dalu, menawi "
                 "kepengin sembako taksih diparingi.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.perpetrator_type is PerpetratorType.AID_WORKER


def test_cannot_refuse_is_no_denial():
    result = run("Staf lembaga iku njaluk aku 'ngancani' dheweke yen arep entuk bantuan. Aku ora iso nolak.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.priority is Priority.HIGH


# --- harassment without touch ----------------------------------------------------------------------------------

def test_a_hidden_camera_in_the_bathroom_is_harassment():
    result = run("Ibu-ibu menemukan ponsel yang disembunyikan di dalam kamar mandi perempuan, kameranya menyala. "
                 "Tidak ada yang tahu siapa pemiliknya.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.perpetrator_type is PerpetratorType.UNKNOWN


def test_jokes_about_virginity_are_harassment():
    result = run("The camp manager keeps making jokes about which of the young volunteers is still a virgin.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.priority is Priority.MEDIUM


def test_a_claimed_organisation_beside_an_admitted_stranger_is_unknown():
    result = run("Ada akun yang mengatasnamakan relawan PMI minta foto tubuh saya lewat DM. Saya tidak tahu "
                 "siapa orangnya.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.perpetrator_type is PerpetratorType.UNKNOWN


# --- urgent medical and ongoing danger -------------------------------------------------------------------------

def test_forced_to_do_that_last_night_is_urgent():
    result = run("Tadi peuting abdi dipaksa ngalakukeun 'eta' ku tatangga tenda. Ayeuna manehna masih di dieu.")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.urgent_medical and result.priority is Priority.CRITICAL


def test_waking_up_undressed_after_a_drink_is_urgent():
    result = run("Kemarin malam saya diberi minuman oleh orang yang tidak saya kenal, lalu saya terbangun di "
                 "gudang tanpa celana.")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.urgent_medical and result.priority is Priority.CRITICAL


def test_the_day_of_writing_after_the_words_for_today():
    # written on a Monday about Saturday night (two days back), whatever the report's clock says
    result = run("Today is Monday. On Saturday night a driver forced himself on me behind the warehouse.")
    assert result.urgent_medical


def test_a_time_said_of_the_incident_dates_the_act():
    result = run("Peristiwa itu terjadi dua minggu yang lalu. Seorang pemuda kampung memperkosa saya di kebun. "
                 "Saya baru berani cerita ke bidan kemarin.")
    assert result.category is Category.SEXUAL_ABUSE
    assert not result.urgent_medical and result.priority is Priority.HIGH


# --- aid roles and plain feedback ------------------------------------------------------------------------------

def test_a_person_placed_by_an_organisation_is_an_aid_worker():
    result = run("A tutor who was hired by an NGO for the temporary school touched a girl in grade 3.")
    assert result.perpetrator_type is PerpetratorType.AID_WORKER
    assert result.child_involved


def test_a_formal_request_is_not_misconduct():
    result = run("Kami mengajukan permohonan tambahan toilet dan lampu untuk blok C.")
    assert result.category is Category.NOT_MISCONDUCT
    assert result.priority is Priority.LOW


@pytest.mark.parametrize("narrative", [
    "Koordinator posko meminta setiap keluarga membayar uang administrasi 25 ribu sebelum dapat kupon.",
    "Relawan nu nyepeng artos sumbangan malah dianggo meuli motor.",
    "Petugas pendataan mengusir kami karena kami beda agama.",
])
def test_misconduct_that_is_not_sexual_sorts_low(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT
    assert result.priority is Priority.LOW


# --- from the misses of batches 11-12 (scored on arrival, then tuned on) ---------------------------------------

@pytest.mark.parametrize("narrative", [
    "Majikan baru kakak saya menahan paspornya dan kamarnya dikunci dari luar tiap malam.",
    "He whispered that tomorrow night it is your turn, and he stands outside our tent every night.",
    "Wong kuwi saben bengi ngadeg neng ngarep tendaku, jarene sesuk giliranmu.",
])
def test_held_papers_locked_doors_and_your_turn_are_ongoing_danger(narrative):
    assert run(narrative).priority is Priority.CRITICAL


def test_a_door_that_can_be_locked_is_a_request_not_a_danger():
    result = run("Ada yang ngintip di MCK perempuan. Tolong dipasang pintu yang bisa dikunci.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.priority is Priority.MEDIUM


def test_a_child_reporting_about_a_friend_typed_without_apostrophes():
    result = run("my friend Sari is 11, the man who gives out the rice kissed her and said dont tell")
    assert result.child_involved and result.priority is Priority.CRITICAL
    # left open: 'my friend' (named first) still outscores 'the man who gives out the rice' for perpetrator type


def test_a_time_that_opens_the_sentence_dates_its_act():
    result = run("Tadi subuh di kebun, dia maksa aku, padahal aku udah bilang sakit sejak seminggu lalu.")
    assert result.urgent_medical and result.priority is Priority.CRITICAL


def test_a_reporter_asking_to_keep_her_name_secret_is_not_grooming():
    result = run("sy ibu anak 3. petugas minta foto sy yg seksi klo mau dpt jatah beras. tlg rahasiakan nama sy")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert not result.child_involved
