"""Staff lists as keyed read models: every read and write is by `_id`, whatever the number of reports stored.

On FerretDB 1.24 only `_id` conditions use an index, so a list kept as "find, filter, sort" over a collection that
grows with reports costs a scan per page. Here a list is a set of documents in one collection of the owning
service (the handler that changes an item also moves it in its lists):

- the head, `_id = <list>`: `{"b": {<bucket>: <pages>}, "s": {<month>: true}}`, and beside it the item count,
  `_id = <list>|count`: `{"n": <items>}`. A bucket is a sortable string chosen by the caller (a deadline's day, a
  priority rank and a day, ...); only buckets with items in them are listed. A bucket that ends with a day
  (`...YYYY-MM-DD`) is listed in its month's document, `_id = <list>|month|<...YYYY-MM>`, which the head names in
  `s`; other buckets are listed in the head itself. FerretDB rewrites a whole document on every change and looks its
  keys up one by one: a history list gains a day a day for ever, and its head, when it held them all and was written
  for every item added, cost FerretDB 6.9, 18.1 and 75.1 CPU ms an item at 10, 365 and 1,825 days of history (now
  6.6, 7.3 and 8.7; tests/bench/history_bench.py). An add writes its list's count (one small document), and a
  month's document only when it opens a page; the head is written when a month begins. Heads of earlier versions
  (every bucket in `b`, the count in `n`) are read as they are: their buckets and count are added to the new
  documents', never moved.
- pages, `_id = <list>|<bucket>|<page>`: `{"n": <count>, "i": {<ref>: <entry as JSON>}}`, at most CAP entries; a bucket
  that fills a page spills into the next page number.
- one locator per item, `_id = @<ref>`: `{"at": {<list>: <page id>}}`, so a change finds the entry without a search.
- the key ranges of a bucket's pages, in blocks of KEYS_BLOCK pages, `_id = <list>|<bucket>|keys<block>`: `{"from":
  <page>, "lo": {<page>: <key>}, "hi": {...}}`, widened before every entry is written (never narrowed), so a bucket
  of many pages (a surge's cases all due the same day) is read from a cursor by the pages whose range can hold what
  comes next, not whole (pages before `from` may hold entries written before the block's document existed: read
  whole unless the bucket's single ranges document of earlier versions, `<list>|<bucket>|keys`, covers them). Blocks,
  not one document a bucket: FerretDB rewrites a whole document on every change, and a bucket's one document grew
  with the bucket (1,650 pages, 140 KB, on a development store) and was rewritten for every entry added to it.

Order: by bucket, then by the entry's `_k` (a sortable string), then by ref; descending lists reverse all three.
A page of a list reads the head (and the months it reaches, a few at a time), then the pages of as many buckets as it
needs, by `_id $in`, and filters entries in memory; a bucket of more than WHOLE_BUCKET_PAGES pages is read by its key
ranges. Measured by tests/bench/surge_bench.py on FerretDB 1.24/SQLite (30,000 cases of a ten-minute surge in one
day bucket of 1,200 pages, one in five urgent ones due up to an hour before their neighbours): page 1 of the list
0.075 s, page 2 0.10 s, page 20 0.47 s, against 2.8-3.6 s for every page read whole. Pages are filled in arrival
order, so the deeper a page lies among keys that arrived out of order, the more pages overlap it: a bucket whose keys
arrive in order costs a few pages a request, one whose keys are all interleaved approaches the whole bucket again.

A request reads at most SCAN_PAGES pages: a filter that matches little returns a short (even empty) page with a cursor
to go on from, so no request's cost grows with the list. The cursor is opaque (base64 JSON).

An item's change costs a few commands however many lists it is in: its locator read, the heads of the lists it joins
read in one `_id $in` and moved in one bulk write, its entries rewritten in place in one bulk write.

Limits, stated up front: no multi-document transactions (FerretDB has none), so each item's pages and its locator
are written one after another; a crash between them can leave one stale entry, which the next change of that item
or a back-fill corrects, and the list's item count may drift by one per such crash (it is a figure for display,
never a condition). Bucket keys, list names and refs must not contain "." or start with "$" (document keys).
"""
from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pymongo import ReturnDocument, UpdateOne
from pymongo.collection import Collection
from pymongo.errors import DuplicateKeyError

from pseah.common import mongo

# Entries per page document. FerretDB rewrites a whole document on every change, so each handler's write costs in
# proportion to its page: measured on FerretDB 1.24/SQLite with the referral list's entries (383 bytes), 0.97 ms of
# its CPU per update at 25 entries against 2.53 ms at 100. Pages written before (up to 100) stay readable as they are.
CAP = 25
# A bucket of more pages than this is read by its pages' key ranges (_read_ranged), not whole.
WHOLE_BUCKET_PAGES = 12
# Pages whose key ranges share one document: what a write rewrites stays a few KB however large its bucket grows;
# a ranged read takes a bucket's blocks in one `_id $in` (a 1,200-page bucket: 38 documents).
KEYS_BLOCK = 32
SCAN_PAGES = 240  # pages one request may read (about 6,000 entries) before it answers with what it found
_BATCH = 80  # pages read at most in one `_id $in` (about 2,000 entries)
_FIRST_BATCH = 3  # the first read (75 entries, a page of 50 and the one after it): FerretDB decodes every byte it
# returns, so read little until more is needed


# The deadline vocabulary of the lists ordered by deadline (the inbox, the board, the triage queue): day buckets,
# a last bucket for items without a running clock, and the four states a filter may ask for.
DEADLINE_STATES = ("overdue", "due_soon", "on_time", "none")
SOON = timedelta(hours=24)
NO_DEADLINE_DAY = "9999-12-31"  # after every day: items without a running clock come last


def aware(value: datetime | None) -> datetime | None:
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def day(at: datetime) -> str:
    # Day buckets: a list head holds a key per day (hundreds), not per hour (thousands).
    return at.astimezone(UTC).strftime("%Y-%m-%d")


def deadline_state(due: datetime | None, *, now: datetime) -> str:
    if due is None:
        return "none"
    if due < now:
        return "overdue"
    return "due_soon" if due < now + SOON else "on_time"


def pack(entry: dict) -> str:
    """An entry as one JSON string: FerretDB decodes a document node by node (a page of 100 entries of 15 fields
    read ~15x slower as nested documents than as 100 strings), so a page holds strings. Datetimes keep their type."""
    return json.dumps(entry, separators=(",", ":"), sort_keys=True,
                      default=lambda v: {"$d": v.isoformat()} if isinstance(v, datetime) else str(v))


def _revive(obj: dict):
    if len(obj) == 1 and "$d" in obj:
        return datetime.fromisoformat(obj["$d"])
    return obj


def unpack(value) -> dict:
    # Entries written before packing are documents: read as they are.
    return json.loads(value, object_hook=_revive) if isinstance(value, str) else dict(value)


@dataclass(frozen=True)
class Placement:
    """Where an item goes in one list: its bucket and its entry (small: what the list shows, never content)."""

    bucket: str
    key: str
    entry: dict


def _safe(name: str) -> str:
    # Document keys may not hold "." nor start with "$"; list names are built from codes, this is a guard.
    return name.replace(".", "_").lstrip("$")


def _page_id(name: str, bucket: str, number: int) -> str:
    return f"{name}|{bucket}|{number}"


def _bucket_of(page_id: str, name: str) -> str:
    # A bucket may hold "|" itself (a rank and an hour): cut the list's name off the front, the number off the end.
    return page_id[len(name) + 1:].rsplit("|", 1)[0]


def _keys_id(name: str, bucket: str, block: int | None = None) -> str:
    # block None: the bucket's single ranges document of earlier versions (read, widened in place, never created).
    return f"{name}|{bucket}|keys" if block is None else f"{name}|{bucket}|keys{block}"


_DAY_AT_END = re.compile(r"(\d{4}-\d{2})-\d{2}$")


def _month(bucket: str) -> str | None:
    """The month document a bucket is listed in: the bucket up to its month when it ends with a day
    ("r06|2026-12-08" -> "r06|2026-12"), None for a bucket listed in the head. A prefix of the bucket, so months sort
    as their buckets do."""
    found = _DAY_AT_END.search(bucket)
    return bucket[:found.start()] + found.group(1) if found else None


def _month_id(name: str, month: str) -> str:
    return f"{name}|month|{month}"


def _count_id(name: str) -> str:
    return f"{name}|count"


def _home(name: str, bucket: str) -> str:
    """The `_id` of the document that lists `bucket`."""
    month = _month(bucket)
    return name if month is None else _month_id(name, month)


def _merge(into: dict[str, int], listed: dict | None) -> None:
    # A bucket may be listed both in a head of an earlier version and in its month: it has the larger count of pages.
    for bucket, pages in (listed or {}).items():
        into[bucket] = max(into.get(bucket, 0), int(pages))


def _walk_buckets(coll: Collection, name: str, *, descending: bool, cursor: list | None,
                  verdict: Callable[[str], str]) -> Iterator[tuple[str, int]]:
    """(bucket, pages) of a list in list order, after the cursor, that `verdict` says to read, until one it says
    "stop" at. A month's document is read when the walk reaches the month (with the next few, in one `_id $in`), so
    a page near the top of years of history reads its head and a month or two, not every month."""
    head = coll.find_one({"_id": name}, {"b": True, "s": True}) or {}
    pages: dict[str, int] = {}
    _merge(pages, head.get("b"))

    def wanted(bucket: str) -> bool:
        if cursor is None:
            return True
        # After a whole bucket the bucket itself is done; after an entry, the rest of its bucket is still to read.
        start, whole = cursor[0], cursor[1] is None
        return (bucket == start and not whole) or (bucket < start if descending else bucket > start)

    def month_wanted(month: str) -> bool:
        # A month's buckets all start with it: all of them lie on the cursor's done side, or not.
        if cursor is None:
            return True
        return month <= cursor[0] if descending else month + "\uffff" > cursor[0]

    # Each month stands in the walk where its first bucket would (its name sorts just before its buckets ascending;
    # with a high character after it, just after them descending): reached, it is read and its buckets join the walk.
    mark = "\uffff" if descending else ""
    todo = sorted([(bucket, False) for bucket in pages if wanted(bucket)]
                  + [(month + mark, True) for month in head.get("s") or {} if month_wanted(month)], reverse=descending)
    grow = 1
    while todo:
        key, is_month = todo.pop(0)
        if is_month:
            months = [key] + [other for other, month in todo if month][:grow - 1]
            grow = min(grow * 2, 16)
            reached = set(months)
            todo = [(other, month) for other, month in todo if not (month and other in reached)]
            found: dict[str, int] = {}
            ids = [_month_id(name, month[:len(month) - len(mark)]) for month in months]
            for doc in coll.find({"_id": {"$in": ids}}, {"b": True}):
                _merge(found, doc.get("b"))
            fresh = [bucket for bucket in found if wanted(bucket) and bucket not in pages]
            _merge(pages, found)
            todo = sorted(todo + [(bucket, False) for bucket in fresh], reverse=descending)
            continue
        answer = verdict(key)
        if answer == "stop":
            return
        if answer == "read" and pages[key] > 0:
            yield key, pages[key]


class _Walk:
    """The buckets of _walk_buckets, kept as they are drawn, by index (read's loop looks one ahead)."""

    def __init__(self, walk: Iterator[tuple[str, int]]):
        self._walk, self._drawn = walk, []

    def has(self, index: int) -> bool:
        while len(self._drawn) <= index:
            drawn = next(self._walk, None)
            if drawn is None:
                return False
            self._drawn.append(drawn)
        return True

    def __getitem__(self, index: int) -> tuple[str, int]:
        return self._drawn[index]


def _pages_of(coll: Collection, name: str, bucket: str) -> int:
    """The page count of one bucket, from the head and the bucket's month in one read."""
    ids = [name] if _home(name, bucket) == name else [name, _home(name, bucket)]
    found: dict[str, int] = {}
    for doc in coll.find({"_id": {"$in": ids}}, {f"b.{bucket}": True}):
        _merge(found, doc.get("b"))
    return found.get(bucket, 0)


def _list_moves(registers: dict[tuple[str, str], int], months_known: set[tuple[str, str]],
                counts: dict[str, int]) -> list[UpdateOne]:
    """The writes that list buckets' pages (`registers`: {(list, bucket): pages}), name new months in their heads
    and count items, in that order: a reader that finds a month in a head finds its buckets."""
    moves: dict[str, dict] = {}
    for (name, bucket), pages in sorted(registers.items()):
        moves.setdefault(_home(name, bucket), {"$max": {}})["$max"][f"b.{bucket}"] = pages
    heads: dict[str, dict] = {}
    for name, bucket in sorted(registers):
        month = _month(bucket)
        if month is not None and (name, month) not in months_known:
            heads.setdefault(name, {"$set": {}})["$set"][f"s.{month}"] = True
    writes = [UpdateOne({"_id": home}, move, upsert=True) for home, move in sorted(moves.items())
              if home not in heads]
    writes += [UpdateOne({"_id": name}, {**moves.get(name, {}), **heads[name]}, upsert=True) for name in sorted(heads)]
    writes += [UpdateOne({"_id": _count_id(name)}, {"$inc": {"n": n}}, upsert=True)
               for name, n in sorted(counts.items()) if n]
    return writes


def _widen(coll: Collection, name: str, bucket: str, number: int, keys: Iterable[str], *,
           pages_before: int | None) -> None:
    """Widen the key range recorded for page `number` of a bucket to take `keys`, BEFORE they are written there: a
    range may be wider than its page (an entry moved away, a write that did not happen) but never narrower, so a
    reader that skips a page by its range never skips an entry. Pages with no range are read whole.

    The range goes into the page's block, whose `from` is set when the block's document is created: pages before it
    (`pages_before`, the bucket's page count as the writer read it from the head) may hold entries written earlier.
    With `pages_before` None (a rewrite in place, which knows no count) a block is only widened, never created; a page
    of a block with no document was written before blocks were kept, so the bucket's old single document is widened
    instead, if there is one (a page no range covers is read whole)."""
    keys = list(keys)
    block = _keys_id(name, bucket, number // KEYS_BLOCK)
    update = {"$min": {f"lo.{number}": min(keys)}, "$max": {f"hi.{number}": max(keys)}}
    if pages_before is None:
        if coll.update_one({"_id": block}, update).matched_count == 0:
            coll.update_one({"_id": _keys_id(name, bucket)}, update)
        return
    try:
        coll.update_one({"_id": block}, {**update, "$setOnInsert": {"from": pages_before}}, upsert=True)
    except DuplicateKeyError:  # another writer created the document at the same moment: it exists now
        coll.update_one({"_id": block}, update)


def _page_ranges(coll: Collection, name: str, bucket: str, pages: int) -> dict[int, tuple[str, str]]:
    """{page: (lowest key, highest key)} for the pages of a bucket whose every entry a recorded range covers, from its
    blocks and the single document of earlier versions, read in one command. A page is covered by a document that
    existed before the page's first entry (the page is at or after the document's `from`); where both documents hold
    a range for it, the page's entries may lie in either, so its range is the two together."""
    legacy_id = _keys_id(name, bucket)
    ids = [legacy_id, *(_keys_id(name, bucket, block) for block in range((pages + KEYS_BLOCK - 1) // KEYS_BLOCK))]
    docs = {doc["_id"]: doc for doc in coll.find({"_id": {"$in": ids}})}
    legacy = docs.get(legacy_id)
    ranges: dict[int, tuple[str, str]] = {}
    for number in range(pages):
        block = docs.get(_keys_id(name, bucket, number // KEYS_BLOCK))
        holders = [doc for doc in (legacy, block) if doc is not None]
        if not any(number >= int(doc.get("from", pages)) for doc in holders):
            continue
        page = str(number)
        lows = [low for doc in holders if (low := (doc.get("lo") or {}).get(page)) is not None]
        highs = [high for doc in holders if (high := (doc.get("hi") or {}).get(page)) is not None]
        if lows and highs:
            ranges[number] = (min(lows), max(highs))
    return ranges


def _add(coll: Collection, ref: str, adds: dict[str, Placement]) -> dict[str, str]:
    """Put `ref` into each list of `adds` (not in it yet); returns {list: page id} (_add_all for one item)."""
    return _add_all(coll, {ref: adds})[ref]


def _remove(coll: Collection, name: str, ref: str, page: str) -> None:
    after = coll.find_one_and_update({"_id": page, f"i.{ref}": {"$exists": True}},
                                     {"$unset": {f"i.{ref}": ""}, "$inc": {"n": -1}},
                                     return_document=ReturnDocument.AFTER)
    if after is None:
        return  # not there (a retry): nothing to count down
    coll.update_one({"_id": _count_id(name)}, {"$inc": {"n": -1}}, upsert=True)
    if after.get("n", 0) > 0:
        return
    # The page is empty: drop it, and the bucket from its listing once none of its pages is left, so a head holds only
    # buckets with items. An add racing with this re-lists its page (it created the page again), checked again after.
    coll.delete_one({"_id": page, "n": {"$lte": 0}})
    bucket = _bucket_of(page, name)
    pages = [_page_id(name, bucket, n) for n in range(_pages_of(coll, name, bucket))]
    if pages and coll.find_one({"_id": {"$in": pages}}, {"_id": 1}) is not None:
        return
    for listing in dict.fromkeys((_home(name, bucket), name)):  # its month (or head), and a head of before
        coll.update_one({"_id": listing, f"b.{bucket}": {"$exists": True}}, {"$unset": {f"b.{bucket}": ""}})
    again = [_page_id(name, bucket, n) for n in range(len(pages) + 1)]
    left = list(coll.find({"_id": {"$in": again}}, {"_id": 1}))
    if left:
        highest = max(int(doc["_id"].rsplit("|", 1)[1]) for doc in left)
        # Its month named in the head again as well (a `$set` of what is likely there already; this race is rare).
        mongo.bulk_write(coll, _list_moves({(name, bucket): highest + 1}, set(), {}))


def place(coll: Collection, *, ref: str, lists: dict[str, Placement | None], exclusive: bool = False) -> None:
    """Put the item `ref` into each named list (a Placement) or take it out (None); lists not named stay as they are,
    or, when `exclusive`, lose the item (the named lists are all it belongs in).

    Idempotent: the same call again rewrites the same entries in place."""
    locator = coll.find_one({"_id": f"@{ref}"}) or {}
    at: dict[str, str] = dict(locator.get("at") or {})
    now_at = dict(at)
    lists = {_safe(name): placement for name, placement in lists.items()}
    if exclusive:
        lists = {**{name: None for name in at}, **lists}
    rewrites: dict[str, tuple[str, Placement]] = {}
    adds: dict[str, Placement] = {}
    for name, placement in lists.items():
        old = at.get(name)
        if placement is None:
            if old:
                _remove(coll, name, ref, old)
                now_at.pop(name, None)
            continue
        if old and _bucket_of(old, name) == placement.bucket:
            rewrites[name] = (old, placement)
            continue
        if old:
            _remove(coll, name, ref, old)
        adds[name] = placement
    if rewrites:
        # The entries in place, in one command; one that is not where its locator says (a crash between an item's
        # writes) is found alone and added afresh. A rewrite may move the entry's key inside its bucket: the page's
        # key range is widened first.
        for name, (page, placement) in rewrites.items():
            _widen(coll, name, placement.bucket, int(page.rsplit("|", 1)[1]), [placement.key], pages_before=None)
        ops = {name: UpdateOne({"_id": page, f"i.{ref}": {"$exists": True}},
                               {"$set": {f"i.{ref}": pack({**placement.entry, "_k": placement.key})}})
               for name, (page, placement) in rewrites.items()}
        if coll.bulk_write(list(ops.values()), ordered=False).matched_count < len(ops):
            for name, (page, placement) in rewrites.items():
                if coll.find_one({"_id": page, f"i.{ref}": {"$exists": True}}, {"_id": True}) is None:
                    adds[name] = placement
    if adds:
        now_at.update(_add(coll, ref, adds))
    if now_at == at:
        return
    if now_at:
        coll.update_one({"_id": f"@{ref}"}, {"$set": {"at": now_at}}, upsert=True)
    else:
        coll.delete_one({"_id": f"@{ref}"})


def place_all(coll: Collection, items: Sequence[tuple[str, dict[str, Placement | None]]], *,
              exclusive: bool = False) -> None:
    """place() for a poll's items (each `(ref, lists)`, `exclusive` as there), in a few commands however many.

    Items no list holds yet (no locator: a report entering its lists, the hot path) are added together: one read of
    their locators, one of the heads, one write per page their entries fill (each page written once, not once per
    entry), one bulk write of the heads and one of the locators, in that order (place's order, with its limits). Items
    some list holds already, items leaving a list, and a ref named twice go one by one through place()."""
    if not items:
        return
    located = {doc["_id"][1:] for doc in coll.find({"_id": {"$in": [f"@{ref}" for ref, _ in items]}}, {"_id": True})}
    fresh: dict[str, dict[str, Placement]] = {}
    one_by_one = []
    for ref, lists in items:
        if ref in located or ref in fresh or any(placement is None for placement in lists.values()):
            one_by_one.append((ref, lists))
        else:
            fresh[ref] = {_safe(name): placement for name, placement in lists.items()}
    if fresh:
        at = _add_all(coll, fresh)
        # In commands of at most mongo.WRITE_CHUNK statements (FerretDB 1.24 hangs on a write of ~100 that match).
        mongo.bulk_write(coll, [UpdateOne({"_id": f"@{ref}"}, {"$set": {"at": pages}}, upsert=True)
                                for ref, pages in at.items()])
    for ref, lists in one_by_one:
        place(coll, ref=ref, lists=lists, exclusive=exclusive)


def _add_all(coll: Collection, fresh: dict[str, dict[str, Placement]]) -> dict[str, dict[str, str]]:
    """Put each ref into each of its lists (none holds it yet); returns {ref: {list: page id}}, the locators to write.
    The heads of all the lists are read in one command and moved in one; each page is written once for the entries it
    takes, since a full page is found by its upsert colliding with the page's `_id` (then the next page is tried), and
    FerretDB answers a bulk write holding such a collision without the counts pymongo reads."""
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for ref, lists in fresh.items():
        for name, placement in lists.items():
            groups.setdefault((name, placement.bucket), []).append(
                (ref, pack({**placement.entry, "_k": placement.key}), placement.key))
    for entries in groups.values():
        entries.sort(key=lambda item: (item[2], item[0]))  # in key order: each page then covers a narrow key range
    # The heads (only the buckets and months this poll touches) and the months' documents, in one read.
    names = sorted({name for name, _ in groups})
    fields = {f"b.{bucket}": True for _, bucket in groups} | {f"s.{_month(b)}": True for _, b in groups if _month(b)}
    listed = {doc["_id"]: doc for doc in coll.find(
        {"_id": {"$in": names + sorted({_home(name, bucket) for name, bucket in groups} - set(names))}}, fields)}
    months_known = {(name, month) for name in names for month in (listed.get(name) or {}).get("s") or {}}
    at: dict[str, dict[str, str]] = {ref: {} for ref in fresh}
    registers: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    for (name, bucket), entries in sorted(groups.items()):
        known = max(int(((listed.get(listing) or {}).get("b") or {}).get(bucket, 0))
                    for listing in (name, _home(name, bucket)))
        number = max(known - 1, 0)
        for start in range(0, len(entries), CAP):
            chunk = entries[start:start + CAP]
            while True:
                # A page with room for the whole chunk takes it in one write; a fuller one refuses the upsert with its
                # `_id` and the next page is tried (a page may so stay short of CAP: pages are read by bucket).
                page = _page_id(name, bucket, number)
                _widen(coll, name, bucket, number, [key for _, _, key in chunk], pages_before=known)
                try:
                    created = coll.update_one({"_id": page, "n": {"$lte": CAP - len(chunk)}},
                                              {"$set": {f"i.{ref}": entry for ref, entry, _ in chunk},
                                               "$inc": {"n": len(chunk)}},
                                              upsert=True).upserted_id is not None
                    break
                except DuplicateKeyError:
                    number += 1
            for ref, _, _ in chunk:
                at[ref][name] = page
            if len(chunk) == CAP:
                number += 1  # that page is full now: the next chunk need not try it
            # A page is listed when it lies beyond the count read, or when this write created it: a removal may have
            # dropped it, and its bucket's listing, since the count was read.
            if created or int(page.rsplit("|", 1)[1]) + 1 > known:
                registers[(name, bucket)] = max(registers.get((name, bucket), 0), int(page.rsplit("|", 1)[1]) + 1)
            counts[name] = counts.get(name, 0) + len(chunk)
    mongo.bulk_write(coll, _list_moves(registers, months_known, counts))
    return at


def size(coll: Collection, name: str) -> int:
    """The list's item count: its count document's, plus a head of an earlier version's."""
    name = _safe(name)
    counted = coll.find({"_id": {"$in": [name, _count_id(name)]}}, {"n": True})
    return max(0, sum(int(doc.get("n") or 0) for doc in counted))


# ------------------------------------------------------------------ reading a page
def encode_cursor(position: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(token: str) -> list | None:
    """[bucket, key, ref] after an entry, or [bucket, None, None] after a whole bucket; None for a bad token."""
    if not token:
        return None
    try:
        value = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode())
    except ValueError:
        return None
    if isinstance(value, list) and len(value) == 3 and isinstance(value[0], str):
        return value
    return None


@dataclass
class Page:
    entries: list[dict]
    next_token: str  # empty at the end of the list
    scanned: int  # page documents read: the request's cost, whatever the list's length


def read(coll: Collection, *, name: str, after: str = "", limit: int = 50, descending: bool = False,
         match: Callable[[dict], bool] = lambda entry: True,
         buckets: Callable[[str], str] = lambda bucket: "read", max_pages: int = SCAN_PAGES) -> Page:
    """Up to `limit` entries that `match`, in list order, after the cursor `after`.

    `buckets(bucket)` answers "read", "skip" (none of its entries can match) or "stop" (nor any after it): filters
    that follow the bucket (a deadline state on a deadline-ordered list) then cost nothing beyond their buckets."""
    name = _safe(name)
    cursor = decode_cursor(after)
    wanted = _Walk(_walk_buckets(coll, name, descending=descending, cursor=cursor, verdict=buckets))
    found: list[dict] = []
    scanned = 0
    index = 0
    grow = _FIRST_BATCH
    while wanted.has(index):
        if wanted[index][1] > WHOLE_BUCKET_PAGES:
            # A large bucket (a surge's cases all due the same day): read by its pages' key ranges, from the cursor on.
            bucket, pages = wanted[index]
            index += 1
            mark = (cursor[1], cursor[2]) if cursor is not None and bucket == cursor[0] else None
            part = _read_ranged(coll, name, bucket, pages, mark=mark, need=limit + 1 - len(found), match=match,
                                descending=descending, budget=max(1, max_pages - scanned))
            scanned += part.scanned
            found.extend({**entry, "_bucket": bucket} for entry in part.entries)
            if len(found) > limit:
                last = found[limit - 1]
                return Page(entries=_clean(found[:limit]), scanned=scanned,
                            next_token=_cursor_after(last))
            if not part.complete:
                # The budget is spent inside the bucket: what was found is in order; go on after its last entry.
                last = found[-1]
                return Page(entries=_clean(found), scanned=scanned,
                            next_token=_cursor_after(last))
            continue
        batch: list[tuple[str, int]] = []
        count = 0
        # Batches grow (2, 4, 8, ... pages): a first page that lies in the first buckets reads only those.
        room = max(1, min(grow, _BATCH, max_pages - scanned))
        grow *= 2
        while wanted.has(index) and wanted[index][1] <= WHOLE_BUCKET_PAGES and (
                not batch or count + wanted[index][1] <= room):
            batch.append(wanted[index])
            count += wanted[index][1]
            index += 1
        ids = [_page_id(name, bucket, n) for bucket, pages in batch for n in range(pages)]
        by_bucket: dict[str, list[dict]] = {}
        for doc in coll.find({"_id": {"$in": ids}}):
            bucket = _bucket_of(doc["_id"], name)
            by_bucket.setdefault(bucket, []).extend({**unpack(entry), "_ref": ref}
                                                    for ref, entry in (doc.get("i") or {}).items())
        scanned += count
        for bucket, _pages in batch:
            entries = sorted(by_bucket.get(bucket, []), key=_position,
                             reverse=descending)
            for entry in entries:
                if cursor is not None and bucket == cursor[0]:
                    if cursor[1] is None:
                        break  # the whole bucket was covered by an earlier page
                    position, mark = _position(entry), (cursor[1], cursor[2])
                    if (position >= mark) if descending else (position <= mark):
                        continue
                if not match(entry):
                    continue
                found.append({**entry, "_bucket": bucket})
                if len(found) > limit:
                    last = found[limit - 1]
                    return Page(entries=_clean(found[:limit]), scanned=scanned,
                                next_token=_cursor_after(last))
        if scanned >= max_pages and wanted.has(index):
            # The budget is spent: answer what was found, and go on after the last bucket read next time.
            if found:
                last = found[-1]
                if last["_bucket"] != batch[-1][0]:
                    return Page(entries=_clean(found), scanned=scanned, next_token=encode_cursor([batch[-1][0], None, None]))
                return Page(entries=_clean(found), scanned=scanned,
                            next_token=_cursor_after(last))
            return Page(entries=[], scanned=scanned, next_token=encode_cursor([batch[-1][0], None, None]))
    return Page(entries=_clean(found), scanned=scanned, next_token="")


@dataclass(frozen=True)
class _Part:
    entries: list[dict]  # in list order, after the mark, matching
    scanned: int
    complete: bool  # the bucket holds nothing more after these (else: more may follow the last one)


def _read_ranged(coll: Collection, name: str, bucket: str, pages: int, *, mark: tuple[str, str] | None, need: int,
                 match: Callable[[dict], bool], descending: bool, budget: int) -> _Part:
    """The first `need` matching entries of a large bucket after `mark` (key, ref), in order, reading only the pages
    whose key range can hold them: pages in the order of their range's start (ascending lists), skipping those wholly
    before the mark, and stopping once no unread page can hold an entry before the `need`-th found. Pages with no
    recorded range (written before ranges were kept) are read first, all of them. Entries mostly arrive in key order (a
    deadline a fixed time after the report), so a page of a list reads two or three pages, not the whole bucket."""
    known = _page_ranges(coll, name, bucket, pages)

    def after(position: tuple[str, str]) -> bool:
        return mark is None or (position < mark if descending else position > mark)

    unknown, ranged = [], []
    for number in range(pages):
        if number not in known:
            unknown.append(number)
            continue
        first, last = known[number]
        if mark is None or (first <= mark[0] if descending else last >= mark[0]):
            ranged.append((number, first, last))
    # Ascending: by where each page's keys start; descending: by where they end, highest first.
    ranged.sort(key=(lambda page: page[2]) if descending else (lambda page: page[1]), reverse=descending)
    order = [(number, (first, last)) for number, first, last in ranged]

    def opens(bound: tuple[str, str]) -> str:
        return bound[1] if descending else bound[0]

    collected: list[dict] = []

    def take(numbers: list[int]) -> None:
        for doc in coll.find({"_id": {"$in": [_page_id(name, bucket, number) for number in numbers]}}):
            for ref, value in (doc.get("i") or {}).items():
                entry = {**unpack(value), "_ref": ref}
                if after(_position(entry)) and match(entry):
                    collected.append(entry)

    if unknown:
        take(unknown)  # in one read, as a bucket was read before ranges were kept
    scanned, index, grow = 1 + len(unknown), 0, _FIRST_BATCH  # the key ranges' read counts as a page
    while index < len(order):
        collected.sort(key=_position, reverse=descending)
        if len(collected) >= need:
            cut = collected[need - 1].get("_k") or ""
            # Every page still unread starts after the need-th entry's key: none of its entries comes before it.
            if (opens(order[index][1]) < cut) if descending else (opens(order[index][1]) > cut):
                return _Part(entries=collected[:need], scanned=scanned, complete=False)
        if scanned >= budget:
            # Only what lies before every unread page is known to be in order.
            edge = opens(order[index][1])
            safe = [e for e in collected if ((e.get("_k") or "") > edge if descending else (e.get("_k") or "") < edge)]
            if safe:
                return _Part(entries=safe[:need], scanned=scanned, complete=False)
        batch = order[index:index + grow]
        index += len(batch)
        grow = min(grow * 2, _BATCH)
        take([number for number, _ in batch])
        scanned += len(batch)
    collected.sort(key=_position, reverse=descending)
    return _Part(entries=collected[:need], scanned=scanned, complete=len(collected) <= need)


def _position(entry: dict) -> tuple[str, str]:
    """Where an entry stands inside its bucket: its key, then its ref."""
    return entry.get("_k") or "", entry["_ref"]


def _cursor_after(entry: dict) -> str:
    """The cursor that goes on after `entry` (one found by read, with its `_bucket`)."""
    return encode_cursor([entry["_bucket"], *_position(entry)])


def _clean(entries: Iterable[dict]) -> list[dict]:
    return [{k: v for k, v in e.items() if k not in ("_k", "_bucket")} for e in entries]


def backfill(coll: Collection, *, mark: str, items: Iterable[tuple[str, dict[str, Placement | None]]]) -> int:
    """Once per database (then marked `mark`): place every item of a store from before its lists existed.

    The one full read of the owning collection, at start, never on a request or event path."""
    if coll.find_one({"_id": f"mark|{mark}"}) is not None:
        return 0
    count = 0
    for ref, lists in items:
        place(coll, ref=ref, lists=lists)
        count += 1
    coll.update_one({"_id": f"mark|{mark}"}, {"$set": {"items": count}}, upsert=True)
    return count


def layout(items: Iterable[tuple[str, dict[str, Placement | None]]]) -> list[dict]:
    """The documents `place` would leave for these items on an empty collection (heads, full pages, locators), for
    a bulk load with insert_many: seeding a benchmark, or rebuilding lists offline. Pure; no store access."""
    buckets: dict[str, dict[str, int]] = {}
    counts: dict[str, int] = {}
    pages: dict[str, dict] = {}
    locators: dict[str, dict] = {}
    ranges: dict[str, dict] = {}
    for ref, lists in items:
        for raw_name, placement in lists.items():
            if placement is None:
                continue
            name = _safe(raw_name)
            listed = buckets.setdefault(name, {})
            number = max(listed.get(placement.bucket, 1) - 1, 0)
            page_id = _page_id(name, placement.bucket, number)
            if page_id in pages and pages[page_id]["n"] >= CAP:
                number += 1
                page_id = _page_id(name, placement.bucket, number)
            page = pages.setdefault(page_id, {"_id": page_id, "n": 0, "i": {}})
            page["i"][ref] = pack({**placement.entry, "_k": placement.key})
            page["n"] += 1
            keys_id = _keys_id(name, placement.bucket, number // KEYS_BLOCK)
            keys = ranges.setdefault(keys_id, {"_id": keys_id, "from": 0, "lo": {}, "hi": {}})
            number_key = str(number)
            keys["lo"][number_key] = min(keys["lo"].get(number_key, placement.key), placement.key)
            keys["hi"][number_key] = max(keys["hi"].get(number_key, placement.key), placement.key)
            listed[placement.bucket] = number + 1
            counts[name] = counts.get(name, 0) + 1
            locators.setdefault(ref, {"_id": f"@{ref}", "at": {}})["at"][name] = page_id
    listings: dict[str, dict] = {}
    for name, listed in buckets.items():
        head = listings.setdefault(name, {"_id": name, "b": {}, "s": {}})
        for bucket, count in listed.items():
            month = _month(bucket)
            if month is not None:
                head["s"][month] = True
            listings.setdefault(_home(name, bucket), {"_id": _home(name, bucket), "b": {}})["b"][bucket] = count
    count_docs = [{"_id": _count_id(name), "n": n} for name, n in counts.items()]
    return [*listings.values(), *count_docs, *pages.values(), *ranges.values(), *locators.values()]
