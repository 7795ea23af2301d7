"""Which store reads are not `_id` look-ups: a pymongo command listener for tests and profiling.

On FerretDB (either backend) only `_id` conditions are answered from an index; any other filter, sort or count
reads every document of the collection, so its cost grows with the store. Set PSEAH_MONGO_QUERY_LOG to a file
path and every process that connects through `pseah.common.mongo` appends one JSON line per command whose
filter is not keyed by `_id` (collection, command, the filter's field names, never its values). Integration
tests and benchmarks read the file to name the scans on a path.
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


_made: dict[tuple[str, str], UnkeyedQueryLog] = {}


def listeners(*, service: str) -> list[monitoring.CommandListener]:
    # The same object for the same settings: mongoengine refuses a second `connect` whose options differ.
    path = os.environ.get("PSEAH_MONGO_QUERY_LOG")
    if not path:
        return []
    return [_made.setdefault((path, service), UnkeyedQueryLog(path, service=service))]
