"""The audit service's wiring, and the only place it is done: settings, the signing key, the checkpointer and the
digester (both witnessed on Kafka), the chain writer, the faust app (pseah.audit.streams), the store prepared before
consuming, and the HTTP API served from the worker (pseah.audit.main). Entry points (pseah.audit.entrypoints) only
run what this returns."""
from __future__ import annotations

import sys

from pseah.audit.chain import checkpoints, service
from pseah.audit.chain.signer import Checkpointer
from pseah.audit.config import AuditSettings, get_settings
from pseah.audit.digests import Digester
from pseah.audit.main import create_api
from pseah.audit.streams import AuditStreams
from pseah.audit.witness import KafkaWitness
from pseah.common.bootstrap import StreamService, start_process
from pseah.common.logging import get_logger
from pseah.common.streams import until_ready

log = get_logger(__name__)


def prepare_store(streams: AuditStreams) -> None:
    """Indexes and the chain's head before consuming: the unique seq index is what keeps the chain single."""

    def prepare() -> None:
        service.ensure_indexes()
        indexed = service.backfill_index()
        if indexed:
            log.info("audit_lookups_backfilled", entries=indexed)
        seq, _ = streams.writer.resume()
        log.info("audit_chain_resumed", head_seq=seq)

    until_ready(prepare, not_ready_event="audit_store_not_ready")


def bootstrap(settings: AuditSettings | None = None) -> StreamService:
    settings = settings or get_settings()
    start_process(service="audit", settings=settings)
    try:
        key = checkpoints.load_private_key(settings.signing_key_file)
    except checkpoints.SigningKeyError as exc:
        # No checkpoints without the key, and an audit log without checkpoints is not what this service promises.
        log.error("audit_signing_key_unreadable", reason=str(exc))
        sys.exit(78)
    signer = Checkpointer(key=key, origin=settings.log_origin, every=settings.checkpoint_every,
                          seconds=settings.checkpoint_seconds,
                          witness=KafkaWitness(bootstrap=settings.kafka_bootstrap, topic=settings.checkpoint_topic),
                          signed_collection=service.signed_collection, head_collection=service.checkpoint_collection)
    digester = Digester(origin=settings.log_origin, seconds=settings.digest_seconds,
                        max_listed=settings.digest_max_listed, catch_up=settings.digest_catch_up,
                        key=key.public_key(),
                        publish=KafkaWitness(bootstrap=settings.kafka_bootstrap,
                                             topic=settings.checkpoint_topic).publish_event,
                        signed_collection=service.signed_collection, head_collection=service.checkpoint_collection)
    streams = AuditStreams(settings, writer=service.ChainWriter(signer=signer), digester=digester)
    prepare_store(streams)
    return StreamService(app=streams.app, log_level=settings.log_level,
                         api=create_api(settings, consumer_ready=streams.assigned),
                         host=settings.host, port=settings.port)
