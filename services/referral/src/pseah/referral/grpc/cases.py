"""pseah.api.cases.v1.CaseService: authenticate, scope to the caller's organisation, delegate.

A case the caller may not see answers NOT_FOUND exactly like a missing one, so its existence never leaks.
"""
from __future__ import annotations

from collections.abc import Callable

import grpc

from pseah.api.cases.v1 import cases_pb2, cases_pb2_grpc
from pseah.common.logging import get_logger
from pseah.referral.cases import lists, policy, service
from pseah.referral.cases.assignment import Assignee
from pseah.referral.cases.models import INVESTIGATION_STATUSES, STATUSES, TRANSFER_REASONS
from pseah.referral.directory import service as directory
from pseah.referral.grpc import convert
from pseah.referral.grpc.auth import TokenRejected, bearer_token

log = get_logger(__name__)
_NOT_FOUND = "no such case"
_MAX_PAGE = 200
PRIORITIES = ("critical", "high", "medium", "low")


class CaseServicer(cases_pb2_grpc.CaseServiceServicer):
    def __init__(self, *, authenticate: Callable[[str], policy.Caller], cases_topic: str,
                 flush: Callable[[object], None] = lambda case: None, settings=None):
        self._authenticate = authenticate
        self._cases_topic = cases_topic
        self._flush = flush
        self._settings = settings

    def _caller(self, context) -> policy.Caller:
        token = bearer_token(context.invocation_metadata())
        if not token:
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "a bearer token is required in `authorization`")
        try:
            return self._authenticate(token)
        except TokenRejected as exc:
            if exc.unavailable:
                context.abort(grpc.StatusCode.UNAVAILABLE, "tokens cannot be checked right now; retry")
            context.abort(grpc.StatusCode.UNAUTHENTICATED, f"the token is not valid ({exc.code})")

    def _scope(self, caller, context) -> str | None:
        try:
            return policy.scope(caller)
        except policy.Forbidden:
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "your role does not work on cases")

    def _visible_case(self, reference: str, context):
        caller = self._caller(context)
        self._scope(caller, context)
        case = service.get(reference=reference) if reference else None
        if case is None or not policy.can_see(caller, owner_org=case.owner_org):
            log.info("case_not_visible", reference=reference, actor=caller.username)
            context.abort(grpc.StatusCode.NOT_FOUND, _NOT_FOUND)
        return caller, case

    def ListCases(self, request, context):
        caller = self._caller(context)
        owner_org = self._scope(caller, context)
        for name, allowed in (("status", STATUSES), ("priority", PRIORITIES),
                              ("deadline_state", lists.DEADLINE_STATES)):
            value = getattr(request, name)
            if value and value not in allowed:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"{name} must be one of {', '.join(allowed)}")
        if request.region_code and not request.region_code.isdigit():
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "region_code must be digits (a code or its prefix)")
        size = min(request.page_size or 50, _MAX_PAGE)
        filters = lists.Filters(status=request.status, priority=request.priority, region=request.region_code,
                                deadline_state=request.deadline_state)
        found, next_token = service.list_cases(owner_org=owner_org, filters=filters, closed=request.closed,
                                               after=request.page_token, limit=size)
        return cases_pb2.ListCasesResponse(
            cases=[convert.case(c, with_sealed=False) for c in found], next_page_token=next_token,
            total_size=lists.size(owner_org=owner_org, closed=request.closed))

    def GetCase(self, request, context):
        caller, case = self._visible_case(request.reference, context)
        log.info("case_read", reference=case.reference, actor=caller.username, org_id=caller.org_id)
        return convert.case(case, with_sealed=True)

    def AcknowledgeCase(self, request, context):
        caller, case = self._visible_case(request.reference, context)
        case, changed = service.acknowledge(case=case, actor=caller.username, topic=self._cases_topic)
        if changed:
            log.info("case_acknowledged", reference=case.reference, actor=caller.username)
            self._flush(case)
        return convert.case(case, with_sealed=False)

    def ReportInvestigationStatus(self, request, context):
        if request.status not in INVESTIGATION_STATUSES:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          f"status must be one of {', '.join(INVESTIGATION_STATUSES)}")
        caller, case = self._visible_case(request.reference, context)
        try:
            case, changed = service.report_investigation(case=case, status=request.status, actor=caller.username,
                                                         topic=self._cases_topic)
        except service.Closed:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, "the investigation is closed")
        except service.Conflict:
            context.abort(grpc.StatusCode.ABORTED, "the case changed meanwhile; retry")
        if changed:
            log.info("investigation_reported", reference=case.reference, actor=caller.username, status=request.status)
            self._flush(case)
        return convert.case(case, with_sealed=False)

    def TransferCase(self, request, context):
        if request.reason not in TRANSFER_REASONS:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"reason must be one of {', '.join(TRANSFER_REASONS)}")
        caller, case = self._visible_case(request.reference, context)
        if directory.get_organization(org_id=request.to_org) is None:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "no such organisation")
        if request.to_org == case.owner_org:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, "the case is already held by that organisation")
        settings = self._settings
        contact = directory.get_focal_point(org_id=request.to_org) or directory.get_coordinator(
            org_id=settings.coordinator_org, username=settings.coordinator_username)
        if contact is None:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, "no focal point or coordinator in the directory")
        assignee = Assignee(username=contact.username, email=contact.email, role=contact.role, org_id=contact.org_id)
        try:
            case = service.transfer(case=case, to_org=request.to_org, reason=request.reason, assignee=assignee,
                                    actor=caller.username, portal_url=settings.case_url(case.reference),
                                    topic=self._cases_topic)
        except service.Conflict:
            context.abort(grpc.StatusCode.ABORTED, "the case changed meanwhile; retry")
        log.info("case_transferred", reference=case.reference, actor=caller.username, to_org=request.to_org)
        self._flush(case)
        return convert.case(case, with_sealed=False)
