"""Integration fixtures: the portal in-process against the real FerretDB, Kafka and Keycloak.

Each test gets its own session database (pseah_test_portal_<random>), dropped afterwards.
"""
from __future__ import annotations

import html
import json
import re
import socket
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from fastapi.testclient import TestClient

from pseah.common.settings import repo_root
from pseah.portal.config import PortalSettings
from pseah.portal.main import create_app

SECRETS = repo_root() / "var/secrets"


def port_open(address: str) -> bool:
    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except OSError:
        return False


def keycloak_ready() -> bool:
    try:
        return httpx.get("http://127.0.0.1:8080/realms/pseah/.well-known/openid-configuration", timeout=3).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture
def need_mongo():
    if not port_open("127.0.0.1:27017"):
        pytest.skip("FerretDB is not running on 127.0.0.1:27017 (deploy/local/ferretdb.sh start)")


@pytest.fixture
def need_keycloak():
    if not keycloak_ready() or not (SECRETS / "demo-users.json").exists():
        pytest.skip("Keycloak realm pseah is not ready on 127.0.0.1:8080 (deploy/local/keycloak.sh start)")


@pytest.fixture
def portal_settings(need_mongo, tmp_path) -> PortalSettings:
    return PortalSettings(mongo_db=f"pseah_test_portal_{uuid.uuid4().hex[:10]}", secret_key="integration-" + uuid.uuid4().hex,
                          environment="development")


@pytest.fixture
def portal(portal_settings):
    app = create_app(portal_settings)
    try:
        with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as client:
            yield client
    finally:
        drop_databases(portal_settings.mongo_db)


def demo_user(role: str = "focal_point", org: str | None = None) -> tuple[str, str]:
    users = json.loads((SECRETS / "demo-users.json").read_text())
    for user in users:
        if user["role"] == role and (org is None or user["org"] == org):
            return user["username"], (SECRETS / "demo-password").read_text().strip()
    pytest.skip(f"no demo user with role {role} in {org}")


def _jar_header(browser: httpx.Client) -> str:
    # Keycloak marks its login cookies Secure; browsers send those to http://127.0.0.1 (a secure context),
    # http.cookiejar does not, so the test sends them itself.
    return "; ".join(f"{c.name}={c.value}" for c in browser.cookies.jar)


def keycloak_login(portal: TestClient, *, username: str, password: str, next_path: str = "/cases") -> httpx.Response:
    """The browser's part: portal /login -> Keycloak's real login form(s) -> back to the portal's callback."""
    start = portal.get(f"/login?next={next_path}")
    assert start.status_code == 303, start.text
    with httpx.Client(follow_redirects=False, timeout=20) as browser:
        page = browser.get(start.headers["location"])
        done = None
        # The realm has organisations on, so Keycloak may ask for the username first and the password next.
        for _ in range(3):
            assert page.status_code == 200, f"Keycloak login page answered {page.status_code}"
            match = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page.text)
            assert match, "Keycloak login form not found"
            fields = set(re.findall(r'<input[^>]*name="(\w+)"', page.text))
            data = {"credentialId": ""}
            if "username" in fields:
                data["username"] = username
            if "password" in fields:
                data["password"] = password
            page = browser.post(html.unescape(match.group(1)), data=data, headers={"cookie": _jar_header(browser)})
            if page.status_code in (302, 303):
                done = page
                break
    assert done is not None, "Keycloak did not redirect back"
    back = urlparse(done.headers["location"])
    assert back.path == "/auth/callback", done.headers["location"]
    query = {k: v[0] for k, v in parse_qs(back.query).items()}
    assert "code" in query, "Keycloak redirected back without a code"
    return portal.get(f"/auth/callback?code={query['code']}&state={query['state']}")


def drop_databases(*names: str) -> None:
    # A client of its own: the portal's mongoengine connection is gone once its lifespan ended.
    import pymongo

    with pymongo.MongoClient("mongodb://127.0.0.1:27017", serverSelectionTimeoutMS=5000) as client:
        for name in names:
            client.drop_database(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def repo() -> Path:
    return repo_root()
