"""Erasure through intake's own store (FerretDB), Kafka and real Keycloak tokens, on databases of the test's own:
the role check, 404 and 409, the commit point on the report, the key gone from the key store, 410 on every read,
case.erased.v1 on pseah.cases.v1; the retention list filled by closing events and applied by the policy; an
erasure interrupted after its commit point completed by the next one and by intake's consumer of its event."""
import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pymongo
import pytest

from pseah.common.auth import fetch_password_token
from pseah.common.crypto import KeyUnavailable
from pseah.common.events import EventTypes, new_event
from pseah.common.settings import repo_root
from pseah.intake import status_consumer
from pseah.intake.config import IntakeSettings
from pseah.intake.erasure import flows, service
from pseah.intake.erasure.policy import parse
from pseah.intake.main import create_app

from .conftest import MONGO_URI, TopicTail

pytestmark = pytest.mark.integration
CANARY = "kanari-integrasi-5b7c"


@pytest.fixture(scope="module")
def tokens():
    password = (repo_root() / "var/secrets/demo-password").read_text().strip()
    return {user: fetch_password_token(user, password)["access_token"] for user in ("fp-unicef", "coordinator")}


@pytest.fixture
async def quiet(settings):
    # No status consumer: the test feeds the events it means (a running suite's events would not be for its case).
    app = create_app(IntakeSettings(**{**settings.model_dump(), "consume_status_events": False}))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            yield app, client


@pytest.fixture
def cases_tail():
    tail = TopicTail("pseah.cases.v1")
    yield tail
    tail.close()


def bearer(token):
    return {"authorization": f"Bearer {token}"}


def keys_of(settings):
    client = pymongo.MongoClient(MONGO_URI)
    try:
        return {d["_id"] for d in client[settings.keys_db]["case_keys"].find({}, {"_id": 1})}
    finally:
        client.close()


async def test_only_a_coordinator_erases_and_then_every_read_is_gone(quiet, settings, tokens, cases_tail, raw_db):
    app, client = quiet
    created = (await client.post("/v1/reports", json={"narrative": CANARY, "contact": f"wa {CANARY}"})).json()
    ref, receipt = created["reference"], created["receipt"]
    assert (await client.post(f"/v1/receipts/{receipt}/messages", json={"text": CANARY})).status_code == 202
    url = f"/v1/cases/{ref}/erasure"
    body = {"reason": "survivor_request", "decision": "DPO-2031/7"}

    assert (await client.post(url, json=body)).status_code == 401
    refused = await client.post(url, json=body, headers=bearer(tokens["fp-unicef"]))
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    unknown = await client.post("/v1/cases/PSEAH-0000ZZZZ/erasure", json=body, headers=bearer(tokens["coordinator"]))
    assert unknown.status_code == 404
    free_text = await client.post(url, json={"reason": "survivor_request", "decision": "nama Siti, tenda 4"},
                                  headers=bearer(tokens["coordinator"]))
    assert free_text.status_code == 422
    # Nothing changed by any of those: the key is there, the content opens, no record.
    assert ref in keys_of(settings)
    assert (await client.get(f"/v1/receipts/{receipt}/messages")).json()["messages"][0]["text"] == CANARY
    assert (await client.get(url, headers=bearer(tokens["coordinator"]))).status_code == 404

    done = await client.post(url, json=body, headers=bearer(tokens["coordinator"]))
    assert done.status_code == 201, done.text
    record = done.json()
    assert (record["reference"], record["reason"], record["decision"], record["actor"]) == \
        (ref, "survivor_request", "DPO-2031/7", "coordinator")
    assert ref not in keys_of(settings)
    stored = raw_db["reports"].find_one({"_id": ref})
    assert stored["erased_at"] is not None and stored["erasure"]["reason"] == "survivor_request"
    with pytest.raises(KeyUnavailable):
        app.state.runtime.keyring.open(ref, stored["sealed"]["narrative"], fresh=True)

    [event] = await asyncio.to_thread(cases_tail.collect, key=ref)
    assert event["value"]["type"] == EventTypes.CASE_ERASED and event["value"]["actor"] == "coordinator"
    assert event["value"]["data"]["reason"] == "survivor_request" and CANARY not in str(event["value"])

    again = await client.post(url, json={"reason": "safety_risk"}, headers=bearer(tokens["coordinator"]))
    assert again.status_code == 409 and again.json()["error"]["details"][0]["erased_at"] == record["erased_at"]
    shown = await client.get(url, headers=bearer(tokens["coordinator"]))
    assert shown.status_code == 200 and shown.json()["reason"] == "survivor_request"
    for gone in (client.get(f"/v1/receipts/{receipt}"), client.get(f"/v1/receipts/{receipt}/messages"),
                 client.post(f"/v1/receipts/{receipt}/messages", json={"text": "masih ada?"}),
                 client.get(f"/v1/cases/{ref}/messages", headers=bearer(tokens["coordinator"]))):
        answer = await gone
        assert answer.status_code == 410 and answer.json()["error"]["code"] == "gone", answer.text


async def test_closing_lists_the_case_and_the_policy_erases_it_when_due(quiet, settings, raw_db):
    app, client = quiet
    keyring = app.state.runtime.keyring
    refs = []
    for narrative in ("dua tahun", "lima tahun"):
        refs.append((await client.post("/v1/reports", json={"narrative": narrative})).json()["reference"])
    closed_at = datetime.now(UTC) - timedelta(days=3)
    for ref, outcome in zip(refs, ("unsubstantiated", "substantiated")):
        closing = new_event(type=EventTypes.CASE_INVESTIGATION_UPDATED, source="pseah/referral", subject=ref,
                            data={"reference": ref, "owner_org": "unicef", "status": "closed",
                                  "previous_status": outcome, "outcome": outcome,
                                  "reported_at": closed_at.isoformat()})
        closing = closing.model_copy(update={"time": closed_at})
        assert await asyncio.to_thread(status_consumer.handle, raw=closing.to_bytes()) == "moved"
        # Redelivered (a crash before the offset was committed): listed once all the same.
        await asyncio.to_thread(status_consumer.handle, raw=closing.to_bytes())
    listed = await asyncio.to_thread(lambda: list(service.MongoErasureStore().closed_until("9999-12-31")))
    assert {c.reference: c.outcome for c in listed} == {refs[0]: "unsubstantiated", refs[1]: "substantiated"}
    assert all(abs(c.closed_at - closed_at) < timedelta(seconds=1) for c in listed)

    policy = parse({"version": 1, "rules": [{"name": "short", "outcomes": ["unsubstantiated"], "keep": {"days": 2}},
                                            {"name": "long", "keep": {"days": 30}}]})
    dry = await asyncio.to_thread(flows.erase_due, policy=policy, keyring=keyring, store=service.MongoErasureStore(),
                                  dry_run=True)
    assert [(o.reference, o.result) for o in dry] == [(refs[0], "due")] and refs[0] in keys_of(settings)
    done = await asyncio.to_thread(flows.erase_due, policy=policy, keyring=keyring, store=service.MongoErasureStore())
    assert [(o.reference, o.rule, o.result) for o in done] == [(refs[0], "short", "erased")]
    assert refs[0] not in keys_of(settings) and refs[1] in keys_of(settings)
    assert raw_db["reports"].find_one({"_id": refs[0]})["erasure"]["actor"] == "retention-policy"
    left = await asyncio.to_thread(lambda: list(service.MongoErasureStore().closed_until("9999-12-31")))
    assert [c.reference for c in left] == [refs[1]]
    # Run again: nothing more is due.
    assert await asyncio.to_thread(flows.erase_due, policy=policy, keyring=keyring,
                                   store=service.MongoErasureStore()) == []


async def test_an_erasure_interrupted_after_its_commit_point_is_completed(quiet, settings):
    app, client = quiet
    keyring = app.state.runtime.keyring
    ref = (await client.post("/v1/reports", json={"narrative": CANARY})).json()["reference"]
    store = service.MongoErasureStore()
    record = {"reason": "entered_in_error", "decision": None, "actor": "coordinator", "rule": None,
              "closed_at": None, "erased_at": datetime.now(UTC)}
    event = new_event(type=EventTypes.CASE_ERASED, source="pseah/intake", subject=ref, actor="coordinator",
                      data=flows.event_data(ref, record))
    # The commit point only, as if the process died before shredding.
    assert await asyncio.to_thread(store.commit, reference=ref, record=record, event=event)
    assert not await asyncio.to_thread(store.commit, reference=ref, record=record, event=event)  # conditional
    assert ref in keys_of(settings)
    # Intake's consumer of its own event finishes it; an event for a case the store does not mark erased does not.
    other = (await client.post("/v1/reports", json={"narrative": "tetap"})).json()["reference"]
    forged = new_event(type=EventTypes.CASE_ERASED, source="pseah/intake", subject=other,
                       data=flows.event_data(other, record))
    assert await asyncio.to_thread(status_consumer.handle, raw=forged.to_bytes(), keyring=keyring) == "ignored"
    assert other in keys_of(settings)
    assert await asyncio.to_thread(status_consumer.handle, raw=event.to_bytes(), keyring=keyring) == "shredded"
    assert ref not in keys_of(settings)
