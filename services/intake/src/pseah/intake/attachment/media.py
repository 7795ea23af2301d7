"""What a file really is (by its first bytes, never its name or declared type) and its metadata removed.

Pure functions, no storage. Images are decoded and re-encoded from their pixels alone, which drops EXIF
(GPS position, camera serial, time), XMP, IPTC, ICC and PNG text chunks in one go; the EXIF orientation is
applied first so the picture still looks the right way up. MP3 loses its ID3 tags (title, artist,
recording device). Ogg, M4A and PDF are kept byte for byte: their metadata is not stripped (README).
"""
from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

# Detected type -> whether it is an image we re-encode.
ALLOWED = {
    "image/jpeg": True, "image/png": True, "image/webp": True,
    "audio/mpeg": False, "audio/ogg": False, "audio/mp4": False,
    "application/pdf": False,
}
# ISO base media "ftyp" brands of audio-only files (voice memos on iOS and Android).
_M4A_BRANDS = {b"M4A ", b"M4B ", b"mp42", b"isom", b"3gp4", b"3gp5"}


class UnsupportedMedia(ValueError):
    """Not one of the allowed types, judged by content."""


class UnreadableMedia(ValueError):
    """Claims to be an allowed type but does not decode (truncated, corrupt, or a decompression bomb)."""


@dataclass(frozen=True)
class Cleaned:
    media_type: str
    data: bytes
    metadata_removed: bool


def sniff(data: bytes) -> str | None:
    """The media type by magic bytes, or None when it is none of the allowed ones."""
    head = data[:16]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head[4:8] == b"ftyp" and head[8:12] in _M4A_BRANDS:
        return "audio/mp4"
    if head.startswith(b"ID3") or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"  # an ID3 tag, or an MPEG audio frame sync
    return None


def _reencode(data: bytes, media_type: str, *, max_pixels: int) -> bytes:
    from PIL import Image, ImageOps  # imported here: only uploads pay for loading Pillow

    fmt = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}[media_type]
    try:
        with warnings.catch_warnings():
            # Pillow only warns between max_pixels and twice that; a bomb is refused either way.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            Image.MAX_IMAGE_PIXELS = max_pixels
            with Image.open(io.BytesIO(data), formats=[fmt]) as img:
                img.load()
                upright = ImageOps.exif_transpose(img)
        if upright.mode not in ("RGB", "RGBA", "L", "LA") or (fmt == "JPEG" and upright.mode not in ("RGB", "L")):
            upright = upright.convert("RGBA" if fmt != "JPEG" and "A" in upright.getbands() else "RGB")
        # A new image from the pixels alone: nothing of the original's info dict travels with it.
        clean = Image.new(upright.mode, upright.size)
        clean.paste(upright)
        out = io.BytesIO()
        options = {"quality": 90} if fmt in ("JPEG", "WEBP") else {"optimize": False}
        clean.save(out, format=fmt, **options)
        return out.getvalue()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableMedia("the image is too large in pixels") from exc
    except Exception as exc:  # noqa: BLE001 - Pillow's decoders raise many types on hostile input; all are a 422
        raise UnreadableMedia("the image cannot be decoded") from exc


def _strip_id3(data: bytes) -> bytes:
    # ID3v2 at the start (size in 4 syncsafe bytes, plus 10 for the header and 10 more with a footer).
    while data.startswith(b"ID3") and len(data) >= 10:
        size = (data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F)
        data = data[10 + size + (10 if data[5] & 0x10 else 0):]
    # ID3v1: a 128-byte "TAG" block at the end.
    if len(data) >= 128 and data[-128:-125] == b"TAG":
        data = data[:-128]
    if not data:
        raise UnreadableMedia("the audio file holds tags but no sound")
    return data


def clean(data: bytes, *, max_pixels: int = 40_000_000) -> Cleaned:
    """The file as it will be stored: type by content, metadata removed where we know how."""
    media_type = sniff(data)
    if media_type is None:
        raise UnsupportedMedia("allowed: JPEG, PNG, WebP images; MP3, Ogg, M4A voice notes; PDF documents")
    if ALLOWED[media_type]:
        return Cleaned(media_type, _reencode(data, media_type, max_pixels=max_pixels), True)
    if media_type == "audio/mpeg":
        return Cleaned(media_type, _strip_id3(data), True)
    return Cleaned(media_type, data, False)
