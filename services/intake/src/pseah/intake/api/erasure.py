"""Erasure of a case's content (crypto-shredding its key): the coordinator's decision, with a reason code.

Intake keeps the case keys, so it is the one place that destroys them; pseah.intake.erasure.flows says how.
The record of an erasure (no content) is readable by coordinators and auditors.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends
from fastapi.responses import JSONResponse

from pseah.common.auth import Principal, require_roles
from pseah.common.errors import ApiError
from pseah.common.logging import get_logger
from pseah.intake.api.cases import ReferencePath
from pseah.intake.erasure import flows
from pseah.intake.erasure.models import ErasureCreate, ErasureRead
from pseah.intake.erasure.service import MongoErasureStore
from pseah.intake.report.models import Report
from pseah.intake.bootstrap import RuntimeDep
from pseah.intake.schemas import ErrorResponse, error_responses

log = get_logger(__name__)
router = APIRouter(prefix="/v1/cases", tags=["erasure"])

Coordinator = Annotated[Principal, Depends(require_roles("coordinator"))]
Reader = Annotated[Principal, Depends(require_roles("coordinator", "auditor"))]
_NOT_FOUND = dict(status=404, code="not_found", message="No case has this reference.")


@router.post("/{reference}/erasure", status_code=201, response_model=ErasureRead,
             responses={**error_responses(401, 403, 404, 422, 503),
                        409: {"model": ErrorResponse, "description": "Already erased (code already_erased): the "
                                                                     "earlier erasure's record is error.details[0]."}},
             summary="Erase the case's content for good (coordinator): its key is destroyed")
def erase_case(reference: ReferencePath, payload: ErasureCreate, coordinator: Coordinator, runtime: RuntimeDep,
               background: BackgroundTasks) -> JSONResponse:
    actor = coordinator.username or coordinator.subject
    try:
        record = flows.erase(reference=reference, reason=payload.reason, decision=payload.decision, actor=actor,
                             keyring=runtime.keyring, store=MongoErasureStore())
    except flows.CaseNotFound:
        raise ApiError(**_NOT_FOUND) from None
    except flows.AlreadyErased as exc:
        raise ApiError(status=409, code="already_erased", message="This case's content was erased already.",
                       details=[exc.record.model_dump(mode="json")]) from None
    log.info("case_erased", reference=reference, reason=record.reason, actor=actor)
    report = Report.objects(reference=reference).exclude("sealed").first()
    if report is not None:
        background.add_task(runtime.publisher.flush, report)
    return JSONResponse(record.model_dump(mode="json"), status_code=201,
                        headers={"location": f"/v1/cases/{reference}/erasure"})


@router.get("/{reference}/erasure", response_model=ErasureRead, responses=error_responses(401, 403, 404, 422, 503),
            summary="The record of a case's erasure (coordinator, auditor); 404 while the case is not erased")
def read_erasure(reference: ReferencePath, _reader: Reader) -> ErasureRead:
    case = MongoErasureStore().load(reference)
    if case is None:
        raise ApiError(**_NOT_FOUND)
    if case.erasure is None:
        raise ApiError(status=404, code="not_erased", message="This case has not been erased.")
    return flows.read_model(reference, case.erasure)
