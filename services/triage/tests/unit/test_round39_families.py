"""Round 39 of issue 12: held-out 59 and 60 moved in, safety first, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 39 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import classify

REPORTED_AT = datetime.fromisoformat("2026-03-02T10:00:00+07:00")     # a Monday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str, reported_at: datetime = REPORTED_AT):
    return classify(narrative=narrative, reported_at=reported_at)


# --- (1) Safety: a year of birth as the age (B59-08 'Anak kula estri, lair taun 2008, dipun cepeng-cepeng dhadhanipun
# kaliyan prajurit ...', reported in December 2021: read without the child). A word of birth ('lahir', SMS 'lhr',
# 'kelahiran', 'dilahirkan', Javanese 'lair', krama 'miyos', 'born') then the year, a word for year or a day and
# month between at most, is the age at the report's date (KBBI lahir, kelahiran; Danadibrata lahir; Baoesastra lair,
# miyos; English plain usage). The age is the report's year less the year of birth, less one: she may not have had
# her birthday yet, so born 2008 is 17 or 18 in 2026 and is taken as 17, a child (PRODUCT.md: a child is under 18 and
# makes the report critical; the doubt goes to the survivor's safety).
# Controls: the reporter born in 1990, a daughter born in 2004, a house built in 2010, born in 2008 told in 2030.
# First run on c65d74a: 3 of 7 (the Sundanese, the Javanese ngoko and the English daughter by their child words alone,
# no age), controls 3 of 4 (the daughter born in 2004 taken as a child); now 7 of 7, controls 4 of 4. ----------------

BORN_IN = [
    # Indonesian formal
    "Anak perempuan saya, lahir tahun 2012, diraba-raba dadanya oleh seorang relawan di gudang bantuan dua minggu "
    "lalu.",
    # Indonesian SMS
    "adik sy lhr thn 2011, dipegang2 dadanya sm sopir truk bantuan bulan lalu, skrg dia gk mau keluar tenda",
    # Sundanese
    "Budak abdi awewe, lahir taun 2013, dirampa-rampa dadana ku relawan di posko minggu kamari.",
    # Javanese ngoko
    "Anakku wedok, lair taun 2012, digrayangi dhadhane karo sukarelawan ning posko sasi wingi.",
    # Javanese krama, a day and a month between
    "Putra kula estri miyos tanggal 3 Mei 2011, dipun grayangi kaliyan relawan wonten posko kalih minggu kepengker.",
    # English
    "My daughter, born in 2011, was groped by a food distribution volunteer at the warehouse last month.",
    # English, born 2008 told in 2026: 17 or 18, taken as 17
    "My niece was born in 2008. A volunteer at the aid warehouse groped her breasts three weeks ago.",
]

BORN_IN_CONTROLS = [
    # the reporter herself, grown
    ("Saya lahir tahun 1990, dada saya diraba-raba oleh relawan gudang bantuan dua minggu lalu.", REPORTED_AT),
    # a grown daughter
    ("My daughter was born in 2004. A volunteer at the aid warehouse groped her breasts three weeks ago.", REPORTED_AT),
    # a year that is no birth
    ("Rumah kami dibangun tahun 2010, dada saya diraba-raba oleh relawan gudang bantuan dua minggu lalu.", REPORTED_AT),
    # born 2008 told in 2030: grown
    ("My niece was born in 2008. A volunteer at the aid warehouse groped her breasts three weeks ago.",
     datetime.fromisoformat("2030-03-02T10:00:00+07:00")),
]


@pytest.mark.parametrize("narrative", BORN_IN)
def test_a_year_of_birth_under_18_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved is True, result.reasons
    assert result.priority.value == "critical", result.reasons


@pytest.mark.parametrize("narrative,reported_at", BORN_IN_CONTROLS)
def test_a_year_that_is_no_childs_birth_is_no_child(narrative, reported_at):
    result = run(narrative, reported_at)
    assert result.child_involved is False, result.reasons


# --- (2) Safety: her trousers opened by the bare active verb, within 72 hours (B60-11 'kamari sonten aya lalaki ...
# narik anjeunna ka tukangeun MCK pangungsian, tuluy muka calanana. Untungna murid abdi ngajerit, lalaki éta kabur':
# a child's, abuse, urgent missed). Round 26 reads 'maksa muka calana', round 36 'muka paksa calana'; the bare
# Sundanese active 'muka' (Danadibrata buka: muka, to open), the Indonesian 'membuka' (KBBI buka: membuka) and the
# English 'opened', 'unzipped', 'undid' before her lower garment ('calana', 'rok', 'samping', 'celana', 'sarung',
# 'trousers', 'skirt') are an attempted assault, dated like any act; never undressing to bathe or relieve oneself.
# Controls: children undressing to bathe in the river (Sundanese, English), a warehouse door opened at night.
# First run on 0ee8596: 1 of 7 (the Javanese, by round 12's 'mbukak kathok'), controls 3 of 3; now 7 of 7, controls 3
# of 3. --------------------------------------------------------------------------------------------------------------

TROUSERS_OPENED = [
    # Sundanese
    "Kamari peuting aya lalaki narik budak abdi ka tukangeun tenda, tuluy muka calanana. Budak abdi ngajerit, lalaki "
    "eta kabur.",
    # Sundanese, her skirt
    "Tadi subuh mandor gudang muka rok abdi di jero gudang, untung aya nu datang.",
    # Indonesian formal
    "Semalam seorang pria tak dikenal menyeret saya ke belakang MCK lalu membuka celana saya. Saya berteriak dan dia "
    "lari.",
    # Indonesian SMS
    "td mlm sy ditarik ke blkg tenda sm org gk dikenal trs dia membuka celanaku, sy teriak dia kabur",
    # English
    "Last night a man I did not know dragged me behind the latrines and unzipped my trousers. I screamed and he ran.",
    # English, her skirt
    "Yesterday evening the driver pulled my neighbour into his truck and opened her skirt; she kicked him and ran "
    "away.",
    # Javanese
    "Wingi bengi ana wong lanang narik aku menyang mburi MCK terus mbukak kathokku, aku bengok terus dheweke mlayu.",
]

TROUSERS_OPENED_CONTROLS = [
    "Barudak muka calana rek mandi di walungan kamari sonten, teu aya nu ngaganggu.",
    "The boys undid their trousers to bathe in the river yesterday evening, no one else was there.",
    "He opened the warehouse door last night and took the rice to his house.",
]


@pytest.mark.parametrize("narrative", TROUSERS_OPENED)
def test_trousers_opened_within_72h_is_urgent(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.urgent_medical is True, result.reasons
    assert result.priority.value == "critical", result.reasons


@pytest.mark.parametrize("narrative", TROUSERS_OPENED_CONTROLS)
def test_undressing_to_bathe_is_no_attempt(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons



# --- (3) Safety: the price still pressed on her, with a deadline to decide or a summons for tonight again (B59-20 'told
# her he would only add her household to the list if she slept with him. She refused. Since then he has come to her
# tent twice after dark, and yesterday he told her she had 'one more week to think''; B60-16 'dia minta 'dilayani'.
# skrg ... dia wa lg nyuruh dtg ntr malem, klo gk dtg katanya kamarnya dikasih ke org lain': exploitation, high, for
# critical). Time given her to think it over ('one more week to think', 'dikasih waktu seminggu lagi untuk berpikir',
# 'dibere waktu saminggu deui pikeun mikir', 'diwenehi wektu seminggu maneh kanggo mikir'), or told again to come
# tonight ('lagi nyuruh datang ntr malam', 'deui nitah datang engke peuting', 'again telling me to come tonight'): the
# demand is pending, a danger ongoing beside a sexual cue in the report (KBBI waktu, pikir, suruh, nanti malam;
# Danadibrata waktu, mikir, nitah, engké peuting; Baoesastra wektu, mikir, kon, mengko bengi; English plain usage).
# Controls: a demand refused and the man moved away; a deadline to think over a move to temporary housing; a meeting
# called for tonight about the aid.
# First run on 3df630a: 1 of 7 (the SMS, read as his coming into her tent tonight), controls 3 of 3; now 7 of 7,
# controls 3 of 3. ---------------------------------------------------------------------------------------------------

PRESSED = [
    # English, a deadline
    "The registration officer said he would only put my name on the cash list if I slept with him. I refused. He "
    "came to my shelter twice at night and gave me two more days to think.",
    # Indonesian formal, a deadline
    "Petugas pendataan meminta saya berhubungan badan dengannya agar nama saya masuk daftar bantuan. Saya menolak, "
    "tetapi ia memberi saya waktu seminggu lagi untuk berpikir.",
    # Indonesian SMS, a summons again
    "ketua posko minta sy tidur sm dia klo mau dpt sembako. sy gk mau. kmrn dia wa lg nyuruh sy dtg ke tendanya ntr "
    "malem",
    # Sundanese, a deadline
    "Petugas logistik nyarios abdi kedah sare sareng anjeunna upami hoyong kenging beas. Ayeuna anjeunna mere waktu "
    "saminggu deui pikeun mikir.",
    # Sundanese, a summons again
    "Mandor nyarios abdi moal dibere beas upami teu daek sare jeung anjeunna. Tadi anjeunna nelepon deui nitah abdi "
    "datang engke peuting ka imahna.",
    # Javanese, a deadline
    "Petugas gudang kandha aku oleh beras luwih nek aku gelem turu karo dheweke. Saiki aku diwenehi wektu seminggu "
    "maneh kanggo mikir.",
    # English, a summons again
    "The shelter manager said I would keep the room only if I slept with him. He messaged again telling me to come "
    "to his office tonight.",
]

PRESSED_CONTROLS = [
    "Petugas pendataan pernah meminta saya berhubungan badan agar nama saya masuk daftar bantuan. Saya menolak dan ia "
    "sudah pindah ke kabupaten lain.",
    "Petugas memberi kami waktu seminggu lagi untuk berpikir soal pindah ke huntara, kami masih bingung.",
    "Pak RT lagi nyuruh warga dtg ke balai desa ntr malem buat rapat pembagian bantuan.",
]


@pytest.mark.parametrize("narrative", PRESSED)
def test_the_price_still_pressed_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_exploitation", result.reasons
    assert result.priority.value == "critical", result.reasons
    assert any(r.startswith("ongoing danger") for r in result.reasons), result.reasons


@pytest.mark.parametrize("narrative", PRESSED_CONTROLS)
def test_a_demand_over_or_a_deadline_without_one_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority.value != "critical", result.reasons



# --- (4) Below its label: her room or rent paid and money given by him, and her nights spent with him (B59-38 'an
# international staff member from one of the WASH agencies has been paying for her boarding room in town and giving
# her cash, and she stays with him most nights': other misconduct, low, for exploitation, high). Money or lodging
# given with nights together is the exchange itself, whatever it is called (PRODUCT.md: exchanging money or favours
# for sex is exploitation): a verb of paying, her room, rent or lodging within a few words, then within twelve words
# her nights with him, at his place or in his room ('stays with him', 'nginep di tempatnya', 'sare di imahna',
# 'turu ning kamare') (KBBI bayar, kos, menginap; Danadibrata mayar, kontrakan, saré; Baoesastra mbayar, kos, turu;
# English plain usage).
# Controls: a room paid by the agency for its cook, who stays there with other staff; rent lent and paid back, no
# night told; her nights at her aunt's, nothing paid.
# First run on d9cda4f: 1 of 6 (the SMS, by 'nginep di kamarnya' beside the money), controls 3 of 3; now 6 of 6,
# controls 3 of 3. ---------------------------------------------------------------------------------------------------

KEPT = [
    # English
    "A logistics officer from an NGO pays the rent for her room and gives her money every week, and she sleeps at "
    "his place most nights.",
    # English, the reporter herself
    "The distribution supervisor has been paying for my room and giving me cash, and I stay with him most nights "
    "since our rations stopped.",
    # Indonesian formal
    "Seorang staf LSM membayar kos adik saya dan memberinya uang setiap minggu, dan adik saya hampir setiap malam "
    "menginap di tempatnya.",
    # Indonesian SMS
    "relawan itu bayarin kos sy n ksh duit tiap minggu, sy hampir tiap mlm nginep di kamarnya",
    # Sundanese
    "Petugas bantosan mayar kontrakan lanceuk abdi sareng masihan artos, lanceuk abdi ampir unggal peuting sare di "
    "imahna.",
    # Javanese
    "Relawan kuwi mbayari kos mbakyuku lan menehi dhuwit, mbakyuku meh saben bengi turu ning kamare.",
]

KEPT_CONTROLS = [
    "The agency pays for her room at the guesthouse because she cooks for the team, and she stays there with the "
    "other staff.",
    "Tetangga saya meminjamkan uang untuk membayar kos saya bulan lalu, dan sudah saya kembalikan.",
    "Adik saya menginap di rumah bibi setiap malam sejak rumah kami rusak, bibi tidak meminta bayaran.",
]


@pytest.mark.parametrize("narrative", KEPT)
def test_her_room_paid_and_her_nights_with_him_is_exploitation(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_exploitation", result.reasons
    assert result.priority.value in ("high", "critical"), result.reasons


@pytest.mark.parametrize("narrative", KEPT_CONTROLS)
def test_a_room_paid_without_nights_with_him_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category.value != "sexual_exploitation", result.reasons



# --- (5) Urgent over-calls: the rape word as a figure of speech in complaints about aid (B59-04 'Hak-hake wong cilik
# neng kene dirudapeksa tenan karo perangkat desa'; B59-34 'dana bantuan rumah rusak diperkosa abis2an sm oknum desa';
# B59-13 'Asa diperkosa ku cai unggal peuting' of a leaking tent: abuse, urgent, critical, for other misconduct or no
# misconduct, low). Round 36 reads rights or the law 'raped' (KBBI perkosa 2); now also the Javanese 'dirudapeksa'
# and its possessive 'hak-hake' (Baoesastra rudapeksa, hak), aid money or a budget as the subject ('dana', 'anggaran',
# 'uang bantuan'; no one named between), and the simile with no person doing it, 'as if raped by the rain' ('asa',
# 'siga', 'kayak', 'seperti', 'rasanya' before it, the rain, the water or the flood after 'ku', 'oleh', 'by';
# Danadibrata asa, siga, cai, hujan; KBBI seperti, banjir).
# Controls: aid money for her child who was raped; as if raped by the foreman last night; her rights asked but she
# was raped (Javanese, 'nanging').
# First run on 1e5eb98: 0 of 6, controls 3 of 3; now 6 of 6, controls 3 of 3. ---------------------------------------

FIGURE = [
    # Javanese
    "Hak-hake para pengungsi dirudapeksa tenan karo kepala dusun, beras bantuan didol neng pasar.",
    # Javanese, krama-ish possessive
    "Hak-hakipun warga dirudapeksa kaliyan panitia, bantuan dipotong separo.",
    # Indonesian SMS
    "dana bantuan rmh rusak diperkosa abis sm oknum kecamatan, warga cm dpt separo",
    # Indonesian formal
    "Anggaran bantuan hunian sementara telah diperkosa oleh oknum panitia sehingga warga hanya menerima separuh.",
    # Sundanese, the simile
    "Tenda abdi bocor, asa diperkosa ku hujan unggal peuting, mugi dikintunan terpal enggal.",
    # Indonesian, the simile
    "Tenda kami selalu bocor, rasanya seperti diperkosa oleh banjir setiap malam. Mohon dikirim terpal baru.",
]

FIGURE_CONTROLS = [
    "Dana bantuan untuk anak saya yang diperkosa belum cair sampai sekarang.",
    "Rasanya saya seperti diperkosa oleh mandor itu tadi malam di gudang.",
    "Hak-hake tak jaluk neng posko, nanging aku dirudapeksa karo wong kuwi wingi bengi.",
]


@pytest.mark.parametrize("narrative", FIGURE)
def test_the_rape_word_as_a_figure_is_no_rape(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons
    assert result.urgent_medical is False, result.reasons
    assert result.priority.value != "critical", result.reasons


@pytest.mark.parametrize("narrative", FIGURE_CONTROLS)
def test_a_rape_told_beside_the_words_stays_abuse(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons



# --- (6) Child and urgent over-calls: abuse in childhood told by a grown survivor, its year named (B60-08 'Saya
# perempuan, 27 tahun ... Pada tahun 2006, ... ketika saya berusia 10 tahun, seorang relawan ... meraba kemaluan saya';
# B60-39 'I'm 20 now ... In 2018 after the Lombok earthquake, when I was 15, a man from the team ... raped me': child,
# urgent, critical, for abuse, high). (6a) A year named ('pada tahun 2006', 'taun 2009', 'in 2018'), before the
# report's year and not a year of birth, dates what is told beside it to that year, long past (KBBI tahun; Danadibrata
# taun; Baoesastra taun; English plain usage). (6b) Her age then, after a word of when and herself ('ketika saya
# berusia 10 tahun', 'basa abdi umur 10 taun', 'nalika aku umur 9 taun', 'when I was 15'), is no child's age where
# her grown age now is told (an age of 18 or more): the survivor is grown (PRODUCT.md: a child is under 18).
# Controls: a child of 12 now, abused last year at 11; a grown woman raped last night; a girl born in 2012 raped last
# night (a year of birth dates nothing); raped every night since 2025 (the year it began; written after the first fix
# read it as long past, so not in the first run).
# First run on bedf004: 0 of 6, controls 3 of 3; now 6 of 6, controls 4 of 4. ---------------------------------------

GROWN_NOW = [
    # Indonesian formal
    "Saya laki-laki, 25 tahun. Pada tahun 2010, ketika saya berusia 11 tahun, seorang relawan di posko pengungsian "
    "meraba kemaluan saya.",
    # English
    "I am 24 now. In 2013, when I was 12, a volunteer at the evacuation centre touched my private parts in the "
    "storage tent.",
    # Sundanese
    "Abdi awewe, ayeuna yuswa 23 taun. Taun 2011, basa abdi umur 10 taun, aya relawan nu ngarampa dada abdi di tenda "
    "logistik.",
    # Javanese
    "Aku wedok, saiki umurku 26 taun. Taun 2009, nalika aku umur 9 taun, ana relawan sing ngelus-elus dhadhaku ning "
    "tenda.",
    # Indonesian SMS
    "sy cwe umur 22 thn. thn 2012 wktu sy umur 8 thn sy diraba2 kemaluannya sm relawan di pengungsian",
    # English, rape
    "I'm 30 now. In 2004, after the tsunami, when I was 14, an aid worker raped me in the warehouse.",
]

GROWN_NOW_CONTROLS = [
    # a child now
    ("Anak saya umur 12 tahun. Tahun lalu, ketika dia berusia 11 tahun, relawan meraba dadanya.", True, False),
    # a grown woman, last night
    ("Saya 25 tahun. Tadi malam relawan gudang memperkosa saya di belakang tenda.", False, True),
    # a year of birth dates nothing
    ("Putri saya lahir tahun 2012, tadi malam dia diperkosa relawan di belakang tenda.", True, True),
    # the year it began, still going on
    ("Saya 25 tahun. Sejak tahun 2025 relawan itu datang ke tenda saya dan memperkosa saya setiap malam.", False,
     True),
]


@pytest.mark.parametrize("narrative", GROWN_NOW)
def test_childhood_abuse_told_by_a_grown_survivor(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.child_involved is False, result.reasons
    assert result.urgent_medical is False, result.reasons


@pytest.mark.parametrize("narrative,child,urgent", GROWN_NOW_CONTROLS)
def test_a_child_now_or_an_act_now_stays(narrative, child, urgent):
    result = run(narrative)
    assert result.child_involved is child, result.reasons
    assert result.urgent_medical is urgent, result.reasons



# --- (7) Child over-calls: school words that make no child survivor now (B60-15 'Kula estri, yuswa 40 taun ... Nalika
# kula taksih kelas 5 SD, kula kaping-kaping dipun rudapeksa dening paklik kula': child by 'kelas 5', 'SD'; B60-26
# 'sering ngomong jorok nang ibu-ibu wali murid': child by 'murid'; B59-22 'nonjok suami sy smp bibirnya sobek': child
# by the SMS 'smp', until: child, critical, for high, medium, low). (7a) Her school grade then, a word of when and
# herself in the five words before it and no one else between, where her grown age now is told, as group 6's age then
# (Baoesastra nalika, taksih; KBBI ketika, kelas; Danadibrata basa). (7b) The pupils' parents or guardians ('wali
# murid', 'orang tua murid', 'kolot murid', 'wong tuwa murid', 'parents of pupils') are no pupils (KBBI wali murid;
# Danadibrata kolot; Baoesastra wong tuwa). (7c) The SMS 'smp' before a possessed noun ('smp bibirnya sobek') is
# 'sampai', until, as round 8 reads it before 'jatuh' (Salsabila et al. 2018).
# Controls: her child in grade 5 touched; a grown mother whose child in grade 3 was touched, 'ketika saya ke posko';
# pupils of grade 4 touched; 'anak sy smp kelas 2'.
# First run on 626d2bd: 0 of 8, controls 4 of 4; now 8 of 8, controls 4 of 4. ---------------------------------------

NOT_A_PUPIL_NOW = [
    # Javanese krama, her grade then
    "Kula estri, yuswa 35 taun. Nalika kula taksih kelas 4 SD, kula dipun rudapeksa dening tanggi kula.",
    # Indonesian formal, her grade then
    "Saya perempuan, 30 tahun. Ketika saya masih kelas 6 SD, paman saya memperkosa saya berkali-kali.",
    # Sundanese, her grade then
    "Abdi awewe, yuswa 33 taun. Basa abdi masih kelas 3 SD, abdi diperkosa ku tatangga abdi.",
    # English, her grade then
    "I am 28 now. When I was in grade 5, a neighbour raped me many times.",
    # Indonesian, the pupils' guardians
    "Relawan itu sering berkata jorok kepada para wali murid di sekolah darurat.",
    # Sundanese, the pupils' parents
    "Relawan eta sok ngomong jorang ka kolot murid di sakola darurat.",
    # Javanese, the pupils' parents
    "Relawan kuwi kerep ngomong saru marang wong tuwa murid ning sekolah darurat.",
    # Indonesian SMS, 'smp' as until
    "relawan posko td pagi nonjok suami sy smp bibirnya sobek gara2 nanya daftar",
]

NOT_A_PUPIL_NOW_CONTROLS = [
    "Anak saya kelas 5 SD, kemarin dia diraba-raba relawan di posko.",
    "Saya 30 tahun. Ketika saya ke posko, anak saya yang kelas 3 SD dipegang-pegang relawan.",
    "Murid-murid kelas 4 sering diraba-raba relawan di sekolah darurat.",
    "anak sy smp kelas 2 dipegang2 relawan di posko",
]


@pytest.mark.parametrize("narrative", NOT_A_PUPIL_NOW)
def test_school_words_that_make_no_child_survivor_now(narrative):
    result = run(narrative)
    assert result.child_involved is False, result.reasons


@pytest.mark.parametrize("narrative", NOT_A_PUPIL_NOW_CONTROLS)
def test_a_pupil_harmed_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved is True, result.reasons



# --- (8) Urgent over-calls: the disclosure's time and the incident's time in one sentence (B60-05 'She agreed because
# her kids were sleeping under a tarp. She told one of our female staff yesterday; it happened about three weeks ago':
# exploitation, urgent, critical, for high). Round 11 reads a time right beside a verb of telling as the disclosure's;
# a time farther from it was taken as the act's, the nearer one. Now in a sentence with a word of the incident
# ('happened', 'kejadiannya', 'kajadianana', 'kedadeane'), the time in the four words after that word is the
# incident's, before any other time of the sentence (KBBI kejadian; Danadibrata kajadian; Baoesastra kedadean;
# English plain usage).
# Controls: it happened last night and she told me this morning; 'Kejadiannya tadi malam ...'; 'Kajadianana kamari
# peuting ...'.
# First run on c72794a: 0 of 6, controls 3 of 3; now 6 of 6, controls 3 of 3. ---------------------------------------

TOLD_LATER = [
    # English
    "The volunteer made her sleep with him for a food voucher. She told me about it yesterday; it happened about "
    "three weeks ago.",
    # English, 'but'
    "A driver raped my neighbour in his truck. She told our female staff about everything last night, but it happened "
    "two weeks ago.",
    # Indonesian formal
    "Relawan itu memperkosa adik saya di gudang. Adik saya menceritakan semuanya kepada guru dan ibunya kemarin, "
    "padahal kejadiannya dua minggu lalu.",
    # Sundanese
    "Mandor maksa lanceuk abdi sare sareng anjeunna. Lanceuk abdi nembe nyarios ka abdi sareng indung kamari, "
    "kajadianana tos tilu minggu kapengker.",
    # Javanese
    "Relawan kuwi meksa mbakyuku turu karo dheweke. Mbakyuku lagi crita marang aku lan ibu wingi, kedadeane wis "
    "telung minggu kepungkur.",
    # Indonesian SMS
    "sy dipaksa tdr sm petugas gudang. sy br crt ke ibu sy n suami sy kmrn, kejadiannya udh 3 minggu lalu",
]

TOLD_LATER_CONTROLS = [
    "He raped her in the truck. It happened last night and she told me this morning.",
    "Kejadiannya tadi malam: relawan memperkosa saya di gudang, saya baru cerita ke ibu pagi ini.",
    "Kajadianana kamari peuting, mandor merkosa abdi di gudang.",
]


@pytest.mark.parametrize("narrative", TOLD_LATER)
def test_the_incidents_time_over_the_disclosures(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons


@pytest.mark.parametrize("narrative", TOLD_LATER_CONTROLS)
def test_the_incident_last_night_stays_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical is True, result.reasons


# Left (time box), not run: the over-calls of 59 and 60 not reached, no probe group yet (see the README).
KNOWN_GAPS = [
    # B60-09: 'wingi' after the flood, the recent flood or yesterday's, read as yesterday: urgent, critical, for high
    "Pas banjir wingi petugas pendataan ngomong nek aku gelem turu bareng, jenengku dilebokke daftar. Aku akhire "
    "gelem.",
    # B60-27: her age then with no word of when beside it, and the small children he holds now: child, for no child
    # (critical either way, by the danger to the children now, which the rules do not read)
    "Abdi ayeuna 24 taun. Waktos gempa taun 2009, abdi umur 8 taun, relawan eta ngalakukeun hal nu teu pantes ka "
    "abdi. Ayeuna anjeunna jadi relawan di posko barudak.",
]
