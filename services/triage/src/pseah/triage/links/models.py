"""Fingerprints kept for linking, in small documents that FerretDB finds by `_id` alone.

One document per organisation (`org:unicef`) and per regency (`region:3203`), `unplaced` for reports with
neither; `e` holds the latest fingerprints of that group as compact binary values (Fingerprint.to_entry), at most
`LinkPolicy.group_size` of them (a reader cuts the group back now and then): linking a report is two `_id`
reads and two appends, whatever the volume.
"""
from __future__ import annotations

import mongoengine


class FingerprintBucket(mongoengine.Document):
    meta = {"collection": "fingerprint_groups"}

    id = mongoengine.StringField(primary_key=True)
    e = mongoengine.ListField(mongoengine.BinaryField())
