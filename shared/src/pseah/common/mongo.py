"""mongoengine connections. Only what both FerretDB 1.24 and MongoDB support (docs/CONVENTIONS.md)."""
from __future__ import annotations

import mongoengine
from pymongo.errors import PyMongoError

from pseah.common import querylog

DEFAULT_ALIAS = "default"


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
