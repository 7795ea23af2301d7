"""Attachments on the web API: type by content, limits, metadata removed, sealed at rest."""
import asyncio
import base64
import io
import json
import struct

import httpx
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image

from pseah.common.auth import fetch_password_token
from pseah.common.crypto import open_sealed
from pseah.common.settings import repo_root
from pseah.intake.config import IntakeSettings
from pseah.intake.main import create_app

pytestmark = pytest.mark.integration

CAMERA = "PSEAH-TestCam-5521"
GPS = {1: "S", 2: (6.0, 49.0, 12.5), 3: "E", 4: (107.0, 8.0, 3.25)}  # near Cianjur


def pdf(*, author: str = "Siti Rahayu", padding: int = 0) -> bytes:
    """A real one-page PDF whose Info names its author (and pads its subject to reach a size)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_metadata({"/Author": author, "/Subject": "x" * padding})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def ogg_opus() -> bytes:
    """A one-second Opus voice note whose comment header names the speaker."""
    from mutagen.ogg import OggPage

    def page(seq, position, packets, **flags):
        p = OggPage()
        p.serial, p.sequence, p.position, p.packets = 9, seq, position, packets
        p.first, p.last = flags.get("first", False), flags.get("last", False)
        return p.write()

    head = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 48000, 0, 0)
    artist = b"ARTIST=Siti Rahayu"
    tags = b"OpusTags" + struct.pack("<I", 6) + b"libopu" + struct.pack("<II", 1, len(artist)) + artist
    return (page(0, 0, [head], first=True) + page(1, 0, [tags])
            + page(2, 48312, [b"\xf8\xff\xfe"] * 50, last=True))


def jpeg_with_gps() -> bytes:
    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = CAMERA  # Make
    exif[0x0112] = 6  # Orientation: rotate 90, so the clean copy must come out upright (48 x 64)
    exif.get_ifd(0x8825).update(GPS)
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif)
    return out.getvalue()


@pytest.fixture(scope="module")
def coordinator_token():
    password = (repo_root() / "var/secrets/demo-password").read_text().strip()
    return fetch_password_token("coordinator", password)["access_token"]


async def new_case(client) -> dict:
    r = await client.post("/v1/reports", json={"narrative": "attachment test"})
    assert r.status_code == 202
    return r.json()


async def test_photo_is_stored_without_exif_gps_and_sealed(client, app, raw_db, coordinator_token):
    case = await new_case(client)
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the test image really has GPS

    r = await client.post(f"/v1/receipts/{case['receipt']}/attachments", content=original,
                          headers={"content-type": "image/jpeg"})
    assert r.status_code == 201, r.text
    meta = r.json()
    assert meta["media_type"] == "image/jpeg" and meta["metadata_removed"] is True

    listed = (await client.get(f"/v1/receipts/{case['receipt']}/attachments")).json()
    assert [a["id"] for a in listed["attachments"]] == [meta["id"]]

    # At rest: nothing of the picture or its metadata is readable, and a wrong key opens nothing.
    chunks = list(raw_db.attachment_chunks.find({"attachment_id": meta["id"]}))
    assert len(chunks) == 1
    stored = chunks[0]["sealed"]
    blob = base64.urlsafe_b64decode(stored[3:])
    assert b"\xff\xd8\xff" not in blob[:16] and CAMERA.encode() not in blob and b"Exif" not in blob
    context = f"{case['reference']}/attachment/{meta['id']}/0"
    with pytest.raises(InvalidTag):
        open_sealed(AESGCM.generate_key(bit_length=256), stored, context=context)
    doc = raw_db.attachments.find_one({"_id": meta["id"]})
    assert not {"filename", "name", "content_type_declared"} & set(doc)

    # A case handler gets it back decrypted: a valid, upright JPEG without EXIF (no GPS, no camera).
    auth = {"authorization": f"Bearer {coordinator_token}"}
    got = await client.get(f"/v1/cases/{case['reference']}/attachments/{meta['id']}", headers=auth)
    assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
    assert got.headers["content-disposition"].startswith("attachment")
    clean = Image.open(io.BytesIO(got.content))
    assert clean.format == "JPEG" and clean.size == (48, 64)
    assert not clean.getexif() and not clean.getexif().get_ifd(0x8825)
    assert CAMERA.encode() not in got.content and b"Exif" not in got.content
    assert len(got.content) == meta["size"]

    # Crypto-shredding: without the case key the stored chunks are unreadable for good.
    app.state.runtime.keyring.shred(case["reference"])
    gone = await client.get(f"/v1/cases/{case['reference']}/attachments/{meta['id']}", headers=auth)
    assert gone.status_code == 410


async def test_type_is_judged_by_content_not_by_the_declared_type(client, raw_db):
    case = await new_case(client)
    url = f"/v1/receipts/{case['receipt']}/attachments"
    exe = b"MZ\x90\x00" + b"\x00" * 200
    refused = await client.post(url, content=exe, headers={"content-type": "image/jpeg"})
    assert refused.status_code == 415 and refused.json()["error"]["code"] == "unsupported_media_type"
    gif = b"GIF89a" + b"\x00" * 50
    assert (await client.post(url, content=gif, headers={"content-type": "image/gif"})).status_code == 415

    png = io.BytesIO()
    Image.new("RGB", (8, 8)).save(png, format="PNG")
    named_jpeg = await client.post(url, content=png.getvalue(), headers={"content-type": "image/jpeg"})
    assert named_jpeg.status_code == 201 and named_jpeg.json()["media_type"] == "image/png"
    r = await client.post(url, content=pdf(), headers={"content-type": "application/octet-stream"})
    assert r.status_code == 201 and r.json()["media_type"] == "application/pdf" and r.json()["metadata_removed"]
    voice = await client.post(url, content=ogg_opus(), headers={"content-type": "audio/ogg"})
    assert voice.json()["media_type"] == "audio/ogg" and voice.json()["metadata_removed"]
    # Claims to be a JPEG, an Ogg or a PDF but does not parse: 422, nothing stored.
    broken = await client.post(url, content=b"\xff\xd8\xff\xe0" + b"junk" * 20, headers={"content-type": "image/jpeg"})
    assert broken.status_code == 422
    for junk in (b"OggS\x00\x02" + b"\x00" * 100, b"%PDF-1.4\n" + b"\x00junk" * 20):
        assert (await client.post(url, content=junk)).status_code == 422
    assert (await client.post(url, content=b"")).status_code == 400
    assert raw_db.attachments.count_documents({"reference": case["reference"]}) == 3
    assert (await client.post(f"/v1/receipts/{'0' * 26}/attachments", content=pdf())).status_code == 404


async def test_voice_note_and_document_come_back_without_their_metadata(client, coordinator_token):
    case = await new_case(client)
    auth = {"authorization": f"Bearer {coordinator_token}"}
    for original in (ogg_opus(), pdf()):
        assert b"Siti Rahayu" in original
        r = await client.post(f"/v1/receipts/{case['receipt']}/attachments", content=original)
        assert r.status_code == 201 and r.json()["metadata_removed"] is True
        got = await client.get(f"/v1/cases/{case['reference']}/attachments/{r.json()['id']}", headers=auth)
        assert got.status_code == 200 and got.content[:4] == original[:4] and b"Siti" not in got.content


async def test_oversize_is_413_before_anything_is_stored(settings, raw_db):
    small = IntakeSettings(**{**settings.model_dump(), "max_attachment_bytes": 50_000, "max_attachments_per_case": 1,
                              "consume_status_events": False})
    app = create_app(small)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            case = await new_case(client)
            url = f"/v1/receipts/{case['receipt']}/attachments"
            big = b"%PDF-1.4\n" + b"0" * 60_000
            r = await client.post(url, content=big, headers={"content-type": "application/pdf"})
            assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
            assert raw_db.attachment_chunks.count_documents({}) == 0
            # The JSON endpoints keep their own, smaller limit.
            assert (await client.post("/v1/reports", json={"narrative": "x" * 70_000})).status_code == 413
            document = pdf(padding=40_000)
            assert 40_000 < len(document) < 50_000
            assert (await client.post(url, content=document)).status_code == 201
            full = await client.post(url, content=pdf())
            assert full.status_code == 409 and json.loads(full.text)["error"]["code"] == "too_many_attachments"


async def test_a_case_s_attachments_are_listed_capped_read_and_discarded_by_id_alone(settings, raw_db, tmp_path,
                                                                                     monkeypatch, coordinator_token):
    """Listing, the cap and reading a case's attachments filtered every attachment (and every chunk) stored, since
    FerretDB indexes only `_id`: a cost per request that grew with every file ever attached. A case's index of its
    attachments and chunks keyed `<attachment>:<n>` make each of them `_id` reads: the query log holds nothing on
    those collections but the one-time back-fill's unfiltered read."""
    from pseah.intake.attachment import service as attachment_service

    log = tmp_path / "unkeyed.jsonl"
    monkeypatch.setenv("PSEAH_MONGO_QUERY_LOG", str(log))
    capped = IntakeSettings(**{**settings.model_dump(), "max_attachments_per_case": 2, "consume_status_events": False})
    app = create_app(capped)
    auth = {"authorization": f"Bearer {coordinator_token}"}
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            case, other = await new_case(client), await new_case(client)
            url = f"/v1/receipts/{case['receipt']}/attachments"
            first = (await client.post(url, content=pdf())).json()
            second = (await client.post(url, content=ogg_opus())).json()
            assert (await client.post(f"/v1/receipts/{other['receipt']}/attachments", content=pdf())).status_code == 201
            refused = await client.post(url, content=pdf())
            assert refused.status_code == 409 and refused.json()["error"]["code"] == "too_many_attachments"
            listed = (await client.get(url)).json()["attachments"]
            assert [a["id"] for a in listed] == [first["id"], second["id"]]
            got = await client.get(f"/v1/cases/{case['reference']}/attachments/{second['id']}", headers=auth)
            assert got.status_code == 200 and len(got.content) == second["size"]
            assert raw_db.attachment_chunks.find_one({"_id": f"{second['id']}:0"})["attachment_id"] == second["id"]
            await asyncio.to_thread(attachment_service.discard, reference=case["reference"])
            assert (await client.get(url)).json()["attachments"] == []
            assert raw_db.attachments.count_documents({"reference": case["reference"]}) == 0
            gone = {"attachment_id": {"$in": [first["id"], second["id"]]}}
            assert raw_db.attachment_chunks.count_documents(gone) == 0
            assert len((await client.get(f"/v1/receipts/{other['receipt']}/attachments")).json()["attachments"]) == 1
    scans = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    on_attachments = [s for s in scans if s["db"] == settings.mongo_db and s["collection"].startswith("attachment")]
    assert on_attachments in ([], [{**on_attachments[0], "collection": "attachments", "command": "find", "filter": {}}])


async def test_attachments_stored_before_the_index_are_indexed_once_and_read_back(client, app, raw_db,
                                                                                  coordinator_token):
    """A store from before: chunks with generated `_id`s, no index of the case. The back-fill (at start, once per
    database) lists them again and counts them against the cap; their content is found by the chunks' attachment."""
    from bson import ObjectId

    from pseah.intake.attachment import service as attachment_service

    case = await new_case(client)
    url = f"/v1/receipts/{case['receipt']}/attachments"
    made = (await client.post(url, content=pdf())).json()
    # As the earlier version left it.
    chunk = raw_db.attachment_chunks.find_one_and_delete({"_id": f"{made['id']}:0"})
    raw_db.attachment_chunks.insert_one({**chunk, "_id": ObjectId()})
    raw_db.attachment_index.delete_many({})
    assert (await client.get(url)).json()["attachments"] == []

    assert await asyncio.to_thread(attachment_service.backfill_index) == 1
    assert await asyncio.to_thread(attachment_service.backfill_index) == 0  # marked: once per database
    assert [a["id"] for a in (await client.get(url)).json()["attachments"]] == [made["id"]]
    assert raw_db.attachment_index.find_one({"_id": case["reference"]})["n"] == 1
    got = await client.get(f"/v1/cases/{case['reference']}/attachments/{made['id']}",
                           headers={"authorization": f"Bearer {coordinator_token}"})
    assert got.status_code == 200 and len(got.content) == made["size"]
