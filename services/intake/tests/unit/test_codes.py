import os
import stat

from pseah.common.crypto import load_or_create_key
from pseah.intake import codes


def test_reference_format():
    ref = codes.new_reference()
    assert ref.startswith("PSEAH-") and len(ref) == 14
    assert all(c in codes.ALPHABET for c in ref[6:])


def test_receipts_are_long_random_and_crockford():
    receipts = {codes.new_receipt() for _ in range(2000)}
    assert len(receipts) == 2000
    for r in list(receipts)[:50]:
        assert len(r) == 26 and set(r) <= set(codes.ALPHABET)
    # Every position takes every letter (a letter missed at one position of 2,000 draws: ~e^-63): no constant
    # prefix eating entropy, no letter the five-bit slicing cannot reach.
    assert all(len({r[i] for r in receipts}) == 32 for i in range(26))


def test_references_use_every_letter_at_every_position():
    references = {codes.new_reference()[6:] for _ in range(2000)}
    assert len(references) == 2000
    assert all(len({r[i] for r in references}) == 32 for i in range(8))


def test_normalize_accepts_how_people_type_it():
    r = codes.new_receipt()
    assert codes.normalize_receipt(r) == r
    assert codes.normalize_receipt(codes.format_receipt(r).lower()) == r
    assert codes.normalize_receipt("O" + r[1:]) == "0" + r[1:]
    assert codes.normalize_receipt("i" + r[1:]) == "1" + r[1:]
    assert codes.normalize_receipt(r[:-1]) is None
    assert codes.normalize_receipt(r[:-1] + "U") is None
    assert codes.normalize_receipt("$gt") is None


def test_hasher_is_keyed_and_separates_purposes():
    a = codes.KeyedHasher(b"a" * 32)
    b = codes.KeyedHasher(b"b" * 32)
    r = codes.new_receipt()
    assert a.receipt(r) == a.receipt(r)
    assert a.receipt(r) != b.receipt(r)
    assert r not in a.receipt(r)
    assert a.digest(r, purpose="receipt") != a.digest(r, purpose="sender")


def test_receipt_key_file_created_private_and_reused(tmp_path):
    path = tmp_path / "secrets" / "receipt.key"
    key = load_or_create_key(path)
    assert len(key) == 32
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_or_create_key(path) == key
