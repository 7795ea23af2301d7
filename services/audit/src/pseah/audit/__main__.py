"""`python -m pseah.audit`: the audit service on 127.0.0.1:8005 (PSEAH_AUDIT_PORT)."""
from __future__ import annotations

import sys

from pseah.audit.chain import checkpoints, service
from pseah.audit.chain.signer import Checkpointer
from pseah.audit.config import get_settings
from pseah.audit.digests import Digester
from pseah.audit.main import create_api, prepare_store
from pseah.audit.streams import AuditStreams
from pseah.audit.witness import KafkaWitness
from pseah.common.bootstrap import start_process
from pseah.common.logging import get_logger
from pseah.common.streams import run_worker, serve_http

log = get_logger(__name__)


def main() -> None:
    settings = get_settings()
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
    serve_http(streams.app, create_api(settings, consumer_ready=streams.assigned),
               host=settings.host, port=settings.port)
    run_worker(streams.app, log_level=settings.log_level)


if __name__ == "__main__":
    main()
