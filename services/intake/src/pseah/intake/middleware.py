"""Guards that run before FastAPI parses a body: size limit, content type, UTF-8.

Pure ASGI so an oversized body is refused while it streams in, before it is buffered whole.
"""
from __future__ import annotations

import json
from collections.abc import Callable

from pseah.common.errors import error_body

_BODY_METHODS = {"POST", "PUT", "PATCH"}


async def _send_error(send, *, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(code=code, message=message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _is_json(content_type: str) -> tuple[bool, str | None]:
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media == "application/json" or media.endswith("+json"), charset


class BodyGuard:
    """`max_bytes` for every body; `max_bytes_for(path)` may give a path its own limit (attachments)."""

    def __init__(self, app, *, max_bytes: int, json_only: Callable[[str], bool],
                 max_bytes_for: Callable[[str], int | None] | None = None):
        self.app = app
        self.max_bytes = max_bytes
        self.json_only = json_only
        self.max_bytes_for = max_bytes_for or (lambda _path: None)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        max_bytes = self.max_bytes_for(scope["path"]) or self.max_bytes
        too_large = dict(status=413, code="too_large",
                         message=f"The request body is larger than {max_bytes} bytes.")
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_bytes):
            return await _send_error(send, **too_large)

        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > max_bytes:
                return await _send_error(send, **too_large)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)

        if self.json_only(scope["path"]):
            is_json, charset = _is_json(headers.get("content-type", ""))
            if not is_json or (charset not in (None, "utf-8", "utf8")):
                return await _send_error(send, status=415, code="unsupported_media_type",
                                         message="Send the body as application/json in UTF-8.")
            try:
                body.decode("utf-8")
            except UnicodeDecodeError as exc:
                return await _send_error(send, status=400, code="invalid_utf8",
                                         message=f"The body is not valid UTF-8 (byte {exc.start}).")

        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


class NoStore:
    """Receipts and report content must not be kept by browsers or proxies, nor leak through Referer."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"cache-control", b"no-store"),
                                      (b"referrer-policy", b"no-referrer"), (b"x-content-type-options", b"nosniff")]
            await send(message)

        return await self.app(scope, receive, send_with_headers)
