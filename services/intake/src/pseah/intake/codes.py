"""Case references, receipt codes and the keyed hash under which receipts are stored.

Both use Crockford base32 (no I, L, O, U) so people can read them out on a phone line; the receipt
is 128 random bits shown once and only its HMAC is stored, so the database alone cannot reveal or
test receipts without the key file.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_PREFIX = "PSEAH-"
REFERENCE_CHARS = 8
RECEIPT_CHARS = 26  # 26 x 5 bits = 130 >= 128 bits of entropy

# Crockford decoding is forgiving of the letters people confuse with digits.
_CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0"})


def _random_base32(chars: int) -> str:
    # One read of the system's randomness for the whole code, five bits a character (32 letters: uniform), not one
    # read a character: a report draws two codes, and each read releases the GIL to a busy request pool.
    bits = secrets.randbits(5 * chars)
    return "".join(ALPHABET[(bits >> (5 * place)) & 31] for place in range(chars))


def new_reference() -> str:
    return REFERENCE_PREFIX + _random_base32(REFERENCE_CHARS)


def new_receipt() -> str:
    return _random_base32(RECEIPT_CHARS)


def normalize_receipt(raw: str) -> str | None:
    """Canonical form of a receipt as typed (case, dashes, spaces, I/L/O), or None if it cannot be one."""
    text = raw.upper().replace("-", "").replace(" ", "").translate(_CONFUSABLE)
    if len(text) != RECEIPT_CHARS or any(c not in ALPHABET for c in text):
        return None
    return text


def format_receipt(receipt: str) -> str:
    """Groups of 5 or fewer for reading aloud; normalize_receipt accepts either form."""
    return "-".join(receipt[i:i + 5] for i in range(0, len(receipt), 5))



class KeyedHasher:
    """HMAC-SHA256 under a local secret: receipts (and channel sender ids) are stored only this way."""

    def __init__(self, key: bytes):
        self._key = key

    def digest(self, value: str, *, purpose: str) -> str:
        # The purpose keeps a receipt hash from ever equalling a sender-id hash of the same text.
        return hmac.new(self._key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def receipt(self, receipt: str) -> str:
        return self.digest(receipt, purpose="receipt")
