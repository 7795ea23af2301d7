"""Who holds a role in an organisation, read by `_id` on the real FerretDB: the focal point and coordinator a case
is sent to are found with two keyed reads (never a filter over `contacts`), follow a contact who changes role or
organisation, and a store from before the role documents is filled once at start."""
from __future__ import annotations


import pytest

from pseah.common.testing import scratch_store
from pseah.referral.directory import service
from pseah.referral.directory.models import Contact, ContactRole

pytestmark = pytest.mark.integration
MODELS = (Contact, ContactRole)


@pytest.fixture
def store(tmp_path):
    log = tmp_path / "queries.jsonl"
    with scratch_store(*MODELS, prefix="pseah_test_referral_roles", query_log=log):
        yield log


def test_the_holder_of_a_role_is_read_by_id_and_follows_a_change_of_role(store):
    log = store
    service.upsert_contact(username="fp-b", email="b@unicef.org", role="focal_point", org_id="unicef")
    service.upsert_contact(username="fp-a", email="a@unicef.org", role="focal_point", org_id="unicef")
    service.upsert_contact(username="fp-w", email="w@wvi.org", role="focal_point", org_id="wvi")
    service.upsert_contact(username="coordinator", email="c@pseah.net", role="coordinator", org_id="pseah-network")
    log.unlink(missing_ok=True)
    assert service.get_focal_point(org_id="unicef").username == "fp-a"  # the first by username, as before
    assert service.get_focal_point(org_id="wvi").email == "w@wvi.org"
    assert service.get_focal_point(org_id="nobody") is None
    assert service.get_coordinator(org_id="pseah-network", username="someone-else").username == "coordinator"
    assert not log.exists(), log.read_text()  # every look-up above was keyed by _id
    # fp-a becomes the coordinator of another organisation: unicef's focal point is fp-b from now on.
    service.upsert_contact(username="fp-a", email="a@pseah.net", role="coordinator", org_id="pseah-network")
    assert service.get_focal_point(org_id="unicef").username == "fp-b"
    assert service.get_coordinator(org_id="pseah-network", username="fp-a").email == "a@pseah.net"
    assert service.get_coordinator(org_id="pseah-network").username == "coordinator"
    assert ContactRole.objects(id="focal_point|unicef").first().usernames == ["fp-b"]


def test_a_name_left_in_a_role_by_a_crash_is_passed_over_and_an_old_store_is_filled_once(store):
    # Contacts written before the role documents existed (or by a crash between the two writes).
    Contact(username="fp-x", email="x@ifrc.org", role="focal_point", org_id="ifrc").save()
    Contact(username="fp-y", email="y@ifrc.org", role="coordinator", org_id="ifrc").save()
    assert service.get_focal_point(org_id="ifrc") is None
    assert service.backfill() == 2
    assert service.backfill() == 0  # once per database
    assert service.get_focal_point(org_id="ifrc").username == "fp-x"
    # A stale name: the role document still lists fp-y as focal point, its contact says coordinator.
    ContactRole.objects(id="focal_point|ifrc").update_one(add_to_set__usernames="fp-a0")
    Contact(username="fp-a0", email="a0@ifrc.org", role="coordinator", org_id="ifrc").save()
    assert service.get_focal_point(org_id="ifrc").username == "fp-x"
