"""Signed checkpoints of the Merkle tree (signed tree heads, as in RFC 6962/9162); pure apart from reading a key file.

A checkpoint says: the log called `origin` had `tree_size` entries with Merkle root `root_hash` at `time`, and the
checkpoint before it was the one whose digest is `previous.digest` (null for the first). It is signed with Ed25519
by a key the store never holds (a file locally, a mounted Secret in a cluster), and leaves the store: published on
a compacted Kafka topic. Whoever rewrites the store must then also forge a signature, or go unseen by every copy.

    body      = {"origin", "tree_size", "root_hash" (hex), "time" (UTC, ...Z), "previous": {"tree_size", "digest"} | null}
    signed    = canonical JSON of the body (keys sorted, no whitespace, UTF-8), the same as the entries'
    digest    = SHA-256(signed), hex: what the next checkpoint names as its previous
    signature = Ed25519(signed), base64; key_id = SHA-256 of the raw 32-byte public key, hex, first 16 characters

A record (the Kafka event's data, the store's copy, a line of an export) is the body plus "signature", "key_id"
and "algorithm": "Ed25519".
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pseah.audit.chain.ledger import canonical_json
from pseah.common.crypto import create_secret_file

ALGORITHM = "Ed25519"
BODY_FIELDS = ("origin", "tree_size", "root_hash", "time", "previous")


class SigningKeyError(Exception):
    """The signing or public key cannot be read (missing file, not an Ed25519 PEM)."""


def generate_key_file(path: Path) -> bool:
    """Write a new Ed25519 private key (PKCS#8 PEM, mode 0600) unless the file exists; True when written."""
    if path.exists() and path.stat().st_size > 0:
        return False
    pem = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())
    # Two starts racing never overwrite each other's key, nor read a half-written one (the first one wins).
    return create_secret_file(path, pem)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningKeyError(f"cannot read the audit signing key {path} ({type(exc).__name__})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{path} is not an Ed25519 private key")
    return key


def load_public_key(pem: bytes | str) -> Ed25519PublicKey:
    raw = pem.encode() if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_public_key(raw)
    except (ValueError, TypeError) as exc:
        raise SigningKeyError(f"not a PEM public key ({type(exc).__name__})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningKeyError("not an Ed25519 public key")
    return key


def public_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def body_of(record: Mapping[str, Any]) -> dict[str, Any]:
    return {name: record.get(name) for name in BODY_FIELDS}


def digest(record: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(body_of(record))).hexdigest()


def sign(key: Ed25519PrivateKey, *, origin: str, tree_size: int, root_hash: str, time: str,
         previous: Mapping[str, Any] | None) -> dict[str, Any]:
    body = {"origin": origin, "tree_size": tree_size, "root_hash": root_hash, "time": time,
            "previous": {"tree_size": previous["tree_size"], "digest": digest(previous)} if previous else None}
    signature = key.sign(canonical_json(body))
    return {**body, "signature": base64.b64encode(signature).decode(), "key_id": key_id(key.public_key()),
            "algorithm": ALGORITHM}


def signature_valid(key: Ed25519PublicKey, record: Mapping[str, Any]) -> bool:
    if record.get("algorithm") != ALGORITHM or not isinstance(record.get("signature"), str):
        return False
    try:
        key.verify(base64.b64decode(record["signature"], validate=True), canonical_json(body_of(record)))
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass
class Checked:
    """Checkpoints of one origin, each signature checked, ordered by size; or the first problem found."""

    checkpoints: list[dict[str, Any]]
    problem: str | None = None

    @property
    def latest(self) -> dict[str, Any] | None:
        return self.checkpoints[-1] if self.checkpoints else None


def check_checkpoints(records: Iterable[Mapping[str, Any]], *, key: Ed25519PublicKey, origin: str) -> Checked:
    """Every record of `origin` must carry a valid signature; one size, one root; each names its predecessor.

    Records of other origins (other logs on the same topic) are left out. A forged or altered checkpoint, two
    checkpoints of one size with different roots (a fork), or a broken `previous` link is a problem: the log's
    history as published is not one line.
    """
    by_size: dict[int, dict[str, Any]] = {}
    for record in records:
        if record.get("origin") != origin:
            continue
        size = record.get("tree_size")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            return Checked([], f"a checkpoint of {origin} has no valid tree size")
        if not signature_valid(key, record):
            return Checked([], f"the checkpoint of size {size} is not signed by the audit key {key_id(key)}")
        known = by_size.get(size)
        if known is not None and known["root_hash"] != record["root_hash"]:
            return Checked([], f"two signed checkpoints of size {size} with different roots (the log forked)")
        by_size.setdefault(size, dict(record))
    ordered = [by_size[size] for size in sorted(by_size)]
    digests = {digest(c): c for c in ordered}
    for checkpoint in ordered:
        previous = checkpoint.get("previous")
        if previous is None:
            continue
        named = digests.get(previous.get("digest"))
        if named is not None and named["tree_size"] != previous.get("tree_size"):
            return Checked(ordered, f"the checkpoint of size {checkpoint['tree_size']} names a previous "
                                    "checkpoint of another size")
        if named is None and previous.get("tree_size") in by_size:
            return Checked(ordered, f"the checkpoint of size {checkpoint['tree_size']} does not follow the "
                                    f"signed checkpoint of size {previous.get('tree_size')}")
    return Checked(ordered)
