"""Round 2 of issue 12: the general causes behind the misses of blind batches 05-08, each held by sentences
written for this test (not the batches' own), so that a rule, not a sentence, is what passes."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


def test_oleh_names_the_agent_it_is_no_exchange():
    # 'oleh' is 'by' in Indonesian; an aid word inside the role's description is no price
    result = run("Putri saya yang berumur 13 tahun diraba oleh ketua RT yang membagikan bantuan kemarin.")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_a_condition_under_a_negation_still_states_the_price():
    result = run("petugas bilang beras sy gk bakal dikasih klo sy gk mau 'nemenin' dia semalam")
    assert result.category is Category.SEXUAL_EXPLOITATION


def test_without_qualifies_the_next_words_only():
    result = run("A volunteer asked my niece, who is in Year 8, for photos of herself without clothes and "
                 "promised her new shoes if she sends them.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_sama_after_an_active_verb_is_with_not_by():
    result = run("relawan cowo di dapur umum suka ngintip ibu2 mandi trs cerita2 sm temen2nya")
    assert result.perpetrator_type is PerpetratorType.AID_WORKER


def test_a_sexual_act_inside_quoted_speech_is_said_not_done():
    result = run('Petugas gudang sering bilang "ayo tidur bareng" ke ibu-ibu yang antre.')
    assert result.category is Category.SEXUAL_HARASSMENT
    assert not result.urgent_medical


@pytest.mark.parametrize("narrative", [
    "Saya ingin menyarankan agar pintu MCK perempuan diberi kunci dan lampu.",
    "Matur nuwun sanget, nanging menapa saged dipun paringi terpal malih?",
    "Pembagian beras di posko tidak merata, keluarga kami hanya mendapat satu karung.",
])
def test_suggestions_krama_requests_and_uneven_shares_are_feedback(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT
    assert result.priority is Priority.LOW


@pytest.mark.parametrize("narrative", [
    "Relawan gudang nggawa mulih terpal lan beras akeh, dilebokke ing omahe dhewe.",
    "Upah kerja bersih-bersih puing dari posko belum dibayar sudah sebulan.",
    "Petugas memakai KTP warga untuk mengajukan pinjaman online.",
])
def test_theft_wages_and_identity_misuse_are_other_misconduct(narrative):
    assert run(narrative).category is Category.OTHER_MISCONDUCT


def test_a_parent_bringing_a_child_is_not_a_child_survivor():
    result = run("Relawan itu suka menggoda ibu-ibu yang mengantar anaknya ke sekolah darurat.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert not result.child_involved


def test_a_young_man_who_does_the_act_is_not_the_survivor():
    result = run("Ada pemuda kampung sebelah yang suka ngintip perempuan mandi di sungai.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert not result.child_involved


def test_a_child_who_saw_an_assault_on_a_woman_is_not_the_survivor():
    result = run("Anak saya (9 tahun) melihat sopir truk bantuan menyeret seorang perempuan ke gudang lalu "
                 "memperkosanya tadi malam.")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.urgent_medical and result.priority is Priority.CRITICAL
    assert not result.child_involved


@pytest.mark.parametrize("narrative", [
    "Sejak saya menolak, petugas itu bilang akan memberi saya pelajaran. Saya takut dia masuk ke tenda malam ini.",
    "Penjaga posko itu masih berjaga tepat di depan tenda saya dan bilang akan mampir lagi.",
])
def test_threats_return_and_closeness_are_ongoing_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger
    assert result.priority is Priority.CRITICAL


def test_the_report_says_which_day_it_is():
    # reported on a Friday by the clock, but the reporter writes on Monday about Saturday night
    result = run("sy dipaksa tidur sm relawan dapur umum sabtu malam. skrg udh senin sy msh sakit")
    assert result.urgent_medical and result.priority is Priority.CRITICAL


def test_a_lost_document_is_not_a_missing_person():
    result = run("Apakah posko bisa membantu mengurus akta kelahiran yang hilang saat banjir?")
    assert result.category is Category.NOT_MISCONDUCT
    assert result.priority is Priority.LOW


def test_a_stranger_named_first_is_not_replaced_by_an_absent_husband():
    result = run("Aya lalaki teu dikenal unggal peuting ngetrok tenda abdi bari ngomong jorang. Salaki abdi keur "
                 "di Bandung.")
    assert result.perpetrator_type is PerpetratorType.UNKNOWN


@pytest.mark.parametrize(("narrative", "category"), [
    ("Relawan itu sering memberi permen ke anak-anak SD lalu mengelus paha mereka di belakang tenda.",
     Category.SEXUAL_ABUSE),
    ("Relawan memberi pulsa 100rb ke gadis 16 tahun itu. Malamnya dia tidur dengan gadis itu di penginapan.",
     Category.SEXUAL_EXPLOITATION),
])
def test_gifts_that_groom_a_child_and_gifts_paid_for_sex(narrative, category):
    result = run(narrative)
    assert result.category is category
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_every_cue_compiles():
    # cues are compiled when first needed (start-up speed): a broken pattern must still fail here, not in service
    from pseah.triage.classification import cues

    assert all(cue.regex.pattern for cue in cues.ALL)


def test_sms_writes_the_passive_as_d():
    result = run("sy dperkosa relawan posko td mlm")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.urgent_medical and result.priority is Priority.CRITICAL


@pytest.mark.parametrize("narrative", [
    "Relawan itu menampar saya dan bilang akan membunuh saya kalau saya lapor.",
    "Lalaki nu ngarogahala abdi minggu kamari masih keneh saré di tenda nu sarua.",
])
def test_threats_to_kill_and_sleeping_in_the_same_tent_are_ongoing_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL


@pytest.mark.parametrize(("narrative", "category", "perpetrator", "child", "urgent"), [
    ("Adhiku wedok isih SD diajak mlebu tendha karo sopir bantuan, bar kuwi mulih nangis lan getihen.",
     Category.SEXUAL_ABUSE, PerpetratorType.AID_WORKER, True, True),
    ("My 14 year old sister was raped by a man who works for the water truck company two days ago.",
     Category.SEXUAL_ABUSE, PerpetratorType.AID_WORKER, True, True),
    ("Kula badhe matur, wonten relawan ingkang nyuwun anak kula (15 taun) supados nginep wonten tendhanipun.",
     Category.SEXUAL_ABUSE, PerpetratorType.AID_WORKER, True, False),
    ("The camp manager keeps a list and only gives extra food to young women who visit him at night.",
     Category.SEXUAL_EXPLOITATION, PerpetratorType.AID_WORKER, False, False),
    ("sy dipaksa ngelayanin bos proyek rehabilitasi biar suami sy bs kerja lg, kejadiannya td subuh",
     Category.SEXUAL_ABUSE, PerpetratorType.AID_WORKER, False, True),
    ("Relawan medis itu menyuntik tetangga saya tanpa izin dan membentak saya ketika saya bertanya.",
     Category.OTHER_MISCONDUCT, PerpetratorType.AID_WORKER, False, False),
    # peeping at children who take no part in it: harassment, still critical by the child flag (round 4, labels of
    # blind batches 11-12 and the IASC definition of abuse as physical intrusion)
    ("Wong lanang sing nggawe sumur bor kanggo posko kerep ngintip bocah-bocah wadon adus neng kali.",
     Category.SEXUAL_HARASSMENT, PerpetratorType.AID_WORKER, True, False),
    ("Abdi hoyong naros, iraha bantuan beas bade dongkap deui ka lembur abdi?",
     Category.NOT_MISCONDUCT, PerpetratorType.UNKNOWN, False, False),
])
def test_new_sentences_across_the_failure_classes(narrative, category, perpetrator, child, urgent):
    # Sundanese/Javanese isolation and overnight stays, SMS 'ngelayanin', roles by the work done (wells, water
    # trucks, a project boss with aid context), 'only gives ... to those who', a coordinator ending a negation,
    # aid that 'comes again' is no threat
    result = run(narrative)
    assert (result.category, result.perpetrator_type, result.child_involved, result.urgent_medical) == (
        category, perpetrator, child, urgent)


@pytest.mark.parametrize("narrative", [
    "Ana petugas BPBD sing ngrudapeksa mbakyuku wingi bengi, saiki mbakyuku ora gelem mangan.",
    "Relawan itu gituin aku semalem di tenda, aku takut hamil",
    # no rule names the act, but it is placed as possible abuse and the time is within 72 h
    "Petugas posko ngerjain adik saya di belakang gudang tadi malam, sekarang dia diam terus dan kesakitan.",
])
def test_recent_sexual_violence_in_other_words_is_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE
    assert result.urgent_medical and result.priority is Priority.CRITICAL
