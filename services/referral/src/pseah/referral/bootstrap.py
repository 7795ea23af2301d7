"""The referral service's wiring, and the only place it is done: settings, the key ring, the read-model backfills,
one producer for the process (routing urgent cases to the priority lane), the directory read in-process, the faust
app (pseah.referral.streams, health on 8003) and the gRPC server started with it (pseah.referral.entrypoints.grpc).
Entry points (pseah.referral.entrypoints) only run what this returns."""
from __future__ import annotations

from pseah.common.bootstrap import StreamService, start_process
from pseah.common.kafka import make_producer
from pseah.common.logging import get_logger
from pseah.common.metrics import instrument as instrument_metrics
from pseah.referral.config import SERVICE, Settings
from pseah.referral.directory import service as directory_service
from pseah.referral.directory.client import LocalDirectory
from pseah.referral.entrypoints.grpc import grpc_service_class
from pseah.referral.referrals import service as referrals
from pseah.referral.streams import CaseLanes, Producer, build_app

log = get_logger(__name__)


def bootstrap(settings: Settings | None = None) -> StreamService:
    settings = settings or Settings()
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
    return StreamService(app=app, log_level=settings.log_level)
