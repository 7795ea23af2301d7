"""Envelope encryption: a data key per case, wrapped by a master key.

Sensitive fields (narrative, contact details, names, attachments) are sealed with the case key at rest
and inside Kafka events. Deleting the case key makes every copy unreadable (crypto-shredding).
The master key is a key file locally; `KeyWrapper` is the seam for a KMS in production.
"""
from __future__ import annotations

import base64
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import mongoengine
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEYS_ALIAS = "pseah-keys"
_PREFIX = "v1."


class KeyUnavailable(Exception):
    """The case key is gone (shredded) or was never created."""


class KeyWrapper(Protocol):
    def wrap(self, data_key: bytes, *, context: str) -> bytes: ...
    def unwrap(self, wrapped: bytes, *, context: str) -> bytes: ...


def _write_private(path: Path, content: bytes, *, replace: bool) -> bool:
    """`content` in a file of mode 0600 that appears whole or not at all: written and fsynced under a private
    temporary name, then renamed over `path` (`replace`) or hard-linked to it, which fails when the name exists
    (False)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}-{os.urandom(4).hex()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)


def create_secret_file(path: Path, content: bytes) -> bool:
    """Write `content` to `path` (mode 0600) unless the file exists; True when this call created it.

    Processes that start together (five services reading the master key) never read a file another one has
    created but not yet written: the race that failed CI with "key file ... is too short".
    """
    return _write_private(path, content, replace=False)


def load_or_create_key(path: Path) -> bytes:
    """A local secret of 32 random bytes, created 0600 on first use; safe when processes start together."""
    path = Path(path)
    if not path.exists():
        create_secret_file(path, AESGCM.generate_key(bit_length=256))
    key = path.read_bytes()
    if len(key) < 32:
        raise ValueError(f"key file {path} is too short")
    return key


def previous_key_path(path: Path) -> Path:
    """Where the master key being rotated out is kept until every case key is re-wrapped (then destroyed)."""
    path = Path(path)
    return path.with_name(path.name + ".previous")


class KeyFileWrapper:
    """AES-256-GCM key wrapping with a master key kept in a local file (created 0600 when missing).

    The file is looked at (one stat) on every call and read again when it changed, so running services follow a
    rotation without a restart. While a rotation runs, `<file>.previous` holds the old key and unwraps what the
    new one cannot yet (see `rotate_master_key`); it is never used to wrap.
    """

    def __init__(self, path: Path):
        self._path = Path(path)
        self._stamp: tuple[int, int] | None = None
        self._aead = AESGCM(load_or_create_key(self._path))
        self._stamp = self._file_stamp()

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self._path.stat()
        except FileNotFoundError:
            return None
        return st.st_ino, st.st_mtime_ns

    def _current(self) -> AESGCM:
        stamp = self._file_stamp()
        if stamp is not None and stamp != self._stamp:
            self._aead, self._stamp = AESGCM(load_or_create_key(self._path)), stamp
        return self._aead

    def wrap(self, data_key: bytes, *, context: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._current().encrypt(nonce, data_key, context.encode())

    def unwrap(self, wrapped: bytes, *, context: str) -> bytes:
        try:
            return self._current().decrypt(wrapped[:12], wrapped[12:], context.encode())
        except InvalidTag:
            previous = previous_key_path(self._path)
            if not previous.exists():
                raise
            return AESGCM(previous.read_bytes()).decrypt(wrapped[:12], wrapped[12:], context.encode())


class CaseKey(mongoengine.Document):
    meta = {"collection": "case_keys", "db_alias": KEYS_ALIAS}
    reference = mongoengine.StringField(primary_key=True)
    wrapped = mongoengine.BinaryField(required=True)
    created_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))


class KeyRing:
    """Per-case data keys in the shared key store (database `pseah_keys`), cached unwrapped in memory.

    A cached key is trusted for `max_age` seconds, then looked up again: a process that never hears of an erasure
    (every service but intake) stops using an erased case's key within that time. Reads shown to people pass
    `fresh=True` and always ask the store, so no one reads a case after its key is gone.
    """

    max_age = 30.0

    def __init__(self, wrapper: KeyWrapper, *, max_age: float | None = None):
        self._wrapper = wrapper
        self._cache: dict[str, bytes] = {}
        self._cached_at: dict[str, float] = {}
        if max_age is not None:
            self.max_age = max_age

    def create(self, reference: str) -> bytes:
        key = AESGCM.generate_key(bit_length=256)
        CaseKey(reference=reference, wrapped=self._wrapper.wrap(key, context=reference)).save(force_insert=True)
        self._cache[reference] = key
        return key

    def prepare(self, reference: str) -> CaseKey:
        """A new case key, usable at once in this process, whose stored copy the caller writes (unsaved document):
        in the same group commit as what it seals, ahead of it. If that write fails, `forget(reference)`."""
        key = AESGCM.generate_key(bit_length=256)
        self._cache[reference] = key
        return CaseKey(reference=reference, wrapped=self._wrapper.wrap(key, context=reference))

    def get(self, reference: str, *, fresh: bool = False) -> bytes:
        key = self._cache.get(reference)
        if key is not None and not fresh:
            # Entries a subclass put in the cache itself count from their first use.
            at = self._cached_at.setdefault(reference, time.monotonic())
            if time.monotonic() - at < self.max_age:
                return key
        doc = CaseKey.objects(reference=reference).first()
        if doc is None:
            self.forget(reference)
            raise KeyUnavailable(reference)
        key = self._wrapper.unwrap(doc.wrapped, context=reference)
        self._cache[reference] = key
        self._cached_at[reference] = time.monotonic()
        return key

    def prefetch(self, references: list[str]) -> None:
        """Bring the keys of many cases (a poll's) into the cache with one read by `_id`; `get` then finds them. Keys
        cached and still fresh are not read again; a case with no key is left for `get` to report."""
        now = time.monotonic()
        missing = sorted({reference for reference in references
                          if reference not in self._cache or now - self._cached_at.get(reference, now) >= self.max_age})
        if not missing:
            return
        for doc in CaseKey.objects(reference__in=missing):
            self._cache[doc.reference] = self._wrapper.unwrap(doc.wrapped, context=doc.reference)
            self._cached_at[doc.reference] = time.monotonic()

    def forget(self, reference: str) -> None:
        """Drop this process's copy of a case key (the store's copy is untouched)."""
        self._cache.pop(reference, None)
        self._cached_at.pop(reference, None)

    def shred(self, reference: str) -> None:
        """Destroy a case key: every value sealed under it, wherever it was copied, can no longer be opened.

        The stored wrapped key is overwritten with random bytes before it is deleted, so a store that keeps a
        deleted record's bytes for a while (free pages, journals) keeps those instead. Idempotent."""
        self.forget(reference)
        CaseKey.objects(reference=reference).update_one(set__wrapped=os.urandom(60))
        CaseKey.objects(reference=reference).delete()

    def seal(self, reference: str, plaintext: str | bytes | None) -> str | None:
        return None if plaintext is None else seal(self.get(reference), plaintext, context=reference)

    def open(self, reference: str, token: str | None, *, fresh: bool = False) -> str | None:
        if token is None:
            return None
        key = self.get(reference, fresh=True) if fresh else self.get(reference)
        return open_sealed(key, token, context=reference).decode()


def seal(key: bytes, plaintext: str | bytes, *, context: str) -> str:
    raw = plaintext.encode() if isinstance(plaintext, str) else plaintext
    nonce = os.urandom(12)
    return _PREFIX + base64.urlsafe_b64encode(nonce + AESGCM(key).encrypt(nonce, raw, context.encode())).decode()


def open_sealed(key: bytes, token: str, *, context: str) -> bytes:
    if not token.startswith(_PREFIX):
        raise ValueError("not a sealed value")
    blob = base64.urlsafe_b64decode(token[len(_PREFIX):])
    return AESGCM(key).decrypt(blob[:12], blob[12:], context.encode())


@dataclass
class RotationReport:
    rewrapped: int = 0
    already_new: int = 0
    unreadable: list[str] = field(default_factory=list)  # references no key could open (left untouched)


def _destroy(path: Path) -> None:
    """Overwrite a key file with zeros, flush it to disk, then unlink it (best a file system allows)."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.write(b"\0" * size)
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def rotate_master_key(path: Path, collection, *, batch: int = 500) -> RotationReport:
    """Re-wrap every case key under a new master key; no sealed value is touched; the old key is destroyed.

    `collection` is the pymongo collection of case keys (pseah_keys.case_keys). Steps, each safe to run again:
    1. the old key is copied to `<file>.previous` (kept if a rotation was interrupted), a new key replaces
       `<file>` atomically: running services now wrap new case keys with it and unwrap old ones with .previous;
    2. every case key that the new key cannot open is opened with the old one and written back wrapped with the
       new one (compare-and-set on the old bytes, so a concurrent change is never overwritten);
    3. a second pass checks that every case key opens with the new key (re-wrapping stragglers);
    4. only then is the old key destroyed. If any case key opens with neither, the old key is kept and the
       report lists those references; nothing is destroyed.
    """
    path = Path(path)
    previous = previous_key_path(path)
    if not previous.exists():
        _write_secret(previous, load_or_create_key(path))
    if not path.exists() or path.read_bytes() == previous.read_bytes():
        # Not yet replaced (also after a crash between keeping the old key and writing the new one).
        _write_secret(path, AESGCM.generate_key(bit_length=256))
    old_aead, new_aead = AESGCM(previous.read_bytes()), AESGCM(load_or_create_key(path))
    report = RotationReport()
    for attempt in range(2):
        report.unreadable.clear()
        for doc in collection.find({}, {"wrapped": True}, batch_size=batch):
            reference, wrapped = doc["_id"], bytes(doc["wrapped"])
            try:
                new_aead.decrypt(wrapped[:12], wrapped[12:], reference.encode())
                if attempt == 0:
                    report.already_new += 1
                continue
            except InvalidTag:
                pass
            try:
                data_key = old_aead.decrypt(wrapped[:12], wrapped[12:], reference.encode())
            except InvalidTag:
                report.unreadable.append(reference)
                continue
            nonce = os.urandom(12)
            rewrapped = nonce + new_aead.encrypt(nonce, data_key, reference.encode())
            if collection.update_one({"_id": reference, "wrapped": doc["wrapped"]},
                                     {"$set": {"wrapped": rewrapped}}).modified_count:
                report.rewrapped += 1
    if not report.unreadable:
        _destroy(previous)
    return report


def _write_secret(path: Path, raw: bytes) -> None:
    # A crash leaves either the old file or the new one, never half of one.
    _write_private(path, raw, replace=True)
