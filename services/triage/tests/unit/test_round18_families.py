"""Round 18 of issue 12 (safety only, short): the tuning batches 37 and 38, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 18 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Sexual violence told without the usual words (B37-33: 'forced themselves on him', a man of 20, read as no
# misconduct, low; B38-18: 'dibekem, dibantingkeun kana taneuh, calanana bade dilaan', read as other misconduct, low):
# forced themselves on, had his way with, took advantage of him or her (English plain usage), male survivors; the
# lower garments pulled down, opened or taken off (KBBI pelorot, singkap; Danadibrata laan 'dilaan', singkab
# 'disingkab'; Baoesastra udhar 'diudhari', lukar 'dilukari', kathok, katok) are an attempted rape, sexual abuse,
# never low; with an injury or bleeding within 72 hours (KBBI memar, lebam, lecet; Danadibrata getihan, baret, biru;
# Baoesastra getihen, tatu) it is urgent medical, critical. Controls: 'took advantage of' the flood to raise prices,
# a beating with an injury and no sexual act, an attempted assault a month ago with no injury (abuse, not urgent).
# First run on ec1c580: 1 of 12 probes (the English 'had his way with'), controls 2 of 2; the second control of the
# last test was added with the fix (B5-39's class). ------------------------------------------------------------------

RECENT_WITH_INJURY = [
    # English: a man forced himself / men forced themselves on a young man, had his way with her
    "My cousin is 22. Yesterday night two men from the next tent forced themselves on him behind the toilets. "
    "He is bleeding and will not see a doctor.",
    "Last night the guard at the warehouse had his way with my sister. Her arms are bruised and her lip is bleeding.",
    # Indonesian: held down, trousers pulled down
    "Tadi malam adik laki-laki saya dibekap dan dibanting ke tanah oleh dua orang, celananya dipelorotin. "
    "Lututnya lecet dan berdarah.",
    # Sundanese lemes: her skirt lifted, thrown to the ground, bleeding
    "Kamari wengi rai abdi dibantingkeun kana taneuh ku lalaki ti tenda payun, rokna disingkab. Sukuna getihan.",
    # Sundanese loma: trousers about to be taken off
    "Tadi peuting kuring dibekem ku hiji lalaki, calana kuring rék dilaan. Beuheung kuring biru-biru.",
    # Javanese ngoko: his trousers untied, bleeding
    "Wingi bengi adhiku lanang dicekel wong loro, katoke diudhari. Tangane getihen lan tatu.",
    # Javanese krama: her skirt lifted, bruised
    "Dalu wau mbakyu kula dipun bekap, roke disingkap kaliyan tiyang saking tenda sebelah. Lengenipun memar.",
]


@pytest.mark.parametrize("narrative", RECENT_WITH_INJURY)
def test_sexual_violence_without_the_usual_words_is_abuse_urgent_and_critical(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons
    # named by a rule, not only caught by the fallback for bleeding or crying with nothing placed
    assert not any(reason.startswith("unplaced") for reason in result.reasons), result.reasons


NEVER_LOW = [
    # no time, no injury: still abuse, never low
    "A volunteer took advantage of my son when he was sleeping in the tent.",
    "Pak RT itu pernah memaksakan dirinya pada adik ipar saya waktu di pengungsian.",
    "Relawan éta kantos ngalaan calana adi abdi di jamban.",
    "Mandor kuwi tau nglukari katoke adhiku ing gudang.",
]


@pytest.mark.parametrize("narrative", NEVER_LOW)
def test_sexual_violence_without_the_usual_words_is_never_low(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and result.priority is not Priority.LOW, result.reasons


@pytest.mark.parametrize("narrative", [
    # 'took advantage of' the flood, not of a person
    "The shop owner took advantage of the flood to double the price of rice.",
    # a beating with an injury and no sexual act: no sexual violence (bleeding with nothing placed is still read as
    # possible abuse by an older rule, the safe direction)
    "Tadi peuting petugas gudang neunggeul salaki abdi, sirahna getihan.",
])
def test_advantage_of_a_flood_or_an_injury_alone_is_no_sexual_violence(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_ABUSE and not result.urgent_medical, result.reasons


@pytest.mark.parametrize("narrative", [
    "Sabulan kapengker calana abdi bade dilaan ku patugas gudang, abdi lumpat.",
    # (added with the fix: an attempt stopped, with no injury, last night; B5-39's class)
    "Last night the driver tried to force themselves on my friend in the truck, but she ran away before anything "
    "happened.",
])
def test_an_attempt_with_no_injury_is_abuse_but_not_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and not result.urgent_medical, result.reasons


# --- (2) A child touched under her skirt or trousers (B38-14: 'dirampa-rampa dadana sareng dina handapeun rokna', a
# girl of nine, yesterday, read as not urgent): a touch that reached under the lower garments ('dina handapeun rokna',
# 'di bawah roknya', 'ing ngisor roke', 'under her skirt'; Danadibrata handap, handapeun; Baoesastra ngisor, krama
# ngandhap; KBBI bawah) is a hand inside them, as round 6's entry reads 'a hand inside the pants', so with a child,
# urgent when recent. Controls: a touch under a child's shirt keeps the blind labels' convention (not urgent), a
# grown woman's, two weeks ago, is abuse but not urgent, and a skirt under which nothing was done is no touch.
# First run on 01d84c6: 1 of 6 (the Indonesian 'diraba-raba di bawah roknya'), controls 2 of 2. ----------------------

UNDER_A_CHILD_SKIRT = [
    # Sundanese lemes and loma
    "Kamari sonten putra abdi nu awéwé, yuswana dalapan taun, dirampa-rampa dina handapeun rokna ku patugas dapur.",
    "Tadi peuting budak kuring umur 7 taun dicabak handapeun calanana ku lalaki ti tenda tukang.",
    # Indonesian
    "Kemarin sore anak perempuan saya yang kelas 2 SD diraba-raba di bawah roknya oleh relawan gudang.",
    # Javanese ngoko and krama
    "Wingi bengi anakku wadon umur 9 taun didemek ing ngisor roke karo mandor huntara.",
    "Kala wingi sonten putri kula ingkang yuswa sedasa taun dipun demek ing ngandhap sinjangipun dening petugas.",
    # English
    "Yesterday evening a man from the camp touched my 10-year-old daughter under her skirt behind the kitchen.",
]


@pytest.mark.parametrize("narrative", UNDER_A_CHILD_SKIRT)
def test_a_child_touched_under_her_skirt_is_urgent_and_critical(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and result.child_involved, result.reasons
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    # a grown woman, two weeks ago: abuse, not urgent
    "Dua minggu kapengker abdi dirampa handapeun rok ku supir truk bantuan.",
    # a skirt with nothing done under it
    "Kemarin sore rok anak saya yang berumur 8 tahun robek kena paku di bawah tenda, tidak ada yang menyentuhnya.",
])
def test_an_old_touch_of_a_woman_or_a_torn_skirt_is_not_urgent(narrative):
    assert not run(narrative).urgent_medical, run(narrative).reasons
