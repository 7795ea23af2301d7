"""The public report form, the one-time receipt page, receipt lookup and messages."""
from __future__ import annotations



def test_home_is_in_bahasa_indonesia_with_the_form_and_quick_exit(env):
    page = env.client().get("/")
    assert page.status_code == 200
    assert '<html lang="id">' in page.text
    assert "Kirim laporan" in page.text
    assert 'name="narrative"' in page.text and "required" in page.text
    assert 'id="quick-exit"' in page.text and "https://www.google.com/search?q=cuaca" in page.text
    # The organisations of the network are offered, plus a free-text fallback.
    assert 'value="unicef"' in page.text and 'name="perpetrator_org_text"' in page.text


def test_english_is_switchable_and_remembered(env):
    client = env.client()
    page = client.get("/?lang=en")
    assert '<html lang="en">' in page.text and "Send report" in page.text
    assert client.cookies.get("pseah_lang") == "en"
    again = client.get("/")
    assert "Send report" in again.text
    back = client.get("/?lang=id")
    assert "Kirim laporan" in back.text


def test_unknown_language_falls_back_to_indonesian(env):
    page = env.client().get("/?lang=xx")
    assert '<html lang="id">' in page.text


def test_report_goes_to_intake_and_the_receipt_is_shown_once(env, csrf):
    client = env.client()
    token = csrf(client)
    page = client.post("/reports", data={
        "csrf_token": token, "narrative": "Petugas meminta imbalan", "incident_date": "2024-01-02",
        "place_text": "Posko 3", "region_code": "32.03", "reporter_role": "witness", "survivor_age_group": "adult",
        "survivor_gender": "female", "perpetrator_org": "unicef", "perpetrator_description": "rompi biru",
        "consent_referral": "yes", "consent_share_with_org": "yes", "contact": "0812", "language": "su"})
    assert page.status_code == 200
    assert "PSEAH-7K3F9QX2" in page.text and "SECRET-RCPT-42" in page.text
    assert "hanya ditampilkan sekali" in page.text
    assert page.headers["cache-control"] == "no-store"
    sent = env.intake.reports[-1]
    assert sent["narrative"] == "Petugas meminta imbalan"
    assert "channel" not in sent and sent["language"] == "su" and sent["region_code"] == "32.03"
    assert sent["perpetrator_org"] == "unicef" and "perpetrator_org_text" not in sent
    assert sent["consent"] == {"referral": True, "contact": False, "share_with_org": True}
    assert sent["place_text"] == "Posko 3" and sent["contact"] == "0812"
    # The receipt never travels in a URL or a cookie.
    assert all("SECRET-RCPT-42" not in v for v in client.cookies.values())


def test_free_text_organisation_is_sent_when_not_in_the_list(env, csrf):
    client = env.client()
    client.post("/reports", data={"csrf_token": csrf(client), "narrative": "x", "perpetrator_org": "_other",
                                  "perpetrator_org_text": "Yayasan Lain"})
    sent = env.intake.reports[-1]
    assert sent["perpetrator_org"] == "Yayasan Lain" and "perpetrator_org_text" not in sent
    assert sent["language"] == "id"


def test_narrative_is_required_and_nothing_is_sent(env, csrf):
    client = env.client()
    page = client.post("/reports", data={"csrf_token": csrf(client), "narrative": "  ", "place_text": "Cianjur"})
    assert page.status_code == 422
    assert "Mohon ceritakan apa yang terjadi." in page.text
    assert 'value="Cianjur"' in page.text
    assert env.intake.reports == []


def test_intake_down_keeps_what_was_typed(env, csrf):
    env.intake.mode = "down"
    client = env.client()
    page = client.post("/reports", data={"csrf_token": csrf(client), "narrative": "Cerita saya panjang",
                                         "contact": "0812-555", "consent_contact": "yes"})
    assert page.status_code == 503
    assert "Laporan belum terkirim" in page.text
    assert "Cerita saya panjang</textarea>" in page.text
    assert 'value="0812-555"' in page.text
    assert 'name="consent_contact" value="yes" checked' in page.text


def test_intake_rejection_marks_the_field(env, csrf):
    env.intake.mode = "reject"
    client = env.client()
    page = client.post("/reports", data={"csrf_token": csrf(client), "narrative": "abc", "region_code": "32.03"})
    assert page.status_code == 422
    assert 'id="region_code-error"' in page.text
    assert "abc</textarea>" in page.text


def test_invalid_choices_are_refused_before_intake(env, csrf):
    client = env.client()
    page = client.post("/reports", data={"csrf_token": csrf(client), "narrative": "abc",
                                         "survivor_age_group": "elderly", "region_code": "DROP TABLE"})
    assert page.status_code == 422
    assert env.intake.reports == []


def test_receipt_lookup_shows_status_and_escaped_messages(env, csrf):
    client = env.client()
    page = client.post("/receipt", data={"csrf_token": csrf(client, "/receipt"), "receipt": "R3C31PT-OK"})
    assert page.status_code == 200
    assert "PSEAH-AAAA1111" in page.text and "Diterima, menunggu pemeriksaan" in page.text
    assert "&lt;b&gt;Terima kasih&lt;/b&gt;" in page.text


def test_unknown_receipt_is_a_plain_not_found(env, csrf):
    client = env.client()
    page = client.post("/receipt", data={"csrf_token": csrf(client, "/receipt"), "receipt": "NOPE"})
    assert page.status_code == 404
    assert "Kode tidak ditemukan" in page.text


def test_reporter_message_is_posted(env, csrf):
    client = env.client()
    page = client.post("/receipt/messages", data={"csrf_token": csrf(client, "/receipt"), "receipt": "R3C31PT-OK",
                                                  "text": "Saya butuh bantuan"})
    assert page.status_code == 200 and "Pesan Anda terkirim." in page.text
    assert env.intake.messages == [{"text": "Saya butuh bantuan", "language": "id"}]


def test_the_favicon_is_served_and_linked_so_browsers_log_no_404(env):
    client = env.client()
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon"
    assert icon.content[:4] == b"\x00\x00\x01\x00"  # an ICO header, not an HTML page
    assert "max-age" in icon.headers["cache-control"]  # no personal data: phones may cache it
    page = client.get("/")
    assert '<link rel="icon" href="/favicon.ico"' in page.text
    svg = client.get("/static/favicon.svg")
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")


def test_the_receipt_shows_each_status_and_an_outcome_as_words(env, csrf):
    # Intake's later statuses and a disclosed outcome read as plain words in the reporter's language.
    env.intake.receipts["R3C31PT-OK"].update(
        status="closed", outcome="unsubstantiated",
        history=[{"status": "received", "at": "2024-01-01T00:00:00Z"},
                 {"status": "investigating", "at": "2024-01-03T00:00:00Z"},
                 {"status": "closed", "at": "2024-01-05T00:00:00Z"}])
    client = env.client()
    page = client.post("/receipt", data={"csrf_token": csrf(client, "/receipt"), "receipt": "R3C31PT-OK"})
    assert page.status_code == 200
    assert 'id="status">Selesai, kasus ditutup<' in page.text
    assert 'id="outcome">Laporan tidak dapat dibuktikan<' in page.text
    assert "Sedang diselidiki" in page.text and "2024-01-05 07:00 WIB (00:00 UTC)" in page.text
    english = client.post("/receipt?lang=en", data={"csrf_token": csrf(client, "/receipt"), "receipt": "R3C31PT-OK"})
    assert 'id="status">Closed<' in english.text and "Under investigation" in english.text
