"""Round 4 of issue 12: the word families and structures behind the misses of blind batches 11-12 (a different
author), each held by sentences written for this test (not the batches' own), so that a rule, not a sentence, is
what passes."""
from __future__ import annotations

from datetime import datetime

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- 'get' links an exchange only when what is got is a benefit --------------------------------------------------

def test_getting_messages_is_no_exchange():
    result = run("Sejak nama saya ada di daftar bantuan, saya dapet WA dr nomor asing tiap malam, isinya "
                 "ngomongin badan saya dan kirim gambar jorok.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.priority is Priority.MEDIUM


def test_a_phone_number_is_no_gift():
    result = run("Petugas pendataan dapat no hp saya dari daftar penerima bantuan, lalu tiap malam kirim pesan "
                 "mesum.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.perpetrator_type is PerpetratorType.AID_WORKER


def test_getting_aid_for_sex_is_still_exploitation():
    result = run("Relawan gudang bilang saya bisa dapat terpal kalau mau tidur dengannya.")
    assert result.category is Category.SEXUAL_EXPLOITATION


# --- a child watched from a distance, with no part in it, is harassed; drawn in, abused ------------------------

def test_peeping_on_a_child_is_harassment_and_critical():
    result = run("Keponakan saya (13 tahun) diintip lewat celah dinding bilik mandi sama pemuda kampung sebelah "
                 "minggu lalu.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_a_child_shown_pornography_is_abused():
    result = run("Seorang relawan memperlihatkan video porno kepada anak-anak SD di tenda belajar.")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.child_involved


def test_messages_and_a_secret_with_no_other_sign_are_harassment():
    result = run("My daughter is in grade 6. A volunteer tutor keeps texting her 'you are so pretty' and "
                 "'don't tell your mum about our chats'. He has not touched her.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_a_secret_with_gifts_is_still_grooming():
    result = run("Om relawan itu sering kasih pulsa ke adik saya yang kelas 5, terus bilang jangan bilang "
                 "mama ya.")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.child_involved


# --- exploitation: conditions, wages, customers, eviction, quoted euphemisms --------------------------------------

def test_a_condition_for_day_work_is_exploitation():
    result = run("Mandor proyek huntara mempersyaratkan janda-janda yang mau jadi buruh harian untuk 'menemani' "
                 "dia malam hari di bedengnya.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.priority is Priority.HIGH


def test_serving_guests_to_be_paid_is_exploitation():
    result = run("Kami dijanjikan kerja di warung, tapi bos itu bilang kami harus menemani tamu laki-laki dulu "
                 "kalau mau dapat upah.")
    assert result.category is Category.SEXUAL_EXPLOITATION


def test_going_with_customers_to_pay_a_debt_is_exploitation():
    result = run("My neighbour's daughter, 22, went to work in a karaoke bar; now the owner says she must go with "
                 "customers to pay back her debt.")
    assert result.category is Category.SEXUAL_EXPLOITATION


def test_eviction_unless_she_becomes_his_wife_is_exploitation():
    result = run("Ketua posko ngancam arep ngusir kulawargaku saka tendha yen aku ora gelem dadi bojone.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.perpetrator_type is PerpetratorType.AID_WORKER


def test_obey_in_quotes_is_the_price_of_aid():
    result = run("petugas logistik blg kalau mau dpt selimut sm beras hrs 'nurut' sm dia")
    assert result.category is Category.SEXUAL_EXPLOITATION


def test_a_visit_in_the_evening_for_a_shelter_is_exploitation():
    result = run("The official who keeps the shelter list said my sister would get one of the new shelters "
                 "ahead of others if she visits him this evening.")
    assert result.category is Category.SEXUAL_EXPLOITATION


def test_a_quoted_wife_in_an_english_remark_is_no_proposal():
    result = run("A volunteer at the child-friendly space comments on the bodies of the girls in grade 7 and posts "
                 "their photos with captions like 'wife material'.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.child_involved


# --- non-contact: krama clothes, watching from hiding ----------------------------------------------------------

def test_a_krama_request_for_photos_without_clothes():
    result = run("Wonten petugas ingkang nyuwun garwa kula ngintunaken foto tanpa ageman lumantar WA.")
    assert result.category is Category.SEXUAL_HARASSMENT


def test_hiding_to_watch_a_woman_bathe_is_peeping_by_someone_unknown():
    result = run("Kula siram wonten sendhang, wonten tiyang jaler ndhelik wonten wingking wit ningali kula. "
                 "Kula mboten mangertos sinten.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.perpetrator_type is PerpetratorType.UNKNOWN
    assert result.priority is Priority.MEDIUM


# --- the child who is not the survivor --------------------------------------------------------------------------

def test_children_she_gave_in_for_are_not_the_survivor():
    result = run("Petugas gudang minta saya 'nurut' kalau mau dapat beras. Saya terpaksa ikut ke gudangnya "
                 "karena anak-anak saya kelaparan.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert not result.child_involved
    assert result.priority is Priority.HIGH


def test_children_she_must_raise_are_not_the_survivor():
    result = run("The contractor told my aunt she would get the first shelter if she sleeps with him; she has to "
                 "raise 4 children alone.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert not result.child_involved


def test_a_child_said_to_be_unharmed_is_not_the_survivor():
    result = run("Pak RT sing ngurus bantuan njaluk aku turu karo dheweke yen pengin entuk terpal. Anakku isih "
                 "cilik, dheweke ora diganggu.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert not result.child_involved


def test_a_child_kept_away_from_the_place_is_not_the_survivor():
    result = run("Ada laki-laki yang sembunyi di semak-semak melihat saya mandi di sungai. Anak perempuan saya yang "
                 "masih SD tidak saya izinkan mandi di sana lagi.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert not result.child_involved
    assert result.priority is Priority.MEDIUM


def test_a_child_reporting_what_was_done_to_her_grown_sister():
    result = run("aku kelas 6 SD. ada om relawan yg suka godain kakakku (umur 19) pake kata2 jorok. "
                 "om itu gak pernah ganggu aku kok, aku cuma kasian kakak.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert not result.child_involved


def test_a_child_reporting_what_was_done_to_herself_stays_a_child():
    result = run("aku kelas 6 SD. om relawan itu suka kirim pesan jorok ke aku tiap malam.")
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_a_child_reporter_with_no_one_else_named_stays_a_child():
    result = run("saya kelas 7. om petugas dapur suka ngintip pas mandi di bilik.")
    assert result.child_involved and result.priority is Priority.CRITICAL


# --- who did it -------------------------------------------------------------------------------------------------

def test_what_follows_she_is_describes_her_not_him():
    result = run("I am writing for my aunt. She is a widow living in the Balaroa camp. The man who manages the "
                 "distribution list told her she would get rice first if she sleeps with him.")
    assert result.perpetrator_type is PerpetratorType.AID_WORKER
    assert result.category is Category.SEXUAL_EXPLOITATION


def test_building_the_temporary_shelters_is_aid_work():
    result = run("Aya tukang nu keur ngawangun huntara di lapang sok ngintip awewe nu keur mandi.")
    assert result.perpetrator_type is PerpetratorType.AID_WORKER
    assert result.category is Category.SEXUAL_HARASSMENT


def test_a_psychologist_of_the_psychosocial_team_is_aid_work():
    result = run("Konselor dari tim psikososial itu suka nanya2 soal hubungan ranjang saya sama suami, padahal "
                 "saya datang karena trauma.")
    assert result.perpetrator_type is PerpetratorType.AID_WORKER


def test_the_village_head_who_manages_the_list_acts_for_the_aid():
    result = run("Pa RT nu ngurus daptar bantuan ngan mere simut ka baraya na wungkul.")
    assert result.perpetrator_type is PerpetratorType.AID_WORKER
    assert result.category is Category.OTHER_MISCONDUCT


def test_the_midwife_who_will_examine_her_is_not_the_perpetrator():
    result = run("Tadi wengi bojoku meksa aku, padahal aku lagi wae nglairake. Saiki aku getihen, aku mung "
                 "pengin dipriksa karo bidan.")
    assert result.perpetrator_type is PerpetratorType.COMMUNITY_MEMBER
    assert result.urgent_medical and result.priority is Priority.CRITICAL


# --- misconduct that is not sexual, and reports of nothing ----------------------------------------------------

def test_money_asked_for_a_free_registration_is_misconduct_of_low_priority():
    result = run("An enumerator with an NGO vest was asking households for Rp 50,000 each to put them on the "
                 "kit list, although the list is supposed to be free.")
    assert result.category is Category.OTHER_MISCONDUCT
    assert result.perpetrator_type is PerpetratorType.AID_WORKER
    assert result.priority is Priority.LOW


def test_the_better_share_for_those_who_bring_him_cigarettes():
    result = run("Koordinator posko ngasih tenda yang bagus cuma ke warga yang bawain dia rokok sama kopi.")
    assert result.category is Category.OTHER_MISCONDUCT
    assert result.priority is Priority.LOW


def test_a_neighbour_stealing_aid_is_misconduct_by_the_community():
    result = run("Tatangga abdi maling beas bantosan ti tenda abdi tadi wengi. Tiasa dilaporkeun di dieu?")
    assert result.category is Category.OTHER_MISCONDUCT
    assert result.perpetrator_type is PerpetratorType.COMMUNITY_MEMBER


def test_asking_whether_the_line_is_confidential_is_not_misconduct():
    result = run("Are reports on this number kept private? I am not reporting anything, just asking for my "
                 "neighbours who are afraid people will talk.")
    assert result.category is Category.NOT_MISCONDUCT
    assert result.priority is Priority.LOW


# --- harassment in a group chat; Javanese 'in exchange' ---------------------------------------------------------

def test_jokes_about_women_bathing_in_a_volunteers_group_chat():
    result = run("Di grup WA relawan dapur umum ada yang kirim lelucon tentang ibu-ibu yang mandi di kali, sama "
                 "foto relawan cewek dengan caption yang menjijikkan.")
    assert result.category is Category.SEXUAL_HARASSMENT
    assert result.priority is Priority.MEDIUM


def test_photos_traded_for_phone_credit_in_javanese():
    result = run("Sopir truk bantuan njaluk aku ngirim foto wuda, jarene arep diijoli kuota 20 ewu.")
    assert result.category is Category.SEXUAL_EXPLOITATION


# --- Manado and Kupang Malay; 'after' that dates the story; aid given to those who do it ------------------------

def test_manado_malay_sleeping_with_him_for_aid():
    result = run("Kita mo lapor, tu relawan yang bagi beras ada bilang pa kita pe ade, kalo dia mau ba tidor deng "
                 "dia, dorang pe jatah mo dapa lebe banyak.")
    assert result.category is Category.SEXUAL_EXPLOITATION
    assert result.perpetrator_type is PerpetratorType.AID_WORKER


def test_manado_malay_age_and_touching_of_a_child():
    result = run("Tu sopir truk bantuan da pegang-pegang kita pe ana (12 taon) di blakang tenda kalamarin.")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_after_the_storm_dates_the_story_it_prices_nothing():
    result = run("Sesudah banjir bandang, ada relawan yang bawa bantuan ke kampung, dia sering ajak anak-anak "
                 "kecil tidur di kamarnya di posko.")
    assert result.category is Category.SEXUAL_ABUSE
    assert result.child_involved


def test_aid_given_to_the_women_who_come_to_him_is_exploitation():
    result = run("The storekeeper hands out extra blankets to the widows who come to his room after dark.")
    assert result.category is Category.SEXUAL_EXPLOITATION


# --- safety without the learned model: signs of assault on a child, 'forced me' with a place, no false denial ----

def _rules_only(narrative: str, monkeypatch):
    from pseah.triage.classification.learned import predict
    monkeypatch.setattr(predict, "model", lambda: None)
    return run(narrative)


def test_a_boy_in_pain_who_cannot_sit_after_being_taken_inside(monkeypatch):
    result = _rules_only("Budak abdi lalaki, umurna 7 taun. Kamari peuting aya lalaki ngajak manehna asup ka jero "
                         "tenda. Ayeuna manehna ngadu nyeri kana bujurna, teu tiasa diuk.", monkeypatch)
    assert result.category is Category.SEXUAL_ABUSE
    assert result.child_involved and result.urgent_medical and result.priority is Priority.CRITICAL


def test_a_negated_must_is_no_denial(monkeypatch):
    result = _rules_only("Anak abdi umurna 6 taun balik ti tenda tatangga bari ceurik, calanana baseuh. Abdi teu "
                         "terang kedah kumaha.", monkeypatch)
    assert result.category is not Category.NOT_MISCONDUCT
    assert result.child_involved and result.priority is Priority.CRITICAL


def test_forced_me_closing_its_clause_with_a_place(monkeypatch):
    result = _rules_only("Dua minggu katukang, salaki lanceuk abdi maksa abdi di gudang posko. Abdi can wani "
                         "lapor.", monkeypatch)
    assert result.category is Category.SEXUAL_ABUSE
    assert not result.urgent_medical          # two weeks ago: 'katukang' dates it
    assert result.priority is Priority.HIGH


def test_staying_the_night_in_the_project_barracks_for_a_shelter(monkeypatch):
    result = _rules_only("Mandor proyek ngomong nek mbakyuku gelem nginep ning bedeng proyek, keluargaku bakal "
                         "oleh huntara luwih dhisik.", monkeypatch)
    assert result.category is Category.SEXUAL_EXPLOITATION


def test_a_tent_too_small_with_a_request_is_feedback(monkeypatch):
    result = _rules_only("terpal yg dibagi kemarin ukurannya kecil, gak muat buat satu keluarga. tolong ditambah.",
                         monkeypatch)
    assert result.category is Category.NOT_MISCONDUCT
    assert result.priority is Priority.LOW
