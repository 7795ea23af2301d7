"""Round 7 of issue 12: the classes behind the misses of blind batches 19 and 20 (round 6's held-out pair), each held
by sentences written for this test (not the batches' own), so that a rule, not a sentence, is what passes. Each group
was written and run before the fix it prompted; its first-run count (rules alone) is in its comment. They run with the
learned model switched off: the rules are the floor for child, urgent and danger recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday
SEXUAL = (Category.SEXUAL_ABUSE, Category.SEXUAL_HARASSMENT, Category.SEXUAL_EXPLOITATION)


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) urgent recall: the act left unsaid or said by a euphemism, with force or a threat, within 72 hours, in any
# language. First run, rules alone: 4 of 7 (the Indonesian "hal yang tidak senonoh", the English "did things to me" with
# "forced" and the child told to "melayani" failed), both controls passed. ---------------------------------------------

URGENT = [
    # Sundanese lemes: an improper thing done to her, under a threat, last night
    "Kamari wengi abdi dipaksa ku satpam posko. Anjeunna ngalakukeun perkawis anu teu pantes ka abdi bari ngancam.",
    # Indonesian formal: 'melakukan hal yang tidak senonoh' after being forced, yesterday
    "Kemarin malam saya dipaksa masuk ke gudang oleh penjaga, lalu dia melakukan hal yang tidak senonoh kepada saya.",
    # Javanese krama: 'nindakaken prekawis ingkang mboten pantes' with force, the day before yesterday
    "Kala wingi dalu kula dipun peksa dening satpam, piyambakipun nindakaken prekawis ingkang mboten pantes dhateng "
    "kula.",
    # English: did things she cannot say, forced, two days ago
    "Two days ago the distribution volunteer forced me into his car and did things to me I cannot say.",
    # 'dipaksa' with no object and a long agent, Indonesian
    "Tadi malam saya dipaksa oleh seorang laki-laki dari desa sebelah yang tinggal di tenda dekat sungai. Saya "
    "kesakitan.",
    # a child told to 'serve' a man last night (SMS), the euphemism in quotes
    "ank prempuan sy 14 thn smlm dsuruh 'melayani' sopir truk bantuan di blkg posko, dksh 100rb. skrg dia nangis trs",
    # a boy made to 'accompany' a man overnight, English, last night
    "My son (15) was made to 'accompany' the warehouse supervisor in the back room last night and came home crying.",
]


@pytest.mark.parametrize("narrative", URGENT)
def test_an_act_left_unsaid_with_force_and_a_recent_time_is_urgent(narrative):
    result = run(narrative)
    assert result.category in SEXUAL, result.reasons
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    # forced to queue again: a force word with a non-sexual object is no act
    "Kemarin saya dipaksa oleh petugas untuk antri lagi dari awal. Saya kesal sekali.",
    # an improper remark a month ago: not within 72 hours
    "Sebulan lalu relawan itu dipaksa minta maaf karena melakukan hal yang tidak pantas kepada saya.",
])
def test_force_without_a_sexual_act_or_long_ago_is_not_urgent(narrative):
    assert not run(narrative).urgent_medical


# --- (2) ongoing danger: a man who comes to her tent at night, rattles it, says he will come in tonight or offers to
# keep her company, in regional Malay (Ambon), Javanese, Sundanese, Indonesian and English. First run, rules alone:
# 1 of 7 (only the Ambonese offer to "temani" her, by an old rule), and the control failed: a volunteer who came to
# "our tent" last night with blankets read as an invitation at night. --------------------------------------------------

NIGHT = [
    # Ambonese Malay: 'tonight I will come into your tent' (beta 'I', ngana 'you', maso 'enter', pung 'of')
    "ada laki2 di pengungsian yg bilang 'malam ni beta maso ngana pung tenda'. beta tako skali.",
    # Ambonese Malay: he rattles her tent every night and offers to keep her company
    "tiap malam dia datang ka beta pung tenda, goyang2 tenda trus bilang mo 'temani' beta. beta seng bisa tidor.",
    # Javanese ngoko: 'mengko bengi aku mlebu tendamu'
    "Relawan dapur kuwi ngomong marang aku 'mengko bengi aku mlebu tendamu'. Aku wedi banget.",
    # Javanese ngoko: he shakes her shelter at night and offers to sleep beside her
    "Penjaga posko saben bengi nggoyang-goyang terpal bilikku, ngomong 'tak kancani turu ya'. Aku wedi.",
    # Sundanese loma: he shakes her tent every night and says he will come in tonight
    "Lalaki ti blok hareup unggal peuting ngoyag-ngoyag tenda kuring, cenah engke peuting rek asup. Kuring sieun.",
    # Indonesian: rattles the tent, offers to keep her company tonight
    "Petugas keamanan tiap malam menggoyang-goyang tenda saya dan bilang malam ini mau menemani saya tidur.",
    # English
    "The guard comes to my tent at night, shakes it and says he will come in tonight to keep me company.",
]


@pytest.mark.parametrize("narrative", NIGHT)
def test_a_man_who_threatens_to_come_into_her_tent_at_night_is_a_critical_danger(narrative):
    result = run(narrative)
    assert result.category in SEXUAL, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


def test_a_volunteer_who_brings_blankets_to_the_tent_at_night_is_no_danger():
    result = run("Relawan datang ke tenda kami tadi malam untuk membagikan selimut. Terima kasih banyak.")
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


# --- (3) priority: an adult's own small children, a baby in her arms or children fed by the exchange are her family,
# not the survivor; the exchange stays high, not critical. First run, rules alone: 0 of 4, the control (a child of grade 4) passed.

FAMILY = [
    # Indonesian: her two small children ('yang masih kecil') named beside her own exploitation
    "Saya janda, tinggal di tenda dengan tiga anak saya yang masih kecil. Petugas posko bilang saya dapat beras "
    "lebih asal mau 'menemani' dia di mess malam hari. Saya menolak.",
    # Javanese krama: money to feed her children ('kangge nedha anak-anak')
    "Mandor proyek ngendika menawi kula purun dipun ajak dhateng kosipun ing wanci dalu, kula angsal upah langkung. "
    "Kula betah arta kangge nedha anak-anak.",
    # English: a witness, a young mother with a baby taken behind the truck for extra food
    "I saw a volunteer tell a young mother carrying a baby that she would get extra rice if she went behind the "
    "truck with him. She came back upset with two sacks.",
    # Sundanese: her toddler named ('budak abdi nu alit keneh')
    "Abdi randa, gaduh budak nu alit keneh. Petugas posko nyarios abdi tiasa kenging terpal upami purun 'nemenan' "
    "anjeunna sapeuting.",
]


@pytest.mark.parametrize("narrative", FAMILY)
def test_an_adults_small_children_named_beside_her_exploitation_are_not_the_survivor(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert not result.child_involved, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


def test_a_child_asked_to_keep_him_company_at_night_is_still_a_child():
    result = run("Anak saya yang masih kecil, kelas 4 SD, disuruh petugas posko 'menemani' dia malam-malam "
                 "supaya dapat susu.")
    assert result.child_involved, result.reasons
