"""Login round trip through the real Keycloak realm, then logout."""
from __future__ import annotations

import re

import pytest

from pseah.portal.sessions.models import PortalSession

from .conftest import demo_user, keycloak_login

pytestmark = pytest.mark.integration


def test_focal_point_logs_in_through_keycloak_and_out_again(need_keycloak, portal):
    username, password = demo_user("focal_point", "unicef")
    response = keycloak_login(portal, username=username, password=password)
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/cases"
    set_cookie = response.headers["set-cookie"].lower()
    assert "pseah_session=" in set_cookie and "httponly" in set_cookie and "samesite=lax" in set_cookie

    (session,) = PortalSession.objects(access_token__ne=None)
    assert session.user["username"] == username
    assert session.user["org_id"] == "unicef" and "focal_point" in session.user["roles"]
    assert session.pending_login == {}

    # Logged in: /cases no longer sends to /login (the referral service may or may not be up).
    inbox = portal.get("/cases")
    assert inbox.status_code in (200, 503) and "fp-unicef" in inbox.text

    logout_page = portal.get("/logout")
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', logout_page.text).group(1)
    out = portal.post("/logout", data={"csrf_token": token})
    assert out.status_code == 303 and "/protocol/openid-connect/logout" in out.headers["location"]
    assert PortalSession.objects(sid=session.sid).first() is None
    assert portal.get("/cases").status_code == 303


def test_forged_state_is_refused_by_the_real_flow(need_keycloak, portal):
    start = portal.get("/login")
    assert start.status_code == 303
    response = portal.get("/auth/callback?code=made-up&state=forged")
    assert response.status_code == 400
    assert PortalSession.objects(access_token__ne=None).count() == 0
