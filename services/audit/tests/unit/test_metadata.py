"""What an entry keeps of an event: metadata for an auditor, never the sealed block or free text."""
from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from pseah.audit.chain.ledger import GENESIS_HASH, build_entry, safe_metadata, sha256_hex

SECRET = "SURVIVOR-SECRET-TEXT"

RECEIVED = {
    "reference": "PSEAH-7K3F9QX2", "channel": "web", "received_at": "2024-01-01T00:00:00Z", "language": "id",
    "reporter_role": "survivor", "incident_date": "2023-12-30", "region_code": "32.03.12",
    "survivor_age_group": "adult", "survivor_gender": "female", "perpetrator_org": "unicef",
    "consent": {"referral": True, "contact": False, "share_with_org": True},
    "sealed": {"v": 1, "kid": "k1", "ciphertext": SECRET, "narrative": SECRET, "contact": SECRET},
}
ASSIGNED = {"reference": "PSEAH-7K3F9QX2", "org_id": "unicef", "queue": "focal_point", "priority": "high",
            "assignee": {"username": "fp.unicef", "email": "fp@unicef.example", "role": "focal_point"},
            "portal_url": "http://127.0.0.1:8000/cases/PSEAH-7K3F9QX2"}


def _entry(data: dict, raw: bytes) -> dict:
    now = datetime.now(UTC)
    return build_entry(seq=1, prev_hash=GENESIS_HASH, event_id="e1", type="report.received.v1",
                       subject="PSEAH-7K3F9QX2", source="pseah/intake", actor="anonymous-reporter", time=now,
                       recorded_at=now, topic="pseah.reports.v1", partition=0, offset=0, data=data, raw_event=raw)


def test_the_sealed_block_never_enters_an_entry_but_its_digest_does():
    raw = json.dumps({"data": RECEIVED}).encode()
    entry = _entry(RECEIVED, raw)
    assert "sealed" not in entry["metadata"]
    assert SECRET not in json.dumps(entry)
    assert entry["event_digest"] == sha256_hex(raw)
    # Everything outside `sealed` that the contract calls safe stays, for the auditor.
    assert entry["metadata"]["consent"] == {"referral": True, "contact": False, "share_with_org": True}
    assert entry["metadata"]["region_code"] == "32.03.12"


def test_personal_fields_are_dropped_at_any_depth():
    cleaned = safe_metadata(ASSIGNED)
    assert cleaned["assignee"] == {"username": "fp.unicef", "role": "focal_point"}
    assert "email" not in json.dumps(cleaned)


def test_free_text_and_unstorable_keys_are_dropped():
    cleaned = safe_metadata({"note_id": "n1", "summary": "x" * 500, "a.b": 1, "$where": 2,
                             "deadlines": [{"kind": "ack", "due_at": "2024-01-02T00:00:00Z"}]})
    assert cleaned == {"note_id": "n1", "deadlines": [{"kind": "ack", "due_at": "2024-01-02T00:00:00Z"}]}


@given(st.recursive(st.one_of(st.text(max_size=5), st.integers(), st.booleans(), st.none()),
                    lambda children: st.one_of(st.lists(children, max_size=3),
                                               st.dictionaries(st.sampled_from(["a", "sealed", "narrative", "k"]),
                                                               children, max_size=3)),
                    max_leaves=20))
def test_no_sealed_or_narrative_key_survives_anywhere(data):
    def keys(value):
        if isinstance(value, dict):
            for k, v in value.items():
                # Only a yes/no flag may keep a sensitive name (consent {"contact": false}).
                yield k if k == "sealed" or not isinstance(v, bool) else "flag"
                yield from keys(v)
        elif isinstance(value, list):
            for v in value:
                yield from keys(v)

    assert not {"sealed", "narrative"} & set(keys(safe_metadata({"root": data})))
