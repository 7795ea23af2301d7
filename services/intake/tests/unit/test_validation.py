from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from pseah.intake.message.models import MessageCreate
from pseah.intake.report.models import ReportCreate

INTACT = [
    "Dia bilang bantuan hanya untuk yang mau ikut. 😢🙏🏽",
    "Aya nu ngaganggu di posko, abdi sieun pisan ᮞᮥᮔ᮪ᮓ",  # Sundanese script
    "ꦲꦤꦕꦫꦏ Javanese script",
    "التحرش في المخيم — right-to-left עברית",
    "e\u0301 combining, zero\u200bwidth, family 👨‍👩‍👧",
]


def errors_of(data, model=ReportCreate):
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return {(tuple(e["loc"]), e["type"]) for e in info.value.errors()}


def test_only_narrative_is_required():
    report = ReportCreate.model_validate({"narrative": "x"})
    assert report.consent.referral is False and report.consent.contact is False
    assert report.reporter_role == "unknown" and report.survivor_age_group == "unknown"
    assert ("narrative",) in {loc for loc, _ in errors_of({})}


@pytest.mark.parametrize("text", INTACT)
def test_every_script_kept_exactly(text):
    assert ReportCreate.model_validate({"narrative": text, "place_text": text}).narrative == text


def test_full_report():
    r = ReportCreate.model_validate({
        "narrative": "n", "incident_date": "2024-11-21", "region_code": "32.03.01", "place_text": "posko",
        "survivor_age_group": "child", "survivor_gender": "female", "perpetrator_org": "UNICEF",
        "perpetrator_description": "d", "consent": {"referral": True}, "contact": "wa", "language": "su",
        "reporter_role": "witness"})
    assert r.region_code == "320301" and r.incident_date == date(2024, 11, 21) and r.consent.referral is True


@pytest.mark.parametrize("data,loc,kind", [
    ({"narrative": "x", "reporter": "me"}, ("reporter",), "extra_forbidden"),
    ({"narrative": {"$gt": ""}}, ("narrative",), "string_type"),
    ({"narrative": 123}, ("narrative",), "string_type"),
    ({"narrative": ["a"]}, ("narrative",), "string_type"),
    ({"narrative": "x" * 20001}, ("narrative",), "string_too_long"),
    ({"narrative": ""}, ("narrative",), "string_too_short"),
    ({"narrative": "  \n\t"}, ("narrative",), "value_error"),
    ({"narrative": "x", "consent": {"referral": "true"}}, ("consent", "referral"), "bool_type"),
    ({"narrative": "x", "consent": {"referral": 1}}, ("consent", "referral"), "bool_type"),
    ({"narrative": "x", "consent": {"$ne": True}}, ("consent", "$ne"), "extra_forbidden"),
    ({"narrative": "x", "region_code": "3a"}, ("region_code",), "value_error"),
    ({"narrative": "x", "region_code": "3"}, ("region_code",), "value_error"),
    ({"narrative": "x", "region_code": 32}, ("region_code",), "string_type"),
    ({"narrative": "x", "language": "fr"}, ("language",), "literal_error"),
    ({"narrative": "x", "survivor_age_group": "teen"}, ("survivor_age_group",), "literal_error"),
    ({"narrative": "x", "reporter_role": {"$gt": ""}}, ("reporter_role",), "literal_error"),
    ({"narrative": "x", "incident_date": "yesterday"}, ("incident_date",), "date_from_datetime_parsing"),
    ({"narrative": "x", "contact": "c" * 1001}, ("contact",), "string_too_long"),
    ({"narrative": "\ud800 lone surrogate"}, ("narrative",), "string_unicode"),
])
def test_bad_input_is_named(data, loc, kind):
    assert (loc, kind) in errors_of(data)


def test_future_incident_date_refused():
    future = (date.today() + timedelta(days=5)).isoformat()
    assert (("incident_date",), "value_error") in errors_of({"narrative": "x", "incident_date": future})


def test_message_validation():
    assert MessageCreate.model_validate({"text": INTACT[3]}).text == INTACT[3]
    assert (("text",), "string_type") in errors_of({"text": {"$gt": ""}}, MessageCreate)
    assert (("from",), "extra_forbidden") in errors_of({"text": "x", "from": "me"}, MessageCreate)
