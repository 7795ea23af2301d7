"""A directory of key files sealed with a passphrase: scrypt derives the key, AES-256-GCM seals the files.

Format (one JSON document, so it can be inspected without the passphrase):

    {"format": "pseah-keys-v1", "kdf": {"name": "scrypt", "n": 2**15, "r": 8, "p": 1, "salt": b64},
     "nonce": b64, "ciphertext": b64}

The header (everything but `ciphertext`), as canonical JSON, is the AEAD's associated data, so the KDF
parameters cannot be weakened without the tag failing. The plaintext is JSON {"files": {name: b64}}.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FORMAT = "pseah-keys-v1"
# scrypt cost: about 0.1 s and 32 MB per derivation; a brute-force attacker pays the same per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 12


class BadPassphrase(Exception):
    """The passphrase is wrong or the file was altered (the tag does not verify)."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _derive(passphrase: str, *, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode())


def _aad(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def seal_files(files: dict[str, bytes], passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValueError(f"the passphrase needs at least {MIN_PASSPHRASE} characters")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": FORMAT, "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                                        "salt": _b64(salt)}, "nonce": _b64(nonce)}
    key = _derive(passphrase, salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    plaintext = json.dumps({"files": {name: _b64(raw) for name, raw in sorted(files.items())}}).encode()
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, _aad(header))
    return json.dumps({**header, "ciphertext": _b64(ciphertext)}, indent=1).encode()


def open_files(blob: bytes, passphrase: str) -> dict[str, bytes]:
    doc = json.loads(blob)
    if doc.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} file")
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    kdf = header["kdf"]
    if kdf.get("name") != "scrypt":
        raise ValueError("unknown key derivation")
    key = _derive(passphrase, salt=base64.b64decode(kdf["salt"]), n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
    try:
        plaintext = AESGCM(key).decrypt(base64.b64decode(header["nonce"]), base64.b64decode(doc["ciphertext"]),
                                        _aad(header))
    except InvalidTag:
        raise BadPassphrase("wrong passphrase, or the key file was altered") from None
    return {name: base64.b64decode(raw) for name, raw in json.loads(plaintext)["files"].items()}


def read_dir(path: Path) -> dict[str, bytes]:
    """Every regular file directly in `path` (key files are flat; sub-folders are not key material)."""
    return {p.name: p.read_bytes() for p in sorted(Path(path).iterdir()) if p.is_file()}


def write_file_0600(path: Path, raw: bytes) -> None:
    """Write a secret: created 0600, written under a temporary name, fsync'ed, then renamed."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
