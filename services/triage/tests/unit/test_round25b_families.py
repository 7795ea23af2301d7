"""Round 25b of issue 12: the rules as the safety floor where only the learned model held (B43-08, B43-10, B44-22,
B45-19 were kept from 'not misconduct, low' only by the model's 'doubts harmless' check), and the gap round 25 named
(keeping him company asked for aid, with no night named). Sentences written for this test (not the batches' own);
each group was written and run before its fix (on the commit named in its comment), its first-run count (rules alone)
in the comment and in the blind README's Round 25b section. They run with the learned model switched off: the rules
are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: an improper act done to her or improper words said to her, the act unsaid, in the spellings the rules
# did not read (B43-08: 'Pakdhe ... nutupi cangkeme adikku terus nindakke sing ora pantes marang adikku, nganti adikku
# getihen ... Aku kudu piye?': a girl of 13 last night, not misconduct by the question, urgent missed; B44-22: 'juru
# basa menika bola-bali criyos ingkang boten pantes dhateng anak kula estri ...: bab badanipun, menapa piyambakipun
# taksih prawan': not misconduct by the praise 'sae', low, for harassment, medium). The contracted ngoko 'nindakke',
# 'nindakne', 'nglakokke' (Baoesastra nindakake, nglakokake), the Jakarta 'ngelakuin' (KBBI melakukan), and improper
# words said to her ('criyos ingkang boten pantes dhateng', 'ngomong sing ora pantes marang', 'ngomong yg gak pantes
# ke', 'nyarios nu teu pantes ka', 'said inappropriate things to her'; Baoesastra criyos, ngomong, pantes; Danadibrata
# nyarios, pantes; KBBI bilang, pantas); her virginity asked in krama and Sundanese ('menapa taksih prawan', 'naros
# ... keneh parawan'; Baoesastra prawan, taksih; Danadibrata parawan, keneh). Controls: 'ora pantes' of the aid
# ('bantuane ora pantes', the rice not fit to eat), the words of a man who was not improper ('ngomong sing pantes').
# First run on a816993: 1 of 7 (the 'nglakokke' one only through the fallback, a child and her crying; 'nindakke',
# 'ngelakuin', every way of saying improper words not read), controls 2 of 2. Now 7 of 7. -----------------------------

IMPROPER_ACT_UNSAID = [
    # Javanese ngoko, the contracted 'nindakke', a child, last night
    "Wingi bengi tanggaku nindakke sing ora pantes marang ponakanku umur 11 taun neng tenda. Aku kudu piye?",
    # Javanese ngoko, 'nglakokke'
    "Mandor posko nglakokke sing ora pantes marang anak wedokku umur 9 taun wingi sore. Saiki dheweke nangis wae.",
    # Indonesian SMS, Jakarta 'ngelakuin'
    "kmrn mlm om tetangga ngelakuin yg gk pantes ke keponakan sy umur 12 thn. sy hrs gmn?",
]

IMPROPER_WORDS = [
    # Javanese krama, improper words to a grown daughter, and her virginity asked
    "Petugas pendataan bola-bali criyos ingkang boten pantes dhateng putri kula, menapa piyambakipun taksih prawan. "
    "Kula nyuwun supados dipun tindakaken kanthi sae.",
    # Javanese ngoko
    "Relawan dapur umum saben dina ngomong sing ora pantes marang aku pas aku njupuk sega. Matur nuwun.",
    # Sundanese
    "Petugas logistik sok nyarios nu teu pantes ka abdi unggal kenging beas. Kumaha atuh?",
    # English
    "The registration officer kept saying inappropriate things to my daughter, who is 22, about her body. Thank you.",
]


@pytest.mark.parametrize("narrative", IMPROPER_ACT_UNSAID)
def test_an_improper_act_done_to_a_child_is_abuse_and_critical(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", IMPROPER_WORDS)
def test_improper_words_said_to_her_are_harassment_at_least(narrative):
    result = run(narrative)
    assert result.category is not Category.NOT_MISCONDUCT, result.reasons
    assert result.priority.rank >= Priority.MEDIUM.rank, result.reasons


IMPROPER_CONTROLS = [
    # the aid not fit, 'ora pantes'
    "Beras bantuane ora pantes dipangan, wis bosok. Kapan diganti?",
    # a man whose words were proper
    "Relawan kuwi ngomong sing pantes lan sopan marang kabeh warga. Matur nuwun.",
]


@pytest.mark.parametrize("narrative", IMPROPER_CONTROLS)
def test_aid_not_fit_or_proper_words_are_no_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
