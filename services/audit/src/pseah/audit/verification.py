"""Verifying the live log against the checkpoints outside the store, proving a case's entries, and export bundles.

Shared by `pseah audit ...` (cli.py) and the read API (api/entries.py); the pure checks are in pseah.audit.chain.

A bundle (`pseah audit export --since --until -o FILE`) is a JSON-lines file anyone can check offline with
`pseah audit verify --bundle FILE` (nothing else running) or with any SHA-256 and Ed25519 implementation:

    {"kind": "bundle", "format": "pseah-audit-bundle/1", "origin", "first_seq", "last_seq", "since", "until",
     "public_key" (PEM), "key_id", "exported_at"}
    {"kind": "checkpoint", ...signed record...}             every signed checkpoint from the slice to the anchor
    {"kind": "proof", "type": "prefix", "size": a-1, "nodes": [hex]}      the compact range before the slice
    {"kind": "proof", "type": "consistency", "first", "second", "path": [hex]}   between consecutive checkpoints,
                                                           and from the slice's end to the anchor checkpoint
    {"kind": "entry", ...entry...}                          the entries first_seq..last_seq, in order

The slice's leaves appended to the prefix give the tree at `last_seq`; the consistency proof from there to the
anchor (the first signed checkpoint at or after `last_seq`) shows those very entries, at those positions, are in
the signed tree. Checkpoints inside the slice are checked directly against the recomputed roots.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pseah.audit.chain import checkpoints as cp
from pseah.audit.chain.batch import seq_key
from pseah.audit.chain.ledger import Anchor, canonical_json, format_time
from pseah.audit.chain.merkle import (CompactRange, compact_range_at, consistency_proof, inclusion_proof,
                                      verify_consistency, verify_inclusion)
from pseah.audit.chain.tiles import TileReader, TilesMissing
from pseah.audit.chain.verify import LogVerdict, entry_leaf, verify_log
from pseah.audit.config import AuditSettings

BUNDLE_FORMAT = "pseah-audit-bundle/1"


class NoPublicKey(Exception):
    """Neither --public-key nor a readable signing key: signatures cannot be checked."""


def public_key(settings: AuditSettings, path: Path | None = None) -> Ed25519PublicKey:
    """The key checkpoints must be signed with: a PEM file given, else the one of the signing key file."""
    if path is not None:
        try:
            return cp.load_public_key(path.read_bytes())
        except OSError as exc:
            raise NoPublicKey(f"cannot read {path} ({type(exc).__name__})") from None
    try:
        return cp.load_private_key(settings.signing_key_file).public_key()
    except cp.SigningKeyError as exc:
        raise NoPublicKey(f"{exc}; pass --public-key") from None


def outside_checkpoints(settings: AuditSettings) -> list[dict[str, Any]]:
    """The checkpoints of this log as published on Kafka (raises WitnessUnavailable when it cannot be read)."""
    from pseah.audit.witness import read_checkpoints

    return read_checkpoints(bootstrap=settings.kafka_bootstrap, topic=settings.checkpoint_topic,
                            origin=settings.log_origin)


def _failed(reason: str, bad_seq: int | None = None) -> LogVerdict:
    return LogVerdict(ok=False, bad_seq=bad_seq, reason=reason)


def verify_live(settings: AuditSettings, *, key: Ed25519PublicKey | None, records: list[Mapping[str, Any]],
                anchors: list[Anchor] | None = None, roots: Mapping[int, str] | None = None) -> LogVerdict:
    """The store's chain and tree against `records` (from Kafka); one streaming read of the entries."""
    from pseah.audit.chain import service

    if records and key is None:
        raise NoPublicKey("checkpoints were published but no public key is known; pass --public-key")
    checked = cp.check_checkpoints(records, key=key, origin=settings.log_origin) if records else cp.Checked([])
    if checked.problem:
        return _failed(checked.problem)
    anchor = service.checkpoint()
    verdict = verify_log(service.iter_entries(), checkpoints=checked.checkpoints,
                         anchors=[*(anchors or []), *([anchor] if anchor else [])], leaf_hint=service.stored_leaves,
                         roots=roots)
    if not verdict.ok:
        return verdict
    # The stored tree (what proofs are made from) must prove each signed checkpoint extends the one before.
    reader = TileReader(service.fetch_tiles)
    ordered = [c for c in checked.checkpoints if c["tree_size"] <= verdict.head_seq]
    for older, newer in zip(ordered, ordered[1:]):
        try:
            proof = consistency_proof(reader.node, older["tree_size"], newer["tree_size"])
        except TilesMissing:
            return _failed(f"the stored tree lacks the nodes to prove checkpoint {older['tree_size']} grew into "
                           f"{newer['tree_size']}")
        if not verify_consistency(older["tree_size"], newer["tree_size"], bytes.fromhex(older["root_hash"]),
                                  bytes.fromhex(newer["root_hash"]), proof):
            return _failed(f"the stored tree gives no valid consistency proof from checkpoint {older['tree_size']} "
                           f"to {newer['tree_size']}")
    if not records:
        verdict.notes.append(f"no signed checkpoint of {settings.log_origin} on {settings.checkpoint_topic} yet: "
                             "only the chain was checked")
    elif verdict.unsigned:
        verdict.notes.append(f"{verdict.unsigned} entries after the latest signed checkpoint are held by the chain "
                             "until the next checkpoint")
    return verdict


# ------------------------------------------------------------------ the store's copy of the checkpoints
def stored_checkpoints(*, down_to: int = 0) -> list[dict[str, Any]]:
    """The store's signed checkpoints, newest first followed back by their `previous` links, down to `down_to`."""
    from pseah.audit.chain import service

    head = service.checkpoint_collection().find_one({"_id": "head"}) or {}
    size = head.get("signed_size")
    out: list[dict[str, Any]] = []
    while size is not None:
        doc = service.signed_collection().find_one({"_id": seq_key(size)}, {"_id": False, "published": False})
        if doc is None:
            break
        out.append(doc)
        if size <= down_to:
            break
        size = (doc.get("previous") or {}).get("tree_size")
    return out


def latest_checkpoint_status(settings: AuditSettings) -> dict[str, Any]:
    """The latest signed checkpoint with a quick check (signature, and the stored tree at its size gives its root):
    for the auditor page; the full check is `verify`."""
    from pseah.audit.chain import service

    stored = stored_checkpoints(down_to=10**18)
    latest = stored[0] if stored else None
    status: dict[str, Any] = {"origin": settings.log_origin, "head_seq": service.head_seq(), "checkpoint": None}
    if latest is None:
        return status
    try:
        key = public_key(settings)
        signature_ok = cp.signature_valid(key, latest)
    except NoPublicKey:
        signature_ok = False
    try:
        tree_ok = service.stored_root(latest["tree_size"]).hex() == latest["root_hash"]
    except TilesMissing:
        tree_ok = False
    status["checkpoint"] = {k: latest.get(k) for k in ("tree_size", "root_hash", "time", "key_id", "previous")}
    status.update(signature_valid=signature_ok, tree_matches=tree_ok)
    return status


# ------------------------------------------------------------------ proofs of a case's entries
def prove_subject(settings: AuditSettings, subject: str, *, key: Ed25519PublicKey) -> Iterator[dict[str, Any]]:
    """Inclusion proof of each entry of `subject` against the latest signed checkpoint (checked first)."""
    from pseah.audit.chain import service

    stored = stored_checkpoints(down_to=10**18)
    latest = next((c for c in stored if cp.signature_valid(key, c)), None)
    reader = TileReader(service.fetch_tiles)
    after = 0
    while True:
        page = service.list_entries(subject=subject, after_seq=after, limit=settings.max_page)
        for entry in page:
            leaf = entry_leaf(entry)
            line = {"seq": entry["seq"], "type": entry["type"], "time": entry["time"], "leaf_hash": leaf.hex()}
            if latest is None or entry["seq"] > latest["tree_size"]:
                line["proof"] = None
                line["note"] = "not yet covered by a signed checkpoint"
            else:
                size = latest["tree_size"]
                path = inclusion_proof(reader.node, entry["seq"] - 1, size)
                line.update(tree_size=size, root_hash=latest["root_hash"], key_id=latest["key_id"],
                            checkpoint_time=latest["time"], proof=[p.hex() for p in path],
                            verified=verify_inclusion(leaf, entry["seq"] - 1, size, path,
                                                      bytes.fromhex(latest["root_hash"])))
            yield line
        if len(page) < settings.max_page:
            return
        after = page[-1]["seq"]


# ------------------------------------------------------------------ export bundles
@dataclass
class ExportSummary:
    entries: int
    first_seq: int
    last_seq: int
    checkpoints: int
    unsigned_left_out: int


def write_bundle(settings: AuditSettings, out: IO[bytes], *, since: str | None, until: str | None,
                 key: Ed25519PublicKey) -> ExportSummary:
    """Entries recorded in [since, until) that a signed checkpoint covers, with what proves them (module docstring)."""
    from pseah.audit.chain import service

    head = service.head_seq()
    stored = [c for c in stored_checkpoints(down_to=0) if cp.signature_valid(key, c)]
    signed_size = stored[0]["tree_size"] if stored else 0
    first = service.first_seq_at_or_after(since, head=head) if since else 1
    last = service.first_seq_at_or_after(until, head=head) - 1 if until else head
    unsigned = max(0, last - signed_size)
    last = min(last, signed_size)
    ordered = sorted(stored, key=lambda c: c["tree_size"])
    anchor = next((c for c in ordered if c["tree_size"] >= last), None) if last >= first else None
    chosen = [c for c in ordered if anchor is not None and first <= c["tree_size"] <= anchor["tree_size"]]
    reader = TileReader(service.fetch_tiles)

    def line(doc: Mapping[str, Any]) -> None:
        out.write(canonical_json(doc) + b"\n")

    line({"kind": "bundle", "format": BUNDLE_FORMAT, "origin": settings.log_origin, "since": since, "until": until,
          "first_seq": first, "last_seq": max(last, first - 1), "public_key": cp.public_pem(key),
          "key_id": cp.key_id(key), "exported_at": format_time(datetime.now(UTC))})
    for checkpoint in chosen:
        line({"kind": "checkpoint", **checkpoint})
    count = 0
    if anchor is not None:
        prefix = compact_range_at(reader.node, first - 1)
        line({"kind": "proof", "type": "prefix", "size": first - 1, "nodes": [n.hex() for n in prefix.nodes]})
        for older, newer in zip(chosen, chosen[1:]):
            path = consistency_proof(reader.node, older["tree_size"], newer["tree_size"])
            line({"kind": "proof", "type": "consistency", "first": older["tree_size"], "second": newer["tree_size"],
                  "path": [p.hex() for p in path]})
        if last < anchor["tree_size"]:
            path = consistency_proof(reader.node, last, anchor["tree_size"])
            line({"kind": "proof", "type": "consistency", "first": last, "second": anchor["tree_size"],
                  "path": [p.hex() for p in path]})
        after = first - 1
        while after < last:
            page = service.list_entries(after_seq=after, limit=min(settings.max_page, last - after))
            if not page:
                break
            for entry in page:
                line({"kind": "entry", **entry})
                count += 1
            after = page[-1]["seq"]
    return ExportSummary(entries=count, first_seq=first, last_seq=max(last, first - 1), checkpoints=len(chosen),
                         unsigned_left_out=unsigned)


def verify_bundle(path: Path, *, pinned: Ed25519PublicKey | None = None) -> LogVerdict:
    """Check a bundle with nothing but the file (and, better, a public key known independently: `pinned`)."""
    header: dict[str, Any] | None = None
    records: list[dict[str, Any]] = []
    proofs: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    doc = json.loads(text)
                except json.JSONDecodeError:
                    return _failed(f"line {number} of the bundle is not JSON")
                kind = doc.pop("kind", None) if isinstance(doc, dict) else None
                if kind == "bundle":
                    header = doc
                elif kind == "checkpoint":
                    records.append(doc)
                elif kind == "proof":
                    proofs.append(doc)
                elif kind == "entry":
                    entries.append(doc)
                else:
                    return _failed(f"line {number} of the bundle is neither header, checkpoint, proof nor entry")
    except (OSError, UnicodeDecodeError) as exc:
        return _failed(f"cannot read the bundle ({type(exc).__name__})")
    if header is None or header.get("format") != BUNDLE_FORMAT:
        return _failed(f"not a {BUNDLE_FORMAT} file (no header line)")
    try:
        key = cp.load_public_key(header["public_key"])
    except (cp.SigningKeyError, KeyError):
        return _failed("the bundle's public key cannot be read")
    if pinned is not None and cp.key_id(pinned) != cp.key_id(key):
        return _failed(f"the bundle's key {cp.key_id(key)} is not the expected key {cp.key_id(pinned)}")
    checked = cp.check_checkpoints(records, key=key, origin=header.get("origin"))
    if checked.problem:
        return _failed(checked.problem)
    if len(checked.checkpoints) != len(records):
        return _failed("the bundle holds checkpoints of another log")
    first, last = header.get("first_seq"), header.get("last_seq")
    if not isinstance(first, int) or not isinstance(last, int) or last < first - 1 or first < 1:
        return _failed("the bundle's header has no valid seq range")
    if len(entries) != last - first + 1:
        return _failed(f"the bundle should hold seqs {first} to {last} ({last - first + 1} entries) but holds "
                       f"{len(entries)}", bad_seq=first + len(entries) if len(entries) < last - first + 1 else None)
    if not entries:
        verdict = LogVerdict(notes=["the bundle holds no entries"])
        verdict.checkpoints_checked = len(checked.checkpoints)
        return verdict
    by_sizes = {(p.get("first"), p.get("second")): p for p in proofs if p.get("type") == "consistency"}
    ordered = checked.checkpoints
    for older, newer in zip(ordered, ordered[1:]):
        proof = by_sizes.get((older["tree_size"], newer["tree_size"]))
        if proof is None or not verify_consistency(older["tree_size"], newer["tree_size"],
                                                   bytes.fromhex(older["root_hash"]), bytes.fromhex(newer["root_hash"]),
                                                   _hashes(proof.get("path"))):
            return _failed(f"no valid consistency proof from checkpoint {older['tree_size']} to {newer['tree_size']}")
    prefix_doc = next((p for p in proofs if p.get("type") == "prefix"), None)
    anchor = next((c for c in ordered if c["tree_size"] >= last), None)
    if prefix_doc is None or prefix_doc.get("size") != first - 1 or anchor is None:
        return _failed("the bundle lacks the proof that ties its entries to a signed checkpoint")
    try:
        prefix = CompactRange(first - 1, _hashes(prefix_doc.get("nodes")))
    except ValueError:
        return _failed("the bundle's prefix proof is malformed")
    verdict = verify_log(entries, checkpoints=ordered, first_seq=first, prefix=prefix, complete=False)
    if not verdict.ok:
        return verdict
    if last < anchor["tree_size"]:
        proof = by_sizes.get((last, anchor["tree_size"]))
        if proof is None or not verify_consistency(last, anchor["tree_size"], bytes.fromhex(verdict.root_hash),
                                                   bytes.fromhex(anchor["root_hash"]), _hashes(proof.get("path"))):
            return _failed(f"the entries {first} to {last} are not those of the signed checkpoint of size "
                           f"{anchor['tree_size']} (an entry was changed, or the proof)", bad_seq=first)
    verdict.signed = dict(anchor)
    verdict.checkpoints_checked = len(ordered)
    return verdict


def _hashes(values: Any) -> list[bytes]:
    if not isinstance(values, list):
        return []
    try:
        return [bytes.fromhex(v) for v in values]
    except (TypeError, ValueError):
        return []
