"""Intake's additions to the one error shape: malformed JSON is a 400, a store outage a 503 (never a 500)."""
from __future__ import annotations

import mongoengine
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pymongo.errors import PyMongoError

from pseah.common.crypto import KeyUnavailable
from pseah.common.errors import error_body, install_error_handlers
from pseah.common.logging import get_logger

log = get_logger(__name__)


def _details(exc: RequestValidationError) -> list[dict]:
    # Pydantic echoes the offending input, which may be survivor content: keep only where and why.
    return [{"loc": [str(p) for p in err.get("loc", ())], "type": err.get("type"), "msg": err.get("msg")}
            for err in exc.errors()]


def install(app: FastAPI, *, retry_after: int) -> None:
    install_error_handlers(app)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError):
        details = _details(exc)
        if any(d["type"] == "json_invalid" for d in details):
            return JSONResponse(error_body(code="malformed_json", message="The body is not valid JSON.",
                                           details=details), status_code=400)
        return JSONResponse(error_body(code="invalid", message="The request does not match the schema.",
                                       details=details), status_code=422)

    async def _store_down(_request: Request, exc: Exception):
        log.warning("store_unavailable", error_type=type(exc).__name__)
        return JSONResponse(
            error_body(code="store_unavailable",
                       message="The report store is unavailable; nothing was saved. Please try again shortly."),
            status_code=503, headers={"Retry-After": str(retry_after)})

    app.add_exception_handler(PyMongoError, _store_down)
    app.add_exception_handler(mongoengine.connection.ConnectionFailure, _store_down)

    @app.exception_handler(KeyUnavailable)
    async def _shredded(_request: Request, _exc: KeyUnavailable):
        return JSONResponse(error_body(code="gone", message="This case's content has been erased."), status_code=410)
