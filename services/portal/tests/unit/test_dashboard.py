"""The coordinator's dashboard: analytics' figures as accessible SVG charts with tables, filters without script."""
from __future__ import annotations

import re

from pseah.portal.api.dashboard import CHARTS
from pseah.portal.dashboard.charts import Bar, bar_chart

from .dashboard_fakes import FakeAnalytics


def _coordinator(env):
    env.portal.analytics = FakeAnalytics()
    client = env.client()
    env.log_in(client, username="coordinator", org_id="pseah-network", roles=("coordinator",))
    return client


def test_every_chart_is_an_svg_image_with_its_table(env):
    client = _coordinator(env)
    page = client.get("/dashboard").text
    svgs = re.findall(r"<svg [^>]*role=\"img\"[^>]*>", page)
    assert len(svgs) == len(CHARTS)
    assert len(re.findall(r"<table class=\"figures\">", page)) == len(CHARTS)
    # Each image names itself (title and description), so a screen reader says what it shows.
    assert all("aria-labelledby=" in svg for svg in svgs)
    assert "<title id=\"chart-reports-category-t\">Laporan menurut kategori</title>" in page
    # The page needs no script of its own (the layout's quick-exit script is outside the main content).
    assert "<script" not in page.split("<main", 1)[1]


def test_hidden_figures_are_markers_never_bars(env):
    client = _coordinator(env)
    page = client.get("/dashboard?lang=en").text
    assert "&lt;5" in page and ">hidden<" in page
    # Drawn bars only for numbers: a hidden figure is a fixed hatched stub of 14 px.
    assert 'width="14" height="18" fill="url(#hatch)"' in page


def test_filters_reach_analytics_and_unknown_values_are_dropped(env):
    client = _coordinator(env)
    assert client.get("/dashboard?start=2026-10&end=2026-12&province=32").status_code == 200
    calls = env.portal.analytics.calls
    assert calls and all(c[1:] == ("2026-10", "2026-12", "32") for c in calls)
    # A province's page has no by-province chart (its own total is every chart's total).
    assert "reports.province" not in [c[0] for c in calls]
    env.portal.analytics.calls.clear()
    client.get("/dashboard?start=2026-13&province=99")
    assert all(c[1:] == (None, None, None) for c in env.portal.analytics.calls)


def test_english_labels_and_only_the_coordinator(env):
    client = _coordinator(env)
    page = client.get("/dashboard?lang=en").text
    assert "Reports by category" in page and "Sexual exploitation" in page and "≤ 24 h" in page
    other = env.client()
    env.log_in(other, username="fp-unicef", org_id="unicef", roles=("focal_point",))
    assert other.get("/dashboard").status_code == 403


def test_analytics_down_is_said_plainly(env):
    client = _coordinator(env)
    env.portal.analytics.down = True
    response = client.get("/dashboard?lang=en")
    assert response.status_code == 503 and "statistics service is not available" in response.text


def test_bar_lengths_follow_the_numbers():
    svg = str(bar_chart(chart_id="c", title="T", description="D", bars=[Bar("a", 10), Bar("b", 5), Bar("c", "<5")]))
    widths = [int(w) for w in re.findall(r'<rect x="220" y="\d+" width="(\d+)"', svg)]
    assert widths == [300, 150, 14]
