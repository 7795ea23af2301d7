"""Receipt-guessing lock-outs shared through the real store: two replicas see the same state."""
import pytest

from pseah.common import mongo
from pseah.intake.ratelimit import GuardEntry, LookupGuard

pytestmark = pytest.mark.integration


class Clock:
    def __init__(self):
        self.now = 999_980.0  # 20 s into a 60 s window

    def __call__(self):
        return self.now


def replica(clock, **kw):
    options = dict(window_seconds=60, failures_per_window=1000, prefix_chars=4, free_failures=2,
                   max_lock_seconds=60, hash_prefix=lambda p: f"h({p})", clock=clock)
    options.update(kw)
    return LookupGuard(**options)


@pytest.fixture
def store(settings):
    mongo.connect(uri=settings.mongo_uri, db=settings.mongo_db, timeout_ms=3000)
    GuardEntry._collection = None  # the collection of this test's database
    yield
    GuardEntry._collection = None
    mongo.disconnect()


def test_a_prefix_locked_on_one_replica_is_locked_on_the_other(store):
    clock = Clock()
    a, b = replica(clock), replica(clock)
    for _ in range(3):
        a.failed("ABCD1234")
    assert b.retry_after("ABCDZZZZ") == 2
    assert b.retry_after("WXYZ1234") == 0  # other prefixes unaffected
    b.failed("ABCD9999")
    assert a.retry_after("ABCD0000") == 4  # the back-off doubles whichever replica saw the failure
    clock.now += 5
    assert a.retry_after("ABCD0000") == 0
    b.succeeded("ABCD5678")
    a.failed("ABCD1111")
    assert a.retry_after("ABCD0000") == 0  # a success cleared the count


def test_the_window_allowance_is_for_everyone_together(store):
    clock = Clock()
    a, b = replica(clock, failures_per_window=4, free_failures=100), replica(clock, failures_per_window=4,
                                                                             free_failures=100)
    for n in range(2):
        a.failed(f"A{n:03d}XXXX")
        b.failed(f"B{n:03d}XXXX")
    assert a.retry_after("ZZZZ0000") == 40  # even an untouched prefix waits: guessing is global
    clock.now += 40
    assert b.retry_after("ZZZZ0000") == 0


def test_prefixes_are_stored_hashed_and_forgotten(store):
    clock = Clock()
    guard = replica(clock)
    guard.failed("QRST1234")
    keys = [e.key for e in GuardEntry.objects]
    assert "prefix:h(QRST)" in keys and not any("QRST1234" in k for k in keys)
    assert guard.forget_older_than(seconds=3600) == 0
    assert guard.forget_older_than(seconds=-1) == 1  # cutoff in the future: everything is old
    assert not [e for e in GuardEntry.objects if e.key.startswith("prefix:")]
