"""Public pages: the report form, the one-time receipt, receipt lookup and messages. No login, no tracking."""
from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter, Request
from fastapi.responses import Response

from pseah.common.logging import get_logger
from pseah.portal.reports import service as intake
from pseah.portal.reports.forms import (AGE_GROUPS, GENDERS, LANGUAGES, OTHER_ORG, REPORTER_ROLES, ReportForm,
                                        organisation_choices)
from pseah.portal.web import check_csrf, page_context, render

router = APIRouter(tags=["public"])
log = get_logger(__name__)


def _home(request: Request, form: ReportForm | None = None, *, error: str | None = None, status: int = 200):
    return render(request, "home.html", {
        "form": form or ReportForm(), "error": error, "organisations": organisation_choices(),
        "other_org": OTHER_ORG, "roles": REPORTER_ROLES, "age_groups": AGE_GROUPS, "genders": GENDERS,
        "languages": LANGUAGES,
    }, status=status)


@router.get("/")
def home(request: Request):
    return _home(request)


@router.post("/reports")
async def submit(request: Request):
    raw = await request.form()
    form = ReportForm.from_form(raw)
    if not check_csrf(request, raw):
        log.info("report_form_refused", reason="csrf")
        return _home(request, form, error="err_csrf", status=403)
    if not form.validate():
        return _home(request, form, error="err_intake_invalid" if "narrative" not in form.errors else None,
                     status=422)
    portal = request.app.state.portal
    payload = form.to_payload(page_language=page_context(request).lang)
    try:
        submitted = await _in_thread(intake.submit_report, client=portal.http, base_url=portal.settings.intake_url,
                                     payload=payload)
    except intake.IntakeUnavailable as exc:
        log.warning("report_submit_failed", reason="intake_unavailable", error=str(exc))
        return _home(request, form, error="err_intake", status=503)
    except intake.IntakeRejected as exc:
        log.info("report_submit_rejected", status=exc.status, fields=exc.fields)
        for name in exc.fields:
            form.errors[name] = "err_intake_invalid"
        return _home(request, form, error="err_intake_invalid", status=422)
    log.info("report_submitted", reference=submitted.reference)
    # Shown once: the page is no-store and the receipt is never put in a URL or cookie.
    return render(request, "report_done.html", {"reference": submitted.reference, "receipt": submitted.receipt})


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    # Browsers ask for /favicon.ico whatever the page links; a 404 there is logged as a console error.
    return Response(_FAVICON, media_type="image/x-icon")


_FAVICON = files("pseah.portal").joinpath("static/favicon.ico").read_bytes()


@router.get("/receipt")
def receipt_form(request: Request):
    return render(request, "receipt.html", {})


async def _status_page(request: Request, receipt: str, *, notice: str | None = None, status: int = 200):
    portal = request.app.state.portal
    try:
        case = await _in_thread(intake.lookup_receipt, client=portal.http, base_url=portal.settings.intake_url,
                                receipt=receipt)
    except intake.ReceiptNotFound:
        return render(request, "receipt.html", {"error": "receipt_not_found"}, status=404)
    except intake.IntakeUnavailable:
        return render(request, "receipt.html", {"error": "receipt_unavailable"}, status=503)
    return render(request, "receipt_status.html", {"case": case, "receipt": receipt, "notice": notice,
                                                   "messages": case.get("messages") or []}, status=status)


@router.post("/receipt")
async def receipt_lookup(request: Request):
    raw = await request.form()
    if not check_csrf(request, raw):
        return render(request, "receipt.html", {"error": "err_csrf"}, status=403)
    receipt = str(raw.get("receipt") or "").strip()
    if not receipt or len(receipt) > 200:
        return render(request, "receipt.html", {"error": "receipt_not_found"}, status=404)
    return await _status_page(request, receipt)


@router.post("/receipt/messages")
async def receipt_message(request: Request):
    raw = await request.form()
    if not check_csrf(request, raw):
        return render(request, "receipt.html", {"error": "err_csrf"}, status=403)
    receipt = str(raw.get("receipt") or "").strip()
    text = str(raw.get("text") or "").strip()
    if not receipt:
        return render(request, "receipt.html", {"error": "receipt_not_found"}, status=404)
    if not text:
        return await _status_page(request, receipt)
    portal = request.app.state.portal
    try:
        await _in_thread(intake.post_message, client=portal.http, base_url=portal.settings.intake_url,
                         receipt=receipt, text=text[:5000], language=page_context(request).lang)
    except intake.ReceiptNotFound:
        return render(request, "receipt.html", {"error": "receipt_not_found"}, status=404)
    except (intake.IntakeUnavailable, intake.IntakeRejected):
        return render(request, "receipt.html", {"error": "receipt_unavailable"}, status=503)
    return await _status_page(request, receipt, notice="receipt_sent")


async def _in_thread(fn, **kwargs):
    # The clients are synchronous (httpx.Client, pymongo); keep the event loop free.
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, **kwargs)
