"""The thread with the reporter on a case, through intake's handler API (/v1/cases/{ref}/messages) with the user's
own token. Intake scopes it to the organisation the case is assigned to and records every read of the thread
(case.content.read.v1) before it answers, so the portal publishes nothing of its own for it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import httpx

from pseah.common.telemetry import http_headers

MAX_TEXT = 5000  # intake's MessageCreate.text


class MessagesUnavailable(Exception):
    """Intake is down, timed out, answered 5xx/429, or cannot record the read right now."""


class ThreadNotFound(Exception):
    """Intake does not know the case as one of this user's (not assigned yet, or another organisation's)."""


class ThreadErased(Exception):
    """The case's content was erased (intake answers 410): the thread is gone for good."""


class ReplyRejected(Exception):
    """Intake refused the reply (4xx): the text needs changing."""


class NotAuthenticated(Exception):
    """Intake refused the token."""


@dataclass(frozen=True)
class MessageView:
    author: str  # reporter | handler
    text: str
    created_at: datetime | None = None
    role: str = ""  # a handler's role, never a name


def _request(client: httpx.Client, method: str, url: str, *, token: str, **kwargs) -> httpx.Response:
    headers = {**http_headers(), "authorization": f"Bearer {token}"}
    try:
        response = client.request(method, url, headers=headers, **kwargs)
    except httpx.HTTPError as exc:
        raise MessagesUnavailable(type(exc).__name__) from None
    if response.status_code >= 500 or response.status_code == 429:
        raise MessagesUnavailable(str(response.status_code))
    if response.status_code == 401:
        raise NotAuthenticated()
    if response.status_code == 410:
        raise ThreadErased()
    if response.status_code in (403, 404):
        raise ThreadNotFound(str(response.status_code))
    return response


def _url(base_url: str, reference: str) -> str:
    # The reference was checked against [A-Z0-9-] by the router: safe in a path as it is.
    return f"{base_url.rstrip('/')}/v1/cases/{reference}/messages"


def _when(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def thread(*, client: httpx.Client, base_url: str, token: str, reference: str) -> list[MessageView]:
    response = _request(client, "GET", _url(base_url, reference), token=token)
    if response.status_code >= 400:
        raise MessagesUnavailable(str(response.status_code))
    items = response.json().get("messages") or []
    return [MessageView(author=m.get("author", ""), text=m.get("text", ""), created_at=_when(m.get("created_at")),
                        role=m.get("role") or "") for m in items]


def reply(*, client: httpx.Client, base_url: str, token: str, reference: str, text: str) -> None:
    response = _request(client, "POST", _url(base_url, reference), token=token, json={"text": text})
    if response.status_code >= 400:
        raise ReplyRejected(str(response.status_code))
