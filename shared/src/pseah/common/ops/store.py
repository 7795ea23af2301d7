"""Dump and load the suite's databases document by document, as BSON (mongodump's layout, gzipped).

Layout of a backup directory:

    manifest.json                      databases, collections, document counts, SHA-256 of every file
    store/<db>/<collection>.bson.gz    the documents, each one BSON document after another
    store/<db>/<collection>.indexes.json   the indexes other than _id_ (extended JSON)
    keys.pseahkeys                     the key material, sealed with a passphrase (sealedfile.py);
                                       written elsewhere with --keys-out, so it can be kept apart

Only what FerretDB 1.24 and MongoDB both do: find in natural order, insert_many, create_index. There is no
snapshot across collections (no transactions on FerretDB), so the order of the dump is chosen to keep the
restored copy consistent: the audit checkpoint before the audit entries (the chain read is then at least as
long as the head it must reach), and the key store last (every case in the dumped data finds its key).
"""
from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bson import json_util
from bson.raw_bson import RawBSONDocument
from pymongo import MongoClient

# The suite's databases (each service's settings). listDatabases is not asked: FerretDB 1.24 computes every
# database's size for it even with nameOnly (minutes on a busy SQLite store) and a long one was seen to stall the
# whole server; other databases are named with --database.
SUITE_DATABASES = ("pseah_intake", "pseah_triage", "pseah_referral", "pseah_notification", "pseah_audit",
                   "pseah_analytics", "pseah_portal", "pseah_keys")
KEYS_DATABASE = "pseah_keys"
BATCH = 500


def client(uri: str, *, timeout_ms: int = 10000) -> MongoClient:
    return MongoClient(uri, document_class=RawBSONDocument, uuidRepresentation="standard",
                       serverSelectionTimeoutMS=timeout_ms, retryWrites=False)


def dump_order(names: Iterable[str]) -> list[str]:
    # Keys last: a case written while the dump runs is then either absent or has its key in the backup.
    return sorted(set(names), key=lambda n: (n == KEYS_DATABASE, n))


def collection_order(names: Iterable[str]) -> list[str]:
    # Checkpoints first: the entries read afterwards reach at least the head the checkpoint names.
    return sorted(set(names), key=lambda n: ("checkpoint" not in n, n))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Manifest:
    databases: dict[str, dict[str, dict]] = field(default_factory=dict)  # db -> collection -> {count, files}

    def to_json(self) -> dict:
        return {"format": "pseah-backup-v1", "databases": self.databases}


def dump(cli: MongoClient, databases: Iterable[str], out: Path) -> Manifest:
    manifest = Manifest()
    for db_name in databases:
        db = cli[db_name]
        collections = collection_order(c for c in db.list_collection_names() if not c.startswith("system."))
        manifest.databases[db_name] = {}
        folder = out / "store" / db_name
        folder.mkdir(parents=True, exist_ok=True)
        for name in collections:
            data_path = folder / f"{name}.bson.gz"
            count = 0
            with gzip.open(data_path, "wb") as fh:
                for doc in db[name].find({}, batch_size=BATCH):
                    fh.write(doc.raw)
                    count += 1
            indexes = [{"name": n, **{k: v for k, v in spec.items() if k not in ("v", "ns")}}
                       for n, spec in db[name].index_information().items() if n != "_id_"]
            index_path = folder / f"{name}.indexes.json"
            index_path.write_text(json_util.dumps(indexes, json_options=json_util.CANONICAL_JSON_OPTIONS))
            manifest.databases[db_name][name] = {
                "count": count,
                "sha256": {data_path.name: _sha256(data_path), index_path.name: _sha256(index_path)},
            }
    return manifest


def verify_files(src: Path, manifest: dict) -> None:
    """Every file the manifest names is there with its digest; raises ValueError naming the first that is not."""
    for db_name, collections in manifest["databases"].items():
        for name, entry in collections.items():
            for file_name, digest in entry["sha256"].items():
                path = src / "store" / db_name / file_name
                if not path.is_file():
                    raise ValueError(f"missing from the backup: store/{db_name}/{file_name}")
                if _sha256(path) != digest:
                    raise ValueError(f"altered since the backup: store/{db_name}/{file_name}")


def iter_bson(path: Path) -> Iterator[RawBSONDocument]:
    with gzip.open(path, "rb") as fh:
        while True:
            head = fh.read(4)
            if not head:
                return
            size = int.from_bytes(head, "little")
            yield RawBSONDocument(head + fh.read(size - 4))


def target_name(db_name: str, *, prefix_from: str, prefix_to: str | None) -> str:
    if prefix_to is None:
        return db_name
    if not db_name.startswith(prefix_from):
        raise ValueError(f"{db_name} does not start with {prefix_from}")
    return prefix_to + db_name[len(prefix_from):]


def non_empty_targets(cli: MongoClient, manifest: dict, *, prefix_from: str, prefix_to: str | None) -> list[str]:
    """Target collections that already hold documents (a restore goes into an empty store)."""
    busy = []
    for db_name, collections in manifest["databases"].items():
        db = cli[target_name(db_name, prefix_from=prefix_from, prefix_to=prefix_to)]
        for name in collections:
            if db[name].find_one({}, {"_id": 1}) is not None:
                busy.append(f"{db.name}.{name}")
    return busy


def load(cli: MongoClient, src: Path, manifest: dict, *, prefix_from: str = "pseah_",
         prefix_to: str | None = None) -> dict[str, int]:
    """Insert every dumped document and recreate the indexes; returns documents restored per db.collection."""
    restored: dict[str, int] = {}
    for db_name, collections in manifest["databases"].items():
        db = cli[target_name(db_name, prefix_from=prefix_from, prefix_to=prefix_to)]
        for name, entry in collections.items():
            folder = src / "store" / db_name
            indexes = json_util.loads((folder / f"{name}.indexes.json").read_text())
            for spec in indexes:
                spec = dict(spec)
                keys = list(spec.pop("key"))
                db[name].create_index(keys, **spec)
            count, batch = 0, []
            for doc in iter_bson(folder / f"{name}.bson.gz"):
                batch.append(doc)
                if len(batch) >= BATCH:
                    db[name].insert_many(batch, ordered=True)
                    count, batch = count + len(batch), []
            if batch:
                db[name].insert_many(batch, ordered=True)
                count += len(batch)
            if count == 0 and not indexes and name not in db.list_collection_names():
                db.create_collection(name)  # an empty collection is restored as empty, not as missing
            if count != entry["count"]:
                raise ValueError(f"{db.name}.{name}: restored {count} documents, the backup holds {entry['count']}")
            restored[f"{db.name}.{name}"] = count
    return restored
