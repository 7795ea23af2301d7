"""The door's priority pool on the real app, store, Kafka and Keycloak: an urgent report (the web form's, a partner
system's) is stored and answered while every thread of the routine pool is taken (as a flood takes them), and the
routine report queued meanwhile is stored once a thread is free, not lost and not refused."""
import asyncio
import json
import uuid

import anyio.to_thread
import pytest

from pseah.common.auth import fetch_client_token
from pseah.common.settings import repo_root
from pseah.intake import door

pytestmark = pytest.mark.integration

URGENT = "Tadi malam anak saya yang berumur 12 tahun diperkosa oleh relawan di tenda posko. Laporan uji, bukan kasus."
ROUTINE = "Petugas distribusi meminta pulsa sebagai imbalan untuk beras. Laporan uji, bukan kasus nyata."
# Past door.SCREEN_ON_LOOP_CHARS: screened in the door's screening pool, not on the event loop.
LONG = " Kami tinggal di pengungsian sejak gempa dan menunggu bantuan dari posko desa." * 20


@pytest.fixture(scope="module")
def partner_token():
    clients = json.loads((repo_root() / "var/secrets/keycloak-clients.json").read_text())
    return fetch_client_token("partner-unicef", clients["partner-unicef"]["secret"])["access_token"]


@pytest.mark.parametrize(("channel", "padding"), [("web", ""), ("partner", ""), ("web", LONG)],
                         ids=["web", "partner", "web-long"])
async def test_an_urgent_report_is_stored_while_the_routine_pool_is_full(channel, padding, client, raw_db,
                                                                         reports_tail, partner_token):
    def post(narrative: str):
        body = {"narrative": narrative, "region_code": "3203"}
        if channel == "web":
            return client.post("/v1/reports", json=body)
        return client.post("/v1/partner/reports", json=body, headers={
            "authorization": f"Bearer {partner_token}", "idempotency-key": f"unicef-{uuid.uuid4()}"})

    if channel == "partner":  # the identity provider's keys fetched once, as the first partner request of a day does
        assert (await client.post("/v1/partner/reports", json={"narrative": "x"}, headers={
            "authorization": f"Bearer {partner_token}"})).status_code == 422  # no Idempotency-Key: nothing stored
    assert (len(URGENT + padding) > door.SCREEN_ON_LOOP_CHARS) == bool(padding)
    pool = anyio.to_thread.current_default_thread_limiter()
    holders = [object() for _ in range(int(pool.total_tokens))]
    for holder in holders:
        await pool.acquire_on_behalf_of(holder)
    try:
        routine = asyncio.create_task(post(ROUTINE + padding))
        urgent = await asyncio.wait_for(post(URGENT + padding), timeout=60)
        assert urgent.status_code == 202, urgent.text
        reference = urgent.json()["reference"]
        assert raw_db.reports.find_one({"_id": reference}) is not None
        await asyncio.sleep(0.5)
        assert not routine.done()  # still waiting for a thread of the routine pool
        assert raw_db.reports.count_documents({}) == 1
    finally:
        for holder in holders:
            pool.release_on_behalf_of(holder)
    answer = await asyncio.wait_for(routine, timeout=60)
    assert answer.status_code == 202, answer.text
    assert raw_db.reports.count_documents({}) == 2
    for each in (reference, answer.json()["reference"]):
        assert len(await asyncio.to_thread(reports_tail.collect, key=each)) == 1
