"""Attachment operations: add (cleaned, sealed in chunks), list, and read back for a case handler."""
from __future__ import annotations

from datetime import UTC, datetime

from pseah.common.crypto import KeyRing, open_sealed, seal
from pseah.intake.attachment import media
from pseah.intake.attachment.models import Attachment, AttachmentChunk

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
    if Attachment.objects(reference=reference).count() >= max_per_case:
        raise TooManyAttachments(reference)
    cleaned = media.clean(data, max_pixels=max_pixels)
    key = keyring.get(reference)
    attachment = Attachment(reference=reference, media_type=cleaned.media_type, size=len(cleaned.data),
                            metadata_removed=cleaned.metadata_removed, created_at=datetime.now(UTC))
    pieces = [cleaned.data[i:i + CHUNK_BYTES] for i in range(0, len(cleaned.data), CHUNK_BYTES)]
    # Chunks first, the attachment last (no transactions in FerretDB): a crash in between leaves only
    # unlisted sealed chunks, never a listed attachment with missing content.
    AttachmentChunk.objects.insert([
        AttachmentChunk(attachment_id=attachment.id, n=n, sealed=seal(key, piece, context=_context(reference, attachment.id, n)))
        for n, piece in enumerate(pieces)], load_bulk=False)
    attachment.chunks = len(pieces)
    attachment.save(force_insert=True)
    return attachment


def discard(*, reference: str) -> None:
    """Delete a case's attachments (used when a channel conversation is cancelled or abandoned)."""
    for attachment in Attachment.objects(reference=reference).only("id"):
        # The listed attachment first: a crash midway leaves unlisted chunks under a shredded key.
        attachment.delete()
        AttachmentChunk.objects(attachment_id=attachment.id).delete()


def list_for_case(*, reference: str) -> list[Attachment]:
    return list(Attachment.objects(reference=reference).order_by("created_at").limit(500))


def get(*, reference: str, attachment_id: str) -> Attachment | None:
    return Attachment.objects(id=attachment_id, reference=reference).first()


def content(*, keyring: KeyRing, attachment: Attachment) -> bytes:
    """The file, opened with the case key (KeyUnavailable once the case key is shredded)."""
    key = keyring.get(attachment.reference)
    chunks = AttachmentChunk.objects(attachment_id=attachment.id).order_by("n")
    data = b"".join(open_sealed(key, c.sealed, context=_context(attachment.reference, attachment.id, c.n))
                    for c in chunks)
    if len(data) != attachment.size:
        raise ValueError("attachment chunks missing")  # never hand out a silently truncated file
    return data
