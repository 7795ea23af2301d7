"""Analytics' read API (GET /v1/tables/{name}), called with the coordinator's own token; figures come suppressed."""
from __future__ import annotations

from typing import Protocol

import httpx

from pseah.common.telemetry import http_headers


class AnalyticsUnavailable(Exception):
    """Analytics is down, timed out or answered 5xx."""


class AnalyticsRefused(Exception):
    """Analytics refused the token (401/403)."""


class AnalyticsGateway(Protocol):
    def table(self, name: str, *, token: str, start: str | None, end: str | None, province: str | None) -> dict: ...


class HttpAnalyticsGateway:
    def __init__(self, *, client: httpx.Client, base_url: str, timeout: float):
        self._client = client
        self._base = base_url.rstrip("/")
        self._timeout = timeout

    def table(self, name: str, *, token: str, start: str | None, end: str | None, province: str | None) -> dict:
        params = {k: v for k, v in (("from", start), ("to", end), ("province", province)) if v}
        headers = {**http_headers(), "authorization": f"Bearer {token}"}
        try:
            response = self._client.get(f"{self._base}/v1/tables/{name}", params=params, headers=headers,
                                        timeout=self._timeout)
        except httpx.HTTPError as exc:
            raise AnalyticsUnavailable(type(exc).__name__) from None
        if response.status_code in (401, 403):
            raise AnalyticsRefused(str(response.status_code))
        if response.status_code != 200:
            raise AnalyticsUnavailable(str(response.status_code))
        return response.json()
