"""Round 31 of issue 12: safety misses of the batches just moved in (51 and 52), by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 31 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: intercourse told as 'husband-and-wife relations' done with her ('melakukan hubungan suami istri',
# B51-36, a girl of 16 two days before: abuse by another cue, urgent missed): with a child, sexual activity is
# abuse and within 72 h urgent (with an adult and an aid worker, exploitation as before). The lexicon read 'berhubungan suami
# istri' but not the noun after a verb of doing (KBBI melakukan, hubungan suami istri; Danadibrata ngalakukeun,
# salaki, pamajikan; Baoesastra nglakoni, bojo; English plain usage 'marital relations'). Controls: a couple's
# marriage as a topic of counselling, a question about a married couple's rights.
# First run on d67e278: 0 of 6, controls 2 of 2; now 6 of 6. --------------------------------------------------------

MARITAL_RELATIONS_DONE = [
    # Indonesian formal
    "Kemarin malam seorang relawan mengajak adik saya (15 tahun) ke gudang lalu melakukan hubungan suami istri dengannya.",
    # Indonesian SMS, in quotes
    "td mlm petugas posko ngajak tmn sy yg msh 16th ke tenda kosong trus melakukan 'hubungan suami istri' sm dia",
    # Sundanese
    "Kamari peuting relawan teh ngajak incu abdi ka imah kosong, teras ngalakukeun hubungan salaki pamajikan.",
    # Javanese ngoko
    "Wingi bengi sopir bantuan ngajak ponakanku menyang gudang, banjur nglakoni hubungan suami istri karo dheweke.",
    # Indonesian, hyphenated
    "Dua hari lalu mandor itu melakukan hubungan suami-istri dengan anak tetangga kami di bedeng proyek.",
    # English
    "Last night the camp volunteer took my niece, who is 15, to the storeroom and had marital relations with her.",
]


@pytest.mark.parametrize("narrative", MARITAL_RELATIONS_DONE)
def test_marital_relations_done_is_urgent_sexual_violence(narrative):
    result = run(narrative)
    assert result.urgent_medical is True, result.reasons
    assert result.category in (Category.SEXUAL_ABUSE, Category.SEXUAL_EXPLOITATION), result.reasons


MARITAL_RELATIONS_CONTROLS = [
    "Kemarin ada penyuluhan di posko tentang hubungan suami istri yang sehat dan pembagian peran di rumah.",
    "Apakah pasangan yang menikah di pengungsian tetap bisa menjaga hubungan suami istri yang baik? Mohon info.",
]


@pytest.mark.parametrize("narrative", MARITAL_RELATIONS_CONTROLS)
def test_marital_relations_as_a_topic_is_no_act(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons
    assert result.category not in (Category.SEXUAL_ABUSE, Category.SEXUAL_EXPLOITATION), result.reasons


# --- (2) Safety: forced until she bled ('dipaksa dugi ka getihan', B51-20, a girl of 14 the night before, 'diganggu'
# in quotes read as harassment, urgent missed): an act forced on her until she bled is sexual violence told by its
# injury, whatever euphemism names it (Danadibrata paksa, dugi, getih; KBBI paksa, sampai, berdarah; Baoesastra
# peksa, nganti, getih; English plain usage). Only the force word right before 'until': forced to carry sacks until
# her hands bled is no such act. Controls: forced to carry sacks until her hands bled, a child's knee bleeding.
# First run on d67e278: 1 of 6 (the SMS, read as possible abuse by 'berdarah' as it was unplaced), controls 2 of 2
# (the forced labour was and is read as possible abuse by that same safe-side rule: the control asserts only that
# the new cue does not read it); now 6 of 6. ----------------------------------------------------------------------

FORCED_UNTIL_SHE_BLED = [
    # Sundanese, the euphemism in quotes
    "Tadi peuting budak awewe tatangga abdi 'diganggu' ku lalaki di tenda, dipaksa dugi ka getihan.",
    # Indonesian formal
    "Semalam keponakan saya 'diganggu' oleh pria di bilik pengungsian dan dipaksa sampai berdarah.",
    # Indonesian SMS
    "td mlm tmn sy digangguin org di tenda, dipaksa sampe berdarah, skrg dia di posko kesehatan",
    # Javanese ngoko
    "Wingi bengi adhiku diganggu wong lanang neng tenda, dipeksa nganti getihen.",
    # Sundanese, 'nepi ka'
    "Kamari peuting pun adi diganggu ku supir bantuan di mobil, dipaksa nepi ka getihan.",
    # English
    "Last night a man in the next tent bothered my sister; he forced her until she bled.",
]


@pytest.mark.parametrize("narrative", FORCED_UNTIL_SHE_BLED)
def test_forced_until_she_bled_is_urgent_abuse(narrative):
    result = run(narrative)
    assert result.urgent_medical is True, result.reasons
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


FORCED_UNTIL_SHE_BLED_CONTROLS = [
    "Kemarin para pengungsi dipaksa angkat karung beras oleh mandor sampai tangannya berdarah.",
    "Tadi pagi anak saya jatuh di dekat tenda sampai lututnya berdarah, mohon obat merah.",
]


@pytest.mark.parametrize("narrative", FORCED_UNTIL_SHE_BLED_CONTROLS)
def test_forced_labour_or_a_fall_is_not_forced_until_she_bled(narrative):
    # (the forced labour is still read as possible abuse, urgent, by the rule for an unplaced report with a sign of
    # distress, 'berdarah': the safe side, left as it is; only the new cue must not read it)
    result = run(narrative)
    assert not any("forced until she bled" in reason for reason in result.reasons), result.reasons
    if "jatuh" in narrative:
        assert result.urgent_medical is False, result.reasons
        assert result.category is not Category.SEXUAL_ABUSE, result.reasons


# --- (3) Safety with the rules alone: rape in the Sundanese active 'ngarudapaksa' (B52-28 'aya lalaki nu teu dikenal
# ... teras ngarudapaksa anjeunna', Saturday night: unplaced, high, urgent missed with the rules alone; the learned
# model had it). The lexicon read 'dirudapaksa', 'ngrudapeksa' and 'merudapaksa', not the Sundanese nasal prefix
# nga- before r (as in 'ngarogahala', read already; Danadibrata rudapaksa, rogahala). Controls: a rape five years ago
# (abuse now, never urgent), another nga- verb ('ngarumat'). A question about whom to tell, asked with the active
# verb, and a training's title are read as a rape told before and after with the Indonesian word: KNOWN_GAPS.
# First run on 5fb8215: 3 of 6 (the Indonesian and Javanese forms, and a Sundanese one by 'dirogahala', read
# already), controls 2 of 2; now 6 of 6. ------------------------------------------------------------------------------

RAPE_IN_THE_SUNDANESE_ACTIVE = [
    # Sundanese, as B52-28's class
    "Kamari peuting aya lalaki nu teu dikenal nyeret pun adi ka kebon, teras ngarudapaksa anjeunna.",
    # Sundanese, the reporter herself
    "Abdi tadi peuting dirogahala... lalaki ti tenda gigireun ngarudapaksa abdi di tukangeun MCK.",
    # Sundanese, the 'e' spelling
    "Kamari wengi tatangga tenda ngarudapeksa pun lanceuk nalika nuju uih ti cai.",
    # Sundanese-Indonesian SMS
    "td mlm ada org ga dikenal ngarudapaksa teteh sy di kebon awi, skrg dia ga mau ngomong",
    # Indonesian, read already
    "Tadi malam seorang pria tak dikenal merudapaksa kakak saya di kebun bambu dekat tenda.",
    # Javanese, read already
    "Wingi bengi ana wong lanang sing ora dikenal ngrudapeksa mbakyuku neng kebon pring.",
]


@pytest.mark.parametrize("narrative", RAPE_IN_THE_SUNDANESE_ACTIVE)
def test_rape_in_the_sundanese_active_is_urgent_abuse(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical is True, result.reasons


RAPE_IN_THE_SUNDANESE_ACTIVE_CONTROLS = [
    # five years ago: abuse now, never urgent
    "Lima taun ka tukang, basa banjir, aya lalaki nu ngarudapaksa pun adi. Ayeuna anjeunna hoyong konseling.",
    # another nga- verb before r ('ngarumat', to tend; Danadibrata rumat)
    "Tadi peuting relawan ngarumat pun adi nu gering di tenda, teras nganteur ka puskesmas.",
]


@pytest.mark.parametrize("narrative", RAPE_IN_THE_SUNDANESE_ACTIVE_CONTROLS)
def test_an_old_rape_or_another_nga_verb_is_not_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons
    if "ngarumat" in narrative:
        assert result.category is not Category.SEXUAL_ABUSE, result.reasons


# --- (4) Over-call: a case still to come told to a helper, asked about ('Apabila ada perempuan yang bercerita kepada
# saya bahwa ia mengalami kekerasan seksual tetapi belum mau melapor, apakah saya tetap dapat merujuknya ...?', B51-38,
# a midwife's question: abuse, urgent, critical, for not misconduct, low). Round 17's case still to come ('kalau ada
# yang mengalami kekerasan seksual') reads seven words between 'ada' and the act; a teller and 'that' in between
# ('yang bercerita kepada saya bahwa ia mengalami') run past them (KBBI cerita, bahwa; Danadibrata nyarios, yen;
# Baoesastra crita, bilih; English plain usage). Only where the sentence closes with a question mark. Controls: the
# same told as a case that happened (no 'if'), the question asked of a case told two days before.
# First run on 51ab8a9: 0 of 6, controls 2 of 2; now 6 of 6. --------------------------------------------------------

CASE_TOLD_TO_A_HELPER_ASKED_ABOUT = [
    # Indonesian formal
    "Apabila ada ibu yang bercerita kepada kader kami bahwa ia mengalami kekerasan seksual, ke mana kami harus "
    "merujuknya?",
    # Indonesian SMS
    "klo ada cewe yg cerita ke sy kalo dia ngalamin pelecehan seksual tp blm mau lapor, sy hrs gmn?",
    # Sundanese
    "Upami aya awewe nu nyarios ka abdi yen anjeunna ngalaman kekerasan seksual, tiasa dirujuk ka mana?",
    # Javanese krama
    "Menawi wonten tiyang estri ingkang cerita dhateng kula bilih piyambakipun ngalami kekerasan seksual, kula kedah "
    "ngrujuk dhateng pundi?",
    # Javanese ngoko
    "Yen ana wong wadon sing crita marang aku yen dheweke ngalami kekerasan seksual, aku kudu piye?",
    # English
    "If there is a woman who tells our staff that she has experienced sexual violence but does not want to report, "
    "can we still refer her for care?",
]


@pytest.mark.parametrize("narrative", CASE_TOLD_TO_A_HELPER_ASKED_ABOUT)
def test_a_case_told_to_a_helper_asked_about_is_no_allegation(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons
    assert result.category not in (Category.SEXUAL_ABUSE, Category.SEXUAL_EXPLOITATION,
                                   Category.SEXUAL_HARASSMENT), result.reasons


CASE_TOLD_TO_A_HELPER_CONTROLS = [
    "Kemarin ada perempuan yang bercerita kepada saya bahwa ia mengalami kekerasan seksual oleh relawan di gudang.",
    "Bu, ada perempuan yang bercerita kepada saya bahwa ia mengalami kekerasan seksual dua hari lalu. Apakah saya bisa "
    "merujuknya ke layanan medis?",
]


@pytest.mark.parametrize("narrative", CASE_TOLD_TO_A_HELPER_CONTROLS)
def test_a_case_told_to_a_helper_that_happened_stays_abuse(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    if "dua hari" in narrative:
        assert result.urgent_medical is True, result.reasons


# --- (5) Urgent over-call: the willingness in the definition of a quoted euphemism read as her giving in to the terms
# (B51-30 'Nu bageur teh hartina daek dicekelan ...', then her own refusal 'Abdi kamari embung': urgent, critical, for
# high). Round 11's giving in ('daek', 'gelem', 'purun' after the terms) is no deed where a word of meaning stands
# right before it ('hartina', 'hartosna', 'artinya', 'maksudnya', 'tegese', 'tegesipun', 'means', 'meaning'; KBBI
# arti, maksud; Danadibrata harti, hartos; Baoesastra teges, krama tegesipun; English plain usage): it says what the
# euphemism asks, not what she did. Controls: her giving in told after the terms, the night before (urgent as before).
# First run on 5fc9c9e: 3 of 6 (the Indonesian 'mau' is terms already; the Javanese and English read no giving in),
# controls 2 of 2; now 6 of 6. --------------------------------------------------------------------------------------

WILLING_AS_A_DEFINITION = [
    # Sundanese, as B51-30's class
    "Petugas gudang sok mere beas leuwih ka randa-randa nu 'bageur' ka anjeunna. Bageur teh hartina daek dirangkul di "
    "gudang. Kamari abdi embung, jadi teu kabagean.",
    # Sundanese lemes
    "Relawan posko masihan sembako langkung ka ibu-ibu nu 'bageur'. Bageur teh hartosna daek diajak calik di mobil. "
    "Kamari abdi teu daek.",
    # Sundanese, 'maksudna'
    "Supir bantuan mere terpal ka awewe nu 'bageur' wungkul. Maksudna bageur teh daek dicepeng. Kamari pun adi embung.",
    # Indonesian
    "Relawan itu memberi sembako lebih kepada perempuan yang 'baik' kepadanya. Baik artinya mau dipeluk dan diajak "
    "duduk di mobil. Kemarin saya tidak mau, jadi tidak dapat.",
    # Javanese ngoko
    "Sopir bantuan mung menehi beras luwih marang wong wadon sing 'apik' karo dheweke. Apik tegese gelem dirangkul "
    "neng truk. Wingi aku emoh, dadi ora oleh.",
    # English
    "The aid driver gives extra rice to women who are 'nice' to him. Nice means willing to be hugged in his truck. "
    "Yesterday I refused, so I got nothing.",
]


@pytest.mark.parametrize("narrative", WILLING_AS_A_DEFINITION)
def test_willing_as_a_definition_is_not_giving_in(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons


WILLING_AS_A_DEFINITION_CONTROLS = [
    "Petugas gudang mere beas leuwih ka randa-randa nu 'bageur' ka anjeunna. Kamari peuting pun lanceuk daek, "
    "teras kenging beas.",
    "Supir bantuan mung menehi beras marang wong wadon sing 'bageur'. Wingi bengi mbakyuku gelem, banjur oleh beras.",
]


@pytest.mark.parametrize("narrative", WILLING_AS_A_DEFINITION_CONTROLS)
def test_giving_in_told_stays_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical is True, result.reasons


# Not fixed this round (not run as tests; see the blind README's Round 31 section):
KNOWN_GAPS = [
    # whom to tell if a man raped a woman, asked with the verb in the active: read as a rape told, urgent (round 22's
    # question reads the passive only); the same before round 31 with 'memperkosa', now also with 'ngarudapaksa'
    "Upami aya lalaki nu ngarudapaksa awewe di pangungsian, kedah lapor ka saha?",
    "Kalau ada laki-laki yang memperkosa perempuan di pengungsian, harus lapor ke siapa?",
    # the word in a training's title: read as rape before and after
    "Minggu payun aya pelatihan relawan ngeunaan pencegahan rudapaksa di posko Cugenang.",
]
