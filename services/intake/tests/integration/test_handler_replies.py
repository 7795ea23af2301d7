"""Case handlers reply to the reporter through intake, with real Keycloak tokens; the reporter sees a role only."""
import asyncio
import json

import httpx
import pytest

from pseah.common.auth import fetch_password_token
from pseah.common.events import new_event
from pseah.common.settings import repo_root
from pseah.intake import status_consumer
from pseah.intake.config import IntakeSettings
from pseah.intake.main import create_app

from .conftest import TopicTail

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def tokens():
    password = (repo_root() / "var/secrets/demo-password").read_text().strip()
    return {user: fetch_password_token(user, password)["access_token"]
            for user in ("fp-unicef", "fp-pmi", "coordinator", "operator")}


@pytest.fixture
async def quiet_client(settings):
    # No status consumer: a running suite's referral must not re-assign the test case while we check who may reply.
    app = create_app(IntakeSettings(**{**settings.model_dump(), "consume_status_events": False}))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            yield client


def bearer(token):
    return {"authorization": f"Bearer {token}"}


async def test_focal_point_of_the_assigned_org_and_coordinator_reply(quiet_client, tokens, reports_tail):
    client = quiet_client
    access_tail = await asyncio.to_thread(TopicTail, "pseah.access.v1")
    try:
        case = (await client.post("/v1/reports", json={"narrative": "reply test", "language": "id"})).json()
        ref = case["reference"]
        url = f"/v1/cases/{ref}/messages"
        text = "Terima kasih atas laporan Anda. Apakah Anda aman sekarang?"
        assert (await client.post(url, json={"text": text})).status_code == 401
        assert (await client.post(url, json={"text": text}, headers=bearer(tokens["operator"]))).status_code == 403
        # Not yet assigned to UNICEF: its focal point cannot tell the case exists.
        early = await client.post(url, json={"text": text}, headers=bearer(tokens["fp-unicef"]))
        assert early.status_code == 404

        assigned = new_event(type="case.assigned.v1", source="pseah/referral", subject=ref,
                             data={"reference": ref, "org_id": "unicef", "queue": "focal_point", "priority": "high",
                                   "assignee": {"username": "fp-unicef"},
                                   "portal_url": f"http://127.0.0.1:8000/cases/{ref}"})
        assert await asyncio.to_thread(status_consumer.handle, raw=assigned.to_bytes()) == "moved"

        first = await client.post(url, json={"text": text, "language": "id"}, headers=bearer(tokens["fp-unicef"]))
        assert first.status_code == 202, first.text
        other_org = await client.post(url, json={"text": "x"}, headers=bearer(tokens["fp-pmi"]))
        assert other_org.status_code == 404
        second = await client.post(url, json={"text": "Coordinator here 👋"}, headers=bearer(tokens["coordinator"]))
        assert second.status_code == 202
        mine = await client.post(f"/v1/receipts/{case['receipt']}/messages", json={"text": "Ya, saya aman."})
        assert mine.status_code == 202

        # The reporter sees the replies with a role, and nothing of who wrote them.
        seen = await client.get(f"/v1/receipts/{case['receipt']}/messages")
        thread = seen.json()["messages"]
        assert [(m["author"], m["role"], m["text"]) for m in thread] == [
            ("handler", "focal_point", text), ("handler", "coordinator", "Coordinator here 👋"),
            ("reporter", None, "Ya, saya aman.")]
        for identity in ("fp-unicef", "unicef", "coordinator@", "pseah-network"):
            assert identity not in seen.text

        # Events: handler.message.posted.v1 with the text sealed, in order after the report.
        events = await asyncio.to_thread(reports_tail.collect, key=ref, count=4)
        assert [e["value"]["type"] for e in events] == [
            "report.received.v1", "handler.message.posted.v1", "handler.message.posted.v1", "reporter.message.posted.v1"]
        posted = events[1]["value"]
        assert posted["data"]["role"] == "focal_point" and posted["actor"] == "fp-unicef"
        assert posted["data"]["sealed"]["text"].startswith("v1.") and text not in json.dumps(posted)

        # A handler reading the thread is on record before the content is returned.
        read = await client.get(url, headers=bearer(tokens["fp-unicef"]))
        assert read.status_code == 200 and len(read.json()["messages"]) == 3
        records = await asyncio.to_thread(access_tail.collect, key=ref)
        assert records and records[0]["value"]["type"] == "case.content.read.v1"
        assert records[0]["value"]["data"] == {"reference": ref, "actor": "fp-unicef", "org_id": "unicef",
                                               "role": "focal_point", "fields": ["messages"], "via": "intake"}
        assert (await client.get(url, headers=bearer(tokens["fp-pmi"]))).status_code == 404
    finally:
        access_tail.close()
