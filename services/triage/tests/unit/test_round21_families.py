"""Round 21 of issue 12: the tuning batches 41 and 42 (round 20's held-out pair), by class, safety only: the critical
reports they under-triaged (B41-03, B41-32, B42-15, B42-17; B41-38 see the README). Sentences written for this test
(not the batches' own); each group was written and run before its fix (on the commit named in its comment), its
first-run count (rules alone) in the comment and in the blind README's Round 21 section. They run with the learned
model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Rape told without the usual words, survivors men as well as women (B41-03, ngoko: 'dicekel terus dilakoni
# kaya wong wadon', a man of 21, this morning, bleeding when he defecates: other misconduct, low; B41-32, SMS: 'narik
# sy ke kebun salak, he did it to me', this morning, bleeding, 'i need medicine today': harassment, medium): sexual
# abuse, and within 72 hours with bleeding, pain or a request for medicine, urgent, critical. The act said as 'did it
# to me', 'treated like a woman' (English plain usage), 'diapa-apain', 'digituin' (KBBI apa-apa; informal, Salsabila
# et al. 2018), 'dipigawe kitu' (Danadibrata pigawe, kitu), 'dilakoni kaya wong wadon', krama 'dipun lampahi kados
# tiyang estri' (Baoesastra lakoni, lampah, kaya, wadon, estri); dragged or pulled away first (KBBI seret, tarik;
# Danadibrata sered, tarik; Baoesastra seret, tarik). Controls: dragged out of a queue and hurt (violence, no sexual
# act, added after the first run in place of one with a bleeding hand, read as possible abuse by the older
# fallback on distress); 'treated like a woman' as a taunt about cooking; the same act two weeks ago (abuse, not urgent).
# First run on 1917347: 3 of 7 (the SMS, Sundanese and ngoko passed, the last two only through the fallback on
# distress, no act named), controls 2 of 3 (the same act two weeks ago read as harassment). --------------------------

RAPE_UNSAID = [
    # English, a man, 'did it to me'
    "This morning a man I did not know dragged me behind the water tank and he did it to me. I am a man, 24. I am "
    "bleeding and I need medicine today.",
    # English, 'treated me like a woman'
    "Last night two men pulled me into the empty tent and treated me like a woman. I am a man of 30. Now it hurts "
    "and there is blood when I go to the toilet.",
    # Indonesian SMS, a young man
    "td mlm sy cowok umur 20, ditarik org ga dikenal ke blkg gudang trs diapa-apain. skrg sakit bgt & berdarah.",
    # Indonesian formal
    "Kemarin malam saya, laki-laki 23 tahun, diseret dua orang tak dikenal ke kebun lalu digituin. Sekarang keluar "
    "darah setiap buang air besar.",
    # Sundanese, a man
    "Tadi enjing abdi, lalaki umur 22, disered ku jalma nu teu dikenal ka kebon, terus dipigawe kitu. Ayeuna abdi "
    "kaluar getih jeung nyeri pisan.",
    # Javanese ngoko, a man
    "Wingi bengi aku, wong lanang umur 20, diseret wong loro menyang kebon terus dilakoni kaya wong wadon. Saiki "
    "metu getih yen ngising.",
    # Javanese krama, a man
    "Enjing wau kula, tiyang jaler yuswa 25, dipun seret tiyang ingkang mboten kula tepangi dhateng kebon, lajeng "
    "dipun lampahi kados tiyang estri. Sakmenika medal rah.",
]


@pytest.mark.parametrize("narrative", RAPE_UNSAID)
def test_rape_told_without_the_usual_words_is_urgent_abuse(narrative):
    result = run(narrative)
    assert (result.category is Category.SEXUAL_ABUSE and result.urgent_medical
            and result.priority is Priority.CRITICAL), result.reasons


@pytest.mark.parametrize("narrative", [
    "Kemarin saya diseret petugas keluar dari antrean lalu dimarahi di depan orang banyak.",
    "The men in the block laugh at me and treat me like a woman because I cook for my children.",
])
def test_dragged_or_a_taunt_with_no_sexual_act_is_no_abuse(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_ABUSE and not result.urgent_medical, result.reasons


def test_the_same_act_two_weeks_ago_is_abuse_not_urgent():
    result = run("Dua minggu lalu saya, laki-laki 23 tahun, diseret orang tak dikenal ke kebun lalu digituin. "
                 "Sekarang sudah tidak sakit.")
    assert result.category is Category.SEXUAL_ABUSE and not result.urgent_medical, result.reasons


# --- (2) Ongoing danger told indirectly (B42-15: the cook's night messages 'aku di depan tenda kamu', his waiting by
# the women's bathroom when she went to bathe, 'wedi metu tenda bengi': harassment, medium; B42-17: 'if I dont come
# to his tent he will send the pictures to my husband', sextortion: exploitation, high): critical. He tells her at
# night that he is outside her tent (KBBI di depan, tenda; Danadibrata hareupeun, tenda; Baoesastra ngarep, tendha;
# SMS 'km', 'dpn': Salsabila et al. 2018); a man who talks sex to her waits by the women's bathroom or latrine (KBBI
# menunggu, kamar mandi; Danadibrata ngadagoan, jamban, pancuran; Baoesastra ngenteni, kolah, pakiwan); a threat to
# send or spread her pictures (KBBI sebar, kirim, foto; Danadibrata nyebarkeun, ngirimkeun, poto; Baoesastra
# nyebar, ngirim; English plain usage). Controls: messages that stopped after she blocked him; a man who moved away;
# a threat to strike her name from the aid list.
# First run on 8935873: 2 of 6 (the two threats with 'tonight' or 'mengancam akan menyebarkan' passed through older
# rules), controls 3 of 3; two added after it, one failing (the threat with no 'tonight'), one passing (Sundanese
# 'ngancam rek nyebarkeun'). ---------------------------------------------------------------------------------------

DANGER_TOLD_INDIRECTLY = [
    # Indonesian SMS, night messages from outside her tent
    "pak satpam posko tiap hari ngomong jorok ke sy. udah 3 mlm dia WA sy jam 1, 'lg ngapain sayang, aku di dpn "
    "tenda km'. sy takut kluar tenda.",
    # Javanese ngoko, waiting by the women's bathroom
    "Mandor huntara saben dina ngomong saru marang aku. Wingi bengi dheweke nunggu ing cedhak kamar mandi wadon pas "
    "aku arep adus, aku mbalik. Aku wedi metu tendha yen bengi.",
    # Sundanese, night messages
    "Supir tangki sok nyarios jorang ka abdi. Tadi peuting anjeunna ngirim WA jam dua, 'abdi di hareupeun tenda "
    "anjeun'. Abdi sieun kaluar.",
    # English, sextortion
    "The man from the registration team made me send him pictures without my clothes for phone credit. Now he says "
    "if I do not come to his tent tonight he will send the pictures to my husband.",
    # Indonesian formal, sextortion
    "Relawan pendata meminta foto telanjang saya dengan imbalan pulsa. Sekarang dia mengancam akan menyebarkan foto "
    "itu ke grup WhatsApp kamp kalau saya tidak datang ke tendanya.",
    # English, waiting by the latrine
    "The cook keeps saying dirty things about my body. Last night he was waiting near the women's latrine when I "
    "went to wash, and I went back. I am scared to leave my tent at night.",
    # (added after the first run, failing before the fix: the threat with no 'tonight', as in B42-17)
    "He made me send him photos without my clothes for phone credit. Now he messages me every night and says if I "
    "don't meet him he will share my photos with everyone in the camp.",
    "Petugas pendataan menta poto abdi tanpa acuk. Ayeuna anjeunna ngancam rek nyebarkeun poto abdi ka salaki abdi "
    "upami abdi teu daek datang ka tendana.",
]


@pytest.mark.parametrize("narrative", DANGER_TOLD_INDIRECTLY)
def test_danger_told_indirectly_is_critical(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    # the messages stopped after she blocked him
    "Satpam itu dulu sering WA malam-malam 'aku di dpn tenda km', tapi sudah saya blokir dan dia berhenti.",
    # he moved away
    "The cook used to wait near the women's latrine and say dirty things, but he moved to another district last "
    "month.",
    # a threat to strike her name from the list
    "Relawan pendata bilang kalau saya tidak datang ke tendanya nama saya akan dicoret dari daftar bantuan.",
])
def test_messages_stopped_a_man_gone_or_a_list_threat_is_no_danger(narrative):
    assert not run(narrative).ongoing_danger


# Known gaps met in this round and not fixed (README, Round 21, "left"): sentences the classifier does not read as
# their batch's writer would, kept here as data, not as tests expected to fail.
KNOWN_GAPS = [
    # B41-38's class: a rape four days ago, afraid of pregnancy, asking for emergency contraception. Outside the
    # issue's rule (sexual violence within 72 hours, 'possibly within' included); writer 41 counts emergency
    # contraception's 120 hours. Read as abuse, high, not urgent.
    "4 hari lalu sopir truk bantuan maksa saya berhubungan di jalan sepi. Saya takut hamil, masih bisa minum obat "
    "pencegah kehamilan?",
]
