"""Downloading a WhatsApp/SMS media file from the provider: allowed hosts only, size bounded while streaming.

The URL comes from the (signed) webhook, but a provider account can be misconfigured or its secret leaked,
so it is still not trusted: only http(s) on a configured provider media host is fetched, every redirect
hop is checked the same way, and the provider's credentials go only to the host they were meant for.
What the bytes are is judged afterwards by content (attachment/media.py), never by the declared type.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

_REDIRECTS = {301, 302, 303, 307, 308}
_MAX_REDIRECTS = 3


class FetchFailed(Exception):
    """The media could not be had. `reason` is a short code, safe to log (never the URL)."""

    reason = "unavailable"


class RefusedUrl(FetchFailed):
    reason = "refused_url"


class TooLarge(FetchFailed):
    reason = "too_large"


class _Transient(FetchFailed):
    pass


def host_allowed(url: str, allowed: list[str]) -> bool:
    """http(s), no user info, and the host (or host:port) one of the allowed ones."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return False
    host = parts.hostname.lower().rstrip(".")
    entries = {a.strip().lower().rstrip(".") for a in allowed if a.strip()}
    return host in entries or (port is not None and f"{host}:{port}" in entries)


def _origin(url: str) -> tuple[str, str | None, int | None]:
    parts = urlsplit(url)
    return parts.scheme, parts.hostname, parts.port


@dataclass(frozen=True)
class MediaFetcher:
    allowed_hosts: list[str]
    max_bytes: int
    auth: httpx.Auth | tuple[str, str] | None = field(default=None, repr=False)
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    timeout: float = 10.0
    attempts: int = 3
    backoff: float = 0.5
    deadline_seconds: float = 60.0  # the whole download, all attempts included
    transport: httpx.BaseTransport | None = field(default=None, repr=False)  # tests only

    def fetch(self, url: str) -> bytes:
        """The file's bytes. Raises RefusedUrl, TooLarge or FetchFailed."""
        if not host_allowed(url, self.allowed_hosts):
            raise RefusedUrl()
        deadline = time.monotonic() + self.deadline_seconds
        retrying = Retrying(stop=stop_after_attempt(max(1, self.attempts)), reraise=True,
                            wait=wait_exponential(multiplier=self.backoff, max=8),
                            retry=retry_if_exception_type((httpx.TransportError, _Transient)))
        try:
            with httpx.Client(timeout=self.timeout, transport=self.transport, follow_redirects=False) as client:
                for attempt in retrying:
                    with attempt:
                        return self._once(client, url, deadline)
        except httpx.TransportError:
            raise FetchFailed() from None  # its message may carry the URL
        raise FetchFailed()  # pragma: no cover - tenacity either returns or raises

    def _once(self, client: httpx.Client, url: str, deadline: float) -> bytes:
        if time.monotonic() > deadline:
            raise FetchFailed()  # not transient: no further attempt either
        first = _origin(url)
        for _ in range(_MAX_REDIRECTS + 1):
            # Credentials only for the origin they belong to (a CDN hop gets none).
            same = _origin(url) == first
            headers = {"Accept-Encoding": "identity", **(self.headers if same else {})}
            with client.stream("GET", url, headers=headers, auth=self.auth if same else None) as response:
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    url = urljoin(url, location) if location else ""
                    if not host_allowed(url, self.allowed_hosts):
                        raise RefusedUrl()
                    continue
                if response.status_code == 429 or response.status_code >= 500:
                    raise _Transient()
                if response.status_code != 200:
                    raise FetchFailed()
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise TooLarge()
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise TooLarge()  # stopped mid-stream: a lying Content-Length buys nothing
                    if time.monotonic() > deadline:
                        raise FetchFailed()
                return bytes(body)
        raise RefusedUrl()  # too many redirects
