"""The audit service's read API (GET /v1/audit/verify, /v1/audit/entries), called with the user's own token."""
from __future__ import annotations

from typing import Protocol

import httpx

from pseah.common.telemetry import http_headers
from pseah.portal.auditlog.models import ChainVerdict, CheckpointView, EntryView, SearchPage


class AuditLogUnavailable(Exception):
    """The audit service is down, timed out or answered 5xx."""


class AuditLogRefused(Exception):
    """The audit service refused the token (401/403): log in again or lacking the role."""


class AuditLogGateway(Protocol):
    def verify(self, *, token: str) -> ChainVerdict: ...
    def entries(self, *, token: str, subject: str | None, after: int, limit: int) -> list[EntryView]: ...
    def search(self, *, token: str, filters: dict[str, str], after: int, limit: int) -> SearchPage: ...
    def latest_checkpoint(self, *, token: str) -> CheckpointView | None: ...
    def export(self, *, token: str, since: str | None, until: str | None) -> bytes: ...


class HttpAuditLogGateway:
    def __init__(self, *, client: httpx.Client, base_url: str, timeout: float):
        self._client = client
        self._base = base_url.rstrip("/")
        self._timeout = timeout

    def _response(self, path: str, *, token: str, params: dict | None = None, timeout: float | None = None):
        headers = {**http_headers(), "authorization": f"Bearer {token}"}
        try:
            response = self._client.get(f"{self._base}{path}", params=params, headers=headers,
                                        timeout=timeout or self._timeout)
        except httpx.HTTPError as exc:
            raise AuditLogUnavailable(type(exc).__name__) from None
        if response.status_code in (401, 403):
            raise AuditLogRefused(str(response.status_code))
        if response.status_code != 200:
            raise AuditLogUnavailable(str(response.status_code))
        return response

    def _get(self, path: str, *, token: str, params: dict | None = None):
        return self._response(path, token=token, params=params).json()

    def verify(self, *, token: str) -> ChainVerdict:
        return ChainVerdict.from_api(self._get("/v1/audit/verify", token=token))

    def entries(self, *, token: str, subject: str | None, after: int, limit: int) -> list[EntryView]:
        params: dict = {"after": after, "limit": limit}
        if subject:
            params["subject"] = subject
        return [EntryView.from_api(doc) for doc in self._get("/v1/audit/entries", token=token, params=params)]

    def search(self, *, token: str, filters: dict[str, str], after: int, limit: int) -> SearchPage:
        doc = self._get("/v1/audit/search", token=token, params={**filters, "after": after, "limit": limit})
        return SearchPage(entries=[EntryView.from_api(e) for e in doc.get("entries", [])],
                          next_after=doc.get("next_after"))

    def latest_checkpoint(self, *, token: str) -> CheckpointView | None:
        return CheckpointView.from_api(self._get("/v1/audit/checkpoints/latest", token=token))

    def export(self, *, token: str, since: str | None, until: str | None) -> bytes:
        params = {k: v for k, v in (("since", since), ("until", until)) if v}
        # A bundle of a long range takes the audit service a while to write: a longer wait than a page's.
        return self._response("/v1/audit/export", token=token, params=params, timeout=self._timeout * 6).content
