"""Round 24 of issue 12: the tuning batches 45 and 46, safety only. Sentences written for this test (not the batches'
own); each group was written and run before its fix (on the commit named in its comment), its first-run count (rules
alone) in the comment and in the blind README's Round 24 section. They run with the learned model switched off: the
rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: a death threat to stop a report, in any category, the man still coming back (B45-06: an aid truck
# driver unloading half the aid at his brother's shop drew a machete from under his seat on the RT head, 'siapa yg
# berani lapor, saya cari rumahnya, saya habisi'; the truck comes again on Thursday: no misconduct, unknown, LOW, for
# other misconduct, critical). Whoever reports named first and the killing in the first person after it ('siapa yg
# lapor ... saya habisi', 'sing wadul tak bacok', 'whoever reports this, I will finish them'; KBBI siapa, lapor,
# mengadu, habisi, bunuh; Baoesastra sapa, sing, wadul, bacok; Danadibrata saha, nu, wadul, ngalaporkeun), the
# Sundanese passive with the agent after it ('dipaehan ku aing'; Danadibrata paeh, paehan, ku, aing), and a weapon
# drawn while he speaks ('ngeluarin parang ... bilang', 'ngetokke arit karo ngomong', 'ngaluarkeun bedog bari
# nyarios', 'pulled out a machete and said'; KBBI mengeluarkan, informal ngeluarin; Baoesastra ngetokake, ngetokke;
# Danadibrata ngaluarkeun): ongoing danger, critical, and misconduct by itself, never no misconduct. Controls: a
# machete or a knife taken out for work; where to report, with no threat; the same threat from a man who has left.
# First run on 808d5a3: 3 of 7 (the SMS one through 'Besok dia dtg', the perpetrator close, not the threat; 'tak
# bacok' and 'tak pateni' through round 17's rule), controls 4 of 4. -------------------------------------------------

DEATH_THREAT_TO_STOP_A_REPORT = [
    # Indonesian SMS, as B45-06
    "Mandor gudang ngambil separuh beras bantuan. Dia bilang 'siapa yg berani lapor, saya habisi'. Besok dia dtg lagi "
    "ke posko.",
    # Indonesian, formal, a weapon drawn
    "Petugas logistik mengeluarkan golok di depan warga dan berkata 'yang melapor saya bunuh'. Minggu depan dia "
    "kembali membagi bantuan.",
    # Javanese ngoko, a sickle drawn, 'tak bacok'
    "Koordinator posko ngetokke arit karo ngomong 'sing wadul tak bacok'. Saben dina dheweke isih neng posko.",
    # Javanese ngoko, 'tak pateni'
    "Sopir truk bantuan ngomong 'sapa wae sing wani lapor, tak pateni'. Dheweke bali maneh sesuk.",
    # Sundanese, the passive with the agent after it
    "Supir mobil bantuan ngaluarkeun bedog bari nyarios 'saha nu wani ngalaporkeun, dipaehan ku aing'. Isukan "
    "anjeunna datang deui.",
    # English, a machete drawn
    "The aid truck driver pulled out a machete and said anyone who reports him will regret it. He comes back every "
    "Thursday.",
    # English, whoever reports named first
    "The warehouse guard told the RT head: whoever reports this, I will finish them. He is back at the post "
    "tomorrow.",
]


@pytest.mark.parametrize("narrative", DEATH_THREAT_TO_STOP_A_REPORT)
def test_a_death_threat_to_stop_a_report_is_ongoing_danger_and_misconduct(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL, result.reasons
    assert result.category is not Category.NOT_MISCONDUCT, result.reasons


DEATH_THREAT_CONTROLS = [
    # a machete or a knife taken out for work
    "Pak RT mengeluarkan golok dari gudang untuk memotong bambu buat atap posko.",
    "The cook pulled out a knife to cut the vegetables and said lunch would be late.",
    # where to report, with no threat
    "Sopir truk bilang siapa yang mau lapor soal bantuan bisa ke posko desa.",
]


@pytest.mark.parametrize("narrative", DEATH_THREAT_CONTROLS)
def test_a_tool_taken_out_or_a_word_on_reporting_is_no_danger(narrative):
    result = run(narrative)
    assert not result.ongoing_danger and result.priority is not Priority.CRITICAL, result.reasons


def test_the_same_threat_from_a_man_who_has_left_is_no_longer_a_danger():
    result = run("Last year the driver said whoever reports him, he will kill them, but he has left the camp and "
                 "moved to another province.")
    assert not result.ongoing_danger, result.reasons


# --- (2) Safety: rape told by a third party through its traces (B45-11: a village midwife's report, a young woman
# asking this morning for 'obat biar tidak jadi', bruised wrists, a split lip, a man from the next tent who 'memaksa'
# last night: other misconduct, LOW; B45-08: a girl of 15 back at night walking as if in pain, 'celana dalamnya ada
# bercak darah': urgent missed; B45-30: a girl of 16 with 'pain when passing urine and some blood' two nights after:
# urgent missed; all sexual abuse, urgent, critical). A pill asked for so it does not take ('obat biar tidak jadi',
# 'obat ben ora dadi', 'ubar supaya ulah jadi', 'a pill so it does not take', emergency contraception; KBBI obat,
# jadi, kontrasepsi darurat; Baoesastra obat, dadi; Danadibrata ubar, jadi) is a sign of intercourse as the fear of
# pregnancy is; blood on her underwear ('bercak darah', KBBI bercak; 'getih', Baoesastra; 'blood on her underwear')
# and pain passing urine ('urine', English plain usage) are signs of an assault. Controls: the family-planning pill; a
# pill so a headache does not come back; a bruise from a fallen beam told at an hour ('pukul 07.30').
# First run on ef5c02c: 1 of 6 (the child's underwear, through older rules), controls 3 of 3. ---------------------

RAPE_TOLD_THROUGH_ITS_TRACES = [
    # Indonesian, a midwife's report, as B45-11
    "Laporan bidan: seorang perempuan datang pagi ini minta obat biar tidak jadi. Tangannya memar. Katanya tadi malam "
    "ada laki-laki dari barak sebelah yang memaksa.",
    # Indonesian, a child's underwear, as B45-08
    "Kader posyandu melapor: anak gadis tetangga umur 17 pulang tadi malam dari gudang relawan, celana dalamnya ada "
    "bercak darah.",
    # Javanese ngoko, the pill
    "Bu bidan, ana wong wadon teka esuk iki njaluk obat ben ora dadi. Lambene pecah, tangane biru. Jarene wingi bengi "
    "ana wong lanang saka tenda sebelah sing meksa.",
    # Sundanese, the pill
    "Abdi bidan desa. Isuk ieu aya awewe menta ubar supaya ulah jadi, biwirna beulah. Cenah tadi peuting aya lalaki "
    "ti tenda gigireun nu maksa.",
    # English, a nurse's note, the pill
    "Nurse's note: a woman came this morning asking for a pill so it does not take. Her wrists are bruised and her "
    "lip is split. A man from the next tent came to her last night.",
    # English, an aunt's call, pain passing urine, as B45-30
    "The aunt of a girl of 16 called: a volunteer kept the girl in the warehouse two nights ago. Since this morning "
    "she has pain when passing urine and some blood.",
]


@pytest.mark.parametrize("narrative", RAPE_TOLD_THROUGH_ITS_TRACES)
def test_rape_told_through_its_traces_is_urgent_and_critical(narrative):
    result = run(narrative)
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


TRACES_CONTROLS = [
    # the family-planning pill
    "Bidan: seorang ibu minta pil KB untuk ikut program keluarga berencana di pengungsian.",
    # a pill so a headache does not come back
    "A woman asked the nurse for a pill so her headache does not come back.",
    # a bruise from a fallen beam, told at an hour
    "Pukul 07.30 seorang bapak datang ke pos kesehatan, tangannya memar karena tertimpa kayu.",
]


@pytest.mark.parametrize("narrative", TRACES_CONTROLS)
def test_a_pill_or_a_bruise_alone_is_no_assault(narrative):
    result = run(narrative)
    assert not result.urgent_medical and result.category is not Category.SEXUAL_ABUSE, result.reasons


# --- (3) Safety: a child hurt by an aid worker without a sexual act (B45-25: 'Anakku lanang umur 13 taun (kelas 1
# SMP) digampar karo relawan korlap', his cheek red, for asking why the family's ration was cut: the child not read,
# other misconduct, LOW, for child_involved, critical). A slap in its other words (KBBI gampar, menggampar 'tampar';
# Baoesastra nggampar; Danadibrata tampiling, nampiling) is physical violence as 'ditampar' is, and a child hurt by it
# is involved: critical. Controls: a child who helps the volunteers; a volunteer slapped by an angry grown man.
# First run on e98bf90: 3 of 6 ('dipukul', 'ditampar', 'slapped' through older rules), controls 2 of 2. -------------

CHILD_HURT_WITHOUT_A_SEXUAL_ACT = [
    # Javanese ngoko, as B45-25
    "Anakku lanang umur 13 taun digampar karo relawan dapur umum mergo takon jatah. Pipine abang.",
    # Javanese ngoko, beaten with a broom
    "Putuku kelas 1 SMP dipukul mandor posko nganggo sapu.",
    # Indonesian, 'ditampar'
    "Anak saya laki-laki umur 12 ditampar petugas distribusi karena antre dua kali.",
    # Indonesian, 'digampar'
    "Keponakan saya kelas 1 SMP digampar koordinator lapangan waktu minta selimut.",
    # Sundanese, 'ditampiling'
    "Budak abdi nu lalaki umur 13 taun ditampiling ku relawan di posko margi naros jatah.",
    # English
    "A volunteer slapped my son, 13, at the distribution point because he asked about our rations.",
]


@pytest.mark.parametrize("narrative", CHILD_HURT_WITHOUT_A_SEXUAL_ACT)
def test_a_child_hurt_by_an_aid_worker_is_involved_and_critical(narrative):
    result = run(narrative)
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


CHILD_HURT_CONTROLS = [
    # a child who helps the volunteers
    "Anak saya umur 13 ikut membantu relawan membagikan air di posko.",
    # a volunteer slapped by an angry grown man
    "Relawan posko digampar bapak-bapak yang marah karena bantuan telat.",
]


@pytest.mark.parametrize("narrative", CHILD_HURT_CONTROLS)
def test_a_child_helping_or_a_grown_man_slapping_is_no_child_hurt(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


# --- (4) Safety: sextortion, a threat to send or post her photos or video unless she does something (B45-04: a
# volunteer's video of her bathing, 'videonya bakal "jalan-jalan" ke grup WA kampung dan ke suami sy' if she blocks
# him; B45-28: photos taken for money, 'nek aku ora gelem nginep ... fotoku disebar nang facebook lan dikirim nang
# bojoku': both read as exploitation, high, for critical). The picture named first as the subject of a passive, after
# a condition or with a future word ('fotoku disebar', 'videonya bakal dikirim', 'potona bakal disebarkeun', 'the
# video will go to her husband'; KBBI disebar, dikirim, diunggah; Baoesastra disebar, dikirim; Danadibrata
# disebarkeun, dikirimkeun), or posting the photos 'unless she ...' (English plain usage): ongoing danger, critical.
# Controls: photos of a distribution sent to the village group, an ID card photo sent to the data officer, a question
# about photos posted.
# First run on 635564a: 1 of 7 (the English 'post the photos ... unless' through round 9's rule), controls 3 of 3. -

SEXTORTION = [
    # Indonesian SMS, as B45-04
    "Relawan yg ngerekam sy mandi kirim potongan video, katanya videonya bakal disebar ke grup WA kalau sy blokir "
    "nomornya.",
    # Indonesian, formal
    "Petugas posko memotret saya tanpa baju. Sekarang dia bilang kalau saya tidak mau menemaninya malam ini, foto saya "
    "dikirim ke suami saya.",
    # Javanese ngoko, as B45-28
    "Relawan kuwi motret aku pas adus. Jare nek aku ora gelem nginep, fotoku disebar nang facebook.",
    # Javanese ngoko, a video
    "Mandor gudang ngrekam aku ganti klambi, videone arep dikirim nang bojoku nek aku ora teka nang mess.",
    # Sundanese
    "Relawan nu moto abdi keur mandi nyarios, upami abdi teu daek sare sareng anjeunna, potona bakal disebarkeun ka "
    "grup WA.",
    # English, 'unless'
    "The interpreter took photos of her undressed for money. Now he says he will post the photos on Facebook unless "
    "she spends the night with him.",
    # English, the video as the subject
    "A volunteer filmed her bathing and says the video will go to her husband if she blocks his number.",
]


@pytest.mark.parametrize("narrative", SEXTORTION)
def test_sextortion_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL, result.reasons


SEXTORTION_CONTROLS = [
    # photos of a distribution sent to the village group
    "Relawan bilang foto kegiatan pembagian bantuan akan dikirim ke grup WA desa.",
    # an ID card photo sent to the data officer
    "Kalau ibu mau daftar, foto KTP-nya dikirim ke petugas data saja.",
    # a question about photos posted
    "She asked if the photos of the distribution will be posted on Facebook.",
]


@pytest.mark.parametrize("narrative", SEXTORTION_CONTROLS)
def test_photos_of_aid_or_papers_sent_are_no_danger(narrative):
    result = run(narrative)
    assert not result.ongoing_danger and result.priority is not Priority.CRITICAL, result.reasons
