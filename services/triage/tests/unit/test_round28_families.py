"""Round 28 of issue 12: the tuning batches 49 and 50, safety only, short. Sentences written for this test (not the
batches' own); each group was written and run before its fix (on the commit named in its comment), its first-run
count (rules alone) in the comment and in the blind README's Round 28 section. They run with the learned model
switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

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
