"""Round 48 of issue 12: 69 and 70 become tuning batches, safety only (the child miss, the urgent miss, the
under-triaged critical reports), by class. Sentences written for this test (not the batches' own); each group was
written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in the comment
and in the blind README's Round 48 section. They run with the learned model switched off: the rules are what is
tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Child: a survivor named by kinship only (a niece, a grandchild, a younger sibling), whose only sign of age
# is that an adult takes her to school ('diantar ke sekolah', 'dianteur ka sakola', 'diterke menyang sekolah',
# 'taken to school'): B69-18, a niece groped by a neighbour, read as no child, high for critical. A person who is
# taken to school by someone else is a pupil.
# Controls: an adult who goes to a school to teach or to queue, a school used as a shelter; no one taken there.
# First run on 071b1ea (the classifier of 0f949ae): 0 of 6, controls 3 of 3; now 6 of 6, controls 3 of 3. --------

TAKEN_TO_SCHOOL = [
    # Indonesian formal
    "Keponakan saya yang setiap pagi diantar ibunya ke sekolah darurat sudah dua kali diraba dadanya oleh tetangga "
    "tenda.",
    # Indonesian SMS
    "cucu sy yg tiap hr dianter ke sklh sm kakaknya dipegang2 pahanya sm penjaga gudang kmrn sore",
    # Sundanese
    "Alo abdi nu unggal enjing dianteur ka sakola ku bibina, dirampa-rampa dadana ku tatangga di pengungsian.",
    # Javanese ngoko
    "Adhiku wedok sing saben isuk diterke bapak menyang sekolahan diremet-remet dhadhane karo tanggane tenda.",
    # Javanese krama
    "Wayah kula ingkang saben enjing dipunterake dhateng sekolah dipun grepe-grepe dhadhanipun kaliyan tangga tenda.",
    # English
    "My niece, who her aunt takes to school every morning, was groped on her chest twice by a man in the next tent.",
]


@pytest.mark.parametrize("narrative", TAKEN_TO_SCHOOL)
def test_a_survivor_taken_to_school_by_an_adult_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved is True, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


TAKEN_TO_SCHOOL_CONTROLS = [
    "Saya guru relawan, tiap pagi berangkat ke sekolah darurat. Kapan tenda kelas yang bocor diganti?",
    "Abdi unggal enjing angkat ka sakola pikeun ngantri beas. Naha jatah beas bulan ieu can aya?",
    "The school is used as a shelter and the women there ask when the hygiene kits will come.",
]


@pytest.mark.parametrize("narrative", TAKEN_TO_SCHOOL_CONTROLS)
def test_going_to_a_school_oneself_is_no_child(narrative):
    result = run(narrative)
    assert result.child_involved is False, result.reasons


# --- (2) Safety: the nights counted of a man entering the women's tents ('sudah 3 malam ada laki-laki masuk ke
# tenda', 'geus opat peuting aya lalaki asup ka tenda', 'wis telung bengi ana wong lanang mlebu tenda', 'for three
# nights now a man has come into the tents'), beside a sexual touch: B70-37, read as high for critical. Round 47's
# 'already N nights' then his coming (group 5) read only a verb of coming right after the count; entering a tent,
# with who he is between ('ada laki-laki tak dikenal'), is the same night visit.
# Controls: her own nights in a tent, aid brought into the tents for nights; no sexual cue or no man entering.
# First run on 765a0ea (with group 1): 0 of 6, controls 3 of 3 (the krama probe's touch, 'ngrabi-rabi', read by no
# cue and reworded to 'nggepok' after the first run); now 6 of 6, controls 3 of 3. -------------------------------

NIGHTS_OF_HIM_ENTERING = [
    # Indonesian formal
    "Sudah tiga malam ada laki-laki tidak dikenal masuk ke tenda perempuan lewat tengah malam. Semalam dia meraba "
    "paha tetangga saya yang sedang tidur.",
    # Indonesian SMS
    "udh 3 mlm ada cowok gk dikenal msk ke tenda2 cewek jam 1an, td mlm dia grepe2 dada ibu sebelah sy",
    # Sundanese
    "Tos tilu peuting aya lalaki nu teu dipikawanoh asup ka tenda awewe. Tadi peuting anjeunna ngarampa-rampa "
    "dada Teh Nining nu keur sare.",
    # Javanese ngoko
    "Wis telung bengi ana wong lanang ora dikenal mlebu tenda-tenda wadon. Wingi bengi dheweke ngelus-elus pupu "
    "Mbak Sri sing lagi turu.",
    # Javanese krama
    "Sampun tigang dalu wonten tiyang jaler ingkang mboten dipuntepangi mlebet tendha estri. Dalu wingi piyambakipun "
    "nggepok dhadhanipun Bu Sum ingkang saweg tilem.",
    # English
    "For three nights now an unknown man has come into the women's tents after midnight. Last night he groped the "
    "breasts of my neighbour while she slept.",
]


@pytest.mark.parametrize("narrative", NIGHTS_OF_HIM_ENTERING)
def test_the_nights_counted_of_a_man_entering_the_tents_beside_a_touch_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


NIGHTS_OF_HIM_ENTERING_CONTROLS = [
    "Sudah tiga malam saya tidur di tenda bersama ibu saya karena rumah kami rusak. Kapan terpal tambahan datang?",
    "Geus tilu peuting relawan asup ka tenda mawa simut jeung dahareun. Hatur nuhun pisan.",
    "For three nights now the volunteers have come into the tents with blankets and hot tea. Thank you.",
]


@pytest.mark.parametrize("narrative", NIGHTS_OF_HIM_ENTERING_CONTROLS)
def test_nights_in_a_tent_without_a_man_entering_and_a_touch_stay_below_critical(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (4) Safety: a threat to finish off a family, told by the reporter of him ('bilang bakal ngabisin keluarga kami',
# 'nyarios bakal ngabisan kulawarga', 'ngomong bakal ngentekke keluargaku', krama 'badhe nyirnakaken kulawarga', 'he
# will finish our family'): B69-37, a coordinator who slapped her husband and told him he will 'finish' their family
# if they complain again, read as low for critical. Rounds 17 and 24 read the threat in his own first person; told
# of him, with the family as its object, it is the same threat of death.
# Controls: the family registration finished, the rice stock used up for the families.
# First run on 0d2e94a: 1 of 6 (the Indonesian formal), controls 3 of 3; now 6 of 6, controls 3 of 3. -----------

FINISHES_THE_FAMILY = [
    # Indonesian formal
    "Koordinator posko menampar suami saya dan bilang akan menghabisi keluarga kami kalau kami protes lagi.",
    # Indonesian SMS
    "kordinator posko nampar suami sy, trs bilang bakal ngabisin kluarga kami klo ngadu lg",
    # Sundanese
    "Koordinator posko nampiling salaki abdi, tuluy nyarios bakal ngabisan kulawarga abdi upami protes deui.",
    # Javanese ngoko
    "Koordinator posko napuk bojoku, terus ngomong bakal ngentekke keluargaku yen protes maneh.",
    # Javanese krama
    "Koordinator posko napuk garwa kula, lajeng ngendika badhe nyirnakaken kulawarga kula menawi protes malih.",
    # English
    "The camp coordinator slapped my husband and told him he will finish our family if we complain again.",
]


@pytest.mark.parametrize("narrative", FINISHES_THE_FAMILY)
def test_a_threat_to_finish_off_her_family_told_of_him_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


FINISHES_THE_FAMILY_CONTROLS = [
    "The coordinator said he will finish the family registration by Friday. When will the cards be given out?",
    "Petugas bilang stok beras bakal habis buat keluarga baru minggu ini. Kapan kiriman berikutnya?",
    "Relawan ngomong bakal ngentekke sembako kanggo keluarga sing durung entuk. Matur nuwun.",
]


@pytest.mark.parametrize("narrative", FINISHES_THE_FAMILY_CONTROLS)
def test_the_family_registration_or_stock_finished_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (5) Safety: 'beware if you report', a warning to keep her from reporting ('awas kalau lapor', 'awas mun wani
# ngadu', 'awas nek wadul', 'you'd better not report this'), after a refused demand: B70-29, a foreman who dropped her
# name after she refused and came to her tent last night saying 'awas kalau ngadu', read as high for critical. The
# labelling rules count threats as ongoing danger; round 8 read 'awas kamu' only.
# Controls: 'awas' of a slippery road or of rain, 'if you report' in an officer's instructions; no warning.
# First run on d7224f6: 0 of 6, controls 3 of 3 (the formal and the English read as unplaced, no demand read); now
# 6 of 6, controls 3 of 3. ----------------------------------------------------------------------------------------

BEWARE_IF_YOU_REPORT = [
    # Indonesian formal
    "Mandor proyek meminta saya menemaninya menginap supaya tetap dipekerjakan. Saya menolak, lalu dia datang dan "
    "berkata: awas kalau kamu melapor ke posko.",
    # Indonesian SMS
    "petugas minta sy nemenin dia mlm2 biar dpt jatah. sy gk mau, trs dia bilang awas klo lapor2",
    # Sundanese
    "Petugas gudang menta abdi ngancani anjeunna sapeuting supados kenging beas. Abdi embung, tuluy anjeunna nyarios "
    "awas mun wani ngadu.",
    # Javanese ngoko
    "Relawan kuwi njaluk aku nginep karo dheweke ben entuk terpal. Aku ora gelem, banjur dheweke ngomong awas nek wadul.",
    # Javanese krama
    "Petugas posko nyuwun kula nginep kaliyan piyambakipun supados angsal bantuan. Kula mboten purun, lajeng "
    "piyambakipun ngendika awas menawi lapor.",
    # English
    "The site manager said I would keep my job if I spent nights with him. I refused and he told me I'd better not "
    "report him, or else.",
]


@pytest.mark.parametrize("narrative", BEWARE_IF_YOU_REPORT)
def test_beware_if_you_report_after_a_refused_demand_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


BEWARE_IF_YOU_REPORT_CONTROLS = [
    "Petugas bilang awas jalan ke posko licin kalau hujan. Kapan jalannya diperbaiki?",
    "Relawan nyarios upami bade lapor kedah ka meja pangaduan. Hatur nuhun.",
    "The officer said that if you report a lost card you get a new one in a week. When is the distribution?",
]


@pytest.mark.parametrize("narrative", BEWARE_IF_YOU_REPORT_CONTROLS)
def test_a_slippery_road_or_the_way_to_report_is_no_threat(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


KNOWN_GAPS = [
    # Group 3, dropped in its time box (B69-35, a cash-for-work supervisor who, since she refused his demand for
    # company, parks by her tent every evening and sits watching: high for critical). Probes first on 5c1ec9f: 2 of 6
    # (the SMS by round 8's 'tiap mlm dia nongkrong', the ngoko by its urgent night for aid), controls 3 of 3. His
    # sitting or watching by a tent every evening as round 42's nightly visit, beside a sexual cue, passed the probes
    # but left B69-35 unread (he parks, then 'just sits there watching', no tent after the verb) and moved B62-20
    # (medium to critical) and the reasons of 14 other reports: reverted, for a later round.
    "Koordinator distribusi meminta saya menemaninya menginap di hotel agar nama saya tetap di daftar bantuan. "
    "Sejak saya menolak, dia duduk di depan tenda saya setiap malam sambil memperhatikan saya.",
]
