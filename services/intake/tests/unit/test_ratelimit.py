"""The lock-out policy as pure functions; the shared state is tested against the real store (integration)."""
from hypothesis import given
from hypothesis import strategies as st

from pseah.intake.ratelimit import prefix_lock_seconds, window_wait


def test_prefix_backoff_grows_exponentially_and_caps():
    waits = [prefix_lock_seconds(n, free_failures=2, max_lock_seconds=60) for n in range(1, 11)]
    assert waits[:2] == [0, 0]
    assert waits[2:6] == [2, 4, 8, 16]
    assert max(waits) == 60


@given(st.integers(min_value=0, max_value=10**9))
def test_lock_is_never_negative_nor_beyond_the_cap(failures):
    lock = prefix_lock_seconds(failures, free_failures=3, max_lock_seconds=900)
    assert 0 <= lock <= 900


def test_window_allowance_then_wait_until_the_next_window():
    assert window_wait(119, allowance=120, now=1000.0, window_seconds=60) == 0
    assert window_wait(120, allowance=120, now=1000.0, window_seconds=60) == 20.0  # 1000 is 40 s into its window


@given(st.floats(min_value=0, max_value=1e10), st.integers(min_value=1, max_value=3600))
def test_a_spent_window_waits_at_most_one_window(now, window):
    wait = window_wait(10, allowance=5, now=now, window_seconds=window)
    assert 0 < wait <= window
