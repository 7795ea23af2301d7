import json

import pytest

from pseah.common.crypto import KeyUnavailable
from pseah.common.events import CloudEvent
from pseah.intake.codes import KeyedHasher
from pseah.intake.organizations import OrganizationDirectory
from pseah.intake.report import service
from pseah.intake.report.models import ReceiptIndex, Report, ReportCreate

DIRECTORY = OrganizationDirectory([{"id": "unicef", "acronym": "UNICEF", "name": "United Nations Children's Fund"},
                                   {"id": "pmi", "acronym": "PMI", "name": "Palang Merah Indonesia"}])
NARRATIVE = "Relawan itu minta 'imbalan' untuk beras 🍚 — تحرش"


@pytest.fixture
def saved(monkeypatch):
    """The reports stored, in order; receipt index entries are checked to come first for each."""
    docs, order = [], []
    monkeypatch.setattr(Report, "save", lambda self, **kw: (docs.append((self, kw)), order.append(self)))
    monkeypatch.setattr(ReceiptIndex, "save", lambda self, **kw: order.append(self))
    yield docs
    for report, _ in docs:
        index = order[order.index(report) - 1]
        assert isinstance(index, ReceiptIndex)
        assert (index.receipt_hash, index.reference) == (report.receipt_hash, report.reference)


def create(keyring, **fields):
    payload = ReportCreate.model_validate({"narrative": NARRATIVE, **fields})
    return service.create(keyring=keyring, hasher=KeyedHasher(b"k" * 32), directory=DIRECTORY,
                          payload=payload, channel="web")


def test_sensitive_fields_are_sealed_and_open_with_the_case_key(keyring, saved):
    report, receipt = create(keyring, contact="+62 812 0000 0000", place_text="Posko Cugenang",
                             perpetrator_description="pakai rompi biru", perpetrator_org="Yayasan Tidak Dikenal")
    assert saved and saved[0][1] == {"force_insert": True}
    raw = json.dumps(report.to_mongo().to_dict(), default=str, ensure_ascii=False)
    for secret in (NARRATIVE, "+62 812", "Cugenang", "rompi biru", "Yayasan Tidak Dikenal", receipt):
        assert secret not in raw
    assert keyring.open(report.reference, report.sealed["narrative"]) == NARRATIVE
    assert keyring.open(report.reference, report.sealed["perpetrator_org_text"]) == "Yayasan Tidak Dikenal"
    assert report.perpetrator_org is None
    assert report.receipt_hash == KeyedHasher(b"k" * 32).receipt(receipt)
    # Sealed under this case's key only: another case's key cannot open it.
    other = keyring.create("PSEAH-OTHER000")
    from pseah.common.crypto import open_sealed
    with pytest.raises(Exception):
        open_sealed(other, report.sealed["narrative"], context=report.reference)


def test_known_organisation_becomes_its_id_not_sealed_text(keyring, saved):
    report, _ = create(keyring, perpetrator_org="  unicef ")
    assert report.perpetrator_org == "unicef"
    assert report.sealed["perpetrator_org_text"] is None


def test_event_owed_in_the_same_document_matches_the_contract(keyring, saved):
    report, _ = create(keyring, consent={"referral": True}, language="id", region_code="3203")
    assert report.has_pending and len(report.pending_events) == 1
    item = report.pending_events[0]
    assert item["topic"] == "pseah.reports.v1"
    event = CloudEvent.from_bytes(item["value"])
    assert event.type == "report.received.v1" and event.source == "pseah/intake"
    assert event.subject == report.reference and event.key == report.reference.encode()
    assert set(event.data) == {"reference", "channel", "received_at", "language", "reporter_role", "incident_date",
                               "region_code", "survivor_age_group", "survivor_gender", "perpetrator_org",
                               "consent", "sealed"}
    assert set(event.data["sealed"]) == {"narrative", "contact", "perpetrator_description", "place_text",
                                         "perpetrator_org_text"}
    assert event.data["consent"] == {"referral": True, "contact": False, "share_with_org": False}
    assert event.data["sealed"]["contact"] is None
    assert NARRATIVE not in item["value"]
    assert keyring.open(report.reference, event.data["sealed"]["narrative"]) == NARRATIVE


def test_shredded_key_makes_content_unreadable(keyring, saved):
    report, _ = create(keyring)
    keyring._cache.clear()  # what KeyRing.shred leaves: no key anywhere
    with pytest.raises(KeyUnavailable):
        keyring.open(report.reference, report.sealed["narrative"])


def test_with_a_group_writer_the_case_key_goes_first_in_the_reports_own_call(keyring):
    calls = []

    def insert(docs):
        calls.append(docs)

    payload = ReportCreate.model_validate({"narrative": NARRATIVE})
    report, _ = service.create(keyring=keyring, hasher=KeyedHasher(b"k" * 32), directory=DIRECTORY, payload=payload,
                               channel="web", insert=insert)
    [docs] = calls  # one call, one commit round: no separate insert for the key
    assert [type(d).__name__ for d in docs] == ["CaseKey", "ReceiptIndex", "Report"]
    assert docs[0].reference == report.reference == docs[1].reference
    assert keyring.open(report.reference, report.sealed["narrative"]) == NARRATIVE


def test_a_reference_already_taken_is_drawn_again_and_its_key_forgotten(keyring):
    from pymongo.errors import DuplicateKeyError

    calls = []

    def insert(docs):
        calls.append(docs)
        if len(calls) == 1:
            raise DuplicateKeyError("case key taken", 11000)  # the writer wrote nothing after the refused key

    payload = ReportCreate.model_validate({"narrative": NARRATIVE})
    report, _ = service.create(keyring=keyring, hasher=KeyedHasher(b"k" * 32), directory=DIRECTORY, payload=payload,
                               channel="web", insert=insert)
    first, second = (docs[0].reference for docs in calls)
    assert first != second == report.reference
    assert first not in keyring._cache  # sealed nothing that was stored: forgotten
    assert keyring.open(report.reference, report.sealed["narrative"]) == NARRATIVE


def test_a_receipt_the_caller_chose_is_not_drawn_again(keyring):
    from pymongo.errors import DuplicateKeyError

    def insert(docs):
        raise DuplicateKeyError("receipt taken", 11000)

    payload = ReportCreate.model_validate({"narrative": NARRATIVE})
    with pytest.raises(DuplicateKeyError):
        service.create(keyring=keyring, hasher=KeyedHasher(b"k" * 32), directory=DIRECTORY, payload=payload,
                       channel="web", insert=insert, receipt="R-CHOSEN-1")
    assert keyring._cache == {}
