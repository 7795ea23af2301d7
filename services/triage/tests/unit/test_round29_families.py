"""Round 29 of issue 12: perpetrator type on the tuning batches, by class, short.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 29 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Perpetrator: the reporter's own role told in two words (B50-28: 'Laporan dari guru pendamping sekolah
# darurat ...' then 'seorang bapak tetangga satu tenda sering meraba ...': aid worker by 'pendamping', for community
# member). Round 12 and 11 read the role right after 'laporan dari', 'saya', 'abdi', 'kula' as the reporter's own; a
# role word right after another role word that stands there ('guru pendamping', 'guru relawan', 'bidan relawan',
# KBBI guru, pendamping, relawan; Danadibrata guru; Baoesastra guru) is the same person, the reporter, not one who did
# it. Controls: the same compound role as the subject of the act, with no word for the reporter before it.
# First run on fe623d0: 0 of 6, controls 2 of 2; now 6 of 6. ----------------------------------------------------

REPORTERS_COMPOUND_ROLE = [
    # Indonesian formal, as B50-28's class
    "Laporan dari guru pendamping sekolah darurat Posko Cibeber. Seorang murid perempuan 8 tahun bercerita bahwa "
    "seorang bapak tetangga tendanya sering meraba dadanya pada malam hari.",
    # Indonesian SMS
    "sy guru relawan di posko sukamaju. ada murid cerita, om tetangga tendanya sering megang2 kemaluannya kl mlm",
    # Sundanese
    "Abdi guru pendamping di sakola darurat. Aya murid awewe umur 9 taun nyarios yen tatangga tendana sering "
    "ngagerayangan awakna.",
    # Javanese krama
    "Kula guru pendamping ing sekolah darurat. Wonten murid estri umur 10 taun cerita bilih tanggi tendanipun asring "
    "ngrabi-ngrabi badanipun.",
    # Javanese ngoko
    "Aku guru relawan neng posko. Ana murid wadon umur 9 taun crita yen tanggane sak tenda kerep ngrogoh-rogoh "
    "awake.",
    # Indonesian formal, 'bidan relawan'
    "Saya bidan relawan di pos kesehatan. Seorang remaja 14 tahun mengaku bahwa pamannya sering memaksanya "
    "berhubungan badan.",
]


@pytest.mark.parametrize("narrative", REPORTERS_COMPOUND_ROLE)
def test_the_reporters_compound_role_is_not_the_perpetrator(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.COMMUNITY_MEMBER, result.reasons


REPORTERS_COMPOUND_ROLE_CONTROLS = [
    # the same compound role as the subject of the act
    "Guru pendamping di sekolah darurat posko sering meraba dada murid perempuan kelas 3.",
    "Tadi siang guru relawan itu memeluk dan mencium murid saya di belakang tenda.",
]


@pytest.mark.parametrize("narrative", REPORTERS_COMPOUND_ROLE_CONTROLS)
def test_the_compound_role_doing_the_act_is_the_aid_worker(narrative):
    assert run(narrative).perpetrator_type is PerpetratorType.AID_WORKER


# --- (2) Perpetrator: a soldier, a policeman or a driver told handing out aid in English (B50-31: 'A soldier who
# hands out rice at the field post ... keeps telling her she is ripe for marriage': community member, 'soldier, no
# aid context', for aid worker). PRODUCT.md counts soldiers, police and drivers as aid workers when they hand out
# aid; Indonesian 'membagikan', 'bagi-bagi', Sundanese 'ngabagikeun', Javanese 'ngedum', 'mbagi' were read as aid
# work already, the English verbs of handing out were not ('hands out', 'handing out', 'gives out', 'passes out',
# 'doles out' with the goods after them; English plain usage). Controls: the same role with no aid handed out (his
# hands, her voice that gave out).
# First run on 2a90188: 3 of 6 (the Indonesian, Sundanese and Javanese already read), controls 2 of 2; now 6 of 6. -

HANDING_OUT_AID = [
    # English, as B50-31's class
    "A soldier who hands out rice at the field by the market keeps asking my sister for her number and says she is "
    "ready for marriage. He follows her back to our tent.",
    # English, 'handing out'
    "The policeman handing out instant noodles near the mosque told me to come to his car at night if I want more.",
    # English, 'gives out'
    "The driver who gives out blankets in our block grabbed my breast yesterday behind the truck.",
    # Indonesian SMS (read already)
    "tentara yg bagi2 beras di lapangan itu tiap hari minta no wa adik sy n bilang adik sy udh siap nikah",
    # Sundanese (read already)
    "Pulisi nu ngabagikeun beas di lapang unggal poe menta nomer WA adi abdi, nyebutkeun adi abdi geus pantes kawin.",
    # Javanese ngoko (read already)
    "Tentara sing ngedum beras neng lapangan saben dina njaluk nomer WA adhiku, jare adhiku wis pantes rabi.",
]


@pytest.mark.parametrize("narrative", HANDING_OUT_AID)
def test_a_soldier_handing_out_aid_is_an_aid_worker(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


HANDING_OUT_AID_CONTROLS = [
    # a soldier with no aid handed out
    "A soldier who lives in the next village keeps asking my sister for her number and follows her home.",
    # hands held out, a voice that gave out: no goods
    "The policeman held his hands out and grabbed my breast on the road home; my voice gave out when I screamed.",
]


@pytest.mark.parametrize("narrative", HANDING_OUT_AID_CONTROLS)
def test_a_soldier_with_no_aid_is_a_community_member(narrative):
    assert run(narrative).perpetrator_type is PerpetratorType.COMMUNITY_MEMBER

# --- (3) Perpetrator: the ones she asks to be treated like, read as the agent of a passive (B49-25: two officers
# refused the parcels, 'Kami hanya meminta diperlakukan sama seperti pengungsi lain': community member, 'pengungsi
# lain' named as the one who did it, for aid worker). 'sama' is 'by' after a passive, but before a word of likeness
# ('sama seperti', 'sama kayak'; KBBI sama, seperti) it is 'the same as', and 'karo', 'sareng' after a word for 'the
# same' ('padha karo', 'sami sareng'; Baoesastra padha; Danadibrata sami, sarua) liken her to others: no one who did
# it. Controls: 'sama', 'karo' as 'by' after a passive.
# First run on ab0bc99: 2 of 6 (the krama 'sami kaliyan' and the English already read), controls 2 of 2; now 6 of 6.

LIKENED_TO = [
    # Indonesian formal, as B49-25's class
    "Petugas posko menolak memberikan selimut kepada kami karena kami waria. Kami hanya ingin diperlakukan sama "
    "seperti warga lain.",
    # Indonesian SMS
    "relawan dapur ga mau kasih nasi ke kami krn kami pendatang. pengen diperlakukan sama kayak pengungsi lain aja",
    # Javanese ngoko
    "Petugas posko ora gelem menehi sembako marang keluargaku amarga aku dudu warga asli. Aku mung pengin dianggep "
    "padha karo warga liyane.",
    # Sundanese
    "Relawan posko teu daek mere beas ka kulawarga abdi margi abdi sanes warga asli. Abdi ngan hoyong diperlakukeun "
    "sami sareng warga sanes.",
    # Javanese krama
    "Petugas posko mboten purun maringi bantuan dhateng kula amargi kula sanes warga asli. Kula namung nyuwun "
    "dipunanggep sami kaliyan warga sanesipun.",
    # English
    "The aid officer refused to give us hygiene kits because we are trans women. We only ask to be treated the same "
    "as other displaced people.",
]


@pytest.mark.parametrize("narrative", LIKENED_TO)
def test_the_ones_she_is_likened_to_did_nothing(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


LIKENED_TO_CONTROLS = [
    "Saya diperkosa sama tetangga saya tadi malam di belakang tenda.",
    "Wingi aku dipeksa karo tanggaku neng mburi tenda.",
]


@pytest.mark.parametrize("narrative", LIKENED_TO_CONTROLS)
def test_by_after_a_passive_still_names_him(narrative):
    assert run(narrative).perpetrator_type is PerpetratorType.COMMUNITY_MEMBER

# --- (4) Category: aid given only to those who keep him company, the aid named in the sentence before (B49-34: women
# 'left about an hour later carrying kits', and he 'only gives to those who keep him company': harassment, MEDIUM, for
# exploitation, high; below its label). The English company asked said of those he gives to ('those who keep him
# company', 'women who keep him company'; English plain usage) is the company asked, as round 25b's 'if I kept him
# company'; 'kits' named alone is aid ('carrying kits'); and given to those whose relative clause is that company
# ('gives only to women who keep him company') states the terms as outright as 'only for those who agree', so the aid
# of the sentence before is what is traded (category._exchange). The Indonesian, Javanese and Sundanese ('hanya
# memberi kepada yang mau menemani dia', 'mung menehi marang sing gelem ngancani dheweke', 'ngan mere ka nu daek
# nemenan manehna') were read already. Controls: keeping him company in a queue, as friends; kits given to those who
# registered.
# First run on b58a8e4: 3 of 6, controls 2 of 2 (with the company cue alone the English were harassment, medium:
# the kits and the terms were added with it); now 6 of 6.

GIVEN_FOR_COMPANY = [
    # English, as B49-34's class
    "Some young mothers went into the warehouse in the evening and came out an hour later carrying kits. A woman "
    "told me he only gives to those who keep him company.",
    # English, 'gives only to women who'
    "The officer at the store hands out kits to very few families. My neighbour says he gives only to women who keep "
    "him company.",
    # Indonesian (read already)
    "Ibu-ibu muda masuk gudang sore-sore lalu keluar bawa sembako. Kata tetangga, petugas itu hanya memberi kepada "
    "yang mau menemani dia.",
    # Javanese ngoko (read already)
    "Wong wadon enom mlebu gudang sore-sore banjur metu nggawa beras. Jare tanggaku, petugas kuwi mung menehi marang "
    "sing gelem ngancani dheweke.",
    # Sundanese (read already)
    "Awewe ngora asup ka gudang sore-sore terus kaluar mawa beas. Ceuk tatangga, petugas eta ngan mere ka nu daek "
    "nemenan manehna.",
    # English, 'the ones who'
    "Young women went into the store at dusk and left carrying kits. The officer only gives to the ones who keep him "
    "company.",
]


@pytest.mark.parametrize("narrative", GIVEN_FOR_COMPANY)
def test_aid_given_for_his_company_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


GIVEN_FOR_COMPANY_CONTROLS = [
    "The officer hands out kits at the store every morning. My sister keeps him company in the queue because they "
    "are friends.",
    "Some mothers came out of the warehouse carrying kits. The volunteers give kits to those who registered.",
]


@pytest.mark.parametrize("narrative", GIVEN_FOR_COMPANY_CONTROLS)
def test_company_or_kits_alone_are_no_exchange(narrative):
    assert run(narrative).category is not Category.SEXUAL_EXPLOITATION


# Not run as tests: the classes of round 29's misses left at the time box (see the blind README's Round 29 section).
KNOWN_GAPS = [
    "perpetrator: the role told in a relative clause several words after the person ('the man who manages the "
    "shelter allocation', 'org yg pasang terpal dari posko'): B50-05, B50-07",
    "perpetrator: the kin or companion of the perpetrator named instead of him ('his brother-in-law', 'ayah "
    "bayinya'): B44-31, B48-10",
    "perpetrator: a role's aid context missed ('Kadus ... nu ngadata', 'mandornya' of the huntara project): B45-18, "
    "B47-14",
    "perpetrator: a stranger said after 'lalaki' was named ('Teu aya nu wawuh ka lalaki eta'): B50-21",
    "category: abuse over-called (B49-04, B49-12, B49-35, B50-02, B50-22, B50-34); exploitation read as "
    "harassment or abuse (B50-09, B50-22, B50-34)",
]
