"""One error shape for every HTTP API: {"error": {"code", "message", "details"}}."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from pseah.common.logging import get_logger

log = get_logger(__name__)


class ApiError(Exception):
    """Raise from services and views; rendered in the one error shape."""

    def __init__(self, *, status: int, code: str, message: str, details: list[Any] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or []
        self.headers = headers


def error_body(*, code: str, message: str, details: list[Any] | None = None) -> dict:
    return {"error": {"code": code, "message": message, "details": details or []}}


def _safe_validation_details(exc: RequestValidationError) -> list[dict]:
    # Pydantic echoes the offending input; it may be survivor content, so keep only where and why.
    return [
        {"loc": [str(p) for p in err.get("loc", ())], "type": err.get("type"), "msg": err.get("msg")}
        for err in exc.errors()
    ]


_STATUS_CODES = {400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 406: "not_acceptable", 409: "conflict",
                 413: "too_large", 415: "unsupported_media_type", 422: "invalid", 429: "rate_limited"}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError):
        return JSONResponse(error_body(code=exc.code, message=exc.message, details=exc.details),
                            status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError):
        return JSONResponse(
            error_body(code="invalid", message="The request does not match the schema.",
                       details=_safe_validation_details(exc)),
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException):
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return JSONResponse(error_body(code=code, message=message), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception):
        # Log the type only: messages of arbitrary exceptions can carry content.
        log.error("unhandled_error", error_type=type(exc).__name__)
        return JSONResponse(error_body(code="internal", message="Something went wrong; nothing was lost, try again."),
                            status_code=500)
