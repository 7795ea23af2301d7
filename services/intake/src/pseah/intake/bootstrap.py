"""The intake service's wiring, and the only place it is done (cosmicpython's bootstrap): the store and key
connections, the key ring, the receipt hasher, the directory, the publisher, the lookup guard and the group writers,
wired once at start and handed to routers as dependencies. The app factory (pseah.intake.main) calls `bootstrap` in
its lifespan; entry points (pseah.intake.entrypoints) only serve it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from pseah.common import mongo
from pseah.common.crypto import KEYS_ALIAS, CaseKey, KeyFileWrapper, KeyRing, load_or_create_key
from pseah.intake.batching import GroupCommitKeyRing, GroupWriter
from pseah.intake.codes import KeyedHasher
from pseah.intake.config import IntakeSettings
from pseah.intake.door import Door
from pseah.intake.organizations import OrganizationDirectory
from pseah.intake.publisher import Publisher
from pseah.intake.ratelimit import LookupGuard
from pseah.intake.report.models import ReceiptIndex, Report


@dataclass
class Runtime:
    settings: IntakeSettings
    keyring: KeyRing
    hasher: KeyedHasher
    directory: OrganizationDirectory
    publisher: Publisher
    guard: LookupGuard
    # Group commit for the hot path's inserts: reports, and (inside the keyring) new case keys.
    writer: GroupWriter
    key_writer: GroupWriter
    # Which thread pool a new report waits for: an urgent one has its own (pseah.intake.door).
    door: Door


def bootstrap(settings: IntakeSettings) -> Runtime:
    mongo.connect(uri=settings.mongo_uri, db=settings.mongo_db, timeout_ms=settings.mongo_timeout_ms)
    mongo.connect(uri=settings.mongo_uri, db=settings.keys_db, alias=KEYS_ALIAS, timeout_ms=settings.mongo_timeout_ms)
    key_writer = GroupWriter(name="case-keys")
    hasher = KeyedHasher(load_or_create_key(settings.receipt_key_file))
    return Runtime(
        settings=settings,
        keyring=GroupCommitKeyRing(KeyFileWrapper(settings.master_key_file), writer=key_writer),
        hasher=hasher,
        directory=OrganizationDirectory.from_file(settings.organizations_file),
        publisher=Publisher(bootstrap=settings.kafka_bootstrap, client_id="pseah-intake",
                            enabled=settings.publish_after_request),
        guard=LookupGuard(window_seconds=settings.lookup_window_seconds,
                          failures_per_window=settings.lookup_failures_per_window,
                          prefix_chars=settings.lookup_prefix_chars,
                          free_failures=settings.lookup_prefix_free_failures,
                          max_lock_seconds=settings.lookup_prefix_max_lock_seconds,
                          hash_prefix=lambda prefix: hasher.digest(prefix, purpose="lookup-prefix")),
        # A new report's case key, receipt index and report in one call, written in that order (report.service.create)
        writer=GroupWriter(name="reports", order=(CaseKey, ReceiptIndex, Report),
                           rounds_in_flight=settings.writer_rounds),
        key_writer=key_writer,
        door=Door(),
    )


def shutdown(runtime: Runtime) -> None:
    runtime.writer.close()
    runtime.key_writer.close()
    runtime.publisher.close()
    mongo.disconnect()
    mongo.disconnect(KEYS_ALIAS)


async def _runtime(request: Request) -> Runtime:
    # async: a plain attribute read, which FastAPI would otherwise hand to its thread pool on every request.
    return request.app.state.runtime


RuntimeDep = Annotated[Runtime, Depends(_runtime)]
