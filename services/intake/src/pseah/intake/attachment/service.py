"""Attachment operations: add (cleaned, sealed in chunks), list, and read back for a case handler."""
from __future__ import annotations

from datetime import UTC, datetime

from pymongo.errors import DuplicateKeyError

from pseah.common.crypto import KeyRing, open_sealed, seal
from pseah.intake.attachment import media
from pseah.intake.attachment.models import Attachment, AttachmentChunk, AttachmentIndex, chunk_id

BACKFILL_MARK = "mark|attachment-index-v1"

# Small enough that one sealed chunk (base64) stays far below the 16 MiB document limit.
CHUNK_BYTES = 256 * 1024


class TooManyAttachments(Exception):
    pass


def _context(reference: str, attachment_id: str, n: int) -> str:
    # Binding each chunk to its case, attachment and position: a chunk moved or swapped does not open.
    return f"{reference}/attachment/{attachment_id}/{n}"


def add(*, keyring: KeyRing, reference: str, data: bytes, max_per_case: int,
        max_pixels: int = 40_000_000) -> Attachment:
    """Clean and store one file. Raises media.UnsupportedMedia / UnreadableMedia / TooManyAttachments."""
    index = AttachmentIndex.objects(id=reference).only("n").first()
    if index is not None and index.n >= max_per_case:
        raise TooManyAttachments(reference)
    cleaned = media.clean(data, max_pixels=max_pixels)
    key = keyring.get(reference)
    attachment = Attachment(reference=reference, media_type=cleaned.media_type, size=len(cleaned.data),
                            metadata_removed=cleaned.metadata_removed, created_at=datetime.now(UTC))
    pieces = [cleaned.data[i:i + CHUNK_BYTES] for i in range(0, len(cleaned.data), CHUNK_BYTES)]
    # Chunks first, the attachment next, its place in the case's index last (no transactions in FerretDB): a crash in
    # between leaves only unlisted sealed chunks, never a listed attachment with missing content.
    AttachmentChunk.objects.insert([
        AttachmentChunk(id=chunk_id(attachment.id, n), attachment_id=attachment.id, n=n,
                        sealed=seal(key, piece, context=_context(reference, attachment.id, n)))
        for n, piece in enumerate(pieces)], load_bulk=False)
    attachment.chunks = len(pieces)
    attachment.save(force_insert=True)
    try:
        # The cap is held here, in the one conditional write: two uploads racing for the last place cannot both list.
        AttachmentIndex._get_collection().update_one({"_id": reference, "n": {"$lt": max_per_case}},
                                                     {"$push": {"ids": attachment.id}, "$inc": {"n": 1}}, upsert=True)
    except DuplicateKeyError:  # the case's index exists and is full
        _delete(attachment)
        raise TooManyAttachments(reference) from None
    return attachment


def _listed_ids(reference: str) -> list[str]:
    index = AttachmentIndex.objects(id=reference).only("ids").first()
    return list(index.ids) if index is not None else []


def _delete(attachment: Attachment) -> None:
    # The attachment first: a crash midway leaves unlisted chunks under a shredded key.
    attachment.delete()
    ids = [chunk_id(attachment.id, n) for n in range(attachment.chunks)]
    removed = AttachmentChunk.objects(id__in=ids).delete()
    if removed < attachment.chunks:  # stored before chunks had keyed ids
        AttachmentChunk.objects(attachment_id=attachment.id).delete()


def discard(*, reference: str) -> None:
    """Delete a case's attachments (used when a channel conversation is cancelled or abandoned)."""
    for attachment in Attachment.objects(id__in=_listed_ids(reference)):
        _delete(attachment)
    AttachmentIndex.objects(id=reference).delete()


def list_for_case(*, reference: str) -> list[Attachment]:
    attachments = list(Attachment.objects(id__in=_listed_ids(reference)))
    return sorted(attachments, key=lambda attachment: attachment.created_at)[:500]


def get(*, reference: str, attachment_id: str) -> Attachment | None:
    return Attachment.objects(id=attachment_id, reference=reference).first()


def backfill_index() -> int:
    """Index the attachments stored before the index existed; once per database (then marked), at start."""
    coll = AttachmentIndex._get_collection()
    if coll.find_one({"_id": BACKFILL_MARK}) is not None:
        return 0
    by_case: dict[str, list[str]] = {}
    for doc in Attachment._get_collection().find({}, {"reference": True}):
        by_case.setdefault(doc["reference"], []).append(doc["_id"])
    for reference, ids in by_case.items():
        # With an upload racing this, the set keeps every id once and the count never drops below what is listed.
        coll.update_one({"_id": reference}, {"$addToSet": {"ids": {"$each": ids}}, "$max": {"n": len(ids)}},
                        upsert=True)
    coll.update_one({"_id": BACKFILL_MARK}, {"$set": {"cases": len(by_case)}}, upsert=True)
    return len(by_case)


def content(*, keyring: KeyRing, attachment: Attachment) -> bytes:
    """The file, opened with the case key (KeyUnavailable once the case key is shredded)."""
    key = keyring.get(attachment.reference)
    chunks = list(AttachmentChunk.objects(id__in=[chunk_id(attachment.id, n) for n in range(attachment.chunks)]))
    if len(chunks) < attachment.chunks:  # stored before chunks had keyed ids
        chunks = list(AttachmentChunk.objects(attachment_id=attachment.id))
    chunks.sort(key=lambda chunk: chunk.n)
    data = b"".join(open_sealed(key, c.sealed, context=_context(attachment.reference, attachment.id, c.n))
                    for c in chunks)
    if len(data) != attachment.size:
        raise ValueError("attachment chunks missing")  # never hand out a silently truncated file
    return data
