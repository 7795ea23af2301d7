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
