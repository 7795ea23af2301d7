"""Safe defaults for every response: strict headers, CSRF tokens, and an access log without who-is-who.

The access log never records IP addresses, user agents or query strings: on public pages they could
identify a reporter, and receipt codes or search terms may sit in a URL.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from pseah.common.logging import get_logger

log = get_logger(__name__)

CSRF_COOKIE = "pseah_csrf"
CSRF_FIELD = "csrf_token"


def content_security_policy(*, form_targets: list[str] | None = None) -> str:
    # No inline script or style anywhere: the one script (quick exit) and the stylesheet are static files.
    form_action = " ".join(["'self'", *(form_targets or [])])
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            f"frame-ancestors 'none'; form-action {form_action}")


def security_headers(*, csp: str, hsts: bool) -> list[tuple[bytes, bytes]]:
    headers = {
        "content-security-policy": csp,
        "x-frame-options": "DENY",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
        # A shared or borrowed phone must not keep reports or case pages in its cache.
        "cache-control": "no-store",
    }
    if hsts:
        headers["strict-transport-security"] = "max-age=31536000; includeSubDomains"
    return [(k.encode(), v.encode()) for k, v in headers.items()]


class SecurityHeadersMiddleware:
    """Pure ASGI so it also covers error pages and static files."""

    def __init__(self, app, *, csp: str, hsts: bool = False):
        self.app = app
        self._headers = security_headers(csp=csp, hsts=hsts)
        self._names = {name for name, _ in self._headers}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status_holder = {}

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                path = scope.get("path", "")
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in self._names]
                extra = self._headers
                if path.startswith("/static/") or path == "/favicon.ico":
                    # Static files carry no personal data; let phones cache them (slow, costly data).
                    extra = [(k, v) if k != b"cache-control" else (k, b"public, max-age=86400") for k, v in extra]
                message = {**message, "headers": kept + extra}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = scope.get("route")
            log.info("http_request", method=scope.get("method"),
                     route=getattr(route, "path", None) or _coarse_path(scope.get("path", "")),
                     status=status_holder.get("status"),
                     duration_ms=round((time.perf_counter() - started) * 1000, 1))


def _coarse_path(path: str) -> str:
    # Unknown paths could be anything a person typed; keep only the first segment.
    first = path.strip("/").split("/", 1)[0]
    return f"/{first}" if first in {"static", "cases", "receipt", "auth", "login", "logout", "healthz", "readyz"} else "/other"


def new_csrf_secret() -> str:
    return secrets.token_urlsafe(32)


def csrf_token_for(*, secret: str, key: str) -> str:
    """The form token: an HMAC of the browser's CSRF cookie (double submit, signed so a subdomain cannot forge it)."""
    return hmac.new(key.encode(), f"csrf:{secret}".encode(), hashlib.sha256).hexdigest()


def csrf_valid(*, cookie_secret: str | None, submitted: str | None, key: str) -> bool:
    if not cookie_secret or not submitted:
        return False
    return hmac.compare_digest(csrf_token_for(secret=cookie_secret, key=key), submitted)
