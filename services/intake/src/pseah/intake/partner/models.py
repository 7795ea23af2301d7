"""One claimed Idempotency-Key per partner client: a retried submission maps to the same report."""
from __future__ import annotations

import mongoengine


class PartnerSubmission(mongoengine.Document):
    meta = {"collection": "partner_submissions"}

    # "<client id>:<sha256 of the Idempotency-Key>": the key is the partner's, hashed so it is no handle.
    id = mongoengine.StringField(primary_key=True)
    fingerprint = mongoengine.StringField(required=True)  # sha256 of the body: a reused key with new content is a conflict
    claimed_at = mongoengine.DateTimeField(required=True)
    reference = mongoengine.StringField()
    # The receipt, sealed with the case key, so a retry whose first answer was lost gets it again;
    # it is shredded with the case like everything else.
    sealed_receipt = mongoengine.StringField()
