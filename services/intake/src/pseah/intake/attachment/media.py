"""What a file really is (by its first bytes, never its name or declared type) and its metadata removed.

Pure functions, no storage. Images are decoded and re-encoded from their pixels alone, which drops EXIF
(GPS position, camera serial, time), XMP, IPTC, ICC and PNG text chunks in one go; the EXIF orientation is
applied first so the picture still looks the right way up. MP3 loses its ID3 tags (title, artist,
recording device). Ogg (Vorbis, Opus, Speex, FLAC) keeps only the vendor string its comment header
requires; M4A has every udta/meta/uuid/free box (title, artist, date, the ©xyz location) blanked into a
zero-filled `free` box of the same size, so no sample offset moves; PDF is rewritten without its Info
dictionary, XMP streams (document, pages, images), PieceInfo and the EXIF/XMP/IPTC segments of the JPEG
photos placed in it, and without objects nothing refers to (earlier revisions). What a format leaves us
unable to clean completely (an Ogg with several logical streams, an encrypted PDF, a PDF photo that does
not parse) is kept with metadata_removed=False (the Ogg and encrypted PDF byte for byte); what does not
parse at all is refused like a broken image.
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


_OGG_CODECS = ("OggOpus", "OggVorbis", "OggSpeex", "OggFLAC")


def _ogg_streams(data: bytes) -> set[int]:
    from mutagen.ogg import OggPage

    buf, serials = io.BytesIO(data), set()
    while buf.tell() < len(data):
        serials.add(OggPage(buf).serial)
    return serials


def _clean_ogg(data: bytes) -> tuple[bytes, bool]:
    import mutagen
    from mutagen import oggflac, oggopus, oggspeex, oggvorbis

    try:
        streams = _ogg_streams(data)
        audio = mutagen.File(io.BytesIO(data), options=[oggopus.OggOpus, oggvorbis.OggVorbis,
                                                        oggspeex.OggSpeex, oggflac.OggFLAC])
    except Exception as exc:  # noqa: BLE001 - mutagen raises many types on hostile input; all are a 422
        raise UnreadableMedia("the Ogg file cannot be read") from exc
    if audio is None:
        raise UnsupportedMedia("an Ogg file must hold Opus, Vorbis, Speex or FLAC audio")
    if len(streams) > 1:
        # mutagen rewrites the first logical stream's comments only: the others would keep theirs.
        return data, False
    buf = io.BytesIO(data)
    try:
        if audio.tags is not None:
            audio.tags.clear()  # the vendor string stays: the comment header requires one
        audio.save(buf)
    except Exception as exc:  # noqa: BLE001
        raise UnreadableMedia("the Ogg file cannot be rewritten") from exc
    return buf.getvalue(), True


# Boxes that hold descriptive metadata (udta: ©nam, ©ART, ©day, ©xyz location; meta: iTunes ilst and
# QuickTime keys; uuid: XMP and vendor blobs) and padding that may still hold an older copy of them.
_MP4_BLANK = {b"udta", b"meta", b"uuid", b"free", b"skip"}
# Containers whose children are plain boxes, where such metadata is found (stbl/stsd entries are not).
_MP4_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"edts", b"mvex", b"moof", b"traf"}


def _mp4_boxes(data: bytearray, start: int, end: int, *, top: bool) -> list[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, box end) of the boxes between start and end."""
    boxes, pos = [], start
    while pos < end:
        if end - pos < 8:
            raise UnreadableMedia("the M4A file ends inside a box header")
        size, kind = int.from_bytes(data[pos:pos + 4], "big"), bytes(data[pos + 4:pos + 8])
        header = 8
        if size == 1:
            if end - pos < 16:
                raise UnreadableMedia("the M4A file ends inside a box header")
            size, header = int.from_bytes(data[pos + 8:pos + 16], "big"), 16
        elif size == 0 and top:
            size = end - pos  # the last top-level box runs to the end of the file
        if size < header or pos + size > end:
            raise UnreadableMedia("an M4A box runs past its container")
        boxes.append((kind, pos, pos + header, pos + size))
        pos += size
    return boxes


def _clean_m4a(data: bytes) -> bytes:
    out = bytearray(data)
    top = _mp4_boxes(out, 0, len(out), top=True)
    if not any(kind == b"moov" for kind, *_ in top):
        raise UnreadableMedia("the M4A file has no movie header")
    pending = [top]
    while pending:
        for kind, start, payload, end in pending.pop():
            if kind in _MP4_BLANK:
                # Same size, so no chunk offset (stco/co64, moof) has to move: type "free", contents zero.
                out[start + 4:start + 8] = b"free"
                out[payload:end] = bytes(end - payload)
            elif kind in _MP4_CONTAINERS:
                pending.append(_mp4_boxes(out, payload, end, top=False))
    return bytes(out)


# JPEG segments that carry no picture: APP1 (EXIF with GPS, XMP), APP2 (ICC, FlashPix) .. APP13 (IPTC),
# APP15 and comments. APP0 (JFIF) and APP14 (Adobe: how to read the colours) stay.
_JPEG_DROP = {*range(0xE1, 0xEE), 0xEF, 0xFE}


def _strip_jpeg_segments(data: bytes) -> bytes | None:
    """A JPEG stream without its metadata segments (the scan data untouched), or None if it does not parse."""
    if not data.startswith(b"\xff\xd8"):
        return None
    out, pos = bytearray(b"\xff\xd8"), 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is picture
            return bytes(out + data[pos:])
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            out += data[pos:pos + 2]
            pos += 2
            continue
        end = pos + 2 + int.from_bytes(data[pos + 2:pos + 4], "big")
        if end > len(data):
            return None
        if marker not in _JPEG_DROP:
            out += data[pos:end]
        pos = end
    return None


def _clean_pdf(data: bytes) -> tuple[bytes, bool]:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Its strings and streams are encrypted: rewriting them would mean removing the protection.
            return data, False
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None  # the Info dictionary: Author, Creator, Producer, dates
        complete = True
        seen: set[int] = set()
        stack: list = [writer.root_object]
        while stack:
            obj = stack.pop()
            if isinstance(obj, IndirectObject):
                if obj.idnum in seen:
                    continue
                seen.add(obj.idnum)
                obj = obj.get_object()
            if isinstance(obj, DictionaryObject):  # streams too: an image's own XMP
                for key in ("/Metadata", "/PieceInfo"):
                    obj.pop(key, None)
                filters = obj.get("/Filter") if isinstance(obj, StreamObject) else None
                if filters in ("/DCTDecode", ["/DCTDecode"]):
                    # A photo placed in the document keeps its own EXIF (camera, GPS) unless stripped here.
                    stripped = _strip_jpeg_segments(obj.get_data())  # DCT "decodes" to the JPEG itself
                    if stripped is None:
                        complete = False
                    else:
                        StreamObject.set_data(obj, stripped)  # the raw JPEG: no filter to re-apply
                elif isinstance(filters, ArrayObject) and "/DCTDecode" in filters:
                    complete = False  # a JPEG wrapped in another filter: not unwrapped here
                stack.extend(v for k, v in obj.items() if k != "/Parent")
            elif isinstance(obj, ArrayObject):
                stack.extend(obj)
        # Only what is still referenced is written: earlier revisions and the removed streams go.
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        out = io.BytesIO()
        writer.write(out)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on hostile input; all are a 422
        raise UnreadableMedia("the PDF cannot be read") from exc
    return out.getvalue(), complete


def clean(data: bytes, *, max_pixels: int = 40_000_000) -> Cleaned:
    """The file as it will be stored: type by content, metadata removed where the format allows."""
    media_type = sniff(data)
    if media_type is None:
        raise UnsupportedMedia("allowed: JPEG, PNG, WebP images; MP3, Ogg, M4A voice notes; PDF documents")
    if ALLOWED[media_type]:
        return Cleaned(media_type, _reencode(data, media_type, max_pixels=max_pixels), True)
    if media_type == "audio/mpeg":
        return Cleaned(media_type, _strip_id3(data), True)
    if media_type == "audio/ogg":
        return Cleaned(media_type, *_clean_ogg(data))
    if media_type == "audio/mp4":
        return Cleaned(media_type, _clean_m4a(data), True)
    return Cleaned(media_type, *_clean_pdf(data))
