"""Round 20 of issue 12: the tuning batches 39 and 40 (round 19's held-out pair), by class, safety first: the two
critical reports they under-triaged (B39-34, B40-11). Sentences written for this test (not the batches' own); each
group was written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in
the comment and in the blind README's Round 20 section. They run with the learned model switched off: the rules are
what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) A night spent with a man who holds aid or housing, the terms told after it ('if I did, my family would
# get ...'), within 72 hours, with a sign of intercourse (no condom, afraid of pregnancy) (B39-34: 'last night I
# stayed the night with the foreman from the company building the temporary houses ... He said if I did, my family
# would get one of the first units ... He did not use a condom', harassment by a community member, medium): sexual
# exploitation by an aid worker, urgent, critical. A night spent with him (KBBI bermalam, menginap, informal nginep,
# Salsabila et al. 2018; Danadibrata saré 'tidur', imah 'rumah'; Baoesastra nginep, omah; English plain usage), a
# condom not used (KBBI kondom, pengaman; Danadibrata nganggo; Baoesastra nganggo), afraid of pregnancy (KBBI hamil;
# Danadibrata kakandungan; Baoesastra meteng); a contractor's foreman building the temporary houses is an aid role.
# Controls: a night with her own family, no terms (never exploitation, not urgent); the terms refused, no night
# spent (exploitation asked, not urgent).
# First run on 7db5654: 1 of 7 (the Javanese passed), controls 3 of 3. ---------------------------------------------

A_NIGHT_SPENT_FOR_AID = [
    # English, a voucher distributor
    "Last night I stayed the night with the man who hands out the food vouchers. He said if I did, my family would "
    "get two vouchers. He did not use a condom and I am scared I could get pregnant.",
    # English, the camp manager, 'slept at his place'
    "Two nights ago I slept at his place, the camp manager who decides the shelters. He told me if I did we would "
    "get a shelter first. I am scared I could get pregnant. Where can I get medicine today?",
    # English, a contractor's foreman
    "Last night I spent the night with the foreman of the company building the temporary houses. He said if I did my "
    "family would get one of the first units. He did not use a condom.",
    # Indonesian formal
    "Semalam saya bermalam dengan mandor kontraktor yang membangun huntara, katanya kalau saya mau keluarga saya "
    "dapat unit duluan. Dia tidak pakai kondom, saya takut hamil.",
    # Indonesian SMS
    "tadi mlm aku nginep bareng pak koordinator logistik, katanya klo aku mau kluargaku dpt beras 2 karung. dia ga "
    "pake kondom, aku takut hamil.",
    # Sundanese lemes
    "Tadi peuting abdi sare di imahna mandor nu ngadamel huntara, cenah upami abdi daek kulawarga abdi kenging "
    "huntara heula. Anjeunna teu nganggo kondom, abdi sieun kakandungan.",
    # Javanese ngoko
    "Wingi bengi aku nginep ing omahe mandor sing mbangun huntara, jarene yen aku gelem keluargaku oleh huntara "
    "dhisik. Dheweke ora nganggo kondom, aku wedi meteng.",
]


@pytest.mark.parametrize("narrative", A_NIGHT_SPENT_FOR_AID)
def test_a_night_spent_for_aid_is_urgent_exploitation_by_an_aid_worker(narrative):
    result = run(narrative)
    assert (result.category is Category.SEXUAL_EXPLOITATION and result.perpetrator_type is PerpetratorType.AID_WORKER
            and result.urgent_medical and result.priority is Priority.CRITICAL), result.reasons


@pytest.mark.parametrize("narrative", [
    "Last night I stayed the night with my sister at the evacuation hall because our tent was flooded.",
    "Semalam saya bermalam di rumah mandor bersama suami dan anak-anak karena tenda kami bocor.",
])
def test_a_night_with_her_family_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION and not result.urgent_medical, result.reasons


def test_terms_refused_with_no_night_spent_are_not_urgent():
    result = run("Mandor itu bilang kalau saya mau tidur dengannya keluarga saya dapat unit duluan. Saya menolak.")
    assert result.category is Category.SEXUAL_EXPLOITATION and not result.urgent_medical, result.reasons


# --- (2) The man who assaulted her, or one matching him (the same jacket, the same man), seen again near her tent
# or shelter, watching her, last night or now (B40-11: an attempted rape four days ago, 'Semalam saya lihat orang
# dengan jaket yang sama berdiri dekat tenda saya, lama melihat ke arah saya', high): ongoing danger, critical, after
# an attempt as after an assault. Seen, seen again (KBBI lihat, terlihat, lagi, sama; Danadibrata katingal, deui,
# payun 'depan'; Baoesastra katon, maneh, cedhak, nyawang; English plain usage). Controls: a man who sold aid seen by
# her tent (no assault: no danger); an attempt long over and no sighting; a man merely living nearby.
# First run on 7db5654: 0 of 6, controls 2 of 2. -----------------------------------------------------------------

SEEN_AGAIN_BY_HER_TENT = [
    "Lima hari lalu ada laki-laki yang menarik saya ke belakang MCK dan mencoba membuka rok saya, saya berteriak lalu "
    "dia kabur. Semalam saya lihat orang dengan jaket yang sama berdiri dekat tenda saya.",
    "Last week a man grabbed me behind the latrines and tried to pull down my trousers. Last night he was standing "
    "near my tent again, watching me.",
    "Five days ago a man pushed me into the washing area and tried to rape me; I got away. This morning I saw the "
    "same man outside my shelter, staring at me.",
    "Minggu kamari aya lalaki nu nyobian muka calana abdi di tukangeun MCK. Tadi peuting anjeunna katingal deui di "
    "payuneun tenda abdi.",
    "Minggu wingi ana wong lanang sing nyoba mbukak clanaku neng mburi WC. Wingi bengi dheweke katon maneh ing "
    "cedhak tendaku, nyawang aku suwe.",
    "sminggu lalu ada cowok yg nyoba buka celana sy di wc umum. td pagi sy liat cowok yg sama nongkrong dkt tenda sy.",
]


@pytest.mark.parametrize("narrative", SEEN_AGAIN_BY_HER_TENT)
def test_the_man_seen_again_by_her_tent_after_an_attempt_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    "The distributor sold our rice and kept the money. Last night I saw him standing near my tent.",
    "Seminggu lalu ada laki-laki mencoba membuka celana saya di toilet. Sekarang saya pindah ke posko lain dan tidak "
    "pernah melihatnya lagi.",
    # a man merely living nearby, nothing else (added after the first run, passing before the fix)
    "Seorang laki-laki dari blok sebelah tinggal dekat tenda saya, semalam saya lihat dia berdiri dekat tenda saya.",
    "A man from the next block lives near my tent; I saw him again outside my tent this morning.",
])
def test_no_sighting_or_no_assault_is_no_danger(narrative):
    assert not run(narrative).ongoing_danger


# Known gaps found in this round and not fixed (README, Round 20, "left"): sentences the classifier does not yet read
# as they should be read, kept here as data, not as tests expected to fail.
KNOWN_GAPS = [
    # 'Two years' is read as a child's age: an adult's attempt long ago sorts critical (safe direction, precision)
    "Two years ago a man tried to pull down my trousers at the market. He lives in another district now.",
    # a night with her own family is read as harassment through 'stayed the night with' (an older over-call)
    "Last night I stayed the night with my sister at the evacuation hall because our tent was flooded.",
    # B39-01's class: a meeting in his car asked as the price of the list, in SMS and ngoko, is no sexual cue yet
    # (read as other misconduct; a meeting in his car alone could be an errand, so it needs a second sign)
    "pak relawan blg klo mau nama sy msk daftar, ketemuan dl sm dia di mobil, baik2in dia aja.",
    "Relawan sing ndata ngomong yen aku pengin mlebu daftar, aku kudu ketemu dheweke dhisik neng mobile.",
]
