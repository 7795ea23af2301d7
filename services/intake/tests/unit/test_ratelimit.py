from pseah.intake.ratelimit import LookupGuard


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def guard(clock, **kw):
    options = dict(burst=5, refill_per_second=1.0, prefix_chars=4, free_failures=2, max_lock_seconds=60)
    options.update(kw)
    return LookupGuard(clock=clock, **options)


def test_global_bucket_empties_on_failures_and_refills():
    clock = Clock()
    g = guard(clock, free_failures=100)
    for i in range(5):
        assert g.retry_after(f"{i:04d}XXXX") == 0
        g.failed(f"{i:04d}XXXX")
    assert g.retry_after("ZZZZ0000") >= 1  # even an untouched prefix waits: guessing is global
    clock.now += 2
    assert g.retry_after("ZZZZ0000") == 0


def test_prefix_backoff_grows_exponentially_and_caps():
    clock = Clock()
    g = guard(clock, burst=1000)
    waits = []
    for _ in range(10):
        g.failed("ABCD1234")
        waits.append(g.retry_after("ABCDZZZZ"))
    assert waits[:2] == [0, 0]
    assert waits[2:6] == [2, 4, 8, 16]
    assert max(waits) == 60
    assert g.retry_after("WXYZ1234") == 0  # other prefixes unaffected


def test_success_clears_the_prefix():
    clock = Clock()
    g = guard(clock, burst=1000)
    for _ in range(4):
        g.failed("ABCD1234")
    assert g.retry_after("ABCD") > 0
    g.succeeded("ABCD5678")
    assert g.retry_after("ABCD") == 0


def test_memory_is_bounded():
    g = guard(Clock(), burst=10**6, max_prefixes=10)
    for i in range(100):
        g.failed(f"{i:04d}")
    assert len(g._prefixes) == 10
