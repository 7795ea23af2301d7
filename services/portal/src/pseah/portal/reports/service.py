"""Intake's public REST endpoints, called server-side with httpx (the browser never talks to intake)."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import httpx

from pseah.common.telemetry import http_headers


class IntakeUnavailable(Exception):
    """Intake is down, timed out or answered 5xx/429: nothing is known to be saved."""


class IntakeRejected(Exception):
    """Intake answered 4xx: the input needs changing. `fields` names what it complained about."""

    def __init__(self, status: int, fields: list[str]):
        super().__init__(f"intake refused with {status}")
        self.status = status
        self.fields = fields


class ReceiptNotFound(Exception):
    pass


@dataclass(frozen=True)
class Submitted:
    reference: str
    receipt: str


def _fields_from_error(response: httpx.Response) -> list[str]:
    try:
        details = response.json().get("error", {}).get("details") or []
    except ValueError:
        return []
    names = []
    for item in details:
        loc = item.get("loc") if isinstance(item, dict) else None
        if loc:
            names.append(str(loc[-1]))
    return names


def _request(client: httpx.Client, method: str, url: str, **kwargs) -> httpx.Response:
    try:
        response = client.request(method, url, headers=http_headers(), **kwargs)
    except httpx.HTTPError as exc:
        raise IntakeUnavailable(type(exc).__name__) from None
    if response.status_code >= 500 or response.status_code == 429:
        raise IntakeUnavailable(str(response.status_code))
    return response


def submit_report(*, client: httpx.Client, base_url: str, payload: dict) -> Submitted:
    response = _request(client, "POST", f"{base_url.rstrip('/')}/v1/reports", json=payload)
    if response.status_code >= 400:
        raise IntakeRejected(response.status_code, _fields_from_error(response))
    body = response.json()
    return Submitted(reference=body["reference"], receipt=body["receipt"])


def _get_receipt(client: httpx.Client, url: str) -> dict:
    response = _request(client, "GET", url)
    if response.status_code in (400, 404, 410, 422):
        raise ReceiptNotFound()
    if response.status_code >= 400:
        raise IntakeUnavailable(str(response.status_code))
    return response.json()


def lookup_receipt(*, client: httpx.Client, base_url: str, receipt: str) -> dict:
    """Status (reference, status, history) and the conversation, as intake's two receipt endpoints give them."""
    url = f"{base_url.rstrip('/')}/v1/receipts/{quote(receipt, safe='')}"
    status = _get_receipt(client, url)
    status["messages"] = _get_receipt(client, f"{url}/messages").get("messages") or []
    return status


def post_message(*, client: httpx.Client, base_url: str, receipt: str, text: str, language: str) -> None:
    response = _request(client, "POST", f"{base_url.rstrip('/')}/v1/receipts/{quote(receipt, safe='')}/messages",
                        json={"text": text, "language": language})
    if response.status_code in (404, 410):
        raise ReceiptNotFound()
    if response.status_code >= 400:
        raise IntakeRejected(response.status_code, _fields_from_error(response))
