"""Which store reads are not `_id` look-ups, and what every command costs: pymongo command listeners for tests and
profiling.

On FerretDB (either backend) only `_id` conditions are answered from an index; any other filter, sort or count
reads every document of the collection, so its cost grows with the store. Set PSEAH_MONGO_QUERY_LOG to a file
path and every process that connects through `pseah.common.mongo` appends one JSON line per command whose
filter is not keyed by `_id` (collection, command, the filter's field names, never its values). Integration
tests and benchmarks read the file to name the scans on a path.

PSEAH_MONGO_COMMAND_CENSUS set to another path appends one JSON line per command that succeeded or failed (database,
collection, command, whether keyed by `_id`, the server's time in microseconds; never a filter or a value): a flood
read against it says how many store round trips a report costs, per service and collection, and where their time
goes (tests/bench/census.py sums it).
"""
from __future__ import annotations

import json
import os
import threading

from pymongo import monitoring

# Commands that read or write by a filter; inserts and `_id` look-ups cost the same at any store size.
_FILTERED = {"find": "filter", "count": "query", "delete": "deletes", "update": "updates",
             "findAndModify": "query", "aggregate": "pipeline", "distinct": "query"}


def _shape(value) -> object:
    """Field names and operators of a filter, values replaced: safe to log, enough to name the query."""
    if isinstance(value, dict):
        return {key: _shape(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_shape(inner) for inner in value[:1]]
    return "?"


def keyed_by_id(filter_: object) -> bool:
    """True when the filter pins `_id` to one value or a list of values (the rest only narrows further)."""
    if not isinstance(filter_, dict) or "_id" not in filter_:
        return False
    condition = filter_["_id"]
    if isinstance(condition, dict):
        return any(op in condition for op in ("$eq", "$in"))
    return True


def unkeyed(command_name: str, command: dict) -> list[object]:
    """The filters of one command that are not `_id` look-ups (empty: the command is keyed or unfiltered)."""
    field = _FILTERED.get(command_name)
    if field is None:
        return []
    if command_name == "aggregate":
        return [_shape(command.get("pipeline"))]
    if command_name in ("update", "delete"):
        filters = [statement.get("q", {}) for statement in command.get(field, [])]
    else:
        filters = [command.get(field) or {}]
    return [_shape(f) for f in filters if not keyed_by_id(f)]


class UnkeyedQueryLog(monitoring.CommandListener):
    """Appends one JSON line per unkeyed filter to `path`; thread-safe, best effort (never fails a command)."""

    def __init__(self, path: str, *, service: str) -> None:
        self.path, self.service = path, service
        self._lock = threading.Lock()

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        try:
            shapes = unkeyed(event.command_name, event.command)
            if not shapes:
                return
            collection = event.command.get(event.command_name)
            lines = "".join(json.dumps({"service": self.service, "db": event.database_name,
                                        "collection": collection, "command": event.command_name,
                                        "filter": shape, "sort": _shape(event.command.get("sort"))},
                                       sort_keys=True) + "\n" for shape in shapes)
            with self._lock, open(self.path, "a", encoding="utf-8") as out:
                out.write(lines)
        except Exception:  # noqa: BLE001 - a profiling aid must never break the command it watches
            pass

    def succeeded(self, event) -> None:
        pass

    def failed(self, event) -> None:
        pass


class CommandCensus(monitoring.CommandListener):
    """Appends one JSON line per finished command to `path` (metadata only); thread-safe, best effort."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._started: dict[int, tuple[str, str, bool]] = {}

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        try:
            name = event.command_name
            collection = event.command.get(name)
            keyed = not unkeyed(name, event.command)  # commands that take no filter come back empty: keyed
            with self._lock:
                self._started[event.request_id] = (name, collection if isinstance(collection, str) else "", keyed)
        except Exception:  # noqa: BLE001 - a profiling aid must never break the command it watches
            pass

    def _finished(self, event, ok: bool) -> None:
        try:
            with self._lock:
                name, collection, keyed = self._started.pop(event.request_id, (event.command_name, "", True))
                line = json.dumps({"pid": os.getpid(), "db": event.database_name, "collection": collection, "command": name,
                                   "keyed": keyed, "ok": ok, "micros": event.duration_micros}) + "\n"
                with open(self.path, "a", encoding="utf-8") as out:
                    out.write(line)
        except Exception:  # noqa: BLE001
            pass

    def succeeded(self, event) -> None:
        self._finished(event, True)

    def failed(self, event) -> None:
        self._finished(event, False)


_made: dict[tuple[str, str], monitoring.CommandListener] = {}


def listeners(*, service: str) -> list[monitoring.CommandListener]:
    # The same objects for the same settings: mongoengine refuses a second `connect` whose options differ.
    made = []
    path = os.environ.get("PSEAH_MONGO_QUERY_LOG")
    if path:
        made.append(_made.setdefault((path, service), UnkeyedQueryLog(path, service=service)))
    census = os.environ.get("PSEAH_MONGO_COMMAND_CENSUS")
    if census:
        made.append(_made.setdefault((census, ""), CommandCensus(census)))
    return made
