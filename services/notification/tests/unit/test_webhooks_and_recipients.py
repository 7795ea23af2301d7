import json
from types import SimpleNamespace

import httpx
import pytest
from hypothesis import given, strategies as st

from pseah.common import payloads
from pseah.common.events import new_event
from pseah.notification.notifications.flows import preferred
from pseah.notification.notifications.service import Intent
from pseah.notification.notifications.templates import render_short
from pseah.notification.recipients.rules import reporter_route
from pseah.notification.webhooks import delivery, payload, signing


@given(secret=st.text(min_size=1, max_size=40), body=st.binary(max_size=200))
def test_signature_verifies_only_with_the_secret_and_the_exact_body(secret, body):
    header = signing.sign(secret=secret, body=body, timestamp=1_900_000_000)
    assert signing.verify(secret=secret, body=body, header=header, now=1_900_000_010)
    assert not signing.verify(secret=secret + "x", body=body, header=header, now=1_900_000_010)
    assert not signing.verify(secret=secret, body=body + b"x", header=header, now=1_900_000_010)
    assert not signing.verify(secret=secret, body=body, header=header, now=1_900_001_000)  # too old


def test_payload_keeps_only_safe_fields_and_routes_to_the_right_organisation():
    declined = {"reference": "PSEAH-ABCD1234", "referral_id": "r-1", "provider_id": "pulih", "provider_org": "pmi",
                "service_type": "psychosocial", "status": "declined", "reason": "no_capacity"}
    event = new_event(type="referral.declined.v1", source="pseah/referral", subject="PSEAH-ABCD1234", data={
        **declined, "narrative": "rahasia", "sealed": {"contact": "v1.x"}})
    assert payload.organisations(event) == ["pmi"]
    sent = json.loads(payload.body(event))
    assert sent["id"] == event.id and sent["data"] == {k: v for k, v in declined.items() if k in payload.SAFE_FIELDS}
    assert "narrative" not in sent["data"] and "sealed" not in sent["data"]
    moved = new_event(type="case.transferred.v1", source="pseah/referral", subject="PSEAH-ABCD1234",
                      data={"reference": "PSEAH-ABCD1234", "from_org": "unicef", "to_org": "pmi",
                            "reason": "wrong_organisation", "transferred_at": "2030-01-01T00:00:00+00:00"})
    assert payload.organisations(moved) == ["unicef", "pmi"]
    assigned = {"reference": "PSEAH-ABCD1234", "org_id": "unicef", "queue": "coordinator", "priority": "high",
                "portal_url": "http://127.0.0.1:8000/cases/PSEAH-ABCD1234"}
    to_coordinator = new_event(type="case.assigned.v1", source="pseah/referral", subject="PSEAH-ABCD1234",
                               data={**assigned, "assignee": {"role": "coordinator"}})
    assert payload.organisations(to_coordinator) == []
    to_focal_point = new_event(type="case.assigned.v1", source="pseah/referral", subject="PSEAH-ABCD1234",
                               data={**assigned, "assignee": {"role": "focal_point"}})
    assert payload.organisations(to_focal_point) == ["unicef"]
    investigated = new_event(type="case.investigation.updated.v1", source="pseah/referral", subject="PSEAH-ABCD1234",
                             data={"reference": "PSEAH-ABCD1234", "owner_org": "wvi", "status": "in_progress",
                                   "reported_at": "2030-01-01T00:00:00+00:00"})
    assert payload.organisations(investigated) == ["wvi"]
    broken = new_event(type="case.transferred.v1", source="pseah/referral", subject="PSEAH-ABCD1234",
                       data={"from_org": "unicef", "to_org": "pmi"})
    with pytest.raises(payloads.BreaksContract):
        payload.organisations(broken)
    assert payload.organisations(new_event(type="notification.sent.v1", source="x", subject="PSEAH-ABCD1234")) == []


def _client(statuses):
    calls = []

    def handler(request):
        calls.append(request)
        status = statuses[min(len(calls) - 1, len(statuses) - 1)]
        if status == "boom":
            raise httpx.ConnectError("down")
        return httpx.Response(status)

    return httpx.Client(transport=httpx.MockTransport(handler)), calls


def _post(client):
    return delivery.post_once(client=client, url="http://partner.test/hook", secret="s", body=b"{}",
                              delivery_id="d1", event_type="referral.created.v1")


def test_one_post_is_signed_and_says_whether_another_try_is_worth_it():
    client, calls = _client([204])
    assert _post(client) == 204
    assert signing.verify(secret="s", body=b"{}", header=calls[0].headers[signing.HEADER])
    assert calls[0].headers["X-PSEAH-Delivery"] == "d1"
    for status, retryable in (("boom", True), (503, True), (429, True), (408, True), (410, False), (400, False)):
        client, calls = _client([status])
        with pytest.raises(delivery.DeliveryFailed) as failed:
            _post(client)
        assert failed.value.retryable is retryable and len(calls) == 1
        assert failed.value.reason == ("ConnectError" if status == "boom" else f"http_{status}")


def test_reporter_is_answered_on_their_own_channel():
    assert reporter_route(contact="WA saya 0812-3456-7890 malam saja", report_channel="whatsapp",
                          contact_method="unspecified") == ("whatsapp", "+6281234567890")
    assert reporter_route(contact="sms ke +62 813 1111 2222", report_channel="sms",
                          contact_method=None) == ("sms", "+6281311112222")
    assert reporter_route(contact="email: ani@example.org atau 0812 0000 1111", report_channel="web",
                          contact_method=None) == ("email", "ani@example.org")
    assert reporter_route(contact="0812 0000 1111", report_channel="web", contact_method="whatsapp") == \
        ("whatsapp", "+6281200001111")
    assert reporter_route(contact="di posko saja", report_channel="web", contact_method=None) is None
    assert reporter_route(contact=None, report_channel="sms", contact_method="sms") is None


def test_the_reporter_message_has_no_content_and_no_reference():
    text = render_short("status_update", reference="PSEAH-ABCD1234", link="http://portal.test/receipt")
    assert "PSEAH-ABCD1234" not in text and "http://portal.test/receipt" in text


def test_staff_preferences_choose_the_channel():
    intent = Intent(cause_event_id="e", cause_event_type="case.assigned.v1", reference="PSEAH-ABCD1234",
                    template="case_assigned", recipient="fp-pmi@pmi.example", recipient_role="focal_point",
                    recipient_org="pmi", deadline=None, link="http://portal.test/cases/PSEAH-ABCD1234")
    wa = SimpleNamespace(channel="whatsapp", phone="+6281200001111")
    chosen, phone = preferred(intent, prefer=lambda _a: wa, messaging_enabled=True)
    assert (chosen.channel, phone) == ("whatsapp", "+6281200001111")
    assert preferred(intent, prefer=lambda _a: wa, messaging_enabled=False) == (intent, None)
    assert preferred(intent, prefer=lambda _a: None, messaging_enabled=True) == (intent, None)
