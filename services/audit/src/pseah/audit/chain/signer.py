"""When and how the writer signs checkpoints, keeps the store's copy and hands them to the witness (Kafka).

Order, so that a checkpoint never signs what is not stored and never gets lost on the way out:
1. the batch's entries, tiles and head record are written (pseah.audit.chain.service);
2. if due (`every` entries or `seconds` since the last one, and the tree grew), the root of the tree at its size is
   signed; the record is stored (`audit_signed_checkpoints`, `_id` = its size) with `published: false` and the
   head record names it (`signed_size`);
3. it is published on the topic; then marked `published: true`. A publication that fails stays pending and is
   tried again at the next tick (`publish_pending`), oldest first, following the `previous` links by `_id`.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pseah.audit.chain import checkpoints as cp
from pseah.audit.chain.batch import seq_key
from pseah.audit.chain.ledger import format_time
from pseah.audit.chain.tiles import TileTree
from pseah.common.logging import get_logger

log = get_logger(__name__)


class Witness(Protocol):
    def publish(self, record: Mapping[str, Any]) -> None: ...


class Checkpointer:
    def __init__(self, *, key: Ed25519PrivateKey, origin: str, every: int, seconds: float, witness: Witness | None,
                 signed_collection: Callable, head_collection: Callable,
                 clock: Callable[[], float] = time.monotonic, now: Callable[[], datetime] | None = None) -> None:
        self.key, self.origin, self.every, self.seconds, self.witness = key, origin, every, seconds, witness
        self._signed, self._head = signed_collection, head_collection
        self._clock = clock
        self._now = now or (lambda: datetime.now(UTC))
        self.last: dict[str, Any] | None = None
        self._last_at = clock()
        self._loaded = False

    def load(self) -> dict[str, Any] | None:
        """The latest signed checkpoint of the store (named by the head record), read by `_id`."""
        head = self._head().find_one({"_id": "head"}) or {}
        size = head.get("signed_size")
        self.last = self._signed().find_one({"_id": seq_key(size)}, {"_id": False}) if size is not None else None
        if self.last is not None and not cp.signature_valid(self.key.public_key(), self.last):
            # Not ours (altered in the store): the next checkpoint starts a new line instead of naming it.
            log.error("audit_stored_checkpoint_not_signed_by_key", tree_size=size)
            self.last = None
        self._loaded = True
        return self.last

    @property
    def last_size(self) -> int:
        return self.last["tree_size"] if self.last else 0

    def due(self, size: int) -> bool:
        if not self._loaded:
            self.load()
        if size <= self.last_size:
            return False
        return size - self.last_size >= self.every or self._clock() - self._last_at >= self.seconds

    def sign(self, tree: TileTree) -> dict[str, Any]:
        record = cp.sign(self.key, origin=self.origin, tree_size=tree.size, root_hash=tree.root().hex(),
                         time=format_time(self._now()), previous=self.last)
        self._signed().replace_one({"_id": seq_key(tree.size)}, {**record, "published": False}, upsert=True)
        self._head().update_one({"_id": "head"}, {"$set": {"signed_size": tree.size}}, upsert=True)
        self.last, self._last_at = record, self._clock()
        log.info("audit_checkpoint_signed", tree_size=tree.size, key_id=record["key_id"])
        return record

    def publish_pending(self) -> int:
        """Publish the stored checkpoints not yet published, oldest first; stop at the first failure."""
        if self.witness is None or self.last is None:
            return 0
        pending: list[dict[str, Any]] = []
        size: int | None = self.last["tree_size"]
        while size is not None:
            doc = self._signed().find_one({"_id": seq_key(size)})
            if doc is None or doc.get("published"):
                break
            pending.append(doc)
            size = (doc.get("previous") or {}).get("tree_size")
        published = 0
        for doc in reversed(pending):
            record = {k: v for k, v in doc.items() if k not in ("_id", "published")}
            self.witness.publish(record)  # raises: the rest stays pending
            self._signed().update_one({"_id": doc["_id"]}, {"$set": {"published": True}})
            published += 1
        return published
