"""mongoengine connections. Only what both FerretDB 1.24 and MongoDB support (docs/CONVENTIONS.md)."""
from __future__ import annotations

from collections.abc import Sequence

import mongoengine
from pymongo.errors import PyMongoError
from pymongo.results import BulkWriteResult

from pseah.common import querylog

DEFAULT_ALIAS = "default"
# Statements in one write command. FerretDB 1.24 keeps each statement's read open until the whole command ends, one
# pooled SQLite connection each (100 per database): an update command of about 100 statements that match hangs for
# good, and with it every other command on that database (measured: 80 pass in 0.05 s, 100 never return).
WRITE_CHUNK = 50


def connect(*, uri: str, db: str, alias: str = DEFAULT_ALIAS, timeout_ms: int = 5000):
    """Register a mongoengine connection; the client connects lazily, so start-up never blocks."""
    return mongoengine.connect(
        db=db, host=uri, alias=alias, uuidRepresentation="standard", tz_aware=True,
        serverSelectionTimeoutMS=timeout_ms, connectTimeoutMS=timeout_ms, retryWrites=False,
        event_listeners=querylog.listeners(service=db),
    )


def disconnect(alias: str = DEFAULT_ALIAS) -> None:
    mongoengine.disconnect(alias=alias)


def ping(alias: str = DEFAULT_ALIAS) -> bool:
    try:
        mongoengine.get_connection(alias).admin.command("ping")
        return True
    except (PyMongoError, mongoengine.connection.ConnectionFailure):
        return False


def bulk_write(collection, requests: Sequence, *, ordered: bool = True) -> BulkWriteResult | None:
    """`collection.bulk_write(requests)` in commands of at most WRITE_CHUNK statements, in order; an ordered write
    stops at the first command that fails (the error propagates), as one ordered command would. Returns the last
    command's result (None for no requests); callers that need totals count them themselves."""
    result = None
    for start in range(0, len(requests), WRITE_CHUNK):
        result = collection.bulk_write(list(requests[start:start + WRITE_CHUNK]), ordered=ordered)
    return result
