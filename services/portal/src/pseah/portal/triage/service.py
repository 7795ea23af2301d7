"""Calls to the triage service (GET /v1/triage/queue, GET /v1/triage/{ref}, POST .../confirmation).

The user's own access token goes along: the triage service decides who may read and confirm, and records
every read of the reasons (case.content.read.v1) before it answers with them.
"""
from __future__ import annotations

from typing import Protocol

import httpx


class TriageUnavailable(Exception):
    """The triage service cannot answer now (down, timeout, 5xx)."""


class NotAuthenticated(Exception):
    """The token was refused (401): log in again."""


class NotPermitted(Exception):
    """The role may not use the triage API (403)."""


class TriageNotFound(Exception):
    pass


class CaseErased(Exception):
    """The case's content was erased (410): its triage reasons are gone for good."""


class Refused(Exception):
    """The triage service refused the confirmation (409 or 422) with a code the page explains."""

    def __init__(self, status: int, code: str):
        super().__init__(code)
        self.status = status
        self.code = code


class TriageGateway(Protocol):
    def queue(self, *, token: str, limit: int = 50, page_token: str = "", filters: dict | None = None) -> dict: ...
    def decision(self, *, token: str, reference: str) -> dict: ...
    def confirm(self, *, token: str, reference: str, changes: dict, reason: str | None) -> dict: ...


class HttpTriageGateway:
    def __init__(self, *, client: httpx.Client, base_url: str, timeout: float):
        self._client = client
        self._base = base_url.rstrip("/")
        self._timeout = timeout

    def _call(self, method: str, path: str, *, token: str, **kwargs) -> dict:
        try:
            response = self._client.request(method, f"{self._base}{path}", timeout=self._timeout,
                                            headers={"authorization": f"Bearer {token}"}, **kwargs)
        except httpx.HTTPError as exc:
            raise TriageUnavailable(type(exc).__name__) from None
        status = response.status_code
        if status in (200, 201):
            return response.json()
        if status == 401:
            raise NotAuthenticated()
        if status == 403:
            raise NotPermitted()
        if status == 404:
            raise TriageNotFound()
        if status == 410:
            raise CaseErased()
        if status in (409, 422):
            try:
                code = response.json()["error"]["code"]
            except (ValueError, KeyError, TypeError):
                code = "invalid"
            raise Refused(status, code)
        raise TriageUnavailable(f"HTTP {status}")

    def queue(self, *, token: str, limit: int = 50, page_token: str = "", filters: dict | None = None) -> dict:
        """One page of the queue (the triage service's keyed list) with its filters and the next page's token."""
        params = {"limit": limit, **(filters or {})}
        if page_token:
            params["page_token"] = page_token
        return self._call("GET", "/v1/triage/queue", token=token, params=params)

    def decision(self, *, token: str, reference: str) -> dict:
        return self._call("GET", f"/v1/triage/{reference}", token=token)

    def confirm(self, *, token: str, reference: str, changes: dict, reason: str | None) -> dict:
        return self._call("POST", f"/v1/triage/{reference}/confirmation", token=token,
                          json={"changes": changes, "reason": reason or None})
