"""Staff lists page by cursor with next / previous links and filters; filter values are codes checked before use."""
from __future__ import annotations

import re
from html import unescape

from pseah.portal.paging import CASE_FILTERS, FIRST, Pager


def _link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}">', html)
    return unescape(found.group(1)) if found else None


def test_the_inbox_pages_by_cursor_forward_and_back(env):
    for n in range(120):
        env.add_case(f"PSEAH-P{n:07d}", org_id="unicef", due_hours=n + 1)
    client = env.client()
    env.log_in(client)
    first = client.get("/cases")
    assert first.status_code == 200
    shown = re.findall(r"PSEAH-P\d{7}", first.text)
    assert shown[0] == "PSEAH-P0000000" and len(set(shown)) == 50
    assert _link(first.text, "prev") is None
    second = client.get(_link(first.text, "next"))
    assert "PSEAH-P0000050" in second.text and "PSEAH-P0000049" not in second.text
    third = client.get(_link(second.text, "next"))
    assert "PSEAH-P0000119" in third.text and _link(third.text, "next") is None
    back = client.get(_link(third.text, "prev"))
    assert re.findall(r"PSEAH-P\d{7}", back.text)[0] == "PSEAH-P0000050"
    again = client.get(_link(back.text, "prev"))
    assert re.findall(r"PSEAH-P\d{7}", again.text)[0] == "PSEAH-P0000000"


def test_filters_reach_the_service_and_stay_on_the_links(env):
    env.add_case("PSEAH-CRIT0001", org_id="unicef", priority="critical")
    env.add_case("PSEAH-HIGH0001", org_id="unicef", priority="high")
    client = env.client()
    env.log_in(client)
    page = client.get("/cases", params={"priority": "critical", "region": "<x>", "status": "bogus"})
    assert "PSEAH-CRIT0001" in page.text and "PSEAH-HIGH0001" not in page.text
    # Unknown values are dropped before the call, never sent.
    assert env.cases.page_requests[-1] == ("", {"priority": "critical"})
    assert 'value="critical" selected' in page.text


def test_the_pager_keeps_the_trail_of_cursors_and_drops_bad_ones():
    pager = Pager.from_query({"after": "Yg", "back": f"{FIRST}~YQ~<bad>", "priority": "low"}, CASE_FILTERS)
    assert pager.back == [FIRST, "YQ"]
    assert pager.next_url("/cases", "Yw") == "/cases?priority=low&after=Yw&back=0~YQ~Yg"
    assert pager.prev_url("/cases") == "/cases?priority=low&after=YQ&back=0"
    assert Pager.from_query({"after": "YQ", "back": FIRST}, CASE_FILTERS).prev_url("/cases") == "/cases"
