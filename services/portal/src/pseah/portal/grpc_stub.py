"""A gRPC stub called with the signed-in user's own token: the service behind it enforces their scope."""
from __future__ import annotations

from collections.abc import Callable

import grpc

from pseah.common.telemetry import grpc_metadata, traced_channel


class UserStub:
    """One channel per process, opened on first use (no import-time clients)."""

    def __init__(self, *, target: str, timeout: float, make_stub: Callable[[grpc.Channel], object]):
        self._target = target
        self._timeout = timeout
        self._make_stub = make_stub  # imports the generated module (`make proto`) only when first called
        self._channel: grpc.Channel | None = None
        self._stub = None

    def call(self, method: str, request, *, token: str):
        """Raises grpc.RpcError as the service answered; each gateway maps the codes for its pages."""
        if self._stub is None:
            # A CLIENT span per call, its context in the metadata: the page's trace goes on into referral.
            self._channel = traced_channel(grpc.insecure_channel(self._target))
            self._stub = self._make_stub(self._channel)
        metadata = [("authorization", f"Bearer {token}"), *grpc_metadata()]
        return getattr(self._stub, method)(request, metadata=metadata, timeout=self._timeout)

    def close(self) -> None:
        if self._channel is not None:
            self._channel.close()


def status_code(exc: grpc.RpcError) -> grpc.StatusCode | None:
    return exc.code() if hasattr(exc, "code") else None
