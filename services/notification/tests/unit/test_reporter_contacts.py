"""A reporter is remembered (sealed contact, consent) only when a later "there is news" could reach them."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pseah.notification.recipients import service


@pytest.fixture
def writes(monkeypatch):
    seen = []
    query = SimpleNamespace(update_one=lambda **changes: seen.append(changes))
    monkeypatch.setattr(service, "ReporterContact", SimpleNamespace(objects=lambda **key: query))
    return seen


@pytest.mark.parametrize("consent,sealed,stored", [
    ({"contact": True}, "v1.c2VhbGVk", True),
    ({"contact": False}, "v1.c2VhbGVk", False),   # no consent to be contacted
    ({}, "v1.c2VhbGVk", False),
    ({"contact": True}, None, False),             # consent, but no way to reach them
    ({"contact": "yes"}, "v1.c2VhbGVk", False),   # only a real true counts
])
def test_only_a_reporter_who_can_be_told_is_remembered(writes, consent, sealed, stored):
    service.remember_reporter(reference="PSEAH-TEST0001", consent=consent, report_channel="web",
                              sealed_contact=sealed)
    assert bool(writes) is stored
    if stored:
        assert writes[0]["set__consent_contact"] is True and writes[0]["set__sealed_contact"] == sealed
