import os
import uuid

import pytest

from pseah.common.settings import CommonSettings


@pytest.fixture(scope="session")
def settings():
    return CommonSettings()


@pytest.fixture
def unique():
    return uuid.uuid4().hex[:10].upper()


@pytest.fixture
def mongo_test_db(settings, unique):
    """A throwaway database on the real FerretDB, dropped after the test."""
    import mongoengine

    from pseah.common import mongo
    from pseah.common.crypto import KEYS_ALIAS

    name = f"pseah_test_{unique.lower()}"
    mongo.connect(uri=settings.mongo_uri, db=name, timeout_ms=3000)
    mongo.connect(uri=settings.mongo_uri, db=name, alias=KEYS_ALIAS, timeout_ms=3000)
    yield name
    mongoengine.get_connection().drop_database(name)
    mongo.disconnect()
    mongo.disconnect(KEYS_ALIAS)
