"""Who may do what, through the APIs of the running suite, with the demo users' real Keycloak tokens.

Each cell of the tables below is one test: a user of each role (focal points of two organisations, the triage
officer, both demo providers, the coordinator, the auditor, the operator) against intake's /v1/cases endpoints, the
referral service's gRPC CaseService and ReferralService, and the audit and analytics HTTP APIs. `provider-own` is the
demo provider whose organisation received the UNICEF report's referral, `provider-other` the other one.

Reading another organisation's case by reference must look exactly like reading an unknown reference (404 /
NOT_FOUND with the same body), so not even its existence leaks. An auditor never receives a narrative. Forged or
stale tokens (alg none, expired, foreign key, wrong audience or issuer) are refused by every service.
"""
from __future__ import annotations

import re

import httpx
import pytest

from .conftest import ANALYTICS, AUDIT, INTAKE, SLOW, forged_tokens, grpc_outcome, unknown_reference

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]

EVERYONE = ("fp-unicef", "fp-pmi", "triage-officer", "provider-own", "provider-other", "coordinator", "auditor",
            "operator")


def row(default, **cells):
    """One line of a table: every user, `default` unless named (dashes in usernames written as underscores)."""
    named = {k.replace("_", "-"): v for k, v in cells.items()}
    assert set(named) <= set(EVERYONE), set(named) - set(EVERYONE)
    return {who: named.get(who, default) for who in EVERYONE}


# ------------------------------------------------------------------ HTTP: expected status per user
# The UNICEF report's case; handlers are the holding organisation's focal point and the coordinator.
HTTP = {
    "intake GET /v1/cases/{unicef}/messages": row(403, fp_unicef=200, coordinator=200, fp_pmi=404),
    "intake GET /v1/cases/{unicef}/attachments": row(403, fp_unicef=200, coordinator=200, fp_pmi=404),
    "intake POST /v1/cases/{unicef}/messages": row(403, fp_unicef=202, coordinator=202, fp_pmi=404),
    "intake GET /v1/cases/{pmi}/messages": row(403, fp_pmi=200, coordinator=200, fp_unicef=404),
    "audit GET /v1/audit/entries?subject={unicef}": row(403, auditor=200, coordinator=200),
    "audit GET /v1/audit/verify": row(403, auditor=200, coordinator=200),
    "analytics GET /v1/stats?by=category": row(403, coordinator=200),
}
BASES = {"intake": INTAKE, "audit": AUDIT, "analytics": ANALYTICS}


def http_request(world, surface: str, headers: dict) -> httpx.Response:
    service, method, path = surface.split(" ", 2)
    url = BASES[service] + path.format(unicef=world.unicef_ref, pmi=world.pmi_ref)
    body = {"json": {"text": f"Pesan uji matriks akses {world.marker}"}} if method == "POST" else {}
    return httpx.request(method, url, headers=headers, timeout=SLOW, **body)


@pytest.mark.parametrize(("surface", "who", "expected"),
                         [(s, w, e) for s, cells in HTTP.items() for w, e in cells.items()],
                         ids=[f"{s} | {w}" for s, cells in HTTP.items() for w in cells])
def test_http_cell(world, surface, who, expected):
    response = http_request(world, surface, world.bearer(who))
    assert response.status_code == expected, (surface, who, response.status_code, response.text[:300])
    if expected >= 400:
        # The one error shape, and nothing of the case in it.
        assert set(response.json()) == {"error"}
        assert world.marker not in response.text
    if expected == 404:
        # Another organisation's case answers exactly like a reference nobody has.
        unknown = unknown_reference()
        other = http_request(world, surface.replace("{unicef}", unknown).replace("{pmi}", unknown),
                             world.bearer(who))
        assert (other.status_code, other.json()) == (response.status_code, response.json())
    if surface.startswith(("audit", "analytics")) and expected == 200:
        assert world.marker not in response.text and "narrative" not in response.text


@pytest.mark.parametrize("surface", sorted(HTTP))
def test_http_without_a_token_is_401(world, surface):
    response = http_request(world, surface, {})
    assert response.status_code == 401 and response.json()["error"]["code"] == "missing_token"


# ------------------------------------------------------------------ gRPC: expected outcome per user
# OK, or the status code; for lists `own` (only the caller's organisation, including its case or referral),
# `all` (every organisation's) instead of OK.
GRPC = {
    "cases.ListCases": row("PERMISSION_DENIED", fp_unicef="own", fp_pmi="own", coordinator="all"),
    "cases.GetCase {unicef}": row("PERMISSION_DENIED", fp_unicef="OK", coordinator="OK", fp_pmi="NOT_FOUND"),
    "cases.GetCase {pmi}": row("PERMISSION_DENIED", fp_pmi="OK", coordinator="OK", fp_unicef="NOT_FOUND"),
    "cases.AcknowledgeCase {pmi}": row("PERMISSION_DENIED", fp_pmi="OK", coordinator="OK", fp_unicef="NOT_FOUND"),
    "cases.ReportInvestigationStatus {unicef}": row("PERMISSION_DENIED", fp_unicef="OK", coordinator="OK",
                                                    fp_pmi="NOT_FOUND"),
    "cases.TransferCase {unicef}": row("PERMISSION_DENIED", fp_pmi="NOT_FOUND"),
    "referrals.ListReferrals": row("PERMISSION_DENIED", provider_own="own", provider_other="own", coordinator="all"),
    # Only the provider's own organisation answers a referral; the coordinator sees it but does not answer it.
    "referrals.DeclineReferral {referral}": row("PERMISSION_DENIED", provider_other="NOT_FOUND",
                                                coordinator="NOT_FOUND"),
    "referrals.AcceptReferral {referral}": row("PERMISSION_DENIED", provider_own="OK", provider_other="NOT_FOUND",
                                               coordinator="NOT_FOUND"),
}
# A transfer by the holder would move the test case away from UNICEF, and a decline by the provider would re-refer
# the survivor: of those two only the refusals are exercised (the provider's own answer is the accept above).
GRPC["cases.TransferCase {unicef}"] = {w: e for w, e in GRPC["cases.TransferCase {unicef}"].items()
                                       if w not in ("fp-unicef", "coordinator")}
GRPC["referrals.DeclineReferral {referral}"] = {w: e for w, e in GRPC["referrals.DeclineReferral {referral}"].items()
                                                if w != "provider-own"}


def grpc_request(world, surface: str, reference: str | None = None, referral_id: str | None = None):
    from pseah.api.cases.v1 import cases_pb2
    from pseah.api.referral.v1 import referral_pb2

    method, _, target = surface.partition(" ")
    ref = reference or {"{unicef}": world.unicef_ref, "{pmi}": world.pmi_ref}.get(target, "")
    rid = referral_id or world.referral.id
    return method, {
        "cases.ListCases": lambda: cases_pb2.ListCasesRequest(page_size=200),
        "cases.GetCase": lambda: cases_pb2.GetCaseRequest(reference=ref),
        "cases.AcknowledgeCase": lambda: cases_pb2.AcknowledgeCaseRequest(reference=ref),
        "cases.ReportInvestigationStatus": lambda: cases_pb2.ReportInvestigationStatusRequest(
            reference=ref, status="in_progress"),
        "cases.TransferCase": lambda: cases_pb2.TransferCaseRequest(reference=ref, to_org="pmi", reason="other"),
        "referrals.ListReferrals": lambda: referral_pb2.ListReferralsRequest(page_size=200),
        "referrals.DeclineReferral": lambda: referral_pb2.DeclineReferralRequest(referral_id=rid, reason="no_capacity"),
        "referrals.AcceptReferral": lambda: referral_pb2.AcceptReferralRequest(referral_id=rid),
    }[method]()


def _all_pages(world, method, who, *, until=None, pages: int = 20):
    """Every item of a list call, page by page (the suite's lists are long; `pages` of 200 at most), or the items up
    to the page where `until(items)` holds: the coordinator's whole list grows with the store (4,000 open cases
    after a few floods on a development store), and the cases this test made may sort anywhere in it."""
    from pseah.api.cases.v1 import cases_pb2
    from pseah.api.referral.v1 import referral_pb2

    items, token = [], ""
    for _ in range(pages):
        request = (cases_pb2.ListCasesRequest(page_size=200, page_token=token) if method == "cases.ListCases"
                   else referral_pb2.ListReferralsRequest(page_size=200, page_token=token))
        code, reply = grpc_outcome(world.channel, method, request, world.metadata(who))
        assert code == "OK", (method, who, code, reply)
        items.extend(reply.cases if method == "cases.ListCases" else reply.referrals)
        token = reply.next_page_token
        if not token or (until is not None and until(items)):
            return items
    return items


@pytest.mark.parametrize(("surface", "who", "expected"),
                         [(s, w, e) for s, cells in GRPC.items() for w, e in cells.items()],
                         ids=[f"{s} | {w}" for s, cells in GRPC.items() for w in cells])
def test_grpc_cell(world, surface, who, expected):
    method, request = grpc_request(world, surface)
    code, reply = grpc_outcome(world.channel, method, request, world.metadata(who))
    if expected in ("own", "all"):
        assert code == "OK", (surface, who, code, reply)
        _check_list(world, method, who, expected)
        return
    assert code == expected, (surface, who, code, reply)
    if code == "OK" and method.startswith("cases."):
        # Sealed values come only as sealed tokens, never as the words of the report.
        assert world.marker not in str(reply)
    if expected == "NOT_FOUND":
        # The same answer as for a reference or referral id nobody has.
        _, unknown = grpc_request(world, surface, reference=unknown_reference(),
                                  referral_id="00000000-0000-5000-8000-000000000000")
        assert grpc_outcome(world.channel, method, unknown, world.metadata(who)) == (code, reply)


def _check_list(world, method, who, expected):
    if expected == "all":  # everyone's: read until this test's own items are seen
        want = ({world.unicef_ref, world.pmi_ref} if method == "cases.ListCases" else {world.referral.id})
        key = (lambda item: item.reference) if method == "cases.ListCases" else (lambda item: item.id)
        items = _all_pages(world, method, who, until=lambda got: want <= {key(i) for i in got}, pages=500)
    else:
        items = _all_pages(world, method, who)
    if method == "cases.ListCases":
        holders = {c.assignee.org_id for c in items}
        refs = {c.reference for c in items}
        assert world.marker not in str(items[:50])  # a list never carries content, sealed or not
        if expected == "all":
            assert {world.unicef_ref, world.pmi_ref} <= refs
            return
        org = world.users[world.user(who)]["org"]
        assert holders == {org}, (who, holders)
        own, other = (world.unicef_ref, world.pmi_ref) if org == "unicef" else (world.pmi_ref, world.unicef_ref)
        assert own in refs and other not in refs
        return
    ids = {r.id for r in items}
    if expected == "all":
        assert world.referral.id in ids
        return
    org = world.users[world.user(who)]["org"]
    assert {r.provider_org for r in items} <= {org}, (who, {r.provider_org for r in items})
    assert (world.referral.id in ids) == (who == "provider-own")


def test_a_provider_sees_only_the_referrals_sent_to_it_and_nothing_of_the_report(world):
    from pseah.api.referral.v1 import referral_pb2

    for who in ("provider-own", "provider-other"):
        items = _all_pages(world, "referrals.ListReferrals", who)
        org = world.users[world.user(who)]["org"]
        assert all(r.provider_org == org for r in items)
        mine = [r for r in items if r.reference == world.unicef_ref]
        assert (world.referral.id in {r.id for r in mine}) == (who == "provider-own")
        for r in mine:
            # ids, codes and times only: no narrative, no contact, no place
            assert set(f.name for f, _ in r.ListFields()) <= set(referral_pb2.Referral.DESCRIPTOR.fields_by_name)
            assert world.marker not in str(r) and "posko" not in str(r)


def test_an_auditor_sees_every_step_of_the_case_and_never_its_narrative(world):
    # A read of the thread by the holder is case content: it must show in the trail as case.content.read.v1.
    read = httpx.get(f"{INTAKE}/v1/cases/{world.unicef_ref}/messages", headers=world.bearer("fp-unicef"),
                     timeout=SLOW)
    assert read.status_code == 200
    wanted = {"report.received.v1", "report.triaged.v1", "case.assigned.v1", "referral.created.v1",
              "case.content.read.v1"}

    def trail():
        response = httpx.get(f"{AUDIT}/v1/audit/entries", params={"subject": world.unicef_ref, "limit": 200},
                             headers=world.bearer("auditor"), timeout=SLOW)
        assert response.status_code == 200, response.text[:300]
        return wanted <= {e["type"] for e in response.json()} and response

    from .conftest import wait_for

    response = wait_for(trail, timeout=240, interval=5, what="the audit trail of the UNICEF case")
    entries = response.json()
    assert world.marker not in response.text
    for entry in entries:
        assert "sealed" not in entry["metadata"] and "narrative" not in entry["metadata"], entry["type"]
        assert not re.search(r"berhubungan|imbalan|posko", str(entry)), entry["type"]
    reads = [e for e in entries if e["type"] == "case.content.read.v1"]
    assert any(e["actor"] == "fp-unicef" and e["metadata"].get("fields") == ["messages"] for e in reads), reads


# ------------------------------------------------------------------ tokens every service must refuse
FORGED = ("control_same_key_same_claims", "alg_none", "real_token_signature_stripped", "expired",
          "foreign_key_claiming_the_realm_kid", "foreign_key_of_its_own", "wrong_audience", "wrong_issuer")
SERVICES = ("intake", "referral", "audit", "analytics")


@pytest.fixture(scope="module")
def forged(world, signer):
    return forged_tokens(world=world, signer=signer)


def _with_token(world, service: str, token: str) -> tuple[str, str]:
    """(outcome, reason code): "OK" or "401"/"UNAUTHENTICATED" with the services' reason code."""
    from pseah.api.cases.v1 import cases_pb2

    headers = {"authorization": f"Bearer {token}"}
    if service == "referral":
        code, reply = grpc_outcome(world.channel, "cases.GetCase", cases_pb2.GetCaseRequest(reference=world.unicef_ref),
                                   [("authorization", f"Bearer {token}")])
        found = re.search(r"\((\w+)\)", reply) if code != "OK" else None
        return code, found.group(1) if found else ""
    url = {"intake": f"{INTAKE}/v1/cases/{world.unicef_ref}/attachments",
           # the cheapest read of each: verify scans the whole chain
           "audit": f"{AUDIT}/v1/audit/entries?subject={world.unicef_ref}&limit=1",
           "analytics": f"{ANALYTICS}/v1/stats?by=category"}[service]
    response = httpx.get(url, headers=headers, timeout=SLOW)
    if response.status_code == 200:
        return "OK", ""
    return str(response.status_code), response.json()["error"]["code"]


@pytest.mark.parametrize("service", SERVICES)
@pytest.mark.parametrize("name", FORGED)
def test_forged_and_stale_tokens_are_refused_by_every_service(world, forged, service, name):
    token, reason = forged[name]
    outcome = _with_token(world, service, token)
    if not reason:
        # The control: same key, same claims. Accepted, so each refusal below is the changed claim's doing.
        assert outcome == ("OK", ""), outcome
        return
    assert outcome == ("UNAUTHENTICATED" if service == "referral" else "401", reason), (name, service, outcome)
