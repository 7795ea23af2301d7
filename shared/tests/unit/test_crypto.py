import multiprocessing
import os

import pytest
from cryptography.exceptions import InvalidTag
from hypothesis import given, strategies as st

from pseah.common import crypto
from pseah.common.crypto import KeyFileWrapper, create_secret_file, load_or_create_key, open_sealed, seal

KEY = bytes(range(32))


@given(st.text())
def test_seal_then_open_returns_the_text(text):
    assert open_sealed(KEY, seal(KEY, text, context="PSEAH-1"), context="PSEAH-1").decode() == text


def test_sealed_value_does_not_contain_the_plaintext():
    token = seal(KEY, "dipaksa oleh relawan", context="PSEAH-1")
    assert "relawan" not in token and token.startswith("v1.")


def test_a_value_sealed_for_one_case_cannot_be_opened_as_another():
    token = seal(KEY, "secret", context="PSEAH-1")
    with pytest.raises(InvalidTag):
        open_sealed(KEY, token, context="PSEAH-2")


def test_a_different_key_cannot_open():
    with pytest.raises(InvalidTag):
        open_sealed(bytes(32), seal(KEY, "secret", context="c"), context="c")


def test_key_file_is_created_private_and_wraps(tmp_path):
    path = tmp_path / "secrets" / "master.key"
    wrapper = KeyFileWrapper(path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    wrapped = wrapper.wrap(KEY, context="PSEAH-9")
    assert KEY not in wrapped
    assert KeyFileWrapper(path).unwrap(wrapped, context="PSEAH-9") == KEY
    with pytest.raises(InvalidTag):
        wrapper.unwrap(wrapped, context="PSEAH-8")


def test_a_secret_file_is_never_visible_before_it_is_whole(tmp_path, monkeypatch):
    # CI failed once with "key file ... is too short": a service read the master key that another service starting
    # at the same moment had created but not yet written. The name must appear only once the bytes are on disk.
    path = tmp_path / "secrets" / "master.key"
    seen_at_fsync = []
    real_fsync = os.fsync

    def fsync(fd):
        seen_at_fsync.append(path.exists())
        real_fsync(fd)

    monkeypatch.setattr(crypto.os, "fsync", fsync)
    assert create_secret_file(path, b"k" * 32)
    assert seen_at_fsync == [False]
    assert path.read_bytes() == b"k" * 32 and oct(path.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in path.parent.iterdir()) == ["master.key"]


def test_the_first_creator_of_a_secret_file_wins(tmp_path):
    path = tmp_path / "master.key"
    assert create_secret_file(path, b"a" * 32)
    assert not create_secret_file(path, b"b" * 32)
    assert path.read_bytes() == b"a" * 32
    assert [p.name for p in tmp_path.iterdir()] == ["master.key"]


def _read_key_when_released(barrier, path, results):
    barrier.wait()
    try:
        results.put(load_or_create_key(path))
    except Exception as exc:  # reported to the test, which fails on it
        results.put(repr(exc))


def test_services_starting_together_all_read_the_same_whole_master_key(tmp_path):
    context = multiprocessing.get_context("fork")
    for attempt in range(5):
        path = tmp_path / f"run-{attempt}" / "master.key"
        barrier, results = context.Barrier(6), context.Queue()
        workers = [context.Process(target=_read_key_when_released, args=(barrier, path, results)) for _ in range(6)]
        for worker in workers:
            worker.start()
        keys = [results.get(timeout=30) for _ in workers]
        for worker in workers:
            worker.join(timeout=30)
        assert all(isinstance(key, bytes) and len(key) == 32 for key in keys), keys
        assert len(set(keys)) == 1 and path.read_bytes() == keys[0]


class _Keys:
    """CaseKey.objects over a dict, counting look-ups (what the key store would answer)."""

    def __init__(self):
        self.docs: dict[str, bytes] = {}
        self.lookups = 0
        self.writes: list[tuple[str, str]] = []

    def __call__(self, reference):
        keys = self

        class _Query:
            def first(self):
                keys.lookups += 1
                wrapped = keys.docs.get(reference)
                return None if wrapped is None else type("Doc", (), {"wrapped": wrapped})()

            def update_one(self, **changes):
                keys.writes.append(("overwrite", reference))
                if reference in keys.docs:
                    keys.docs[reference] = changes["set__wrapped"]

            def delete(self):
                keys.writes.append(("delete", reference))
                keys.docs.pop(reference, None)

        return _Query()


@pytest.fixture
def ring(tmp_path, monkeypatch):
    from pseah.common import crypto

    keys = _Keys()
    monkeypatch.setattr(crypto, "CaseKey", type("CaseKey", (), {"objects": keys}))
    wrapper = KeyFileWrapper(tmp_path / "master.key")
    ring = crypto.KeyRing(wrapper, max_age=60)
    clock = [1000.0]
    monkeypatch.setattr(crypto.time, "monotonic", lambda: clock[0])

    def store_key(reference):
        key = bytes(range(32))
        keys.docs[reference] = wrapper.wrap(key, context=reference)
        return key

    return ring, keys, clock, store_key


def test_a_cached_case_key_is_trusted_for_max_age_then_looked_up_again(ring):
    from pseah.common.crypto import KeyUnavailable

    keyring, keys, clock, store_key = ring
    store_key("PSEAH-C1")
    token = seal(bytes(range(32)), "narasi", context="PSEAH-C1")
    assert keyring.open("PSEAH-C1", token) == "narasi" and keys.lookups == 1
    clock[0] += 59
    assert keyring.open("PSEAH-C1", token) == "narasi" and keys.lookups == 1  # cached
    del keys.docs["PSEAH-C1"]  # erased by another process
    clock[0] += 2
    with pytest.raises(KeyUnavailable):
        keyring.open("PSEAH-C1", token)


def test_a_fresh_read_always_asks_the_key_store(ring):
    from pseah.common.crypto import KeyUnavailable

    keyring, keys, _clock, store_key = ring
    store_key("PSEAH-C2")
    token = seal(bytes(range(32)), "narasi", context="PSEAH-C2")
    assert keyring.open("PSEAH-C2", token) == "narasi"
    del keys.docs["PSEAH-C2"]
    assert keyring.open("PSEAH-C2", token) == "narasi"  # this process's copy, within max_age
    with pytest.raises(KeyUnavailable):
        keyring.open("PSEAH-C2", token, fresh=True)
    with pytest.raises(KeyUnavailable):  # and the copy is dropped with it
        keyring.open("PSEAH-C2", token)


def test_shred_overwrites_the_stored_key_before_deleting_it_and_forgets_the_copy(ring):
    from pseah.common.crypto import KeyUnavailable

    keyring, keys, _clock, store_key = ring
    store_key("PSEAH-C3")
    keyring.get("PSEAH-C3")
    keyring.shred("PSEAH-C3")
    assert keys.writes == [("overwrite", "PSEAH-C3"), ("delete", "PSEAH-C3")]
    assert "PSEAH-C3" not in keys.docs
    with pytest.raises(KeyUnavailable):
        keyring.get("PSEAH-C3")
    keyring.shred("PSEAH-C3")  # idempotent
