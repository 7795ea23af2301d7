"""Support for the integration tests of every service (never imported by a service): a database of a test's own on
the real store."""
from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import mongoengine
import pymongo

from pseah.common import mongo
from pseah.common.settings import CommonSettings


@contextlib.contextmanager
def scratch_store(*models: type[mongoengine.Document], prefix: str,
                  query_log: Path | None = None) -> Iterator[CommonSettings]:
    """Connect mongoengine to a new database `<prefix>_<random>` (with the unkeyed-query log of pseah.common.querylog
    written to `query_log` when given), bind `models` to it, and drop it afterwards."""
    settings = CommonSettings()
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    before = os.environ.get("PSEAH_MONGO_QUERY_LOG")
    if query_log is not None:
        os.environ["PSEAH_MONGO_QUERY_LOG"] = str(query_log)  # read by mongo.connect's listeners
    mongo.connect(uri=settings.mongo_uri, db=name)
    for model in models:
        model._collection = None  # another test module may have bound the class to its own database
    try:
        yield settings
    finally:
        for model in models:
            model._collection = None
        mongoengine.disconnect()
        if before is None:
            os.environ.pop("PSEAH_MONGO_QUERY_LOG", None)
        else:
            os.environ["PSEAH_MONGO_QUERY_LOG"] = before
        with pymongo.MongoClient(settings.mongo_uri) as client:
            client.drop_database(name)
