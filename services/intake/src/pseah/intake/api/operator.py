"""POST /v1/operator/reports: a hotline operator enters a call on the reporter's behalf."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends

from pseah.common.auth import Principal, require_roles
from pseah.intake.report import service
from pseah.intake.report.models import ReportAccepted, ReportCreate
from pseah.intake.bootstrap import RuntimeDep
from pseah.intake.schemas import error_responses

router = APIRouter(prefix="/v1/operator", tags=["operator"])

Operator = Annotated[Principal, Depends(require_roles("operator"))]


@router.post("/reports", status_code=202, response_model=ReportAccepted,
             responses=error_responses(400, 401, 403, 413, 415, 422, 503),
             summary="Enter a hotline call as a report (role operator); read the receipt to the caller")
def operator_report(payload: ReportCreate, operator: Operator, runtime: RuntimeDep,
                    background: BackgroundTasks) -> ReportAccepted:
    who = operator.username or operator.subject
    report, receipt = service.create(keyring=runtime.keyring, hasher=runtime.hasher, directory=runtime.directory,
                                     payload=payload, channel="hotline", actor=f"operator:{who}", entered_by=who)
    background.add_task(runtime.publisher.flush, report)
    return ReportAccepted(reference=report.reference, receipt=receipt)
