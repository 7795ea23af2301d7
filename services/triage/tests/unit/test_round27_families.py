"""Round 27 of issue 12: precision and priority by class, batches 33-48 (round 26's tuning pair 47 and 48 first).
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 27 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Priority under-call: work offered as a verb, with terms (B47-12: 'nawaran abdi digawé jadi tukang beberesih
# ..., tapi saratna abdi kudu daék diajak ka hotél': harassment, medium, for exploitation, high). The offer word right
# before her and the working ('nawaran', 'nawarkeun', 'nawani', 'menawari', 'offered' ... 'digawé', 'gawe',
# 'bekerja'; Danadibrata nawaran, digawé; Baoesastra nawani, gawe; KBBI menawari, bekerja) is work offered, a
# benefit: with the terms and a sexual demand, exploitation. Controls: the same offer with terms that are not sexual.
# First run on f6b92c8: 2 of 6 (the Javanese 'nyambut gawe' and the English 'job' already read), controls 2 of 2.
# Now 6 of 6. ----------------------------------------------------------------------------------------------------

WORK_OFFERED = [
    'Petugas posko nawaran abdi digawé di dapur umum, tapi saratna abdi kudu daék diajak ka hotél.',
    'Relawan LSM nawarkeun abdi digawe jadi tukang masak, saratna abdi kudu daek diajak sare bareng.',
    'Koordinator gudang nawani aku nyambut gawe dadi tukang resik-resik, nanging syarate aku kudu gelem diajak neng '
    'hotel.',
    'Mandor posko nawani aku gawe neng dapur umum, syarate aku kudu gelem diajak turu bareng.',
    'Staf LSM menawari saya bekerja jadi tukang bersih-bersih di kantornya, tapi syaratnya saya harus mau diajak ke '
    'hotel.',
    'The interpreter offered me a cleaning job at the NGO office, but the condition was that I go to a hotel with him.',
]


@pytest.mark.parametrize("narrative", WORK_OFFERED)
def test_work_offered_on_sexual_terms_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


WORK_OFFERED_CONTROLS = [
    'Petugas posko nawaran abdi digawé di dapur umum, saratna kudu datang isuk-isuk.',
    'Staf LSM menawari saya bekerja jadi tukang masak, syaratnya harus bawa KTP.',
]


@pytest.mark.parametrize("narrative", WORK_OFFERED_CONTROLS)
def test_work_offered_on_plain_terms_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (2) Priority under-call: aid traded for sex, said outright (B48-35: 'I believe aid is being traded for sex':
# harassment by 'for sex', medium, for exploitation, high). Aid or goods traded, bartered or swapped for sex, a few
# words between ('trading relief supplies for sex', 'memperdagangkan bantuan untuk seks', 'barter sembako sm sex',
# 'dagang bantuan keur begituan', 'ngijolke beras karo begituan'; KBBI memperdagangkan, barter; Danadibrata dagang,
# keur; Baoesastra ijol, karo) is the transaction itself. Controls: supplies traded to other camps, rice bartered for
# vegetables. First run on f6b92c8: 1 of 6 (the Javanese 'ngijolke', an exchange marker already), controls 2 of 2.
# Now 6 of 6. ----------------------------------------------------------------------------------------------------

TRADED_FOR_SEX = [
    'I work for the shelter cluster and I believe our warehouse keeper is trading relief supplies for sex with women '
    'in the camp.',
    'A volunteer told me the distribution team lead trades extra rice for sex with widows at the evacuation centre.',
    'Kami curiga petugas gudang memperdagangkan bantuan untuk seks dengan janda-janda di pengungsian.',
    'Sy dgr relawan logistik barter sembako sm sex ke ibu2 di posko.',
    'Warga nyebutkeun petugas gudang dagang bantuan keur begituan jeung randa-randa di pangungsian.',
    'Aku krungu mandor posko ngijolke beras karo begituan marang randha-randha neng pengungsian.',
]


@pytest.mark.parametrize("narrative", TRADED_FOR_SEX)
def test_aid_traded_for_sex_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


TRADED_CONTROLS = [
    'The warehouse keeper trades relief supplies to other camps when ours are full.',
    'Petugas gudang barter beras dengan sayur dari warga, kami tidak dapat bagian.',
]


@pytest.mark.parametrize("narrative", TRADED_CONTROLS)
def test_goods_traded_for_goods_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (3) Priority under-call: what she got, then 'that was because' she 'served' him (B48-16: 'dia dpt terpal, kasur,
# beras lebih dr yg lain ... blg itu krn udh 'ngelayanin' pak koordinator posko': harassment by the quoted euphemism,
# medium, for exploitation, high). 'That was because' ('itu karena', 'itu krn', 'itu gara-gara', 'éta téh lantaran',
# 'iku merga', 'it was because'; KBBI karena; Danadibrata lantaran; Baoesastra merga) after the sentence of the benefit
# she got names the act after it as its price; never negated ('itu bukan karena'). The ngoko 'nglayani' in quotes
# added to the euphemisms (Baoesastra layan). Controls: a plain reason (her five children), the reason denied. First
# run on f6b92c8: 0 of 6, controls 2 of 2. Now 6 of 6. ------------------------------------------------------------

BECAUSE_SHE_SERVED = [
    "Tetangga saya dapat beras dan selimut lebih banyak dari yang lain. Katanya itu karena dia sudah 'melayani' "
    'ketua posko tiap malam.',
    "tmn sy dpt terpal sm kasur duluan. dia ngaku itu krn udh 'nemenin' relawan gudang.",
    "Randa di tenda hareup meunang beas leuwih loba ti batur. Cenah éta téh lantaran geus 'ngalayanan' petugas posko "
    'unggal peuting.',
    "Kancaku entuk beras luwih akeh tinimbang liyane. Jarene iku merga wis 'nglayani' mandor posko saben bengi.",
    "My neighbour got a new tarpaulin before everyone else. She told me it was because she had been 'serving' the "
    'camp coordinator at night.',
    "Bu Siti dapat kasur dan terpal lebih dulu. Dia nangis, bilang itu gara-gara sudah 'ngelayanin' koordinator posko.",
]


@pytest.mark.parametrize("narrative", BECAUSE_SHE_SERVED)
def test_aid_got_because_she_served_him_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


BECAUSE_CONTROLS = [
    'Tetangga saya dapat beras lebih banyak dari yang lain. Katanya itu karena anaknya lima dan suaminya sakit.',
    "Bu Siti dapat kasur lebih dulu. Orang bergosip, tapi itu bukan karena dia 'melayani' koordinator posko.",
]


@pytest.mark.parametrize("narrative", BECAUSE_CONTROLS)
def test_aid_got_for_a_plain_or_denied_reason_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons
