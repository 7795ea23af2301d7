"""Round 38 of issue 12: what round 37 left, the reports the rules alone place below their labels first, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 38 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


NO_SEXUAL = ("sexual_abuse", "sexual_exploitation", "sexual_harassment")


# --- (1) The rules alone below their labels (the model places them; the rules are the floor).

# (1a) Forced intercourse told by the Sundanese passive of 'setubuh' (B58-21 'tadi wengi dipaksa disetubuhan ku lalaki
# anu teu dipikawanoh': unplaced, high, for abuse, urgent, critical): the Indonesian 'disetubuhi', 'menyetubuhi' are
# read; the Sundanese 'disetubuhan', its active 'nyetubuhan', the Javanese active 'nyetubuhi' and the Betawi
# 'disetubuhin' are not (Danadibrata di-...-an, nyetubuhan; KBBI setubuh, menyetubuhi; Baoesastra ny-...-i; informal
# -in, Sneddon's Colloquial Jakartan Indonesian).
# Control: forced by the foreman to carry sacks of rice until night, unpaid (no sexual category).
# First run on 2a6696f: 2 of 6 (the Sundanese lemes by 'dipaksa' alone, the Betawi 'disetubuhin' by the SMS lexicon;
# the first Sundanese abuse only by the safety default, 'getihan', not counted), control 1 of 1; now 6 of 6, control
# 1 of 1. ------------------------------------------------------------------------------------------------------------

INTERCOURSE_FORCED = [
    # Sundanese, passive
    "Tadi peuting adi abdi dipaksa disetubuhan ku lalaki nu teu dipikawanoh di tukangeun tenda, ayeuna getihan.",
    # Sundanese, active
    "Mandor eta nyetubuhan abdi di gudang logistik bari ngabekem sungut abdi, kamari sonten.",
    # Sundanese, lemes
    "Putri abdi nu yuswa 19 taun disetubuhan ku supir truk bantosan di jero mobilna, dipaksa.",
    # Javanese, active
    "Wingi bengi relawan kuwi meksa nyetubuhi aku ning mburi posko, aku ora iso bengok.",
    # Indonesian SMS, Betawi passive
    "kmrn mlm sy dipaksa disetubuhin sm petugas posko di gudang, skrg sy berdarah",
    # Indonesian SMS, active
    "sopir truk bantuan itu maksa nyetubuhin sy di kebun td subuh",
]

INTERCOURSE_FORCED_CONTROLS = [
    "Mandor gudang maksa abdi ngangkut karung beas dugi ka peuting tanpa dibayar.",
]


@pytest.mark.parametrize("narrative", INTERCOURSE_FORCED)
def test_intercourse_forced_is_abuse(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert not any(reason.startswith("unplaced") for reason in result.reasons), result.reasons


# (1b) Exploitation read as nothing: the night with him asked as the price by being taken along for a night, or by the
# code-mixed 'stay' with him (B58-27 'upami abdi daek diajak sapeuting ku anjeunna, abdi bakal dipasihan beas':
# not misconduct by 'nyuhunkeun popok', for exploitation, high; B58-19 'syaratnya aku harus dinner & stay sama dia
# di hotel': not misconduct by 'Is this allowed?', for exploitation, high): round 20 reads 'nginep bareng dia', round
# 7 'nemenan ... sapeuting'; now a verb of taking along ('diajak', 'ngajak', 'dijak') before a night counted
# ('sapeuting', 'sewengi', 'sedalu', 'semalaman', 'for a night'), and the code-mixed 'stay' with him like 'nginep'
# (Danadibrata ajak, sapeuting; Baoesastra ajak, sewengi, krama sedalu; KBBI ajak, semalaman; English stay, common in
# code-mixed Indonesian); never 'diajak semalam' (last night).
# Controls: invited last night to a meeting ('diajak semalam'); her daughter staying with her grandmother.
# First run on 2a6696f: 1 of 6 (the Sundanese loma, by round 9's 'diajak ... ku mandor gudang'), controls 2 of 2; now 6
# of 6, controls 2 of 2. The code-mixed probe first said only 'nawarin aku kerja di dapur umum, tp syaratnya ...': no
# pay named, the offer of work is not linked to the night (with 'nginep' alike: KNOWN_GAPS); 'gajinya lumayan' added,
# as it was before the fix (still 9 of 15 failing on 2a6696f). -------------------------------------------------------

NIGHT_ASKED = [
    # Sundanese
    "Kuring moal dibere beas lamun teu daek diajak sapeuting ku mandor gudang, cenah.",
    # Sundanese, lemes
    "Pa RT nyarios abdi bakal dipasihan simbut upami abdi purun diajak sapeuting ku anjeunna.",
    # Javanese
    "Petugas gudang kandha aku oleh beras luwih nek aku gelem dijak sewengi karo dheweke.",
    # Indonesian formal
    "Koordinator posko berjanji memberi saya pekerjaan asalkan saya mau diajak semalaman olehnya.",
    # Indonesian, code-mixed
    "korlap itu nawarin aku kerja di dapur umum, gajinya lumayan, tp syaratnya aku hrs stay sama dia di penginapan "
    "weekend ini",
    # English
    "The logistics officer said I would get extra rice if I let him take me away for a night.",
]

NIGHT_ASKED_CONTROLS = [
    "Saya diajak semalam oleh ketua RT ke rapat pembagian bantuan di balai desa.",
    "Anak saya stay sama neneknya di Bandung selama kami mengungsi, kami minta bantuan ongkos.",
]


@pytest.mark.parametrize("narrative", NIGHT_ASKED)
def test_the_night_asked_is_exploitation(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_exploitation", result.reasons


@pytest.mark.parametrize("narrative", NIGHT_ASKED_CONTROLS + INTERCOURSE_FORCED_CONTROLS)
def test_night_and_intercourse_controls(narrative):
    result = run(narrative)
    assert result.category.value not in NO_SEXUAL, result.reasons



# --- (2) Harassment the rules do not read, left high as unplaced (the model places them): sexual remarks and gestures
# without touch (B57-39 'sering banget ngomong inappropriate ke ibu-ibu penyintas ..., and kadang wink ke mereka';
# B58-38 'sering melontarkan lelucon tentang hubungan suami-istri, lalu ... berkata "ibu ini pasti kuat di ranjang"':
# unplaced, high, for harassment, medium): (2a) winking at her or the women, the person or 'ke', 'ka', 'at' right after
# the verb ('ngedipin', 'ngiceupan', 'ngedhepi', code-mixed 'wink ke', 'winks at'), never an eye that blinks; (2b)
# improper words told by the code-mixed 'inappropriate' after the verb of speaking, as 'jorok', 'saru' are read;
# (2c) jokes about intercourse or the marriage bed ('lelucon tentang hubungan suami istri', 'heureuy jorang', 'guyon
# saru') and her prowess in bed said ('pasti kuat di ranjang', 'jago di kasur', 'good in bed') (KBBI kedip, mengedipi,
# lelucon, ranjang, kuat; informal ngedipin, Salsabila et al. 2018; Danadibrata kiceup, ngiceupan, heureuy, jorang;
# Baoesastra kedhep, ngedhepi, guyon, saru; English plain usage).
# Controls: a child's eyes that blink (asking for eye drops); a bed in the clinic tent not strong; jokes about football.
# First run on 2d8019c: 0 of 10 (all unplaced, high), controls 3 of 3; now 10 of 10, controls 3 of 3. --------------

REMARKS_AND_GESTURES = [
    # Indonesian, code-mixed
    "Supervisor gudang itu sering ngomong inappropriate ke relawan cewek, katanya cuma bercanda.",
    # Indonesian SMS, a wink
    "petugas posko suka ngedipin mata ke cewe2 yg antri air, risih bgt",
    # Sundanese, a wink
    "Satpam posko sok ngiceupan abdi unggal abdi ngantri cai, abdi isin pisan.",
    # Javanese, a wink
    "Mandor kuwi saben esuk ngedhepi aku nalika aku njupuk jatah beras, aku wedi.",
    # English, a wink
    "The distribution officer keeps winking at me and the other widows in the queue.",
    # Indonesian formal, her prowess in bed
    "Petugas pendataan itu berkata kepada saya bahwa janda seperti saya pasti hebat di ranjang.",
    # Sundanese, jokes
    "Relawan eta sok heureuy jorang ka ibu-ibu di dapur umum, abdi teu betah.",
    # Javanese, jokes
    "Relawan kuwi seneng guyon saru marang ibu-ibu ning dapur umum, aku isin.",
    # Indonesian, jokes about intercourse
    "Pendamping kelompok sering membuat lelucon tentang hubungan suami istri di depan kami para janda.",
    # English, in bed
    "The facilitator told me in front of the group that a widow like me must be good in bed.",
]

REMARKS_AND_GESTURES_CONTROLS = [
    "Anak saya matanya kedip-kedip terus sejak kemarin, kami minta obat tetes mata di posko.",
    "Ranjang di tenda kesehatan tidak kuat, sudah dua kali patah, mohon diganti.",
    "Relawan itu sering bercanda soal sepak bola dengan bapak-bapak di posko.",
]


@pytest.mark.parametrize("narrative", REMARKS_AND_GESTURES)
def test_remarks_and_winks_are_harassment(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_harassment", result.reasons
    assert result.priority.value == "medium", result.reasons


@pytest.mark.parametrize("narrative", REMARKS_AND_GESTURES_CONTROLS)
def test_blinks_beds_and_jokes_are_no_harassment(narrative):
    result = run(narrative)
    assert result.category.value not in NO_SEXUAL, result.reasons


# --- (3) Aid refused read as "it did not happen" (round 37's probes 'gk dikasih sembako', 'teu masihan bantosan',
# their KNOWN_GAPS: not misconduct, the reporter said to deny it): round 14 reads 'menolak memberi', 'ora gelem menehi'
# as refusing service; a verb of giving negated ('gk dikasih', 'teu masihan', 'ora menehi', 'mboten maringi', 'did not
# give us') was read as the reporter denying an exchange. Now the verb negated, then the aid named (within two words)
# and to whom ('ke', 'ka', 'marang', 'dhateng', 'to', or the family, 'kami', 'us' right after) is aid refused, refusing
# service (KBBI kasih, beri; Danadibrata masihan, mere, mikeun; Baoesastra menehi, krama maringi, wenehi; English plain
# usage); never aid not yet given ('belum dikasih', 'teu acan', 'durung'), nor nothing given ('apa-apa').
# Controls: aid not yet given, the schedule asked; nothing given nor asked, a question.
# First run on d4a5b3f: 0 of 7 (five "it did not happen", two unplaced), controls 2 of 2; now 7 of 7, controls 2 of 2.
# Of round 37's two, the Sundanese 'teu masihan bantosan.' is now refusing service; the SMS passive with no one named
# after it ('gk dikasih sembako.') is still read as a denial (KNOWN_GAPS). ------------------------------------------

AID_REFUSED = [
    # Indonesian SMS
    "relawan dapur umum gk ngasih nasi ke keluarga sy, katanya kami tukang bikin ribut",
    # Indonesian formal
    "Petugas distribusi tidak memberikan paket sembako kepada keluarga kami setelah kami mengkritik posko.",
    # Sundanese
    "Petugas posko teu masihan simbut ka kulawarga abdi, saurna abdi tukang protes.",
    # Sundanese, loma
    "Relawan eta teu mere beas ka urang, cenah urang sok ngaribetkeun.",
    # Javanese
    "Petugas posko ora menehi beras marang kulawargaku, jarene aku kakehan protes.",
    # Javanese krama
    "Petugas posko mboten maringi uwos dhateng kulawarga kula, ngendikanipun kula tukang protes.",
    # English
    "The warehouse volunteer did not give us our food parcels after we complained about him.",
]

AID_REFUSED_CONTROLS = [
    "Sampai hari ini kami belum dikasih bantuan, mohon info jadwal pembagian berikutnya.",
    "Relawan itu tidak memberi saya apa-apa dan tidak meminta apa-apa, saya hanya ingin bertanya soal pendaftaran.",
]


@pytest.mark.parametrize("narrative", AID_REFUSED)
def test_aid_refused_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category.value == "other_misconduct", result.reasons
    assert not any(reason.startswith("unplaced") for reason in result.reasons), result.reasons


@pytest.mark.parametrize("narrative", AID_REFUSED_CONTROLS)
def test_aid_not_yet_given_is_no_misconduct(narrative):
    result = run(narrative)
    assert result.category.value == "not_misconduct", result.reasons


# --- (4) What time allowed of the rest.

# (4a) Aid carried off at night and sold at a shop (B57-04 'menaikkan karung-karung beras bantuan ke mobil bak terbuka
# pada malam hari dan menurunkannya di toko kelontong': harassment by 'ke mobil ... pada malam', read as asking her to
# come at night, for other misconduct, low; B58-18 'barang-barang iku didol neng toko kelontong': not misconduct by
# 'ora oleh susu', for other misconduct): the aid or its sacks right before 'ke' are goods carried, no invitation; and
# round 30's passives of selling ('didol', 'diical', 'disade') at a shop, a stall or a kiosk as at the market (KBBI
# karung, toko, warung, kios; Baoesastra dol, didol, toko; Danadibrata ical, diical, warung; English plain usage).
# Controls: asked to come to his car at night, rice the pretext (a sexual category); her own vegetables sold at a shop
# (no aid sold).
# First run on c9dd890: 3 of 6 (the Javanese two by round 9's carried then sold and 'beras bantuan ... didol', the
# English by 'into a truck at night and sell'), controls 2 of 2; now 6 of 6, controls 2 of 2. ------------------------

AID_SOLD = [
    # Indonesian formal
    "Kami melihat petugas gudang memindahkan kardus mi instan bantuan ke truk pada malam hari lalu menurunkannya di "
    "warung milik saudaranya.",
    # Indonesian SMS
    "relawan posko ngangkut beras bantuan ke mobil pas malem2, besoknya berasnya dijual di warung sebelah",
    # Javanese
    "Wong sing njaga gudang ngusungi karung beras bantuan menyang mobile bengi-bengi, banjur didol neng warung.",
    # Javanese, the goods first
    "Beras bantuan saka posko didol neng toko kelontong karo petugas sing njaga gudang.",
    # Sundanese
    "Petugas gudang ngangkutan karung beas bantosan ka mobil peuting-peuting, tuluy diical di warung batur.",
    # English
    "We saw the warehouse guard load sacks of aid rice into a truck at night and sell them to a shop in town.",
]

AID_SOLD_CONTROLS = [
    "Petugas mengajak saya ke mobilnya pada malam hari sendirian, katanya mau memberi beras tambahan.",
    "Aku ngedol sayur saka kebonku dhewe neng toko kelontong cedhak posko, saiki rega murah.",
]


@pytest.mark.parametrize("narrative", AID_SOLD)
def test_aid_carried_off_and_sold_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category.value == "other_misconduct", result.reasons
    assert not any(reason.startswith("unplaced") for reason in result.reasons), result.reasons


def test_his_car_at_night_stays_sexual():
    result = run(AID_SOLD_CONTROLS[0])
    assert result.category.value in NO_SEXUAL, result.reasons


def test_her_own_vegetables_sold_are_no_aid_sold():
    result = run(AID_SOLD_CONTROLS[1])
    assert not any("selling aid" in reason or "diverting aid" in reason for reason in result.reasons), result.reasons


# (4b) Perpetrator type: her husband named in a clause of time, away on watch or at work, read as the one who did it
# (B57-01 'saat suaminya jaga ronda, seorang relawan bagian logistik ... masuk ke tendanya': community member by
# 'suaminya', for aid worker; round 37's KNOWN_GAPS): a family word right after a word of time ('saat', 'ketika',
# 'pas', 'basa', 'nalika', 'while', 'when') with his being away, on watch or at work within the next words ('jaga',
# 'ronda', 'kerja', 'pergi', 'lunga', 'away', 'on night watch', 'at work') is the setting, not who acted (KBBI saat,
# ronda, jaga; Danadibrata basa, ronda; Baoesastra nalika, ronda, lunga; English plain usage).
# Control: her husband back from the watch, the one who beat her (community member).
# First run on 8768338: 0 of 6 (all community member by the husband), control 1 of 1; now 6 of 6, control 1 of 1. ---

HUSBAND_AWAY = [
    # Indonesian formal, a hotline note
    "Menurut pelapor, saat suaminya jaga ronda, seorang sopir truk bantuan masuk ke tendanya dan meraba dadanya.",
    # Indonesian SMS
    "td mlm pas suaminya lg jaga malam, sopir truk bantuan masuk tendanya & raba2 dadanya",
    # Sundanese
    "Tadi peuting, basa salakina keur ronda, aya relawan logistik asup ka tendana tuluy nyabak dadana.",
    # Javanese
    "Wingi bengi nalika bojone lunga ronda, relawan logistik mlebu tendane lan ngraba dhadhane.",
    # English, the reporter's own
    "Last night, while my husband was on night watch, a logistics volunteer came into our tent and pinned me down.",
    # English, a third party
    "While her husband was away at work, the camp manager came into her shelter and touched her breasts.",
]

HUSBAND_AWAY_CONTROLS = [
    "Saat suaminya pulang dari ronda, ia memukul istrinya dan memperkosanya di tenda pengungsian.",
]


@pytest.mark.parametrize("narrative", HUSBAND_AWAY)
def test_her_husband_away_is_not_the_perpetrator(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "aid_worker", result.reasons


@pytest.mark.parametrize("narrative", HUSBAND_AWAY_CONTROLS)
def test_her_husband_back_who_beat_her_is_community(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "community_member", result.reasons


# (4c) Perpetrator type: the village officials named as the ones who acted, their aid context in another sentence
# (B58-05 'Kepala desa yang membagikan bantuan dana stimulan hanya memasukkan keluarga ... Hak kami ... diperkosa oleh
# aparat desa sendiri': community member by 'aparat desa', no aid context in its sentence, for aid worker): round 22
# holds the context of one mention for the same role word said again ('polisi' ... 'polisi'); now a village official
# with aid context in one sentence holds it for every village official of the report ('kades', 'aparat desa',
# 'perangkat desa', 'kuwu', 'lurah': one administration handing out the aid; PRODUCT.md: officials or village heads
# handing out aid are aid workers).
# Control: village officials with no aid named anywhere, a land dispute (community member).
# First run on 3c42c68: 1 of 6 (the English, its context read back from the next sentence), control 1 of 1; now 6 of
# 6, control 1 of 1. -------------------------------------------------------------------------------------------------

VILLAGE_OFFICIALS = [
    # Indonesian formal
    "Pak Kades yang membagikan bantuan beras hanya memberi jatah kepada kerabatnya. Saat kami protes, kami dibentak "
    "oleh aparat desa.",
    # Indonesian SMS
    "kades yg bagi2 bantuan cm ngasih ke tim suksesnya. pas kami protes kami diusir sm perangkat desa",
    # Sundanese
    "Kuwu nu ngabagikeun bantuan ngan mere ka baraya-barayana. Basa kami protes, kami dicarekan ku aparat desa.",
    # Javanese
    "Pak lurah sing mbagekake bantuan mung menehi marang sedulur-sedulure. Nalika kami protes, kami diusir karo "
    "perangkat desa.",
    # English
    "The village head who distributes the aid gives it only to his relatives. When we complained we were shouted at "
    "by the village officials.",
    # Indonesian formal, a figure of speech
    "Kepala dusun yang mendata penerima bantuan mencoret nama kami. Hak kami benar-benar dirampas oleh aparat desa "
    "sendiri.",
]

VILLAGE_OFFICIALS_CONTROLS = [
    "Aparat desa memukul suami saya di balai desa karena sengketa tanah warisan.",
]


@pytest.mark.parametrize("narrative", VILLAGE_OFFICIALS)
def test_village_officials_handing_out_aid_are_aid_workers(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "aid_worker", result.reasons


@pytest.mark.parametrize("narrative", VILLAGE_OFFICIALS_CONTROLS)
def test_village_officials_in_a_land_dispute_are_community(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "community_member", result.reasons

KNOWN_GAPS = [
    # Left as they are (see the blind README's Round 38). B58-39 (a food complaint naming children, unplaced with a
    # child, critical) is the safety default round 36 left: not touched. B58-23 (a porn video sent to a girl and 'ngajak
    # vc malem2': abuse with a child for harassment, both critical): the line between them not moved.
    # Group 1b: an offer of work with no pay named is not linked to the night asked after 'tp syaratnya' ('nginep'
    # alike): harassment for exploitation
    "korlap itu nawarin aku kerja di dapur umum, tp syaratnya aku hrs stay sama dia di penginapan weekend ini",
    # Group 3: the passive of giving negated with no one named after it, read as a denial (a complaint that aid did
    # not come says it alike: 'kami tidak dikasih bantuan', so the passive needs the one who refused it named)
    "relawan blg kami sesat & gk dikasih sembako. ini pelecehan thd agama kami!! pdhl ada anak2 yg lapar",
]
