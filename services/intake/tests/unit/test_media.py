"""Attachment types by content and metadata removal (pure; no store)."""
import io

import pytest
from PIL import Image

from pseah.intake.attachment import media


def image_bytes(fmt: str, *, size=(40, 30), mode="RGB", exif: Image.Exif | None = None, **options) -> bytes:
    out = io.BytesIO()
    img = Image.new(mode, size, 128 if mode in ("L", "P") else (10, 120, 200)[: len(mode)] if mode != "RGB" else (10, 120, 200))
    if exif is not None:
        options["exif"] = exif
    img.save(out, format=fmt, **options)
    return out.getvalue()


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"
    exif[0x0132] = "2024:01:02 03:04:05"
    exif.get_ifd(0x8825).update({1: "S", 2: (6.0, 49.0, 12.0), 3: "E", 4: (107.0, 8.0, 3.0)})
    return exif


@pytest.mark.parametrize(("data", "expected"), [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"%PDF-1.7\n", "application/pdf"),
    (b"OggS\x00\x02\x00\x00", "audio/ogg"),
    (b"\x00\x00\x00\x20ftypM4A \x00\x00", "audio/mp4"),
    (b"ID3\x04\x00\x00\x00\x00\x00\x00", "audio/mpeg"),
    (b"\xff\xfb\x90\x64\x00", "audio/mpeg"),
    (b"GIF89a\x01\x00", None),
    (b"MZ\x90\x00\x03", None),
    (b"<svg xmlns=", None),
    (b"\x00\x00\x00\x20ftypqt  ", None),  # a QuickTime video is not a voice note
    (b"RIFF\x10\x00\x00\x00WAVEfmt ", None),
    (b"", None),
])
def test_sniff_reads_the_type_from_the_first_bytes(data, expected):
    assert media.sniff(data) == expected


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_images_lose_exif_and_gps(fmt):
    original = image_bytes(fmt, exif=gps_exif())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the fixture really carries GPS
    cleaned = media.clean(original)
    assert cleaned.metadata_removed and cleaned.media_type == f"image/{fmt.lower()}"
    img = Image.open(io.BytesIO(cleaned.data))
    assert img.format == fmt and img.size == (40, 30)
    assert not img.getexif() and b"SecretCam" not in cleaned.data and b"Exif" not in cleaned.data


def test_png_text_chunks_are_dropped_and_palette_images_survive():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Siti Rahayu")
    out = io.BytesIO()
    Image.new("P", (10, 10), 3).save(out, format="PNG", pnginfo=info)
    cleaned = media.clean(out.getvalue())
    assert b"Siti Rahayu" not in cleaned.data and Image.open(io.BytesIO(cleaned.data)).size == (10, 10)


def test_orientation_is_applied_before_exif_goes():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90: the phone held upright
    cleaned = media.clean(image_bytes("JPEG", size=(40, 30), exif=exif))
    assert Image.open(io.BytesIO(cleaned.data)).size == (30, 40)


def test_mp3_id3_tags_are_removed():
    frames = b"\xff\xfb\x90\x64" + b"\x00" * 400
    tag_body = b"TIT2\x00\x00\x00\x0c\x00\x00\x03Rekaman Ani"
    id3v2 = b"ID3\x03\x00\x00" + bytes([0, 0, 0, len(tag_body)]) + tag_body
    id3v1 = b"TAG" + b"Rekaman Ani".ljust(125, b"\x00")
    cleaned = media.clean(id3v2 + frames + id3v1)
    assert cleaned.data == frames and cleaned.media_type == "audio/mpeg" and cleaned.metadata_removed


def test_pdf_and_ogg_are_kept_as_sent_and_flagged():
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
    cleaned = media.clean(pdf)
    assert cleaned.data == pdf and not cleaned.metadata_removed


def test_refusals():
    with pytest.raises(media.UnsupportedMedia):
        media.clean(b"GIF89a" + b"\x00" * 20)
    with pytest.raises(media.UnreadableMedia):
        media.clean(b"\xff\xd8\xff\xe0" + b"\x00" * 64)  # a JPEG header and nothing behind it
    with pytest.raises(media.UnreadableMedia):
        media.clean(image_bytes("PNG", size=(200, 200), mode="L"), max_pixels=1000)  # a decompression bomb
    with pytest.raises(media.UnreadableMedia):
        media.clean(b"ID3\x03\x00\x00\x00\x00\x00\x05" + b"\x00" * 5)  # tags and no sound
