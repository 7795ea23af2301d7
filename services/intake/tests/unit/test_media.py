"""Attachment types by content and metadata removal (pure; no store)."""
import io
import struct

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


def test_refusals():
    with pytest.raises(media.UnsupportedMedia):
        media.clean(b"GIF89a" + b"\x00" * 20)
    with pytest.raises(media.UnreadableMedia):
        media.clean(b"\xff\xd8\xff\xe0" + b"\x00" * 64)  # a JPEG header and nothing behind it
    with pytest.raises(media.UnreadableMedia):
        media.clean(image_bytes("PNG", size=(200, 200), mode="L"), max_pixels=1000)  # a decompression bomb
    with pytest.raises(media.UnreadableMedia):
        media.clean(b"ID3\x03\x00\x00\x00\x00\x00\x05" + b"\x00" * 5)  # tags and no sound


# --- Ogg, M4A and PDF files built here, byte by byte or with mutagen/pypdf, each carrying metadata ---

def ogg_page(serial: int, seq: int, position: int, packets: list[bytes], *, first=False, last=False) -> bytes:
    from mutagen.ogg import OggPage

    page = OggPage()
    page.serial, page.sequence, page.position, page.packets, page.first, page.last = (
        serial, seq, position, packets, first, last)
    return page.write()  # with its CRC: a valid page


def comment_header(magic: bytes, vendor: bytes, comments: list[bytes], *, framing: bool) -> bytes:
    out = magic + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", len(comments))
    for comment in comments:
        out += struct.pack("<I", len(comment)) + comment
    return out + (b"\x01" if framing else b"")


PERSONAL = [b"ARTIST=Siti Rahayu", b"LOCATION=-6.8200+107.1400", "TITLE=Rekaman 😢".encode()]


def ogg_opus(serial=7, comments=PERSONAL) -> bytes:
    """A WhatsApp-style voice note: OpusHead, OpusTags, one second of 20 ms silence frames."""
    head = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 48000, 0, 0)
    tags = comment_header(b"OpusTags", b"libopus 1.3.1", comments, framing=False)
    return (ogg_page(serial, 0, 0, [head], first=True) + ogg_page(serial, 1, 0, [tags])
            + ogg_page(serial, 2, 48000 + 312, [b"\xf8\xff\xfe"] * 50, last=True))


def ogg_vorbis() -> bytes:
    ident = b"\x01vorbis" + struct.pack("<IBIiii", 0, 1, 8000, 0, 24000, 0) + bytes([0xB8, 0x01])
    comments = comment_header(b"\x03vorbis", b"Xiph.Org libVorbis I 20200704", PERSONAL, framing=True)
    setup = b"\x05vorbis" + b"BCV\x01" + b"\x00" * 40
    return (ogg_page(3, 0, 0, [ident], first=True) + ogg_page(3, 1, 0, [comments, setup])
            + ogg_page(3, 2, 8000, [b"\x00" * 30] * 10, last=True))


@pytest.mark.parametrize(("build", "reader", "vendor"), [
    (ogg_opus, "OggOpus", "libopus 1.3.1"), (ogg_vorbis, "OggVorbis", "Xiph.Org libVorbis I 20200704")])
def test_ogg_comments_go_and_the_vendor_string_stays(build, reader, vendor):
    import mutagen.oggopus
    import mutagen.oggvorbis

    cls = {"OggOpus": mutagen.oggopus.OggOpus, "OggVorbis": mutagen.oggvorbis.OggVorbis}[reader]
    original = build()
    assert cls(io.BytesIO(original)).tags["ARTIST"] == ["Siti Rahayu"]  # the fixture really carries them
    cleaned = media.clean(original)
    assert cleaned.media_type == "audio/ogg" and cleaned.metadata_removed
    for secret in (b"Siti", b"107.14", "😢".encode()):
        assert secret not in cleaned.data
    again = cls(io.BytesIO(cleaned.data))
    assert list(again.tags) == [] and again.tags.vendor == vendor and again.info.length == pytest.approx(1.0)


def test_ogg_with_two_logical_streams_is_kept_as_sent_and_flagged():
    chained = ogg_opus(serial=1, comments=[]) + ogg_opus(serial=2)  # the second stream's tags are out of reach
    cleaned = media.clean(chained)
    assert cleaned.data == chained and not cleaned.metadata_removed


def test_ogg_that_is_not_audio_or_not_ogg_at_all():
    theora = ogg_page(5, 0, 0, [b"\x80theora" + b"\x00" * 35], first=True, last=True)
    with pytest.raises(media.UnsupportedMedia):
        media.clean(theora)
    with pytest.raises(media.UnreadableMedia):
        media.clean(b"OggS\x00\x02" + b"\x00" * 100)


def mp4_box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_full(kind: bytes, payload: bytes, *, flags=0) -> bytes:
    return mp4_box(kind, struct.pack(">I", flags) + payload)


AUDIO = b"\x21\x10\x04\x60\x8c\x1c" * 20
LOCATION = b"-06.8200+107.1400/"


def m4a(*, moov_first=True) -> bytes:
    """A one-sample AAC voice memo (moov before or after mdat) with a udta/©xyz location, then iTunes tags by mutagen."""
    from mutagen.mp4 import MP4

    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = mp4_full(b"mvhd", struct.pack(">IIIIIH", 0, 0, 44100, 44100, 0x10000, 0x100) + b"\x00" * 10 + matrix
                    + b"\x00" * 24 + struct.pack(">I", 2))
    tkhd = mp4_full(b"tkhd", struct.pack(">IIIII", 0, 0, 1, 0, 44100) + b"\x00" * 8
                    + struct.pack(">hhhh", 0, 0, 0x100, 0) + matrix + struct.pack(">II", 0, 0), flags=7)
    mdhd = mp4_full(b"mdhd", struct.pack(">IIIIHH", 0, 0, 44100, 44100, 0x55C4, 0))
    hdlr = mp4_full(b"hdlr", b"\x00" * 4 + b"soun" + b"\x00" * 12 + b"SoundHandler\x00")
    esds = mp4_full(b"esds", bytes.fromhex("0319000000041140150000000001f4000001f40005021210060102"))
    mp4a = mp4_box(b"mp4a", b"\x00" * 6 + struct.pack(">H", 1) + b"\x00" * 8 + struct.pack(">HHHHI", 1, 16, 0, 0, 44100 << 16) + esds)
    sample_tables = (mp4_full(b"stsd", struct.pack(">I", 1) + mp4a) + mp4_full(b"stts", struct.pack(">III", 1, 1, 44100))
                     + mp4_full(b"stsc", struct.pack(">IIII", 1, 1, 1, 1)) + mp4_full(b"stsz", struct.pack(">III", 0, 1, len(AUDIO))))

    def moov(offset: int) -> bytes:
        stbl = mp4_box(b"stbl", sample_tables + mp4_full(b"stco", struct.pack(">II", 1, offset)))
        dinf = mp4_box(b"dinf", mp4_full(b"dref", struct.pack(">I", 1) + mp4_full(b"url ", b"", flags=1)))
        minf = mp4_box(b"minf", mp4_full(b"smhd", b"\x00" * 4) + dinf + stbl)
        trak = mp4_box(b"trak", tkhd + mp4_box(b"mdia", mdhd + hdlr + minf)
                       + mp4_box(b"udta", mp4_box(b"name", b"Siti's phone")))
        xyz = mp4_box(b"\xa9xyz", struct.pack(">HH", len(LOCATION), 0x15C7) + LOCATION)
        return mp4_box(b"moov", mvhd + trak + mp4_box(b"udta", xyz))

    ftyp = mp4_box(b"ftyp", b"M4A \x00\x00\x02\x00M4A isommp42")
    if moov_first:
        data = ftyp + moov(len(ftyp) + len(moov(0)) + 8) + mp4_box(b"mdat", AUDIO)
    else:
        data = ftyp + mp4_box(b"mdat", AUDIO) + moov(len(ftyp) + 8)
    buf = io.BytesIO(data)
    audio = MP4(buf)
    audio.add_tags()
    audio.tags.update({"\xa9nam": ["Rekaman Siti"], "\xa9ART": ["Siti Rahayu"], "\xa9day": ["2024-01-02"]})
    audio.save(buf)  # mutagen moves mdat and rewrites stco when moov grows in front of it
    return buf.getvalue()


def _sample(data: bytes) -> bytes:
    from mutagen.mp4 import Atoms

    atoms = Atoms(io.BytesIO(data))
    stco = atoms.path(b"moov", b"trak", b"mdia", b"minf", b"stbl", b"stco")[-1]
    offset = struct.unpack(">I", data[stco.offset + 16:stco.offset + 20])[0]
    return data[offset:offset + len(AUDIO)]


@pytest.mark.parametrize("moov_first", [True, False])
def test_m4a_loses_udta_and_meta_and_still_plays(moov_first):
    from mutagen.mp4 import MP4

    original = m4a(moov_first=moov_first)
    tags = MP4(io.BytesIO(original)).tags
    assert tags["\xa9ART"] == ["Siti Rahayu"] and LOCATION in original and _sample(original) == AUDIO
    cleaned = media.clean(original)
    assert cleaned.media_type == "audio/mp4" and cleaned.metadata_removed
    for secret in (b"Siti", LOCATION, b"Rekaman", b"2024-01-02", b"\xa9xyz", b"ilst"):
        assert secret not in cleaned.data
    again = MP4(io.BytesIO(cleaned.data))
    assert not again.tags and again.info.codec == "mp4a.40.2" and again.info.length == pytest.approx(1.0)
    assert _sample(cleaned.data) == AUDIO  # the sample table still points at the sound


def test_m4a_that_does_not_parse_is_refused():
    good = m4a()
    with pytest.raises(media.UnreadableMedia):
        media.clean(good[:-40] + struct.pack(">I", 10**6) + b"junk")  # a box that runs past the end
    with pytest.raises(media.UnreadableMedia):
        media.clean(mp4_box(b"ftyp", b"M4A \x00\x00\x02\x00M4A ") + mp4_box(b"mdat", AUDIO))  # no moov


def pdf_with_metadata() -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    def xmp(creator: str):
        stream = DecodedStreamObject()
        stream.set_data(f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{creator}</dc:creator></x:xmpmeta>'.encode())
        stream.update({NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")})
        return writer._add_object(stream)

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": "Siti Rahayu", "/Title": "Laporan Desa Sukamulya"})
    writer.root_object[NameObject("/Metadata")] = xmp("Siti Document XMP")
    page[NameObject("/Metadata")] = xmp("Siti Page XMP")
    image = DecodedStreamObject()
    image.set_data(b"\x80" * 4)
    image.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(2), NameObject("/Height"): NumberObject(2),
                  NameObject("/ColorSpace"): NameObject("/DeviceGray"), NameObject("/BitsPerComponent"): NumberObject(8),
                  NameObject("/Metadata"): xmp("Siti Camera XMP")})
    photo = DecodedStreamObject()  # a phone photo placed as is: the JPEG, with its EXIF, is the stream
    photo.set_data(image_bytes("JPEG", exif=gps_exif()))
    photo.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(40), NameObject("/Height"): NumberObject(30),
                  NameObject("/ColorSpace"): NameObject("/DeviceRGB"), NameObject("/BitsPerComponent"): NumberObject(8),
                  NameObject("/Filter"): NameObject("/DCTDecode")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/Im0"): writer._add_object(image), NameObject("/Im1"): writer._add_object(photo)})})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_loses_info_and_xmp_and_keeps_its_pages():
    from pypdf import PdfReader

    original = pdf_with_metadata()
    assert PdfReader(io.BytesIO(original)).metadata["/Author"] == "Siti Rahayu" and b"SecretCam" in original
    cleaned = media.clean(original)
    assert cleaned.media_type == "application/pdf" and cleaned.metadata_removed
    assert b"Siti" not in cleaned.data and b"Sukamulya" not in cleaned.data and b"xmpmeta" not in cleaned.data
    reader = PdfReader(io.BytesIO(cleaned.data))
    assert reader.metadata is None and "/Metadata" not in reader.trailer["/Root"]
    assert len(reader.pages) == 1 and reader.pages[0].mediabox.width == 200
    image = reader.pages[0]["/Resources"]["/XObject"]["/Im0"].get_object()
    assert image["/Width"] == 2 and "/Metadata" not in image and image.get_data() == b"\x80" * 4
    photo = reader.pages[0]["/Resources"]["/XObject"]["/Im1"].get_object()
    picture = Image.open(io.BytesIO(photo.get_data()))
    assert picture.size == (40, 30) and not picture.getexif() and b"SecretCam" not in cleaned.data


def test_pdf_earlier_revisions_do_not_survive():
    from pypdf import PdfWriter

    first = pdf_with_metadata()
    update = PdfWriter(io.BytesIO(first), incremental=True)  # appends a revision; the old Info stays in the bytes
    update.add_metadata({"/Author": "Anonymous"})
    out = io.BytesIO()
    update.write(out)
    revised = out.getvalue()
    assert revised.startswith(first) and b"Siti Rahayu" in revised
    cleaned = media.clean(revised)
    assert b"Siti" not in cleaned.data and b"Anonymous" not in cleaned.data and cleaned.metadata_removed


def test_encrypted_pdf_is_kept_as_sent_and_flagged():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_metadata())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    cleaned = media.clean(out.getvalue())
    assert cleaned.data == out.getvalue() and not cleaned.metadata_removed


def test_broken_pdf_is_refused():
    with pytest.raises(media.UnreadableMedia):
        media.clean(b"%PDF-1.4\n" + b"\x00garbage" * 50)


def test_jpeg_segments_without_picture_are_dropped_and_the_scan_kept():
    original = image_bytes("JPEG", exif=gps_exif())
    stripped = media._strip_jpeg_segments(original)
    assert b"SecretCam" not in stripped and stripped.endswith(original[original.index(b"\xff\xda"):])
    assert Image.open(io.BytesIO(stripped)).tobytes() == Image.open(io.BytesIO(original)).tobytes()
    assert media._strip_jpeg_segments(b"\xff\xd8\xff\xe1\xff\xff") is None  # a segment past the end
    assert media._strip_jpeg_segments(b"not a jpeg") is None


def test_pdf_photo_behind_a_second_filter_is_flagged_not_claimed_clean():
    import zlib

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject, StreamObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_metadata())))
    photo = writer.pages[0]["/Resources"]["/XObject"]["/Im1"].get_object()
    StreamObject.set_data(photo, zlib.compress(image_bytes("JPEG", exif=gps_exif())))
    photo[NameObject("/Filter")] = ArrayObject([NameObject("/FlateDecode"), NameObject("/DCTDecode")])
    out = io.BytesIO()
    writer.write(out)
    cleaned = media.clean(out.getvalue())
    assert not cleaned.metadata_removed and PdfReader(io.BytesIO(cleaned.data)).metadata is None
