"""Round 28 of issue 12: the tuning batches 49 and 50, safety only, short (and the perpetrator type of B50-25).
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 28 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: an attempted assault two days ago, her sarong pulled at, told in Javanese krama with her trembling
# after it (B49-15: a psychosocial companion pushed her onto a mat 'lan piyambakipun nyobi nyopot jarit kula', she
# screamed and ran, 'taksih gemeter': abuse, critical only by her children, NOT urgent, for urgent). The sarong in its
# other spelling, 'jarit' (Baoesastra jarit, jarik), is a garment pulled at as 'jarik' is; trembling ('gemeter',
# 'ndredheg', Baoesastra gemeter, dhredheg; Sundanese 'ngadégdég', 'ngageter', Danadibrata dégdég, geter; KBBI
# gemetar, gemetaran; English trembling, shaking) is fear told beside the attempt, as round 23's pain or fear: within
# 72 hours she is examined. Controls: a sarong given out, trembling from the cold with no act.
# First run on 6f113cc: 3 of 6 (the Sundanese and the Indonesian 'gemetar' already read, the English as a suspected
# assault, taken away then in distress), controls 2 of 2; now 6 of 6. -----------------------------------------------

ATTEMPT_WITH_TREMBLING = [
    # Javanese krama, as B49-15's class
    "Kala wingi relawan dapur nyobi nyopot jarit kula wonten tenda. Kula saged mlajar, nanging taksih gemeter.",
    # Javanese ngoko
    "Wingi sore petugas posko nyoba nyopot jaritku neng mburi gudang. Aku mlayu, nganti saiki isih ndredheg.",
    # Sundanese
    "Kamari sore relawan dapur umum nyobian muka sinjang abdi di tukangeun tenda. Abdi kabur, dugi ka ayeuna masih "
    "ngadegdeg.",
    # Indonesian SMS
    "kmrn mlm relawan posko nyoba buka sarung sy di blkg tenda. sy lari, smp skrg msh gemetaran",
    # Indonesian formal, 'gemetar'
    "Dua hari lalu seorang relawan mencoba melepas rok saya di gudang. Saya berhasil lari dan masih gemetar.",
    # English
    "Two days ago a volunteer at the camp tried to pull off my sarong behind the kitchen tent. I got away but I am "
    "still shaking.",
]


@pytest.mark.parametrize("narrative", ATTEMPT_WITH_TREMBLING)
def test_an_attempt_with_her_trembling_is_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


ATTEMPT_WITH_TREMBLING_CONTROLS = [
    # a sarong handed out, no act
    "Kala wingi relawan ngedum jarit lan sarung dhateng ibu-ibu wonten posko. Matur nuwun sanget.",
    # trembling from the cold, no act
    "Tadi malam hujan deras, tenda bocor dan anak-anak gemetar kedinginan. Mohon dikirim terpal.",
]


@pytest.mark.parametrize("narrative", ATTEMPT_WITH_TREMBLING_CONTROLS)
def test_a_sarong_or_trembling_alone_is_not_urgent(narrative):
    assert not run(narrative).urgent_medical


# --- (2) Safety: a threat to spread a video of her if she reports, the agent before a bare verb (B50-07: the man who
# put up the bathing cubicle's tarp filmed her through a hole and 'blg kl sy lapor ke siapa2 videonya dia sebar ke grup
# wa kampung'; he still comes by her tent every day: harassment, MEDIUM, for critical). Round 24 read the picture as
# the subject of a passive after a refusal ('kalau saya tidak mau, videonya disebar'); a report or telling anyone is a
# condition as much as a refusal ('kalau saya lapor', 'nek aku wadul', 'mun abdi ngalaporkeun', 'if I tell anyone';
# KBBI lapor, mengadu, bilang; Baoesastra wadul, lapur; Danadibrata lapor, wadul, bébéja), and the agent may stand
# before a bare verb ('videonya dia sebar', 'fotomu tak kirim', KBBI's passive with a pronoun agent; 'videona ku
# manéhna disebarkeun'): sextortion, an ongoing danger beside the filming. Controls: his photos of the damage to be
# sent to the office if she reports; a fear that her photo spreads, no threat.
# First run on 6f113cc: 1 of 6 (the English 'would send' already read), controls 2 of 2; now 6 of 6. ---------------

THREAT_TO_SPREAD_IF_SHE_REPORTS = [
    # Indonesian SMS, as B50-07's class
    "relawan posko ngerekam sy pas mandi. dia blg kl sy lapor, videonya dia sebar ke grup wa desa",
    # Indonesian formal
    "Petugas gudang memotret saya saat mandi. Ia berkata jika saya melapor, foto itu akan ia kirim ke "
    "suami saya.",
    # Javanese ngoko
    "Mandor huntara ngrekam aku adus. Jarene nek aku wadul, videomu tak sebar neng grup kampung.",
    # Indonesian SMS, 'kirim'
    "sopir bantuan moto sy pas mandi di kali. katanya kl sy ngadu ke pak rt fotonya dia kirim ke grup",
    # Sundanese, the passive with the agent
    "Relawan dapur ngarekam abdi keur mandi. Cenah mun abdi ngalaporkeun, videona ku manehna disebarkeun ka grup.",
    # English
    "The camp guard filmed me while I was bathing. He said if I told anyone he would send the video to the village "
    "group.",
]


@pytest.mark.parametrize("narrative", THREAT_TO_SPREAD_IF_SHE_REPORTS)
def test_a_threat_to_spread_her_video_if_she_reports_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


THREAT_TO_SPREAD_CONTROLS = [
    # photos of the damage, no threat to her
    "Petugas BPBD memotret rumah kami yang rusak. Katanya kalau kami lapor ke desa, fotonya dia kirim ke kantor "
    "untuk data bantuan.",
    # her fear, no threat
    "Saya takut kalau saya lapor nanti foto saya tersebar. Tidak ada yang mengancam, saya hanya bertanya.",
]


@pytest.mark.parametrize("narrative", THREAT_TO_SPREAD_CONTROLS)
def test_photos_sent_for_data_or_a_fear_are_not_critical(narrative):
    assert run(narrative).priority is not Priority.CRITICAL


# --- (3) Safety: a threat to tell her husband or family everything, to make her come to him (B50-25: a social-aid
# companion who lent her money says the debt is paid if she 'keeps him company' again tonight, and if she does not
# come her name is struck off and 'dia blg suami sy bkl tau smua': exploitation, HIGH, for critical). A threat of
# exposure said by him (he said, threatened), her husband, family or everyone to know or be told everything (KBBI
# suami, tahu, semua; Baoesastra bojo, ngerti, weruh, kabeh; Danadibrata salaki, nyaho, terang, sadayana; English
# plain usage): blackmail, an ongoing danger beside a sexual cue. Controls: her fear that her husband will know, no
# threat; a husband told about the aid schedule.
# First run on 6f113cc: 1 of 6 (the SMS one critical by its forced sex, urgent, not by the threat), controls 2 of 2;
# now 6 of 6 (the threat read in each). ----------------------------------------------------------------------------------------------------------------

THREAT_TO_TELL_HER_HUSBAND = [
    # Indonesian SMS, as B50-25's class
    "pendamping pkh minta sy 'nemenin' dia lg malem ini. kl sy gk mau dia blg suami sy bkl tau smua",
    # Indonesian formal
    "Koordinator posko meminta saya tidur dengannya lagi. Ia mengancam keluarga saya akan tahu semuanya jika saya "
    "menolak.",
    # Javanese ngoko
    "Petugas bansos njaluk aku ngancani dheweke turu maneh. Jarene nek aku ora gelem, bojoku bakal ngerti kabeh.",
    # Sundanese
    "Relawan nu ngabagikeun bantuan menta abdi sare jeung manehna deui. Cenah mun abdi embung, salaki abdi bakal "
    "nyaho sadayana.",
    # Indonesian SMS, 'dikasih tau'
    "mandor huntara maksa sy tidur sm dia lg. dia ngancam suami sy bakal dikasih tau semua kl sy nolak",
    # English
    "The distribution officer wants me to sleep with him again. He said my husband will find out everything if I "
    "refuse.",
]


@pytest.mark.parametrize("narrative", THREAT_TO_TELL_HER_HUSBAND)
def test_a_threat_to_tell_her_husband_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


THREAT_TO_TELL_CONTROLS = [
    # her own fear, no threat
    "Saya takut suami saya akan tahu semuanya soal pelecehan itu. Bagaimana cara melapor secara rahasia?",
    # the husband told about the schedule
    "Petugas bilang suami saya akan tahu jadwal pembagian beras dari grup WA. Terima kasih.",
]


@pytest.mark.parametrize("narrative", THREAT_TO_TELL_CONTROLS)
def test_her_fear_or_a_schedule_is_not_critical(narrative):
    assert run(narrative).priority is not Priority.CRITICAL


# --- (4) Perpetrator type: her husband named in what he said, not as him (B50-25: 'pinjem 2jt ke pendamping bansos
# ... n dia blg suami sy bkl tau smua': community member by 'suami', 'identified as the perpetrator', for aid worker).
# 'dia', 'he', 'dheweke', 'manehna' two words before a role identify him ('dia itu suami saya', 'he is my uncle'),
# but not across a verb of saying: what follows 'dia bilang', 'he said', 'dheweke ngomong', 'manehna nyarios' is his
# words, and a kin word in them names whom he speaks of (KBBI bilang, mengatakan, mengancam; Baoesastra ngomong, jare;
# Danadibrata nyarios, ceuk; English plain usage). Controls: 'dia memang suami saya', 'he is my uncle'.
# First run on bd677f0: 0 of 6, controls 2 of 2; now 6 of 6. -------------------------------------------------------

HER_HUSBAND_IN_HIS_WORDS = [
    # Indonesian SMS, as B50-25's class
    "mandor huntara maksa sy tidur sm dia. dia ngancam suami sy bakal tau",
    # Indonesian formal
    "Petugas logistik memaksa saya berhubungan badan. Ia mengatakan suami saya tidak akan percaya.",
    # Javanese ngoko
    "Petugas posko meksa aku turu karo dheweke. Dheweke ngomong bojoku ora bakal percaya.",
    # Sundanese
    "Relawan dapur umum maksa abdi sare jeung manehna. Manehna nyarios salaki abdi moal percaya.",
    # English
    "The camp volunteer forced me to sleep with him. He said my husband would never believe me.",
    # Indonesian SMS, 'bilang'
    "relawan posko maksa sy tidur sm dia. dia bilang suami sy gak bakal percaya",
]


@pytest.mark.parametrize("narrative", HER_HUSBAND_IN_HIS_WORDS)
def test_her_husband_in_his_words_is_not_the_perpetrator(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


HUSBAND_IDENTIFIED_CONTROLS = [
    "Saya dipukul dan dipaksa berhubungan. Pelakunya dia, dia memang suami saya sendiri.",
    "My uncle touched me at night in our tent. He is my uncle, my mother's brother.",
]


@pytest.mark.parametrize("narrative", HUSBAND_IDENTIFIED_CONTROLS)
def test_a_kin_word_identifying_him_stays_community(narrative):
    assert run(narrative).perpetrator_type is PerpetratorType.COMMUNITY_MEMBER


# --- (5) Perpetrator type: the man she borrowed from (B50-25, with the rules alone: 'sy dlu pinjem 2jt ke pendamping
# bansos wkt suami sakit': community member by 'suami', her husband who was ill, for aid worker). A role after 'ke',
# 'kepada', 'ka' is taken as the one spoken to or about ('lapor ke relawan'), not the man; after a verb of borrowing
# or owing ('pinjam', 'pinjem', 'minjem', 'ngutang', 'utang', 'nginjeum', 'nyilih', 'borrowed', 'owe'; KBBI pinjam,
# utang; Danadibrata nginjeum, injeum; Baoesastra nyilih, utang) it is the lender, who holds the debt over her.
# Controls: the report made to a volunteer, the husband who did it.
# First run on bd677f0: 3 of 6 (the formal 'kepada', the Javanese 'karo' and the English 'from' already read: the
# husband there named after the lender's penalty or not at all), controls 2 of 2; now 6 of 6. -----------------------

THE_LENDER = [
    # Indonesian SMS, as B50-25's class
    "sy pinjem 1jt ke relawan posko wkt suami sakit. skrg dia minta sy tidur sm dia biar utangnya lunas",
    # Indonesian formal
    "Saya meminjam uang kepada koordinator posko ketika suami saya dirawat. Sekarang ia meminta saya menemaninya "
    "semalam agar utang dianggap lunas.",
    # Javanese ngoko
    "Aku utang dhuwit karo petugas bansos pas bojoku lara. Saiki dheweke njaluk aku turu karo dheweke ben utange "
    "lunas.",
    # Sundanese
    "Abdi nginjeum artos ka relawan posko basa salaki gering. Ayeuna manehna menta abdi sare jeung manehna supados "
    "hutang lunas.",
    # English
    "I borrowed money from the camp coordinator when my husband was sick. Now he wants me to sleep with him to "
    "clear the debt.",
    # Indonesian SMS, 'ngutang'
    "sy ngutang ke pendamping pkh pas suami di rs. skrg dia blg utang lunas asal sy mau tidur sm dia",
]


@pytest.mark.parametrize("narrative", THE_LENDER)
def test_the_lender_is_the_perpetrator(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


THE_LENDER_CONTROLS = [
    "Saya lapor ke relawan posko bahwa suami saya memaksa saya berhubungan dan memukul saya.",
    "Saya mengadu kepada petugas posko: tetangga saya memaksa saya tidur dengannya.",
]


@pytest.mark.parametrize("narrative", THE_LENDER_CONTROLS)
def test_the_one_she_reported_to_is_not_the_perpetrator(narrative):
    assert run(narrative).perpetrator_type is PerpetratorType.COMMUNITY_MEMBER
