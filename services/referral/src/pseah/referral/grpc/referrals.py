"""pseah.api.referral.v1.ReferralService: authenticate, scope to the caller's organisation, delegate to flows.

A referral the caller may not see answers NOT_FOUND exactly like a missing one.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import grpc

from pseah.api.referral.v1 import referral_pb2, referral_pb2_grpc
from pseah.common.crypto import KeyUnavailable
from pseah.common.logging import get_logger
from pseah.referral.cases import policy
from pseah.referral.cases import service as cases
from pseah.referral.consent import rules as consent_rules
from pseah.referral.consent import service as consents
from pseah.referral.grpc import convert
from pseah.referral.grpc.common import caller as authenticated
from pseah.referral.referrals import flows, lifecycle
from pseah.referral.referrals import service

log = get_logger(__name__)
_NOT_FOUND = "no such referral"
_MAX_PAGE = 200
_WATCH_BATCH = 200  # changes a watch reads in one go
CONSENT_ROLES = frozenset({"coordinator", "triage_officer"})


class ReferralServicer(referral_pb2_grpc.ReferralServiceServicer):
    def __init__(self, *, authenticate: Callable[[str], policy.Caller], settings,
                 flush: Callable[[object], None] = lambda doc: None,
                 seal: Callable[[str, str], str] | None = None):
        self._authenticate = authenticate
        self._settings = settings
        self._flush = flush
        self._seal = seal

    # ------------------------------------------------------------ helpers
    def _scope(self, caller, context) -> str | None:
        try:
            return policy.referral_scope(caller)
        except policy.Forbidden:
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "your role does not work on referrals")

    def _answerable(self, request_id: str, context):
        caller = authenticated(context, self._authenticate)
        self._scope(caller, context)
        found = service.get(referral_id=request_id) if request_id else None
        if found is None or not policy.can_answer_referral(caller, provider_org=found.provider_org):
            log.info("referral_not_visible", actor=caller.username)
            context.abort(grpc.StatusCode.NOT_FOUND, _NOT_FOUND)
        return caller, found

    def _respond(self, context, referral_id: str, to: str, reason: str | None):
        caller, found = self._answerable(referral_id, context)
        try:
            updated, _next = flows.respond(referral=found, to=to, actor=caller.username, reason=reason or None,
                                           settings=self._settings, flush=self._flush)
        except lifecycle.InvalidReason:
            if to == "completed":
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, "a completed referral carries no reason")
            allowed = lifecycle.DECLINE_REASONS if to == "declined" else lifecycle.FAIL_REASONS
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"reason must be one of {', '.join(allowed)}")
        except lifecycle.InvalidTransition as exc:
            if exc.current == to:  # a retried call: the same answer, no second event
                return convert.referral(found)
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, f"a referral {exc.current} cannot become {to}")
        except service.Conflict:
            context.abort(grpc.StatusCode.ABORTED, "the referral changed meanwhile; read it and retry")
        return convert.referral(updated)

    def _case_staff(self, context, roles: frozenset[str]):
        caller = authenticated(context, self._authenticate)
        if not caller.roles & roles:
            context.abort(grpc.StatusCode.PERMISSION_DENIED, f"requires one of the roles: {', '.join(sorted(roles))}")
        return caller

    # ------------------------------------------------------------ referrals
    def ListReferrals(self, request, context):
        caller = authenticated(context, self._authenticate)
        org = self._scope(caller, context)
        if request.status and request.status not in (*lifecycle.STATUSES, "open"):
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          f"status must be one of {', '.join(lifecycle.STATUSES)}, open")
        size = min(request.page_size or 50, _MAX_PAGE)
        found, next_token, total = service.list_referrals(
            provider_org=org, status=request.status, service_type=request.service_type, after=request.page_token,
            limit=size)
        return referral_pb2.ListReferralsResponse(referrals=[convert.referral(r) for r in found],
                                                  next_page_token=next_token, total_size=total)

    def AcceptReferral(self, request, context):
        return self._respond(context, request.referral_id, "accepted", None)

    def DeclineReferral(self, request, context):
        return self._respond(context, request.referral_id, "declined", request.reason)

    def CompleteReferral(self, request, context):
        outcome = request.outcome or "completed"
        if outcome not in ("completed", "failed"):
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "outcome must be completed or failed")
        return self._respond(context, request.referral_id, outcome, request.reason)

    def WatchReferrals(self, request, context):
        caller = authenticated(context, self._authenticate)
        org = self._scope(caller, context)
        ended = threading.Event()
        context.add_callback(ended.set)
        # A little before now: a change written by another replica with a slightly slower clock still shows.
        cursor = datetime.now(UTC) - timedelta(seconds=2)
        seen: dict[str, int] = {}
        if request.include_open:
            found, _next, _total = service.list_referrals(provider_org=org, status="open", limit=_MAX_PAGE)
            for item in found:
                seen[item.id] = item.version
                yield referral_pb2.ReferralUpdate(referral=convert.referral(item))
        while context.is_active() and not ended.is_set():
            # Two seconds back each time as well: a change is listed just after it is stored, so one stored a moment
            # before the newest seen may be listed after it; `seen` drops what was already sent. Batch after batch
            # from the last change read, so a surge of more than a batch in those seconds is read through, not again.
            since = cursor - timedelta(seconds=2)
            while True:
                batch = service.changed_since(provider_org=org, since=since, limit=_WATCH_BATCH)
                for item in batch:
                    cursor = max(cursor, item.updated_at)
                    if seen.get(item.id) == item.version:
                        continue
                    seen[item.id] = item.version
                    yield referral_pb2.ReferralUpdate(referral=convert.referral(item))
                if len(batch) < _WATCH_BATCH or batch[-1].updated_at <= since:
                    break
                since = batch[-1].updated_at
            ended.wait(self._settings.watch_interval)

    # ------------------------------------------------------------ consent and matching
    def RecordConsent(self, request, context):
        caller = self._case_staff(context, CONSENT_ROLES)
        try:
            consent = flows.change_consent(
                reference=request.reference, action=request.action, purposes=list(request.purposes),
                provider_types=list(request.provider_types) or None, contact_method=request.contact_method or None,
                channel=request.channel or "unknown", actor=caller.username, settings=self._settings,
                flush=self._flush)
        except LookupError:
            context.abort(grpc.StatusCode.NOT_FOUND, "no such case")
        except consent_rules.InvalidConsent as exc:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"invalid {exc}")
        except consents.Conflict:
            context.abort(grpc.StatusCode.ABORTED, "the consent changed meanwhile; retry")
        return convert.consent(consent)

    def OverrideConsent(self, request, context):
        caller = authenticated(context, self._authenticate)
        if self._seal is None:
            context.abort(grpc.StatusCode.UNAVAILABLE, "the key ring is not configured")
        try:
            consent, created = flows.override_consent(
                reference=request.reference, roles=caller.roles, actor=caller.username, reason=request.reason,
                service_types=list(request.service_types), seal=self._seal, settings=self._settings,
                flush=self._flush)
        except LookupError:
            context.abort(grpc.StatusCode.NOT_FOUND, "no such case")
        except KeyUnavailable:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, "the case key is unavailable")
        except consent_rules.OverrideRefused as exc:
            status = {"not_coordinator": grpc.StatusCode.PERMISSION_DENIED,
                      "not_child_case": grpc.StatusCode.FAILED_PRECONDITION}.get(exc.code,
                                                                                grpc.StatusCode.INVALID_ARGUMENT)
            context.abort(status, f"override refused: {exc.code}")
        return referral_pb2.OverrideConsentResponse(consent=convert.consent(consent),
                                                    referrals=[convert.referral(r) for r in created])

    def SuggestProviders(self, request, context):
        self._case_staff(context, frozenset({"coordinator"}))
        case = cases.get(reference=request.reference) if request.reference else None
        if case is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "no such case")
        found = flows.suggestions(case=case, limit=min(request.limit or 5, 20))
        return referral_pb2.SuggestProvidersResponse(suggestions=[convert.suggestion(s) for s in found])
