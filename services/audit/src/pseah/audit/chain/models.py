"""How the chain is stored: one document per entry, plus a checkpoint of the head.

Entries are read and written as raw documents (the collection), not through mongoengine field
conversion: the hash covers exactly the stored values, so nothing may coerce them in between.
The Document classes declare the collections and their indexes.
"""
from __future__ import annotations

import mongoengine
from pydantic import BaseModel


class AuditEntry(mongoengine.DynamicDocument):
    meta = {
        "collection": "audit_entries",
        "indexes": [
            # One writer per chain: a second writer's insert with the same seq fails instead of forking.
            {"fields": ["seq"], "unique": True},
            # A redelivered event is never appended twice.
            {"fields": ["event_id"], "unique": True},
            {"fields": ["subject", "seq"]},
        ],
        "auto_create_index": False,
    }
    seq = mongoengine.IntField(required=True)
    event_id = mongoengine.StringField(required=True)
    subject = mongoengine.StringField()


class EntryBySeq(mongoengine.Document):
    """seq -> event id: pages of the chain, and the resume after a crash, read by _id.

    The _id is the seq as a zero-padded string (pseah.audit.chain.batch.seq_key): FerretDB answers only string
    or ObjectId _id conditions from its index, an integer _id is a scan. Written before the entries it names.
    """

    meta = {"collection": "audit_by_seq", "auto_create_index": False}
    id = mongoengine.StringField(primary_key=True)
    event_id = mongoengine.StringField(required=True)


class EntriesBySubject(mongoengine.Document):
    """subject (a case reference) -> the seqs of its entries: a case's trail without reading the chain."""

    meta = {"collection": "audit_by_subject", "auto_create_index": False}
    id = mongoengine.StringField(primary_key=True)
    seqs = mongoengine.ListField(mongoengine.IntField())


class ChainCheckpoint(mongoengine.Document):
    """The last appended (seq, hash), written after each batch.

    It may lag the chain by one batch after a crash, never lead it (the writer resumes past it); verify uses it to notice entries
    removed from the end, which the links alone cannot show.
    """

    meta = {"collection": "audit_checkpoint", "auto_create_index": False}
    id = mongoengine.StringField(primary_key=True, default="head")
    seq = mongoengine.IntField(required=True)
    hash = mongoengine.StringField(required=True)


class EntriesByField(mongoengine.Document):
    """actor or type -> its seqs, one document per 1,024 seqs ("actor:<value>:<bucket>"): the auditor's filters
    read a few documents by `_id` instead of scanning the log, and no document grows with the log."""

    meta = {"collection": "audit_by_field", "auto_create_index": False}
    id = mongoengine.StringField(primary_key=True)
    seqs = mongoengine.ListField(mongoengine.IntField())


class TreeTile(mongoengine.Document):
    """A tile of the Merkle tree (pseah.audit.chain.tiles): `_id` "<level>/<index>", `h` the hashes, 32 bytes each."""

    meta = {"collection": "audit_tree", "auto_create_index": False}
    id = mongoengine.StringField(primary_key=True)
    h = mongoengine.BinaryField()


class SignedCheckpoint(mongoengine.DynamicDocument):
    """The store's copy of each signed checkpoint (`_id` its tree size as a seq key), and whether it was published.

    Only a convenience (exports, the auditor page): verification takes the checkpoints from the Kafka topic, and the
    signature, not this copy, is what makes one count.
    """

    meta = {"collection": "audit_signed_checkpoints", "auto_create_index": False}
    id = mongoengine.StringField(primary_key=True)


class EntryRead(BaseModel):
    """What an auditor sees of an entry: metadata only, as stored and hashed."""

    seq: int
    event_id: str
    type: str
    subject: str
    source: str
    actor: str | None
    time: str
    recorded_at: str
    topic: str
    partition: int
    offset: int
    metadata: dict
    event_digest: str
    prev_hash: str
    hash: str
