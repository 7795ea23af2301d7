"""The sealed key-material file: opens only with its passphrase, and its header cannot be weakened."""
import json

import pytest

from pseah.common.ops import sealedfile

FILES = {"master.key": b"\x01" * 32, "receipt.key": b"\x02" * 32, "demo-password": b"not-a-real-one"}
PASSPHRASE = "correct horse battery staple"


def test_round_trip_returns_every_file_byte_for_byte():
    assert sealedfile.open_files(sealedfile.seal_files(FILES, PASSPHRASE), PASSPHRASE) == FILES


def test_no_key_byte_is_readable_in_the_sealed_file():
    blob = sealedfile.seal_files(FILES, PASSPHRASE)
    # Names are inside the ciphertext too: the file says nothing about what it holds.
    assert b"master.key" not in blob and b"not-a-real-one" not in blob


def test_wrong_passphrase_is_refused():
    blob = sealedfile.seal_files(FILES, PASSPHRASE)
    with pytest.raises(sealedfile.BadPassphrase):
        sealedfile.open_files(blob, PASSPHRASE + "!")


def test_weakened_kdf_parameters_fail_the_tag():
    # An attacker who lowers n to make guessing cheap changes the associated data: the tag no longer verifies.
    doc = json.loads(sealedfile.seal_files(FILES, PASSPHRASE))
    doc["kdf"]["n"] = 2**10
    with pytest.raises(sealedfile.BadPassphrase):
        sealedfile.open_files(json.dumps(doc).encode(), PASSPHRASE)


def test_short_passphrase_is_refused():
    with pytest.raises(ValueError):
        sealedfile.seal_files(FILES, "short")


def test_secret_files_are_written_owner_only(tmp_path):
    target = tmp_path / "master.key"
    sealedfile.write_file_0600(target, b"k" * 32)
    assert target.stat().st_mode & 0o777 == 0o600 and target.read_bytes() == b"k" * 32
