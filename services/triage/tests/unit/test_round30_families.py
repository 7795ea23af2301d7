"""Round 30 of issue 12: category and priority on the tuning batches, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 30 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Category and priority: aid withheld for who the people are or how they voted, in the forms the lexicon
# lacked (B39-17 'kulawarga anu basa pilkades teu milih manehna teu kabagean'; B48-30 'Pak Kadus namung maringi paket
# sembako dhumateng sedherek lan tiyang ingkang nyengkuyung piyambakipun nalika pilkades'; B50-04 'Mbok-mbok rondho
# ora oleh jatah'; B50-30 'ibu2 yg pake cadar ga dilayanin'; B41-22 'petugas pendataan ... henteu kersa ngalebetkeun
# namina' of a lame man: all other misconduct, low; unplaced, high, before). Round 6 and round 19 read the vote, the
# relatives, the faith and the disability; not Sundanese 'kabagean' (a share got; Danadibrata bagi, kabagean), the
# krama 'sedherek' (Baoesastra sadherek, krama of sedulur), 'nyengkuyung' (Baoesastra sengkuyung, to support), widows
# ('janda', 'rondho', 'randa', 'widows'; KBBI janda; Baoesastra randha; Danadibrata randa), a veil of faith ('cadar',
# 'niqab', 'burqa'; KBBI cadar), not served ('tidak dilayani', 'not served'; KBBI layan), nor the unwilling officer in
# the polite forms ('henteu kersa', 'teu kersa', 'mboten kersa'; Danadibrata kersa; Baoesastra kersa) with the
# registering verbs ('ngalebetkeun', 'ngadata', 'ndata', 'nglebokke'). Controls: a share not got because the stock
# ran out, widows thanked for being registered.
# First run on a6fd4a6: 0 of 7, controls 2 of 2; now 7 of 7. -----------------------------------------------------------

AID_WITHHELD_FOR_WHO_THEY_ARE = [
    # Sundanese, as B39-17's class
    "Bantuan beas ti desa dibagikeun ku kuwu. Kulawarga anu teu milih anjeunna basa pilkades teu kabagean nanaon.",
    # Javanese krama, as B48-30's class
    "Pak Lurah namung maringi bantosan dhateng sedherek lan tiyang ingkang nyengkuyung piyambakipun nalika pilihan "
    "lurah. Kulawarga kula dereng nampi punapa-punapa.",
    # Javanese ngoko, as B50-04's class
    "Para rondho neng dhusunku ora oleh jatah beras saka posko, jarene mung kanggo KK sing ana bojone.",
    # Indonesian SMS, as B50-30's class
    "td di posko ibu2 yg pake cadar ga dilayani petugas pas antri sembako, disuruh plg aja",
    # Sundanese lemes, as B41-22's class
    "Bapa abdi lumpuh ti saprak lini. Petugas pendataan henteu kersa ngadata bapa abdi kanggo bantosan.",
    # English
    "The widows in our camp were not registered for the cash aid; the officer said only households with a husband "
    "get it.",
    # Indonesian formal
    "Para janda di RT kami tidak didata untuk bantuan tunai oleh petugas desa.",
]


@pytest.mark.parametrize("narrative", AID_WITHHELD_FOR_WHO_THEY_ARE)
def test_aid_withheld_for_who_they_are_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


AID_WITHHELD_CONTROLS = [
    # a share not got because the stock ran out: a question about aid
    ("Kami belum kebagian sembako karena stoknya habis. Kapan ada pembagian lagi?", Category.NOT_MISCONDUCT),
    # widows registered, and thanks
    ("Hatur nuhun ka relawan, para randa di RT kami parantos didata sareng nampi bantosan.", Category.NOT_MISCONDUCT),
]


@pytest.mark.parametrize(("narrative", "category"), AID_WITHHELD_CONTROLS)
def test_a_share_not_got_for_want_of_stock_is_no_misconduct(narrative, category):
    assert run(narrative).category is category
