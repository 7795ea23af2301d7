"""POST /v1/reports: the public web channel (CONTRACTS.md)."""
from __future__ import annotations

from fastapi import APIRouter

from pseah.intake.report import service
from pseah.intake.report.models import ReportAccepted, ReportCreate
from pseah.intake.bootstrap import RuntimeDep
from pseah.intake.schemas import error_responses

router = APIRouter(prefix="/v1/reports", tags=["reports"])


@router.post("", status_code=202, response_model=ReportAccepted,
             responses=error_responses(400, 413, 415, 422, 503),
             summary="Submit a report (anonymous; only narrative is required)")
async def submit_report(payload: ReportCreate, runtime: RuntimeDep) -> ReportAccepted:
    # One hop to a worker thread for the part that waits for the store (the group commit), not three: FastAPI runs a
    # sync endpoint, its sync dependencies and the serialisation of its answer each in the pool. The door picks the
    # thread pool by the report's lane, so an urgent report never queues behind a flood (pseah.intake.door).
    # Kafka first: the 202 comes once the report is stored and its event acknowledged by Kafka, or, while Kafka is
    # away, owed in the store for the relay (service.create).
    report, receipt = await runtime.door.store(
        service.create, keyring=runtime.keyring, hasher=runtime.hasher, directory=runtime.directory, payload=payload,
        channel="web", insert=runtime.writer.insert, publish=runtime.publisher.send_first)
    runtime.publisher.flush(report)  # what is owed, queued for publishing right away; nothing when Kafka took it
    return ReportAccepted(reference=report.reference, receipt=receipt)
