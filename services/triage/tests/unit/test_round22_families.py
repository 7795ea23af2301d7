"""Round 22 of issue 12: the tuning batches 39-42, by class: the largest classes of their remaining misses
(category, perpetrator, child and priority). Sentences written for this test (not the batches' own); each group was
written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in the comment
and in the blind README's Round 22 section. They run with the learned model switched off: the rules are what is
tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


SEXUAL = (Category.SEXUAL_ABUSE, Category.SEXUAL_EXPLOITATION, Category.SEXUAL_HARASSMENT)


# --- (1) Sexual words that tell no act (B40-10: 'kalau ibu-ibu di huntara ... mau melapor soal pelecehan atau
# kekerasan seksual, lewat mana ya? ... belum ada kejadian', read as exploitation, urgent, a child, critical; B42-20:
# 'upami aya nu dilecehkeun atanapi diperkosa di pangungsian, lapor ka saha?', exploitation, urgent, critical; B42-06:
# 'Ini namanya memperkosa hak pengungsi' of aid sold, abuse, urgent, critical; all labelled low). The reporting asked
# about, a case still to come told with the passive verbs ('dilecehkan', 'diperkosa'; KBBI leceh, perkosa;
# Danadibrata dilecehkeun; Baoesastra dilecehake) or several named acts ('pelecehan atau kekerasan seksual'), and
# 'memperkosa hak' (KBBI perkosa, memperkosa 2: 'melanggar (menyerang dsb) dengan kekerasan: memperkosa hak orang'),
# a right violated, not a rape. Controls: the question followed by a rape told; a rape of a person; a report that
# opens 'saya mau melapor'.
# First run on 05e1d0b: 0 of 6, controls 4 of 4. -----------------------------------------------------------------

NO_ACT_TOLD = [
    # Indonesian, the reporting asked about, two acts named, several words before the verb
    "Mau tanya, kalau perempuan-perempuan di tenda blok kami mau melapor soal pelecehan atau kekerasan seksual, "
    "harus ke mana ya? Sejauh ini belum ada kejadian, kami cuma mau tahu caranya.",
    # Sundanese, a case still to come told with passive verbs
    "Wilujeng énjing. Upami aya awéwé nu dilecehkeun atanapi diperkosa di pangungsian, kedah lapor ka saha? Abdi "
    "ngan hoyong terang nomerna.",
    # Javanese ngoko, the same
    "Mas, arep takon. Yen ana wong wadon sing dilecehke utawa diperkosa neng pengungsian, kudu lapor menyang sapa? "
    "Ora ana kedadeyan, mung arep ngerti wae.",
    # English, the same
    "Hello, a question. If a woman in the camp is harassed or raped, who should she report it to? Nothing has "
    "happened here, we only want to know the number.",
    # Indonesian, 'memperkosa hak' of aid sold
    "Koordinator gudang menjual terpal dan selimut bantuan ke toko di pasar. Ini namanya memperkosa hak pengungsi.",
    # Indonesian SMS, 'memperkosa hak' of aid cut
    "pak kades motong jatah beras kami jd 2 kg aja, itu sm aja memperkosa hak rakyat kecil. tlg diperiksa",
]


@pytest.mark.parametrize("narrative", NO_ACT_TOLD)
def test_sexual_words_that_tell_no_act_are_no_sexual_misconduct(narrative):
    result = run(narrative)
    assert (result.category not in SEXUAL and not result.urgent_medical and not result.child_involved
            and result.priority is not Priority.CRITICAL), result.reasons


@pytest.mark.parametrize("narrative", [
    # the question, then a rape told
    "Kalau saya lapor, apa dia bakal dihukum? Tadi malam relawan itu memperkosa saya di gudang logistik.",
    # Sundanese, the same
    "Upami abdi lapor ka posko, naha anjeunna bakal dihukum? Tadi peuting abdi diperkosa ku supir truk bantuan.",
    # a rape of a person, 'memperkosa' before a person
    "Tadi malam sopir truk bantuan memperkosa kakak saya di belakang gudang. Sekarang dia berdarah.",
    # a report opened with 'saya mau melapor'
    "Saya mau melapor soal pelecehan dan kekerasan seksual oleh relawan dapur umum tadi malam di tenda saya.",
])
def test_a_rape_or_an_assault_told_stays_urgent_abuse(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and result.urgent_medical, result.reasons
