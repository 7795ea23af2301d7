"""Idempotent partner submissions without transactions: claim the key, create the report, complete the claim."""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import mongoengine
from pymongo.errors import DuplicateKeyError

from pseah.common.crypto import KeyRing
from pseah.common.errors import ApiError
from pseah.intake.codes import KeyedHasher
from pseah.intake.organizations import OrganizationDirectory
from pseah.intake.partner.models import PartnerSubmission
from pseah.intake.report import service as reports
from pseah.intake.report.models import Report, ReportCreate


def _claim_id(client_id: str, idempotency_key: str) -> str:
    return f"{client_id}:{hashlib.sha256(idempotency_key.encode()).hexdigest()}"


def fingerprint(payload: ReportCreate) -> str:
    return hashlib.sha256(payload.model_dump_json().encode()).hexdigest()


def _replay(*, keyring: KeyRing, claim: PartnerSubmission, print_: str) -> tuple[str, str] | None:
    if claim.fingerprint != print_:
        raise ApiError(status=409, code="idempotency_key_reused",
                       message="This Idempotency-Key was already used for a different report.")
    if claim.reference and claim.sealed_receipt:
        return claim.reference, keyring.open(claim.reference, claim.sealed_receipt)
    return None


def submit(*, keyring: KeyRing, hasher: KeyedHasher, directory: OrganizationDirectory, payload: ReportCreate,
           client_id: str, idempotency_key: str, claim_timeout: timedelta,
           urgent: bool | None = None) -> tuple[str, str, Report | None]:
    """(reference, receipt, the new Report or None when this was a replay). `urgent`: the lane decided at the door."""
    claim_id = _claim_id(client_id, idempotency_key)
    print_ = fingerprint(payload)
    now = datetime.now(UTC)
    try:
        PartnerSubmission(id=claim_id, fingerprint=print_, claimed_at=now).save(force_insert=True)
    except (mongoengine.NotUniqueError, DuplicateKeyError):
        existing = PartnerSubmission.objects(id=claim_id).first()
        if existing is not None:
            replay = _replay(keyring=keyring, claim=existing, print_=print_)
            if replay:
                return (*replay, None)
        # Unfinished claim: take it over only if its owner has clearly died, else ask to retry.
        taken = PartnerSubmission.objects(id=claim_id, reference=None, claimed_at__lt=now - claim_timeout) \
            .update_one(set__claimed_at=now)
        if not taken:
            raise ApiError(status=409, code="in_progress",
                           message="A submission with this Idempotency-Key is in progress; retry shortly.",
                           headers={"Retry-After": "2"})
    report, receipt = reports.create(keyring=keyring, hasher=hasher, directory=directory, payload=payload,
                                     channel="partner_api", actor=f"partner:{client_id}", entered_by=client_id,
                                     urgent=urgent)
    PartnerSubmission.objects(id=claim_id).update_one(
        set__reference=report.reference, set__sealed_receipt=keyring.seal(report.reference, receipt))
    return report.reference, receipt, report
