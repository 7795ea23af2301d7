"""Entry point: `python -m pseah.referral` runs the faust worker (health on 8003) and the gRPC server (50051)."""
from __future__ import annotations

import asyncio

import faust
import mode

from pseah.common.bootstrap import start_process
from pseah.common.crypto import KeyRing
from pseah.common.kafka import make_producer
from pseah.common.logging import get_logger
from pseah.common.metrics import instrument as instrument_metrics
from pseah.referral.config import SERVICE, Settings
from pseah.referral.directory import service as directory_service
from pseah.referral.directory.client import LocalDirectory
from pseah.referral.grpc.auth import keycloak_authenticator
from pseah.referral.grpc.server import build_server, set_serving
from pseah.referral.referrals import service as referrals
from pseah.referral.streams import CaseLanes, Producer, build_app

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


def run() -> None:
    settings = Settings()
    # The key ring only seals a coordinator's consent-override reason with the case key; nothing is opened here.
    keyring = start_process(service=SERVICE, settings=settings, keys=True)
    # Once per database: the referral read models from referrals stored before they existed.
    backfilled = referrals.backfill_read_models()
    if backfilled:
        log.info("referral_read_models_backfilled", referrals=backfilled)
    holders = directory_service.backfill()
    if holders:
        log.info("referral_contact_roles_backfilled", contacts=holders)
    producer = Producer(lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id=f"pseah-{SERVICE}"),
                        route=CaseLanes(topic=settings.cases_topic).route)
    directory = LocalDirectory(coordinator_org=settings.coordinator_org,
                               coordinator_username=settings.coordinator_username)
    app = build_app(settings=settings, directory=directory, producer=producer,
                    grpc_service=grpc_service_class(settings=settings, producer=producer, keyring=keyring))
    instrument_metrics(app, service="referral")
    faust.Worker(app, loglevel=settings.log_level, override_logging=False).execute_from_commandline()
