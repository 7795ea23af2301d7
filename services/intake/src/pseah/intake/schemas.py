"""Schemas every router shares: the one error shape, as documented in the OpenAPI."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: list[Any] = []


class ErrorResponse(BaseModel):
    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict]:
    descriptions = {
        400: "Malformed request body (not JSON, not UTF-8).",
        401: "Missing or invalid credentials.",
        403: "The caller lacks the required role.",
        404: "Not found.",
        409: "Conflicting retry.",
        410: "The case's content has been erased (its key destroyed).",
        413: "Request body too large.",
        415: "Unsupported content type.",
        422: "The body does not match the schema; `details` names each problem.",
        429: "Too many attempts; retry after the Retry-After header.",
        503: "The store is unavailable; nothing was saved, retry after Retry-After.",
    }
    return {s: {"model": ErrorResponse, "description": descriptions.get(s, "Error.")} for s in statuses}
