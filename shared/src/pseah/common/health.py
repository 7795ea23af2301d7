"""GET /healthz (alive) and GET /readyz (dependencies reachable) for every HTTP service."""
from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable

from fastapi import APIRouter
from fastapi.responses import JSONResponse

Check = Callable[[], Awaitable[bool] | bool]


def tcp_check(address: str, timeout: float = 1.0) -> Check:
    host, _, port = address.rpartition(":")

    def check() -> bool:
        try:
            with socket.create_connection((host, int(port)), timeout=timeout):
                return True
        except OSError:
            return False

    return check


def health_router(checks: dict[str, Check]) -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz", include_in_schema=False)
    async def healthz():
        return {"status": "alive"}

    @router.get("/readyz", include_in_schema=False)
    async def readyz():
        results = {}
        for name, check in checks.items():
            outcome = await asyncio.to_thread(check) if not asyncio.iscoroutinefunction(check) else await check()
            results[name] = "ready" if outcome else "unreachable"
        ready = all(v == "ready" for v in results.values())
        return JSONResponse({"status": "ready" if ready else "not_ready", "checks": results},
                            status_code=200 if ready else 503)

    return router
