"""Group commit: the inserts of concurrent requests written together, each request still waiting for its own.

FerretDB (SQLite backend locally) commits every write command on its own, and one database takes one
commit at a time; that, not Python, limits how many reports per second intake can store. A writer thread
takes everything queued while the previous commit ran and writes it as one insert_many: one commit for
many reports. Each caller blocks until its document is durable and sees its own outcome (a duplicate key
for that document alone, or the store's error), so the 202 still means "stored".

One call may insert documents of several collections that depend on each other (a case key, then the receipt index,
then the report sealed under that key): collections are written in the writer's `order`, and a document refused ends
its call, so nothing after it in that call is written (no report whose key was refused).
"""
from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future

import mongoengine
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pymongo.errors import BulkWriteError, DuplicateKeyError, NetworkTimeout, OperationFailure

from pseah.common import outbox
from pseah.common.crypto import CaseKey, KeyRing, KeyWrapper
from pseah.common.logging import get_logger

log = get_logger(__name__)
_STOP = object()


class GroupWriter:
    def __init__(self, *, name: str, max_batch: int = 128, wait_timeout: float = 10.0, order: tuple[type, ...] = (),
                 rounds_in_flight: int = 1):
        self._name = name
        # Rounds written at the same time, each by a thread of its own: a round is several commands in turn, and
        # the store can take the next round's first while the last of this one commits.
        self._rounds = max(1, rounds_in_flight)
        self._order = {document: rank for rank, document in enumerate(order)}
        self._max_batch = max_batch
        self._wait_timeout = wait_timeout
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def insert(self, doc: mongoengine.Document | list[mongoengine.Document]) -> None:
        """Insert new documents; returns once all are written, raises the first error the store gave.

        Documents of one call land in the same round of commits, in the order given per collection, collections in
        the writer's `order` (the others after them); the first document refused ends the call.
        """
        docs = doc if isinstance(doc, list) else [doc]
        for each in docs:
            each.validate()
        futures = [Future() for _ in docs]
        self._ensure_thread()
        # One queue entry per call, so a round never splits a call's documents (see _write).
        self._queue.put([(each, future, futures) for each, future in zip(docs, futures)])
        deadline = time.monotonic() + self._wait_timeout
        try:
            for future in futures:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            raise NetworkTimeout(f"{self._name}: the store did not answer in time") from None

    def close(self, timeout: float = 10.0) -> None:
        with self._lock:
            threads, self._threads = self._threads, []
        for _ in threads:
            self._queue.put(_STOP)  # one each: a thread that meets one mid-round puts it back for the others
        for thread in threads:
            thread.join(timeout)

    def _ensure_thread(self) -> None:
        with self._lock:
            if not self._threads:
                self._threads = [threading.Thread(target=self._run, name=f"group-writer-{self._name}-{n}", daemon=True)
                                 for n in range(self._rounds)]
                for thread in self._threads:
                    thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            batch = list(item)
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    self._queue.put(_STOP)
                    break
                batch += more
            self._write(batch)

    def _write(self, batch: list[tuple[mongoengine.Document, Future, list[Future]]]) -> None:
        # The third item of each entry names its call (the call's list of futures, the same object for each).
        by_collection: dict[type, list[tuple[mongoengine.Document, Future, list[Future]]]] = {}
        for doc, future, call in batch:
            by_collection.setdefault(type(doc), []).append((doc, future, call))
        ended: dict[int, BaseException] = {}  # calls (by id) with a document refused: nothing more of theirs is written
        unranked = len(self._order)
        for document in sorted(by_collection, key=lambda d: self._order.get(d, unranked)):
            items = []
            for doc, future, call in by_collection[document]:
                if id(call) in ended:
                    future.set_exception(ended[id(call)])
                else:
                    items.append((doc, future, call))
            if not items:
                continue
            try:
                if issubclass(document, outbox.OutboxMixin):
                    # Their events announced first, one insert for the batch (see pseah.common.outbox).
                    outbox.owe_new(document, [doc for doc, _, _ in items])
                document._get_collection().insert_many([doc.to_mongo() for doc, _, _ in items], ordered=False)
                failed: dict[int, dict] = {}
            except BulkWriteError as exc:
                failed = {error["index"]: error for error in exc.details.get("writeErrors", [])}
            except Exception as exc:  # noqa: BLE001 - the store is away: every caller gets its error (503)
                for _, future, call in items:
                    future.set_exception(exc)
                    ended[id(call)] = exc
                continue
            for index, (doc, future, call) in enumerate(items):
                error = failed.get(index)
                if error is None:
                    outbox.written(doc)
                    future.set_result(None)
                    continue
                if error.get("code") == 11000:
                    outbox.refused(doc)
                    refusal: BaseException = DuplicateKeyError(error.get("errmsg", "duplicate key"), 11000)
                else:
                    refusal = OperationFailure(error.get("errmsg", "write failed"), error.get("code"))
                future.set_exception(refusal)
                ended[id(call)] = refusal


class GroupCommitKeyRing(KeyRing):
    """The shared KeyRing whose new case keys are written through a GroupWriter."""

    def __init__(self, wrapper: KeyWrapper, *, writer: GroupWriter):
        super().__init__(wrapper)
        self._writer = writer

    def create(self, reference: str) -> bytes:
        key = AESGCM.generate_key(bit_length=256)
        self._writer.insert(CaseKey(reference=reference, wrapped=self._wrapper.wrap(key, context=reference)))
        self._cache[reference] = key
        return key
