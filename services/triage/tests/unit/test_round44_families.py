"""Round 44 of issue 12: what rounds 42 and 43 left on the tuning batches 63 and 64, by class (not misconduct read as
misconduct and priority over-calls first). Sentences written for this test (not the batches' own); each group was
written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in the comment
and in the blind README's Round 44 section. They run with the learned model switched off: the rules are what is
tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Not misconduct read as misconduct: the reporter or the operator says outright that no one is accused, no
# misconduct alleged (B64-08 'Kami tidak menuduh siapa pun berbuat curang, namun kami mohon agar kualitas ...
# diperbaiki':
# 'curang' read as fraud, four words past the reach of 'tidak'; B64-18 'Penelepon tidak menyampaikan dugaan pelanggaran
# oleh petugas', a question about a wheelchair not delivered: unplaced, high). PRODUCT.md: not misconduct needs positive
# evidence; a denial of any accusation, beside an aid complaint or a question, is that evidence, and what the denied
# accusation names (fraud, theft) is negated with it. Controls: an accusation made after the denial ('saya tidak
# menuduh, tapi dia meraba saya'); fraud told outright; a denial of accusing one man while another is named.
# First run on a5a0e34: 3 of 6 (the Sundanese, the Javanese and the English formal, placed by their thanks or complaint;
# none read the denial), controls 3 of 3; now 6 of 6, controls 3 of 3. ------------------------------------------------

NO_ONE_ACCUSED = [
    # Indonesian, formal
    "Dengan hormat, kami warga blok C menyampaikan bahwa beras bulan ini terlambat datang dan sebagian berkutu. Kami "
    "tidak menuduh siapa pun berbuat curang. Mohon jadwal pembagian diperbaiki. Terima kasih.",
    # Indonesian, an operator's note
    "Catatan operator: penelepon perempuan menanyakan kapan terpal untuk blok D dibagikan. Penelepon tidak "
    "menyampaikan dugaan pelanggaran oleh petugas. Operator memberikan nomor referensi.",
    # Sundanese
    "Punten, abdi badé ngawartosan yén beas bantosan telat dua minggu. Abdi henteu nuduh saha waé curang, ngan "
    "nyuhunkeun jadwalna dibenerkeun. Hatur nuhun.",
    # Javanese krama
    "Nuwun sewu, sembako wulan menika telat kalih minggu. Kula mboten nuduh sinten-sinten nyolong, namung nyuwun "
    "jadwalipun dipun benahi. Matur nuwun.",
    # English
    "The food parcels for our block were two weeks late this month. We are not accusing anyone of fraud or theft; we "
    "only ask that the schedule be fixed. Thank you.",
    # English, an operator's note
    "Operator note: an elderly caller asked why the wheelchair promised by the assessment team has not been "
    "delivered. The caller did not allege any misconduct by staff. Reference number given.",
]


@pytest.mark.parametrize("narrative", NO_ONE_ACCUSED)
def test_no_one_accused_is_not_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


NO_ONE_ACCUSED_CONTROLS = [
    # an accusation after the denial
    "Saya tidak menuduh siapa pun, tapi relawan dapur itu meraba dada saya waktu antre.",
    # fraud told outright
    "Beras bantuan terlambat dan kami yakin ketua RT berbuat curang, sebagian karung dijual ke warung.",
    # one man not accused, another named
    "We are not accusing the driver. The store keeper asked us for 50,000 rupiah to get our rice.",
]


@pytest.mark.parametrize("narrative", NO_ONE_ACCUSED_CONTROLS)
def test_an_accusation_beside_a_denial_still_counts(narrative):
    assert run(narrative).category is not Category.NOT_MISCONDUCT


# --- (2) Priority over-call: a word that begins with 'tent' read as her tent ('tentara', a soldier; 'tentang', about;
# 'tentu', of course), so his saying tonight and a verb of coming was read as round 7's 'he says he will come into her
# tent tonight', an ongoing danger (B64-16 'bapak tentara yg bagiin mie instan bilang ke sy "badannya bagus mbak, nanti
# malem mampir ke pos ya"': her asked to drop by his post, harassment, critical for medium). Her tent is 'tent',
# 'tents', never a longer word (KBBI tentara, tentang, tentu, tenteram; English plain usage). Controls: the soldier who
# says he will come into her tent tonight; 'tenda' itself; the English 'tents'. First run on d44f8db: 0 of 6, controls
# 3 of 3; after the fix 5 of 6, the Indonesian 'tentang' sentence placed by nothing else (moved to KNOWN_GAPS, one
# added);
# now 6 of 6, controls 3 of 3. ----------------------------------------------------------------------------------------

NOT_HER_TENT = [
    # Indonesian SMS
    "td siang tentara yg bagiin beras bilang ke sy \"bodimu seksi, nanti malem mampir ke pos ya\" sambil ketawa. sy "
    "malu bgt",
    # Indonesian, formal
    "Seorang anggota tentara di posko berkata kepada saya bahwa pinggul saya menggoda dan nanti malam saya harus "
    "singgah ke posnya. Saya merasa dilecehkan.",
    # Indonesian, 'tentang' (after the fix, for the first-run sentence moved to KNOWN_GAPS: jokes about her breasts,
    # 'bercanda tentang dada saya', are read by no cue)
    "Relawan dapur sering bilang badan saya seksi dan bertanya tentang ukuran BH saya. Malam ini katanya dia mampir ke "
    "posko buat ngobrol sama teman-temannya.",
    # Sundanese
    "Tentara nu ngabagikeun sangu nyarios ka abdi \"awakna seksi, engke peuting mampir ka pos nya\". Abdi isin pisan.",
    # Javanese ngoko
    "Tentara sing mbagi sembako kandha marang aku \"bokongmu semok, mengko bengi mampir neng pos ya\". Aku isin "
    "banget.",
    # Javanese, 'tentu'
    "Relawan kuwi kandha awakku seksi, tentu wae mengko bengi aku kudu mampir neng posko, jarene. Aku wegah.",
]


@pytest.mark.parametrize("narrative", NOT_HER_TENT)
def test_a_word_begun_with_tent_is_no_tent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


HER_TENT_CONTROLS = [
    "Tentara yang membagikan beras bilang nanti malam dia akan masuk ke tenda saya.",
    "Tentara nu ngabagikeun sangu nyarios engke peuting anjeunna bade asup ka tenda abdi.",
    "The soldier handing out rice said tonight he will come into our tents to check on me.",
]


@pytest.mark.parametrize("narrative", HER_TENT_CONTROLS)
def test_her_tent_tonight_is_still_a_danger(narrative):
    assert run(narrative).priority is Priority.CRITICAL


# --- (3) Priority over-call: the applicative forms of asking and cutting, a fee demanded and aid cut not read, so the
# report was unplaced, high (B64-07 'Lurah ing desaku, Sayung, motongi bantuan tunai banjir. Saben wong dijaluki satus
# ewu, ...': other misconduct, low; the learned model proposes exploitation). Javanese -i ('dijaluki', 'njaluki',
# 'motongi', 'dipotongi'; Baoesastra jaluk, potong), Sundanese -an ('dipentaan', 'mentaan', 'motongan', 'dipotongan';
# Danadibrata menta, potong) and the Indonesian informal -in ('dipotongin', 'mintain'; Salsabila et al. 2018) are the
# verbs the rules read, done to each or many. Controls: wood cut for the tents; asked to help carry sacks; the
# registration asked of each family. First run on 5cd9433: 2 of 6 (the Indonesian two, read by 'dimintain' and
# 'dipotong' beside them), controls 3 of 3; now 6 of 6, controls 3 of 3 ('satus', 'saratus', a hundred, now number words
# as 'seratus' is: 'njaluki satus ewu'). ------------------------------------------------------------------------------

APPLICATIVE_DEMANDS = [
    # Javanese ngoko
    "Pak kadus motongi bantuan tunai saka pemerintah. Saben kulawarga dijaluki seket ewu, sing ora mbayar dicoret.",
    # Javanese ngoko, the active
    "Ketua RT njaluki satus ewu marang saben wong sing arep oleh bantuan beras. Aku wis mbayar.",
    # Sundanese
    "Pa RW motongan bantosan tunai ti pamaréntah. Unggal kulawarga dipentaan lima puluh rebu, nu teu mayar dicorét.",
    # Sundanese, the active
    "Pangurus posko mentaan duit dua puluh rebu ka unggal jalma nu hoyong kénging beas bantosan.",
    # Indonesian SMS
    "pak rt motongin bantuan tunai bnjir, tiap org dimintain 100rb, yg gk mau namanya dicoret dr daftar",
    # Indonesian SMS, the cut
    "bantuan tunai kami dipotongin sama kades 200rb per kk, katanya buat uang lelah",
]


@pytest.mark.parametrize("narrative", APPLICATIVE_DEMANDS)
def test_a_fee_or_a_cut_in_applicative_forms_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons
    assert not any(r.startswith("unplaced") for r in result.reasons), result.reasons


APPLICATIVE_CONTROLS = [
    "Para relawan motongi kayu kanggo cagak tenda. Matur nuwun sanget.",
    "Abdi dipentaan tulung ngangkat karung beas ka gudang ku relawan. Hatur nuhun.",
    "Petugas mintain KTP tiap kk buat pendataan bantuan, terima kasih",
]


@pytest.mark.parametrize("narrative", APPLICATIVE_CONTROLS)
def test_asking_or_cutting_without_money_is_no_misconduct(narrative):
    assert run(narrative).category is Category.NOT_MISCONDUCT


# --- (4) Priority over-call: the disabled, widows or those of a faith told to come later or go last, aid withheld for
# who they are not read, so the report was unplaced, high (B63-09 'petugas ingkang ngedum sembako ngendika 'sing cacat
# mengko wae, ngrepoti antrian'': other misconduct, low). Round 19's 'aid withheld for who they are' read registration,
# a share or a list withheld; now also who they are, then right after it (one word between at most, no comma) 'later'
# or 'last' ('nanti saja', 'belakangan aja', 'mengko wae', 'keri dhewe', 'engke wae', 'pandeurieun', 'can wait', 'go
# last') (KBBI nanti, belakangan; Baoesastra mengko, keri; Danadibrata engké, pandeuri; English plain usage).
# Controls: the disabled served first and the young later; a widow who comes later by her own choice; the disabled
# helped. First run on ba19b58: 1 of 6 (the English widows), controls 3 of 3; now 6 of 6, controls 3 of 3. ------------

TOLD_TO_COME_LATER = [
    # Javanese ngoko
    "Petugas sembako kandha 'wong lumpuh mengko wae', bapakku dikongkon mundur nganti sore lan ora oleh apa-apa.",
    # Indonesian, formal
    "Petugas pembagian berkata bahwa penyandang disabilitas nanti saja karena merepotkan, ibu saya yang memakai "
    "kursi roda menunggu sampai sore dan tidak mendapat apa-apa.",
    # Indonesian SMS
    "ptgs blg yg cacat belakangan aja, adik sy yg tunanetra disuruh nunggu smp sore",
    # Sundanese
    "Petugas nyarios 'nu lumpuh mah engke wae', bapa abdi nu nganggo korsi roda dititah ngantosan dugi ka sonten.",
    # English
    "The man handing out rice said the disabled can wait, so my husband in his wheelchair stood there until evening.",
    # English, widows
    "At the distribution the officer shouted that widows go last, and my mother went home with nothing.",
]


@pytest.mark.parametrize("narrative", TOLD_TO_COME_LATER)
def test_told_to_come_later_for_who_they_are_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons
    assert not any(r.startswith("unplaced") for r in result.reasons), result.reasons


TOLD_TO_COME_LATER_CONTROLS = [
    "Petugas mendahulukan lansia dan penyandang disabilitas, yang muda nanti saja. Terima kasih petugas.",
    "Saya janda, saya memilih datang belakangan supaya tidak antre lama. Terima kasih.",
    "Relawan membantu bapak saya yang lumpuh naik ke kursi roda. Hatur nuhun.",
]


@pytest.mark.parametrize("narrative", TOLD_TO_COME_LATER_CONTROLS)
def test_the_disabled_served_first_is_no_misconduct(narrative):
    assert run(narrative).category is Category.NOT_MISCONDUCT


# --- (5) Perpetrator: the report says he is from no aid organisation, then names his job elsewhere with a staff word
# (B63-19 'Mandor eta sanes ti organisasi bantuan, anjeunna pagawe perkebunan': a plantation foreman, read as aid staff
# by 'pagawe'). PRODUCT.md: an aid worker acts for an aid effort; a staff word right after the report says he works for
# no aid organisation names the employer he has instead ('pagawe perkebunan', 'pegawai pabrik', 'staff of the
# plantation'), no aid staff; and 'sanes ti organisasi', 'bukan dari organisasi' are round 16's 'said to work for no aid
# agency' as 'sanes ti lembaga' is (KBBI organisasi, pegawai; Danadibrata pagawe; Baoesastra pegawe, dudu; English plain
# usage). Controls: the staff of an aid organisation, with no such denial, in Indonesian and Sundanese. First run on
# 9535b7e: 4 of 6 (the four with 'lembaga', read by round 16's 'said to work for no aid agency' as the one identified),
# controls 2 of 2; now 6 of 6, controls 2 of 2. -----------------------------------------------------------------------

NO_AGENCY_THEN_HIS_JOB = [
    # Sundanese
    "Mandor kebon nyarios abdi tetep kénging damel upami abdi daék 'ngancanan' anjeunna. Mandor éta sanés ti "
    "organisasi bantuan, anjeunna pagawé perkebunan.",
    # Indonesian, formal
    "Mandor pabrik itu bilang saya tetap bekerja asal mau 'menemani' dia malam hari. Dia bukan dari organisasi "
    "bantuan, dia pegawai pabrik.",
    # Javanese ngoko
    "Mandor sawah kandha aku tetep oleh gawean yen gelem 'ngancani' dheweke. Dheweke dudu saka lembaga, dheweke "
    "pegawe pabrik gula.",
    # English
    "The plantation foreman said I could keep my job if I agreed to 'keep him company' at night. He is not from any "
    "aid organisation, he is staff of the plantation.",
    # Indonesian SMS
    "mandor kebun blg sy ttp dpt kerjaan asal mau 'nemenin' dia. dia bukan dari lembaga, dia karyawan perkebunan.",
    # Sundanese, the employer first
    "Mandor pabrik nyarios abdi tetep dianggo upami daék 'ngancanan' anjeunna. Anjeunna sanés ti lembaga, anjeunna "
    "pagawé pabrik.",
]


@pytest.mark.parametrize("narrative", NO_AGENCY_THEN_HIS_JOB)
def test_staff_of_another_employer_after_no_agency_is_no_aid_worker(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.COMMUNITY_MEMBER, result.reasons


NO_AGENCY_CONTROLS = [
    "Pegawai lembaga bantuan yang membagikan beras bilang saya dapat tambahan asal mau 'menemani' dia malam hari.",
    "Pagawé ti organisasi bantuan nu ngabagikeun beas nyarios abdi kénging tambihan upami daék 'ngancanan' "
    "anjeunna.",
]


@pytest.mark.parametrize("narrative", NO_AGENCY_CONTROLS)
def test_aid_staff_is_still_an_aid_worker(narrative):
    assert run(narrative).perpetrator_type is PerpetratorType.AID_WORKER


# --- Not fixed (not run as tests; the blind README's Round 44 section says why) ---------------------------------------

KNOWN_GAPS = [
    # group 2, first run: jokes about her breasts ('bercanda tentang dada saya') are read by no cue; the report was
    # placed only by 'tentang' read as her tent
    "Relawan dapur sering bercanda tentang dada saya. Malam ini katanya dia mampir ke posko buat ngobrol sama "
    "teman-temannya, saya jadi malas ke dapur.",
]
