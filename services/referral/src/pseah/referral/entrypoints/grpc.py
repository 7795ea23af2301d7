"""The gRPC server (cases, referrals, directory; 127.0.0.1:50051), started and stopped with the faust app."""
from __future__ import annotations

import asyncio

import mode

from pseah.common.crypto import KeyRing
from pseah.common.logging import get_logger
from pseah.referral.config import Settings
from pseah.referral.grpc.auth import keycloak_authenticator
from pseah.referral.grpc.server import build_server, set_serving
from pseah.referral.streams import Producer

log = get_logger(__name__)


def grpc_service_class(*, settings: Settings, producer: Producer, keyring: KeyRing | None = None
                       ) -> type[mode.Service]:
    class GrpcServer(mode.Service):
        """The gRPC server started and stopped with the faust app."""

        async def on_start(self) -> None:
            self._server, self._health = build_server(
                settings=settings, authenticate=keycloak_authenticator(settings), flush=producer.flush,
                seal=keyring.seal if keyring is not None else None)
            self._server.start()
            set_serving(self._health, True)
            log.info("grpc_started", address=settings.grpc_address)

        async def on_stop(self) -> None:
            if getattr(self, "_server", None) is None:
                return
            set_serving(self._health, False)
            await asyncio.to_thread(lambda: self._server.stop(grace=3).wait())

    return GrpcServer
