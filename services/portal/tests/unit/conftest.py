"""Fakes for the portal's seams (unit tests only): session store, intake over httpx.MockTransport,
case gateway, access auditor, key ring, token verifiers."""
from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

from pseah.common.crypto import KeyUnavailable, open_sealed, seal
from pseah.portal.bootstrap import Portal
from pseah.portal.cases.audit import AuditUnavailable
from pseah.portal.cases.models import CaseView, Deadline
from pseah.portal.config import PortalSettings
from pseah.portal.main import create_app
from pseah.portal.security import CSRF_COOKIE
from pseah.portal.sessions import service as sessions
from pseah.portal.sessions.models import SessionRecord, SessionUser

from .triage_fakes import FakeTriage

SECRET = "unit-test-signing-key-0123456789abcdef"


class MemorySessionStore:
    def __init__(self):
        self.records: dict[str, SessionRecord] = {}

    def insert(self, record):
        assert record.sid not in self.records
        self.records[record.sid] = replace(record)

    def get(self, sid):
        r = self.records.get(sid)
        return replace(r) if r else None

    def save(self, record):
        self.records[record.sid] = replace(record)

    def delete(self, sid):
        self.records.pop(sid, None)

    def delete_idle(self, before):
        gone = [s for s, r in self.records.items() if r.last_seen < before]
        for s in gone:
            del self.records[s]
        return len(gone)


class FakeIntake:
    """Answers like intake's REST API; records what it was sent."""

    def __init__(self):
        self.reports: list[dict] = []
        self.messages: list[dict] = []
        self.mode = "ok"  # ok | down | reject
        self.receipts = {"R3C31PT-OK": {"reference": "PSEAH-AAAA1111", "status": "received",
                                        "received_at": "2024-01-01T00:00:00Z", "history": []}}
        self.conversation = {"R3C31PT-OK": [{"id": "m0", "author": "handler", "text": "<b>Terima kasih</b>",
                                             "created_at": "2024-01-01T00:00:00Z"}]}
        # The handlers' side: reference -> (assigned org, thread); what each call carried as its bearer token.
        self.case_threads: dict[str, tuple[str, list[dict]]] = {}
        self.case_calls: list[tuple[str, str, str]] = []
        self.handler_tokens: dict[str, SessionUser] = {}
        # Erasures: what each call carried, and what erasing does to the key ring (wired by Env).
        self.erasures: list[tuple[str, dict, str]] = []
        self.erased: set[str] = set()
        self.on_erase = lambda reference: None

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.mode == "down":
            raise httpx.ConnectError("down")
        path = request.url.path
        if request.method == "POST" and path == "/v1/reports":
            if self.mode == "reject":
                return httpx.Response(422, json={"error": {"code": "invalid", "message": "x",
                                                           "details": [{"loc": ["body", "region_code"]}]}})
            self.reports.append(json.loads(request.content))
            return httpx.Response(202, json={"reference": "PSEAH-7K3F9QX2", "receipt": "SECRET-RCPT-42"})
        if path.startswith("/v1/receipts/"):
            parts = path.split("/")
            receipt = parts[3]
            if receipt not in self.receipts:
                return httpx.Response(404, json={"error": {"code": "not_found", "message": "x", "details": []}})
            if request.method == "POST" and path.endswith("/messages"):
                self.messages.append(json.loads(request.content))
                return httpx.Response(202, json={"id": "m1"})
            if path.endswith("/messages"):
                return httpx.Response(200, json={"reference": self.receipts[receipt]["reference"],
                                                 "messages": self.conversation[receipt]})
            return httpx.Response(200, json=self.receipts[receipt])
        if path.startswith("/v1/cases/") and path.endswith("/messages"):
            if path.split("/")[3] in self.erased:
                return httpx.Response(410, json={"error": {"code": "gone", "message": "x", "details": []}})
            return self._case_messages(request, path.split("/")[3])
        if request.method == "POST" and path.startswith("/v1/cases/") and path.endswith("/erasure"):
            return self._erase(request, path.split("/")[3])
        return httpx.Response(404)

    def _erase(self, request: httpx.Request, reference: str) -> httpx.Response:
        # Like intake: coordinators only, 409 for a second erasure, 404 for an unknown case.
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        self.erasures.append((reference, json.loads(request.content), token))
        user = self.handler_tokens.get(token)
        if user is None:
            return httpx.Response(401, json={"error": {"code": "unauthenticated", "message": "x", "details": []}})
        if "coordinator" not in user.roles:
            return httpx.Response(403, json={"error": {"code": "forbidden", "message": "x", "details": []}})
        if reference not in self.case_threads:
            return httpx.Response(404, json={"error": {"code": "not_found", "message": "x", "details": []}})
        if reference in self.erased:
            return httpx.Response(409, json={"error": {"code": "already_erased", "message": "x", "details": [{}]}})
        self.erased.add(reference)
        self.on_erase(reference)
        return httpx.Response(201, json={"reference": reference, "status": "erased"})

    def _case_messages(self, request: httpx.Request, reference: str) -> httpx.Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        self.case_calls.append((request.method, reference, token))
        if self.mode == "reject":
            return httpx.Response(422, json={"error": {"code": "invalid", "message": "x", "details": []}})
        user = self.handler_tokens.get(token)
        if user is None:
            return httpx.Response(401, json={"error": {"code": "unauthenticated", "message": "x", "details": []}})
        org, thread = self.case_threads.get(reference, (None, []))
        # Like intake: another organisation's case answers exactly like an unknown one.
        if org is None or ("coordinator" not in user.roles and org != user.org_id):
            return httpx.Response(404, json={"error": {"code": "not_found", "message": "x", "details": []}})
        if request.method == "POST":
            thread.append({"id": f"m{len(thread)}", "author": "handler", "role": "focal_point",
                           "text": json.loads(request.content)["text"], "created_at": "2024-01-02T00:00:00Z"})
            return httpx.Response(202, json={"id": "m9", "status": "received", "created_at": "2024-01-02T00:00:00Z"})
        return httpx.Response(200, json={"reference": reference, "messages": thread})


class FakeKeyRing:
    def __init__(self):
        self.keys: dict[str, bytes] = {}

    def add(self, reference: str) -> bytes:
        self.keys[reference] = os.urandom(32)
        return self.keys[reference]

    def seal(self, reference, text):
        return seal(self.keys[reference], text, context=reference)

    def get(self, reference, *, fresh=False):
        if reference not in self.keys:
            raise KeyUnavailable(reference)
        return self.keys[reference]

    def open(self, reference, token, *, fresh=False):
        return open_sealed(self.get(reference, fresh=fresh), token, context=reference).decode()


class FakeAuditor:
    def __init__(self, log: list):
        self.events = []
        self.fail = False
        self._log = log

    def record(self, event):
        if self.fail:
            raise AuditUnavailable("KafkaTimeoutError")
        self.events.append(event)
        self._log.append(("audit", event.subject))


class FakeCases:
    """Scopes like the referral service: NOT_FOUND (None) for another organisation's case."""

    def __init__(self, log: list, tokens: dict[str, SessionUser]):
        self.cases: dict[str, CaseView] = {}
        self.acknowledged: list[str] = []
        self.investigations: list[tuple[str, str]] = []
        self.page_requests: list[tuple[str, dict]] = []
        self.down = False
        self._log = log
        self._tokens = tokens

    def _user(self, token):
        return self._tokens[token]

    def _visible(self, token, case):
        user = self._user(token)
        return "coordinator" in user.roles or case.org_id == user.org_id

    def list_cases(self, *, token):
        return [c for c in self.cases.values() if self._visible(token, c)]

    def page_cases(self, *, token, page_token="", filters=None, page_size=50):
        """Like the referral service's ListCases: filters, then pages by an opaque cursor (an offset here)."""
        from pseah.portal.cases.models import inbox_order
        from pseah.portal.paging import Page

        f = filters or {}
        self.page_requests.append((page_token, dict(f)))
        found = [c for c in inbox_order(self.list_cases(token=token))
                 if (not f.get("status") or c.status == f["status"])
                 and (not f.get("priority") or c.priority == f["priority"])
                 and (not f.get("region") or (c.region_code or "").startswith(f["region"]))]
        start = int(page_token[1:]) if page_token else 0
        rest = found[start:start + page_size]
        more = start + page_size < len(found)
        return Page(items=rest, next_token=f"o{start + page_size}" if more else "", total=len(found))

    def get_case(self, *, token, reference):
        self._log.append(("get_case", reference))
        case = self.cases.get(reference)
        return case if case and self._visible(token, case) else None

    def acknowledge(self, *, token, reference):
        case = self.get_case(token=token, reference=reference)
        if case is None:
            return None
        self.acknowledged.append(reference)
        case = replace(case, status="acknowledged", acknowledged_by=self._user(token).username)
        self.cases[reference] = case
        return case

    def report_investigation(self, *, token, reference, status):
        from pseah.portal.cases.service import CasesUnavailable, InvestigationRefused

        if self.down:
            raise CasesUnavailable("UNAVAILABLE")
        case = self.get_case(token=token, reference=reference)
        if case is None:
            return None
        if case.investigation_status == "closed":
            raise InvestigationRefused("closed")
        self.investigations.append((reference, status))
        case = replace(case, investigation_status=status)
        self.cases[reference] = case
        return case


class FakeCasesDenying(FakeCases):
    """The referral service today: roles other than focal point and coordinator may not list cases."""

    def list_cases(self, *, token):
        from pseah.portal.cases.service import NotPermitted

        user = self._user(token)
        if not user.has_any("focal_point", "coordinator"):
            raise NotPermitted()
        return super().list_cases(token=token)


class FakeReferrals:
    """Scopes like the referral service's ReferralService: a provider organisation sees and answers only its own
    referrals (NOT_FOUND otherwise); other roles are refused (PERMISSION_DENIED)."""

    def __init__(self, tokens: dict[str, SessionUser]):
        self.items: dict[str, "ReferralView"] = {}
        self.answers: list[tuple[str, str, str, str]] = []
        self.down = False
        self._tokens = tokens

    def add(self, referral_id: str, *, reference: str, provider_org: str, status: str = "created",
            provider_id: str = "p1", service_type: str = "psychosocial"):
        from pseah.portal.referrals.models import ReferralView

        now = datetime.now(UTC)
        self.items[referral_id] = ReferralView(
            id=referral_id, reference=reference, service_type=service_type, provider_id=provider_id,
            provider_org=provider_org, status=status, created_at=now, updated_at=now,
            respond_by=now + timedelta(hours=72))
        return self.items[referral_id]

    def _user(self, token):
        from pseah.portal.referrals.service import NotPermitted, ReferralsUnavailable

        if self.down:
            raise ReferralsUnavailable("UNAVAILABLE")
        user = self._tokens[token]
        if not user.has_any("service_provider", "coordinator"):
            raise NotPermitted()
        return user

    def list_referrals(self, *, token, status=""):
        user = self._user(token)
        return [r for r in self.items.values() if ("coordinator" in user.roles or r.provider_org == user.org_id)
                and (not status or r.status == status)]

    def page_referrals(self, *, token, page_token="", filters=None, page_size=50):
        """Like ListReferrals: filters, then pages by an opaque cursor (an offset here)."""
        from pseah.portal.paging import Page

        f = filters or {}
        status = f.get("status", "")
        found = [r for r in self.list_referrals(token=token)
                 if (not status or r.status == status or (status == "open" and r.status in ("created", "accepted")))
                 and (not f.get("service_type") or r.service_type == f["service_type"])]
        start = int(page_token[1:]) if page_token else 0
        more = start + page_size < len(found)
        return Page(items=found[start:start + page_size], next_token=f"o{start + page_size}" if more else "",
                    total=len(found))

    def _answer(self, token, referral_id, to, reason="", outcome=""):
        from pseah.portal.referrals.service import AlreadyAnswered, ReferralNotFound

        user = self._user(token)
        found = self.items.get(referral_id)
        if found is None or found.provider_org != user.org_id:
            raise ReferralNotFound(referral_id)
        allowed = {"created": {"accepted", "declined"}, "accepted": {"completed", "failed"}}
        if to not in allowed.get(found.status, set()):
            raise AlreadyAnswered(found.status)
        self.answers.append((referral_id, to, reason, user.username))
        field = {"declined": "decline_reason", "failed": "outcome_reason"}.get(to)
        self.items[referral_id] = replace(found, status=to, **({field: reason} if field else {}))
        return self.items[referral_id]

    def accept(self, *, token, referral_id):
        return self._answer(token, referral_id, "accepted")

    def decline(self, *, token, referral_id, reason):
        return self._answer(token, referral_id, "declined", reason)

    def complete(self, *, token, referral_id, outcome, reason):
        return self._answer(token, referral_id, outcome or "completed", reason)


class FakeDirectory:
    def __init__(self):
        from pseah.portal.directory.models import ProviderView

        self.down = False
        self.calls: list[str] = []
        self.items = [
            ProviderView(id="p1", name="Yayasan Pulih", org_id="pulih", region="32", services=("psychosocial", "legal"),
                         languages=("id", "su"), national=False, phone="021-000"),
            ProviderView(id="p2", name="SAPA 129", org_id="kemenpppa", region="", services=("psychosocial",),
                         languages=("id",), national=True),
        ]

    def providers(self, *, token):
        from pseah.portal.directory.service import DirectoryUnavailable

        self.calls.append(token)
        if self.down:
            raise DirectoryUnavailable("UNAVAILABLE")
        return list(self.items)


class FakeAuditLog:
    def __init__(self):
        from pseah.portal.auditlog.models import ChainVerdict

        self.mode = "ok"  # ok | down | refused
        self.verdict = ChainVerdict(intact=True, entries=3, head_seq=3, head_hash="ab" * 32, last_time="t3")
        self.entry_calls: list[dict] = []
        self.rows = [{"seq": i, "time": f"t{i}", "type": "report.received.v1", "subject": f"PSEAH-AUD{i:05d}",
                      "source": "pseah/intake", "actor": None, "hash": f"h{i}", "metadata": {"x": 1}}
                     for i in (1, 2, 3)]

    def _check(self):
        from pseah.portal.auditlog.service import AuditLogRefused, AuditLogUnavailable

        if self.mode == "down":
            raise AuditLogUnavailable("ConnectError")
        if self.mode == "refused":
            raise AuditLogRefused("403")

    def verify(self, *, token):
        self._check()
        return self.verdict

    def entries(self, *, token, subject, after, limit):
        from pseah.portal.auditlog.models import EntryView

        self._check()
        self.entry_calls.append({"subject": subject, "after": after, "limit": limit})
        rows = [r for r in self.rows if r["seq"] > after and (subject is None or r["subject"] == subject)]
        return [EntryView.from_api(r) for r in rows[:limit]]

    # The auditor page's search, latest checkpoint and export (services/portal/tests/unit/test_audit_page.py).
    def search(self, *, token, filters, after, limit):
        from pseah.portal.auditlog.models import EntryView, SearchPage

        self._check()
        self.entry_calls.append({"search": dict(filters), "after": after, "limit": limit})
        rows = [r for r in self.rows if r["seq"] > after and all(
            r.get({"subject": "subject", "actor": "actor", "type": "type"}[k]) == v
            for k, v in filters.items() if k in ("subject", "actor", "type"))]
        page = rows[:limit]
        more = len(rows) > limit
        return SearchPage(entries=[EntryView.from_api(r) for r in page], next_after=page[-1]["seq"] if more else None)

    def latest_checkpoint(self, *, token):
        from pseah.portal.auditlog.models import CheckpointView

        self._check()
        return CheckpointView.from_api(self.checkpoint) if getattr(self, "checkpoint", None) else None

    def export(self, *, token, since, until):
        self._check()
        self.entry_calls.append({"export": (since, until)})
        return b'{"kind":"bundle"}\n'


class Env:
    def __init__(self):
        self.calls: list = []
        self.tokens: dict[str, SessionUser] = {}
        self.settings = PortalSettings(secret_key=SECRET, environment="development", intake_url="http://intake.test",
                                       keycloak_url="http://kc.test", client_secret="s3cret")
        self.intake = FakeIntake()
        self.store = MemorySessionStore()
        self.cases = FakeCasesDenying(self.calls, self.tokens)
        self.directory = FakeDirectory()
        self.audit_log = FakeAuditLog()
        self.referrals = FakeReferrals(self.tokens)
        self.triage = FakeTriage(self.tokens)
        self.auditor = FakeAuditor(self.calls)
        self.keyring = FakeKeyRing()
        self.intake.on_erase = lambda reference: self.keyring.keys.pop(reference, None)
        self.id_token_claims: dict = {}
        self.token_response: dict = {}
        self.http = httpx.Client(transport=httpx.MockTransport(self._route))
        self.portal = Portal(
            settings=self.settings, sessions=self.store, http=self.http, cases=self.cases, auditor=self.auditor,
            keyring=lambda: self.keyring, verify_access_token=self._verify_access, verify_id_token=self._verify_id,
            directory=self.directory, audit_log=self.audit_log, referrals=self.referrals, triage=self.triage,
        )
        self.app = create_app(portal=self.portal)

    def _route(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "kc.test":
            self.calls.append(("token", dict(httpx.QueryParams(request.content.decode()))))
            return httpx.Response(200, json=self.token_response)
        return self.intake.handler(request)

    def _verify_access(self, token):
        from pseah.portal.identity.tokens import InvalidToken

        if token not in self.tokens:
            raise InvalidToken("unknown")
        return self.tokens[token]

    def _verify_id(self, *, id_token, nonce):
        from pseah.portal.identity.oidc import LoginError

        if self.id_token_claims.get("nonce") != nonce:
            raise LoginError("id token nonce mismatch")
        return self.id_token_claims

    def client(self) -> TestClient:
        return TestClient(self.app, raise_server_exceptions=False, follow_redirects=False)

    def add_case(self, reference: str, *, org_id: str, narrative: str | None = None, due_hours: float = 24,
                 status: str = "assigned", priority: str = "high", flags: tuple[str, ...] = ()) -> CaseView:
        sealed = {}
        if narrative is not None:
            self.keyring.add(reference)
            sealed["narrative"] = self.keyring.seal(reference, narrative)
        case = CaseView(reference=reference, org_id=org_id, priority=priority, category="sexual_exploitation",
                        status=status, flags=flags, deadlines=(Deadline(kind="acknowledge",
                                                           due_at=datetime.now(UTC) + timedelta(hours=due_hours)),),
                        sealed=sealed)
        self.cases.cases[reference] = case
        return case

    def log_in(self, client: TestClient, *, username="fp-unicef", org_id="unicef", roles=("focal_point",),
               last_seen: datetime | None = None) -> SessionRecord:
        token = f"token-{username}"
        user = SessionUser(subject=f"sub-{username}", username=username, org_id=org_id, roles=frozenset(roles))
        self.tokens[token] = user
        self.intake.handler_tokens[token] = user
        now = datetime.now(UTC)
        record = SessionRecord(sid=f"sid-{username}", user=user.to_doc(), access_token=token,
                               access_expires_at=now + timedelta(minutes=5), last_seen=last_seen or now)
        self.store.insert(record)
        client.cookies.set(sessions.COOKIE, sessions.sign_sid(sid=record.sid, key=SECRET))
        return record


@pytest.fixture
def env() -> Env:
    return Env()


def csrf_of(client: TestClient, path: str = "/") -> str:
    """GET a page, keep its CSRF cookie, return the form token it rendered."""
    import re

    page = client.get(path)
    assert CSRF_COOKIE in client.cookies
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text)
    assert match, "page has no CSRF field"
    return match.group(1)


@pytest.fixture
def csrf():
    return csrf_of
