"""Envelope encryption: a data key per case, wrapped by a master key.

Sensitive fields (narrative, contact details, names, attachments) are sealed with the case key at rest
and inside Kafka events. Deleting the case key makes every copy unreadable (crypto-shredding).
The master key is a key file locally; `KeyWrapper` is the seam for a KMS in production.
"""
from __future__ import annotations

import base64
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import mongoengine
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEYS_ALIAS = "pseah-keys"
_PREFIX = "v1."


class KeyUnavailable(Exception):
    """The case key is gone (shredded) or was never created."""


class KeyWrapper(Protocol):
    def wrap(self, data_key: bytes, *, context: str) -> bytes: ...
    def unwrap(self, wrapped: bytes, *, context: str) -> bytes: ...


def load_or_create_key(path: Path) -> bytes:
    """A local secret of 32 random bytes, created 0600 on first use; safe when processes start together."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it a moment ago
            return path.read_bytes()
        with os.fdopen(fd, "wb") as fh:
            fh.write(AESGCM.generate_key(bit_length=256))
    key = path.read_bytes()
    if len(key) < 32:
        raise ValueError(f"key file {path} is too short")
    return key


class KeyFileWrapper:
    """AES-256-GCM key wrapping with a master key kept in a local file (created 0600 when missing)."""

    def __init__(self, path: Path):
        self._aead = AESGCM(load_or_create_key(path))

    def wrap(self, data_key: bytes, *, context: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, data_key, context.encode())

    def unwrap(self, wrapped: bytes, *, context: str) -> bytes:
        return self._aead.decrypt(wrapped[:12], wrapped[12:], context.encode())


class CaseKey(mongoengine.Document):
    meta = {"collection": "case_keys", "db_alias": KEYS_ALIAS}
    reference = mongoengine.StringField(primary_key=True)
    wrapped = mongoengine.BinaryField(required=True)
    created_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))


class KeyRing:
    """Per-case data keys in the shared key store (database `pseah_keys`), cached unwrapped in memory."""

    def __init__(self, wrapper: KeyWrapper):
        self._wrapper = wrapper
        self._cache: dict[str, bytes] = {}

    def create(self, reference: str) -> bytes:
        key = AESGCM.generate_key(bit_length=256)
        CaseKey(reference=reference, wrapped=self._wrapper.wrap(key, context=reference)).save(force_insert=True)
        self._cache[reference] = key
        return key

    def get(self, reference: str) -> bytes:
        if reference in self._cache:
            return self._cache[reference]
        doc = CaseKey.objects(reference=reference).first()
        if doc is None:
            raise KeyUnavailable(reference)
        key = self._wrapper.unwrap(doc.wrapped, context=reference)
        self._cache[reference] = key
        return key

    def shred(self, reference: str) -> None:
        self._cache.pop(reference, None)
        CaseKey.objects(reference=reference).delete()

    def seal(self, reference: str, plaintext: str | bytes | None) -> str | None:
        return None if plaintext is None else seal(self.get(reference), plaintext, context=reference)

    def open(self, reference: str, token: str | None) -> str | None:
        return None if token is None else open_sealed(self.get(reference), token, context=reference).decode()


def seal(key: bytes, plaintext: str | bytes, *, context: str) -> str:
    raw = plaintext.encode() if isinstance(plaintext, str) else plaintext
    nonce = os.urandom(12)
    return _PREFIX + base64.urlsafe_b64encode(nonce + AESGCM(key).encrypt(nonce, raw, context.encode())).decode()


def open_sealed(key: bytes, token: str, *, context: str) -> bytes:
    if not token.startswith(_PREFIX):
        raise ValueError("not a sealed value")
    blob = base64.urlsafe_b64decode(token[len(_PREFIX):])
    return AESGCM(key).decrypt(blob[:12], blob[12:], context.encode())
