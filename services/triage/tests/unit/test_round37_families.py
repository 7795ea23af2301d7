"""Round 37 of issue 12: what batches 57 and 58 still miss, the report below its label first, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 37 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Below its label: pinning her down told by the bare active verb, the man not named right before it (B57-20
# 'sopir truk logistik nawarin tumpangan ..., dia kunci pintu,nindih sy di jok & buka celana sy', four years before:
# harassment by 'buka celana' (nudity demanded), medium, for abuse, high): round 8 reads 'menindih', 'ditindih' and the
# bare 'nindih' only with a man's word or his pronoun right before it ('dia nindih sy'); the bare actives of SMS,
# Sundanese and Javanese ('nindih', 'nindihin', 'nindihan', 'nindihi', 'nindhih', 'nindhihi') and the Betawi passive
# 'ditindihin' now read as pinning her down with the person pinned right after them (KBBI tindih, menindih; informal
# -in, Sneddon's Colloquial Jakartan Indonesian; Danadibrata tindih, nindihan; Baoesastra tindhih, nindhihi); never
# rubble, a wall or a tree as the one on top, nor a leg pinned.
# Controls: a wall that pinned the reporter in the earthquake; a tree on her brother's leg (Sundanese).
# First run on 7354303: 0 of 6 (five unplaced, the Javanese 'nindhih' too; none abuse), controls 2 of 2; now 6 of 6,
# controls 2 of 2. ---------------------------------------------------------------------------------------------------

PINNED_BARE = [
    # Indonesian SMS, after a comma
    "bulan lalu sopir truk bantuan nawarin tumpangan, trs berhenti di kebun, nindihin sy di jok belakang. sy dorong "
    "dia trs lari",
    # Indonesian SMS, the bare verb after a comma
    "2 thn lalu relawan posko ngajak sy ke gudang, kunci pintu, nindih sy di kasur lipat. sy gk bs ngelawan",
    # Indonesian, the Betawi passive
    "3 bln lalu sy ditindihin mandor padat karya di gubuk kebun, sy gk bs teriak",
    # Sundanese
    "Taun kamari relawan dapur umum ngonci panto tenda logistik, teras nindihan abdi dina karpet, abdi teu tiasa "
    "ngalawan.",
    # Javanese ngoko
    "Rong taun kepungkur relawan kuwi ngunci lawang tenda, banjur nindhihi aku ing kasur, aku ora bisa nglawan.",
    # Javanese ngoko, the bare 'nindhih'
    "Sasi kepungkur sopir truk bantuan mandheg neng alas, nindhih aku neng jok mburi, aku njerit.",
]

PINNED_BARE_CONTROLS = [
    # a wall on the reporter in the earthquake
    "pas gempa tembok nindih sy di dapur, kaki sy lecet, skrg blm dpt terpal",
    # a tree on her brother's leg
    "Basa lini, tangkal nindihan suku adi abdi, ayeuna can kénging bantuan ubar.",
]


@pytest.mark.parametrize("narrative", PINNED_BARE)
def test_pinning_her_down_by_the_bare_verb_is_abuse(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.priority.value == "high", result.reasons


@pytest.mark.parametrize("narrative", PINNED_BARE_CONTROLS)
def test_pinned_by_rubble_is_no_abuse(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons
    assert not result.urgent_medical, result.reasons


# The same group, its child side (B57-33 'Tanganku dicekel kenceng, awakku ditindihi, klambiku disingkap. Aku ora
# wani bengok mergo anakku sing cilik turu ning sandhingku', three months before: once 'ditindihi' is read, its act
# had no word of her near it, and her small child asleep beside her would be read as the one harmed): her body word
# with her '-ku' right before a passive act ('awakku ditindihi', 'badanku ditindihi', 'dadaku diremas') tells the act
# of her, as it does after an active one (round 35); never her child's word ('anakku ditindihi').
# Controls: her child pinned down (a child, critical).
# First run on 7354303: 3 of 3, control 1 of 1 ('ditindihi' then unread, the clothes read); with the pinning entry
# above and without this rule 0 of 3 (each a child, critical); now 3 of 3, control 1 of 1. ----------------------------

HER_BODY_BEFORE_THE_PASSIVE = [
    # Javanese ngoko
    "Rong sasi kepungkur pas bojoku lunga, tanggaku teka, awakku ditindihi, klambiku disingkap. Anakku sing cilik "
    "turu ning sandhingku.",
    # Indonesian SMS
    "3 bln lalu tetangga tenda masuk mlm2, badanku ditindihin, bajuku ditarik. anakku yg kecil tidur di sebelahku.",
    # Indonesian formal
    "Tiga bulan lalu tetangga tenda masuk malam hari, tubuhku ditindihi dan bajuku disingkap. Anakku yang kecil "
    "tidur di sampingku.",
]

HER_BODY_BEFORE_THE_PASSIVE_CONTROLS = [
    # her child pinned down: a child
    "Rong sasi kepungkur tanggaku mlebu tenda bengi-bengi, anakku ditindihi, klambine disingkap.",
]


@pytest.mark.parametrize("narrative", HER_BODY_BEFORE_THE_PASSIVE)
def test_her_body_before_the_passive_is_her_own(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert not result.child_involved, result.reasons
    assert result.priority.value == "high", result.reasons


@pytest.mark.parametrize("narrative", HER_BODY_BEFORE_THE_PASSIVE_CONTROLS)
def test_her_child_pinned_down_is_a_child(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.child_involved, result.reasons
    assert result.priority.value == "critical", result.reasons


# --- (2) Child over-calls: children named in the report who are not the survivor (PRODUCT.md: child_involved is
# about the survivor). Each sub-class below names the children only as her family, her dependants, present beside
# her or a group in need; an act told of a child keeps the child (the controls). B58-39 (a food complaint naming
# children, unplaced, critical) stays as it is: that default is a safety choice.

# (2a) A widow with her children counted right after 'anak' (B58-01 'Adhiku wedok, randha anak siji, ditawani terpal
# ...': child by 'anak', critical, for no child, high): round 23 reads 'randa anakna tilu', round 12 'janda dengan anak
# 2' and 'ibu anak 2'; now also the widow's words ('randha', 'randa', 'rondo', 'rangda', 'widow') before the bare
# 'anak' and the count (KBBI janda; Danadibrata randa, rangda; Baoesastra randha, rondho; 'siji' read as 1).
# Control: a widow's child of 9 touched (a child, critical).
# First run on 981106a: 2 of 6 (the Indonesian 'janda anak 1', read by round 12, and the English), control 1 of 1;
# now 6 of 6, control 1 of 1. ---------------------------------------------------------------------------------------

WIDOW_WITH_CHILDREN = [
    # Javanese ngoko
    "Mbakyuku, randha anak loro, dijanjeni beras karo terpal nek gelem turu bareng sewengi karo petugas posko.",
    # Javanese, 'rondo'
    "Tanggaku rondo anak siji ditawani dhuwit rong atus ewu nek gelem turu bareng mandor padat karya sewengi.",
    # Sundanese
    "Lanceuk abdi, randa anak hiji, dijangjian beas sakarung upami daék saré sareng supir bantuan.",
    # Sundanese, 'rangda'
    "Tatangga abdi rangda anak dua, ditawaran terpal upami daek nemenan relawan sapeuting.",
    # Indonesian SMS
    "kakak sy janda anak 1, ditawarin beras 2 karung asal mau nemenin sopir truk bantuan semalam",
    # English
    "My sister, a widow with one child, was offered two tarpaulins if she would spend the night with the driver.",
]

WIDOW_WITH_CHILDREN_CONTROLS = [
    # the widow's child touched: a child
    "Tanggaku randha anak siji, anake umur 9 taun digerayangi sopir truk bantuan neng mburi posko.",
]


@pytest.mark.parametrize("narrative", WIDOW_WITH_CHILDREN)
def test_a_widow_with_her_children_counted_is_no_child(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_exploitation", result.reasons
    assert not result.child_involved, result.reasons


@pytest.mark.parametrize("narrative", WIDOW_WITH_CHILDREN_CONTROLS)
def test_a_widow_s_child_touched_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority.value == "critical", result.reasons


# (2b) Her children present beside her who did not wake, or who saw her cry (B57-01 'Dua anak pelapor (5 dan 8
# tahun) tidur di sebelahnya dan tidak terbangun.', B57-18 'anak sy yg 3thn liat sy nangis2.': a child by the age,
# critical by it as well as by the urgent care): round 22 reads her child asleep beside her, the sentence ending
# there; now also 'and did not wake' after it ('dan tidak terbangun', 'ora tangi', 'teu hudang', 'and did not wake
# up'), and her child who saw her crying, the sentence ending there ('lihat saya nangis', 'ningali abdi ceurik', 'weruh
# aku nangis', 'saw me crying') (KBBI terbangun, menangis; Danadibrata hudang, ceurik; Baoesastra tangi, nangis;
# English plain usage): present, as a witness of her pain, not the one harmed.
# Control: her child asleep beside her, then touched (a child, critical).
# First run on 981106a: 0 of 6 (each a child by its age, critical), control 1 of 1; now 6 of 6, control 1 of 1. ------

HER_CHILDREN_PRESENT = [
    # Indonesian formal, the hotline's third person
    "Dua malam lalu seorang relawan masuk ke tenda pelapor dan menindih tubuhnya. Anak pelapor (4 tahun) tidur di "
    "sebelahnya dan tidak terbangun.",
    # Indonesian SMS
    "td subuh laki2 dr tenda sebelah bekap mulut sy trs buka paksa rok sy. anak sy yg 4thn liat sy nangis2.",
    # Sundanese
    "Tadi wengi aya lalaki nyeret abdi ka tukangeun MCK teras muka paksa calana abdi. Budak abdi nu umur 5 taun "
    "ningali abdi ceurik.",
    # Javanese ngoko
    "Wingi bengi ana wong lanang mlebu tenda, nindhihi aku lan mbukak peksa jarikku. Anakku sing umur 6 taun weruh "
    "aku nangis.",
    # Javanese, asleep and not woken
    "Wingi bengi tanggaku mlebu tenda lan mbukak peksa jarikku. Anakku umur 3 taun turu neng sandhingku lan ora "
    "tangi.",
    # English
    "Last night a man from the next tent pinned me down and forcibly opened my trousers. My 4-year-old son saw me "
    "crying.",
]

HER_CHILDREN_PRESENT_CONTROLS = [
    # her child asleep beside her, then touched: a child
    "Tadi malam relawan itu masuk ke tenda. Anak saya umur 7 tahun tidur di sebelah saya, lalu dia meraba paha anak "
    "saya.",
]


@pytest.mark.parametrize("narrative", HER_CHILDREN_PRESENT)
def test_her_children_present_are_no_survivor(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert not result.child_involved, result.reasons
    assert result.urgent_medical, result.reasons


@pytest.mark.parametrize("narrative", HER_CHILDREN_PRESENT_CONTROLS)
def test_her_child_touched_beside_her_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority.value == "critical", result.reasons


# (2c) Her children as those she provides for (B57-12 'udh 2x sy turutin bln lalu krn anak2 sy butuh mkn': the SMS
# 'mkn' unread, so 'butuh makan' was not; B57-23 'lumayan keur nyumponan budak tilu': Sundanese 'nyumponan', to
# provide for): the SMS 'mkn' is 'makan' (KBBI makan; Salsabila et al. 2018's colloquial lexicon; the batches write it
# so: 'antri mkn siang', 'jatah mkn'); round 4's verbs of providing for counted children take the Sundanese
# 'nyumponan', 'ngahirupan' and the Javanese 'nyukupi', 'nguripi', with the count before or right after the children
# (Danadibrata cumpon, nyumponan, hirup; Baoesastra cukup, nyukupi, urip).
# Control: money offered to feed her children, then her daughter of 12 touched (a child).
# First run on 981106a: 2 of 6 (the two Indonesian SMS, her 'sy' near the terms: round 7), control 1 of 1; now 6 of 6,
# control 1 of 1. The SMS 'mkn' is read as 'makan' only in this entry: read everywhere, it made 'antri mkn siang' aid
# and B20-09's harassment exploitation (caught by the comparison before the commit). ----------------------------------

CHILDREN_SHE_PROVIDES_FOR = [
    # Indonesian SMS, 'mkn'
    "mandor minta sy nemenin dia semalam biar dpt upah harian, sy mau krn anak2 sy butuh mkn",
    # Indonesian SMS, 'mkn' after a negator
    "sy terpaksa nemenin relawan itu semalam biar dpt beras, soalnya anak2 sy udh 2 hr gk mkn",
    # Sundanese, the count after the children
    "Abdi hoyong damel di padat karya keur nyumponan budak dua, tapi mandorna nyarios upami hoyong kénging damel, "
    "abdi kedah saré sareng anjeunna sapeuting.",
    # Sundanese, 'ngahirupan'
    "Kuring butuh gawé keur ngahirupan barudak tilu, tapi mandor nyebutkeun lamun hayang meunang gawé kuring kudu "
    "nemenan manéhna sapeuting.",
    # Javanese ngoko
    "Aku butuh gaweyan kanggo nyukupi anak telu, nanging mandore kandha nek pengin oleh upah aku kudu turu bareng "
    "sewengi.",
    # Javanese, 'nguripi'
    "Aku kudu nguripi bocah loro, mulane gelem dijak turu bareng sewengi karo mandor supaya oleh upah.",
]

CHILDREN_SHE_PROVIDES_FOR_CONTROLS = [
    # money to feed her children, then her daughter of 12 touched: a child
    "Relawan itu ngasih sy duit buat anak2 sy mkn, trs dia raba2 dada anak sy yg umur 12 thn.",
]


@pytest.mark.parametrize("narrative", CHILDREN_SHE_PROVIDES_FOR)
def test_the_children_she_provides_for_are_no_survivor(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_exploitation", result.reasons
    assert not result.child_involved, result.reasons


@pytest.mark.parametrize("narrative", CHILDREN_SHE_PROVIDES_FOR_CONTROLS)
def test_her_child_touched_after_the_money_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority.value == "critical", result.reasons


# (2d) Contempt of their dignity or faith called 'pelecehan', children named among those refused (B58-28 'menolak
# memberikan bantuan kepada keluarga kami dan menyebut kami 'sesat' ... Ini pelecehan terhadap martabat dan keyakinan
# kami. Di antara kami ada anak kecil dan lansia yang butuh makan.': harassment by 'pelecehan', child by 'anak kecil',
# critical, for other misconduct, no child, low): with no sexual act told, children named are no survivor (no rule
# flags them); the over-call comes from the word. Round 32 reads 'ini pelecehan terhadap warga', said of the people or
# their rights, as contempt ('a right violated'); now also of their dignity, faith or religion ('martabat',
# 'keyakinan', 'agama', 'ajen', 'pangandel', 'our faith') (KBBI leceh, melecehkan 'memandang rendah, menghinakan',
# martabat, keyakinan; Danadibrata ajen, kapercayaan; Baoesastra agama, pangandel; English plain usage); never of
# women or a child ('pelecehan terhadap anak perempuan kami').
# Control: 'pelecehan' said of their daughter, then a touch told (a child, critical).
# First run on 981106a: 0 of 6 (all harassment; two with the children named, critical), control 1 of 1; now 6 of 6
# (two read as no misconduct by 'gk dikasih', 'teu masihan': KNOWN_GAPS), control 1 of 1. -------------------------

CONTEMPT_OF_THEIR_FAITH = [
    # Indonesian formal
    "Panitia posko menolak memberi bantuan kepada keluarga kami karena kami penganut kepercayaan. Ini pelecehan "
    "terhadap keyakinan kami. Di antara kami ada anak kecil yang butuh makan.",
    # Indonesian SMS
    "relawan blg kami sesat & gk dikasih sembako. ini pelecehan thd agama kami!! pdhl ada anak2 yg lapar",
    # Indonesian formal, dignity
    "Petugas distribusi menyebut kami pengemis dan melempar paket sembako ke tanah. Itu pelecehan terhadap martabat "
    "kami sebagai pengungsi, di depan anak-anak dan lansia.",
    # Sundanese
    "Relawan nyebut kami sesat sarta teu masihan bantosan. Ieu mah pelecehan ka agama kami, padahal aya barudak nu "
    "lapar.",
    # Javanese
    "Petugas posko ngarani kami sesat lan ora gelem menehi bantuan. Iki pelecehan marang agama kami, kamangka ana "
    "bocah-bocah sing ngelih.",
    # English
    "The volunteers called us heretics and refused to give us food parcels. This is a harassment of our faith, and "
    "there are small children among us.",
]

CONTEMPT_OF_THEIR_FAITH_CONTROLS = [
    # 'pelecehan' said of their daughter, a touch told: a child
    "Ini pelecehan terhadap anak perempuan kami yang masih 11 tahun: relawan itu meraba dadanya di antrean sembako.",
]


@pytest.mark.parametrize("narrative", CONTEMPT_OF_THEIR_FAITH)
def test_contempt_of_their_faith_is_no_sexual_harassment(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons
    assert not result.child_involved, result.reasons
    assert result.priority.value != "critical", result.reasons


@pytest.mark.parametrize("narrative", CONTEMPT_OF_THEIR_FAITH_CONTROLS)
def test_pelecehan_of_their_daughter_is_a_child(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.child_involved, result.reasons
    assert result.priority.value == "critical", result.reasons


# (2e) Exploitation unread once the child is set aside: to be chosen, wanted, as the price (B57-23 'lamun hayang
# kapilih, kuring kudu nemenan manéhna sapeuting heula' of a cash-for-work programme: abuse only by its 'budak', once
# (2c) set the children aside harassment, medium, below its label, exploitation, high): a word of wanting, then being
# chosen or passing the selection ('hayang kapilih', 'mau terpilih', 'mau lolos', 'arep kepilih', 'wanted to be
# selected') is the place on the programme or list, a benefit (Danadibrata pilih, kapilih; KBBI terpilih, dipilih,
# lolos; Baoesastra kepilih; English plain usage); never the man chosen ('relawan yang dipilih'), nor her wish with no
# sexual term asked.
# Controls: the volunteer chosen by the post photographed her bathing (harassment); her wish to be chosen as group
# leader, nothing asked (no sexual category).
# First run on 981106a: 3 of 6 (the Sundanese lemes, the Javanese, the English, their benefit read otherwise),
# controls 2 of 2; now 6 of 6, controls 2 of 2. ---------------------------------------------------------------------

TO_BE_CHOSEN = [
    # Indonesian formal
    "Ketua RT bilang kalau mau terpilih jadi pekerja padat karya, saya harus menemaninya semalam di rumahnya.",
    # Indonesian SMS
    "klo mau lolos seleksi relawan dapur, kata korlap sy hrs nemenin dia tdr semalam",
    # Sundanese
    "Abdi hoyong kapilih janten padamel kebersihan, tapi mandorna nyarios abdi kedah sare sareng anjeunna heula.",
    # Sundanese, loma
    "Mandor nyebutkeun lamun hayang kapilih kana program padat karya, kuring kudu nemenan manéhna sapeuting.",
    # Javanese
    "Mandor kuwi kandha nek arep kepilih melu padat karya, aku kudu turu bareng dheweke sewengi.",
    # English
    "The foreman said that if I wanted to be selected for the cash-for-work team I had to spend the night with him.",
]

TO_BE_CHOSEN_CONTROLS = [
    ("Relawan yang dipilih oleh posko itu memotret saya saat mandi.", "sexual_harassment"),
    ("Saya mau terpilih jadi ketua kelompok, tapi tidak ada yang mendukung.", None),
]


@pytest.mark.parametrize("narrative", TO_BE_CHOSEN)
def test_to_be_chosen_is_the_price(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_exploitation", result.reasons
    assert result.priority.value == "high", result.reasons


@pytest.mark.parametrize("narrative, category", TO_BE_CHOSEN_CONTROLS)
def test_to_be_chosen_controls(narrative, category):
    result = run(narrative)
    if category is None:
        assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment")
    else:
        assert result.category.value == category, result.reasons


# --- (3) Categories and perpetrator types left by round 36, the clearest first.

# (3a) Harassment unread: her bathing or changing recorded or kept in a photograph, a word of time between (B58-11 'td
# pagi temen sy liat dia ngerekam pake hp dr celah seng pas ibu2 lg mandi': unplaced, high, for harassment, medium;
# B57-28 'nduwe fotoku pas aku ganti klambi ning bilik ..., ngancam arep nyebarke foto kuwi': other misconduct by
# the threat, for harassment, critical): round 24 reads the verb of photographing or recording with up to five words
# before the bathing, and round 22 the time said first; now also the verb, then within its sentence up to eight words
# and a word of time ('pas', 'saat', 'nalika', 'basa', 'while') with her or the women and 'lagi', 'sedang' between,
# then the bathing or changing; and the picture or video itself ('fotoku', 'poto abdi', 'videoku', 'photos of me')
# with the same word of time and the bathing or changing, as round 23 reads it of breastfeeding (KBBI merekam, saat,
# mandi; Danadibrata poto, basa, mandi; Baoesastra rekam, nalika, adus, salin; English plain usage).
# Taken unseen, at a distance, as peeping is (category._AT_A_DISTANCE): with a child it stays harassment, the child
# critical, as B25-15 and B51-33 are labelled.
# Controls: the aid queue filmed while the women queue; a flooded river photographed while people flee; the recording
# in one sentence and the bathing in the next; a girl of 14 recorded while bathing (harassment, child, critical).
# First run on 8d63e51: 1 of 6 (the Javanese, by round 22's 'direkam' after the bathing), controls 3 of 3, the girl 0 of
# 1 (other misconduct, critical); now 6 of 6, controls 3 of 3, the girl 1 of 1. ------------------------------------

RECORDED_BATHING = [
    # Indonesian SMS
    "relawan itu ngerekam pake hp dr lubang dinding seng pas cewe2 lg mandi, udh 3x",
    # Indonesian formal
    "Seorang petugas posko merekam dengan ponselnya dari celah dinding seng saat para ibu sedang mandi.",
    # Javanese, the video kept
    "Relawan kuwi nduwe videoku pas aku adus ning kali, jarene direkam saka mburi wit.",
    # Javanese, recorded
    "Mas relawan ngrekam nganggo hape saka celah gedheg nalika ibu-ibu lagi adus ning MCK.",
    # Sundanese
    "Relawan eta boga poto abdi basa abdi nuju mandi di pancuran, ayeuna sok dipintonkeun ka batur-baturna.",
    # English
    "The camp guard has photos of me from when I was changing in the tent and shows them to other men.",
]

RECORDED_BATHING_CONTROLS = [
    "Petugas merekam pembagian bantuan dari atas truk pas warga lagi antre.",
    "Relawan motret kali sing banjir nalika warga lagi ngungsi.",
    "Relawan itu merekam kegiatan posko pakai hp. Pas ibu-ibu lagi mandi, airnya mati.",
]


@pytest.mark.parametrize("narrative", RECORDED_BATHING)
def test_her_bathing_recorded_is_harassment(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_harassment", result.reasons


@pytest.mark.parametrize("narrative", RECORDED_BATHING_CONTROLS)
def test_recordings_of_the_camp_are_no_harassment(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons


def test_a_girl_recorded_while_bathing_is_harassment_of_a_child():
    result = run("Adik saya (14 tahun) direkam pakai hp oleh relawan posko dari celah dinding pas dia lagi mandi.")
    assert result.category.value == "sexual_harassment", result.reasons
    assert result.child_involved, result.reasons
    assert result.priority.value == "critical", result.reasons


# (3b) Perpetrator type: a stranger said in Sundanese by 'teu dipikawanoh', 'teu wawuh' (B58-36 'dicegat ku lalaki nu
# teu dipikawanoh': community member by 'lalaki', for unknown): the Sundanese words of knowing a person (Danadibrata
# wanoh, dipikawanoh, wawuh) after a negator, as 'teu dikenal', 'ora ditepungi', 'did not recognise' are read. The
# Indonesian, Javanese and English stay as they were. 'aparat desa' is read as the village official it is, no longer a
# soldier ('aparat' before 'desa', 'kelurahan', 'kecamatan'; KBBI aparat; B58-05 and H021 their reasons only).
# Control: a man known to all, her neighbour (community member).
# First run on db4dccc: 5 of 6 (only 'teu dipikawanoh' failed, community member by 'lalaki'; 'teu wawuh' and 'teu
# dipiwanoh' were unknown for want of any role read), control 1 of 1; now 6 of 6, control 1 of 1. -------------------

A_STRANGER = [
    # Sundanese loma
    "Kamari sonten adi abdi dicegat ku lalaki nu teu dipikawanoh di sisi walungan, bajuna disoékan.",
    # Sundanese, 'wawuh'
    "Tadi peuting aya lalaki nu teu wawuh asup ka tenda abdi teras nyabak dada abdi.",
    # Sundanese, 'dipiwanoh'
    "Budak abdi dibawa ku hiji jalma anu teu dipiwanoh ka kebon awi, ayeuna manéhna ceurik waé.",
    # Indonesian
    "Kemarin sore adik saya dihadang laki-laki yang tidak dikenal di pinggir sungai dan bajunya dirobek.",
    # Javanese
    "Wingi sore adhiku dicegat wong lanang sing ora dikenal neng pinggir kali, klambine disuwek.",
    # English
    "Yesterday evening my sister was stopped by a man she did not recognise near the river and her clothes were torn.",
]

A_STRANGER_CONTROLS = [
    "Lalaki nu dipikawanoh ku sadaya warga, tatangga abdi, nyabak dada abdi di antrian.",
]


@pytest.mark.parametrize("narrative", A_STRANGER)
def test_a_stranger_is_unknown(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "unknown", result.reasons


@pytest.mark.parametrize("narrative", A_STRANGER_CONTROLS)
def test_a_man_known_to_all_is_a_community_member(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "community_member", result.reasons


# (3c) Exploitation read as harassment: her name to be entered, the list unnamed, in krama and other registers (B58-37
# 'Piyambakipun ngendika nama kula badhe dipun lebetaken menawi kula purun ngancani piyambakipun sewengi wonten
# penginapan': harassment, critical by the threats, for exploitation): round 12 reads her name, then within three
# words a verb of entering ('dimasukkan', 'dilebokake', 'dilebetkeun'), as a share of aid; its krama 'dipun
# lebetaken' (read as 'dilebetaken') was cited but not listed; now also 'dilebetaken', 'dipunlebetaken', the ngoko
# 'dilebokne', the Sundanese 'diasupkeun', the Indonesian 'dicantumkan' and the English 'added', 'included', 'put on'
# (Baoesastra lebet, dipun lebetaken, lebokne; Danadibrata asup, diasupkeun; KBBI cantum, dicantumkan; English plain
# usage).
# Controls: her name entered next week, nothing asked (no sexual category); her name put on the notice board as a
# volunteer (no sexual category).
# First run on ad5893e: 0 of 6 (all harassment, medium), controls 2 of 2; now 6 of 6, controls 2 of 2. -------------

HER_NAME_ENTERED = [
    # Javanese krama
    "Pak carik ngendika nami kula badhe dipun lebetaken menawi kula purun ngancani piyambakipun sewengi.",
    # Javanese krama, written as one word
    "Pak bayan ngendika nama kula saged dipunlebetaken menawi kula purun tilem kaliyan piyambakipun.",
    # Javanese ngoko
    "Pak RT kandha jenengku arep dilebokne nek aku gelem turu bareng dheweke sewengi.",
    # Sundanese
    "Pa RT nyarios nami abdi bakal diasupkeun upami abdi daek nemenan anjeunna sapeuting.",
    # Indonesian formal
    "Kepala dusun bilang nama saya akan dicantumkan kalau saya mau menemaninya semalam.",
    # English
    "The village secretary said my name would be added if I spent a night with him.",
]

HER_NAME_ENTERED_CONTROLS = [
    "Pak carik ngendika nami kula badhe dipun lebetaken minggu ngajeng.",
    "Nama saya dicantumkan di papan pengumuman posko sebagai relawan dapur.",
]


@pytest.mark.parametrize("narrative", HER_NAME_ENTERED)
def test_her_name_entered_is_the_price(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_exploitation", result.reasons


@pytest.mark.parametrize("narrative", HER_NAME_ENTERED_CONTROLS)
def test_her_name_entered_alone_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons



# (3d) Harassment unread: looking her up and down, from top to bottom (B57-25 'sok neuteup awak kuring ti luhur nepi
# ka handap, bari ngomong "geulis, kadieu atuh ka tenda aa ..."': unplaced by the rules, high with the model, for
# harassment, medium): a verb of looking, her or her body right after it (a word between at most), then from top to
# bottom ('dari atas sampai bawah', 'ti luhur nepi ka handap', 'saka dhuwur nganti ngisor', 'up and down') is
# leering (KBBI memandangi, atas, bawah; Danadibrata neuteup, luhur, handap; Baoesastra nyawang, dhuwur, ngisor;
# English plain usage); never a list or a tent looked over from top to bottom.
# Controls: the list of recipients read from top to bottom; a tent checked up and down for leaks.
# First run on b054880: 1 of 6 (the formal 'memandangi tubuh', read as staring at the body), controls 2 of 2; now 6
# of 6, controls 2 of 2. --------------------------------------------------------------------------------------------

UP_AND_DOWN = [
    # Sundanese
    "Satpam posko sok neuteup abdi ti luhur dugi ka handap bari seuri, abdi risi.",
    # Indonesian formal
    "Relawan gudang itu selalu memandangi tubuh saya dari atas sampai bawah setiap saya antre.",
    # Indonesian SMS
    "tiap antri relawan itu ngeliatin sy dr atas sampe bawah, risih bgt",
    # Javanese
    "Petugas posko kuwi saben dina nyawang awakku saka dhuwur nganti ngisor, aku isin.",
    # English
    "The warehouse guard keeps looking me up and down whenever I come for rations.",
    # English, the women
    "The driver eyed the women up and down at the distribution point every morning.",
]

UP_AND_DOWN_CONTROLS = [
    "Petugas melihat daftar penerima dari atas sampai bawah, nama saya tidak ada.",
    "The officer checked the tent up and down for leaks after the rain.",
]


@pytest.mark.parametrize("narrative", UP_AND_DOWN)
def test_looking_her_up_and_down_is_harassment(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_harassment", result.reasons
    assert result.priority.value == "medium", result.reasons


@pytest.mark.parametrize("narrative", UP_AND_DOWN_CONTROLS)
def test_a_list_read_from_top_to_bottom_is_no_harassment(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons


KNOWN_GAPS = [
    # Left as they are (see the blind README's Round 37). B58-39 (a food complaint naming children, unplaced with a
    # child, critical) is the safety default round 36 left: not touched.
    # Perpetrator: her husband named in a clause of time, away, read as the one who did it (B57-01 'saat suaminya jaga
    # ronda, seorang relawan ... masuk ke tendanya'); 'suami saya' and the Sundanese and Javanese are read right
    "Dua malam lalu, saat suaminya jaga ronda, seorang relawan logistik masuk ke tendanya dan menindih tubuhnya.",
    "Last night, while my husband was on night watch, a logistics volunteer came into our tent and pinned me down.",
    # Perpetrator: village officials named as the agent of a figure of speech, no aid context in their sentence (B58-05
    # 'Hak kami ... diperkosa oleh aparat desa sendiri', the village head handing out aid two sentences before)
    # Category: aid refused read as a denial that it happened ('gk dikasih', 'teu masihan': not misconduct for other
    # misconduct; two of group 2d's probes)
    "relawan blg kami sesat & gk dikasih sembako. ini pelecehan thd agama kami!! pdhl ada anak2 yg lapar",
    # Category (B57-04): sacks of aid loaded into a truck at night read as a night invitation ('ke mobil bak terbuka
    # pada malam hari'); B58-18: aid sold, Javanese 'didol', 'ngrampok', unread; B58-23: a porn video sent to a girl in
    # her first year of senior high and 'ngajak vc malem2', abuse with a child for harassment; B57-39, B58-38:
    # harassment the rules do not read (code-mixed 'ngomong inappropriate', 'wink', jokes 'kuat di ranjang'), placed
    # by the model but held at high as unplaced
]
