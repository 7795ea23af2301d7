"""The coordinator's digest, sent once a period: the store's state, the composition (pseah.audit.chain.digest) and
the publication on the checkpoint topic, from where notification mails it.

State, one document by `_id` (the log's origin) in `audit_digests`: `sent_until` (the end of the last period
digested) and `tree_size` (the largest checkpoint listed so far). Order, so that no period is skipped or doubled:
1. the periods ended since `sent_until` are due (at most `catch_up` a tick, oldest first);
2. a period's digest is composed from the stored checkpoints (read by `_id`, following the `previous` links back
   from the latest) and published under an id derived from the period;
3. then the state moves on to that period's end, compare-and-set on the `sent_until` read.
A crash between 2 and 3 publishes the same digest again at the next start, under the same id: notification sends
one e-mail per id (its Message-ID derives from it). A crash before 2 leaves the period due. The first start records
`sent_until` = now: digests begin with the period running then (the checkpoints before it were not mailed).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import mongoengine
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pseah.audit.chain import checkpoints as cp
from pseah.audit.chain import digest
from pseah.audit.chain.batch import seq_key
from pseah.audit.chain.ledger import format_time
from pseah.common.events import CloudEvent, EventTypes, new_event
from pseah.common.logging import get_logger
from pseah.common.payloads import AuditDigest

log = get_logger(__name__)

SOURCE = "pseah/audit"
# How far back the walk over the stored checkpoints goes in one digest: more than a year of a 30-second cadence.
MAX_WALK = 1_100_000


class DigestState(mongoengine.DynamicDocument):
    """Where the digests of a log (`_id` its origin) have got to: `sent_until`, `tree_size`, `last_digest`."""

    meta = {"collection": "audit_digests", "auto_create_index": False}
    id = mongoengine.StringField(primary_key=True)


def state_collection():
    return DigestState._get_collection()


class Digester:
    def __init__(self, *, origin: str, seconds: int, max_listed: int, key: Ed25519PublicKey,
                 publish: Callable[[CloudEvent], None], signed_collection: Callable, head_collection: Callable,
                 state: Callable = state_collection, catch_up: int = 31,
                 now: Callable[[], datetime] | None = None) -> None:
        self.origin, self.seconds, self.max_listed, self.catch_up = origin, seconds, max_listed, catch_up
        self.key_id, self.public_pem = cp.key_id(key), cp.public_pem(key)
        self._publish = publish
        self._signed, self._head, self._state_collection = signed_collection, head_collection, state
        self._now = now or (lambda: datetime.now(UTC))
        self._state: dict[str, Any] | None = None

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, Any]:
        """The stored state, made at the first call ever (digests begin now)."""
        collection = self._state_collection()
        collection.update_one({"_id": self.origin},
                              {"$setOnInsert": {"sent_until": format_time(self._now()),
                                                "tree_size": self._latest_size()}}, upsert=True)
        self._state = collection.find_one({"_id": self.origin})
        return self._state

    def forget(self) -> None:
        self._state = None

    def _latest_size(self) -> int:
        return (self._head().find_one({"_id": "head"}) or {}).get("signed_size") or 0

    def _signed_after(self, size: int) -> list[Mapping[str, Any]]:
        """The stored checkpoints larger than `size`, oldest first: back from the latest by `_id`, never a scan."""
        out: list[Mapping[str, Any]] = []
        current = self._latest_size()
        while current and current > size and len(out) < MAX_WALK:
            doc = self._signed().find_one({"_id": seq_key(current)}, {"_id": False, "published": False})
            if doc is None:
                break
            out.append(doc)
            current = (doc.get("previous") or {}).get("tree_size")
        out.reverse()
        return out

    # ------------------------------------------------------------------ digests
    def event(self, period: digest.Period, listed: list[Mapping[str, Any]], *, after_size: int,
              interim: bool = False) -> CloudEvent:
        data = digest.compose(origin=self.origin, period=period, checkpoints=listed, key_id=self.key_id,
                              public_key_pem=self.public_pem, max_listed=self.max_listed, interim=interim)
        as_of = (listed[-1]["tree_size"] if listed else after_size) if interim else None
        return new_event(type=EventTypes.AUDIT_DIGEST_PUBLISHED, source=SOURCE, subject=digest.digest_key(self.origin, period),
                         actor=SOURCE, id=digest.digest_id(self.origin, period, as_of_size=as_of),
                         data=AuditDigest.model_validate(data).model_dump(mode="json"))

    def due(self) -> list[digest.Period]:
        state = self._state or self.state()
        return digest.due_periods(sent_until=digest.parse_time(state["sent_until"]), now=self._now(),
                                  seconds=self.seconds, limit=self.catch_up)

    def tick(self) -> int:
        """Publish the digest of every period ended since the last one sent; the number published. Raises what the
        store or the topic raised (the state then is as the last digest published left it)."""
        due = self.due()
        if not due:
            return 0
        state = dict(self._state or self.state())
        signed = self._signed_after(state["tree_size"])
        sent = 0
        for period in due:
            listed = digest.in_period(signed, after_size=state["tree_size"], end=period.end)
            event = self.event(period, listed, after_size=state["tree_size"])
            try:
                self._publish(event)
            except Exception:
                self.forget()
                raise
            moved = {"sent_until": format_time(period.end),
                     "tree_size": listed[-1]["tree_size"] if listed else state["tree_size"], "last_digest": event.id}
            done = self._state_collection().update_one({"_id": self.origin, "sent_until": state["sent_until"]},
                                                       {"$set": moved})
            if not done.matched_count:
                # Another sender (`pseah audit digest --send`) moved it first, with the same digest: start from there.
                self.forget()
                return sent
            state.update(moved)
            self._state = state
            sent += 1
            log.info("audit_digest_published", period_start=event.data["period_start"],
                     checkpoints=event.data["checkpoints_total"], digest_id=event.id)
        return sent

    def interim(self) -> CloudEvent:
        """The running period's digest so far (not the state's business: the period's own digest still follows)."""
        state = self.state()
        period = digest.next_period(digest.parse_time(state["sent_until"]), seconds=self.seconds)
        listed = digest.in_period(self._signed_after(state["tree_size"]), after_size=state["tree_size"],
                                  end=period.end)
        return self.event(period, listed, after_size=state["tree_size"], interim=True)
