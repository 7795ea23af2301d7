"""Master-key rotation on the real FerretDB: case keys re-wrapped, sealed values untouched, old key destroyed."""
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pseah.common.crypto import CaseKey, KeyFileWrapper, KeyRing, previous_key_path, rotate_master_key

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def fresh_collection():
    # A Document caches the collection of the first database it saw; each test has its own.
    CaseKey._collection = None
    yield
    CaseKey._collection = None


def test_rotation_rewraps_case_keys_and_destroys_the_old_master_key(mongo_test_db, tmp_path, unique):
    master = tmp_path / "master.key"
    running = KeyRing(KeyFileWrapper(master))  # stands for a service that stays up through the rotation
    references = [f"PSEAH-R{unique[:6]}{n}" for n in range(3)]
    for ref in references:
        running.create(ref)
    sealed = {ref: running.seal(ref, f"fictional narrative {ref}") for ref in references}
    old_key = master.read_bytes()
    collection = CaseKey._get_collection()
    wrapped_before = {d["_id"]: bytes(d["wrapped"]) for d in collection.find()}
    assert KeyRing(KeyFileWrapper(master)).open(references[0], sealed[references[0]]) == f"fictional narrative {references[0]}"

    report = rotate_master_key(master, collection)

    assert report.rewrapped == 3 and report.unreadable == []
    assert master.read_bytes() != old_key
    assert not previous_key_path(master).exists()  # the old key is gone from disk
    wrapped_after = {d["_id"]: bytes(d["wrapped"]) for d in collection.find()}
    assert all(wrapped_after[r] != wrapped_before[r] for r in references)
    # The old key cannot open any re-wrapped case key any more.
    for ref in references:
        with pytest.raises(InvalidTag):
            AESGCM(old_key).decrypt(wrapped_after[ref][:12], wrapped_after[ref][12:], ref.encode())
    # A fresh process with only the new key opens every value sealed before (nothing was re-encrypted).
    fresh = KeyRing(KeyFileWrapper(master))
    for ref in references:
        assert fresh.open(ref, sealed[ref]) == f"fictional narrative {ref}"
    # A service that was running follows the new key file by itself: a case it creates now is wrapped with it.
    late = f"PSEAH-L{unique[:7]}"
    running.create(late)
    doc = collection.find_one({"_id": late})
    AESGCM(master.read_bytes()).decrypt(bytes(doc["wrapped"])[:12], bytes(doc["wrapped"])[12:], late.encode())


def test_interrupted_rotation_resumes_and_running_services_read_both_keys(mongo_test_db, tmp_path, unique):
    master = tmp_path / "master.key"
    ring = KeyRing(KeyFileWrapper(master))
    reference = f"PSEAH-I{unique[:7]}"
    ring.create(reference)
    token = ring.seal(reference, "fictional")
    old_key = master.read_bytes()
    # An interruption right after step 1: new key in place, old key kept as .previous, nothing re-wrapped yet.
    previous_key_path(master).write_bytes(old_key)
    master.write_bytes(AESGCM.generate_key(bit_length=256))
    # Meanwhile a service that has not cached the data key still opens the case, through the previous key.
    assert KeyRing(KeyFileWrapper(master)).open(reference, token) == "fictional"

    report = rotate_master_key(master, CaseKey._get_collection())  # run again: it resumes

    assert report.rewrapped == 1 and not previous_key_path(master).exists()
    assert KeyRing(KeyFileWrapper(master)).open(reference, token) == "fictional"


def test_a_case_key_no_key_opens_keeps_the_old_key(mongo_test_db, tmp_path, unique):
    master = tmp_path / "master.key"
    KeyRing(KeyFileWrapper(master)).create(f"PSEAH-G{unique[:7]}")
    stranger = f"PSEAH-S{unique[:7]}"
    CaseKey(reference=stranger, wrapped=b"\0" * 60).save(force_insert=True)  # wrapped by a key long lost

    report = rotate_master_key(master, CaseKey._get_collection())

    # Destroying the old key now could lose data that only it opens: it stays until someone looks.
    assert report.unreadable == [stranger] and previous_key_path(master).exists()


def test_a_crash_before_the_new_key_was_written_still_rotates(mongo_test_db, tmp_path, unique):
    master = tmp_path / "master.key"
    ring = KeyRing(KeyFileWrapper(master))
    reference = f"PSEAH-C{unique[:7]}"
    ring.create(reference)
    token = ring.seal(reference, "fictional")
    old_key = master.read_bytes()
    previous_key_path(master).write_bytes(old_key)  # step 1 half done: old key kept, no new key yet

    report = rotate_master_key(master, CaseKey._get_collection())

    assert master.read_bytes() != old_key and report.rewrapped == 1  # a real rotation, not a no-op
    assert KeyRing(KeyFileWrapper(master)).open(reference, token) == "fictional"
