"""End-to-end fixtures: the running suite (`make run` / `make test` start it) on its default addresses."""
from __future__ import annotations

import html
import json
import os
import re
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRETS = ROOT / "var/secrets"
PORTAL = os.environ.get("PSEAH_E2E_PORTAL", "http://127.0.0.1:8000")
INTAKE = os.environ.get("PSEAH_E2E_INTAKE", "http://127.0.0.1:8001")
ANALYTICS = os.environ.get("PSEAH_E2E_ANALYTICS", "http://127.0.0.1:8006")
KEYCLOAK = os.environ.get("PSEAH_KEYCLOAK_URL", "http://127.0.0.1:8080")
MAILDIR = ROOT / "var/data/smtp"


@pytest.fixture(scope="session")
def demo_password() -> str:
    return os.environ.get("PSEAH_DEMO_PASSWORD") or (SECRETS / "demo-password").read_text().strip()


@pytest.fixture(scope="session")
def demo_users() -> dict[str, dict]:
    return {u["username"]: u for u in json.loads((SECRETS / "demo-users.json").read_text())}


@pytest.fixture
def portal_login(demo_password):
    """Factory: a client logged in to the portal as a demo user."""
    clients = []

    def login(username: str) -> httpx.Client:
        client = portal_session(username, demo_password)
        clients.append(client)
        return client

    yield login
    for client in clients:
        client.close()


@pytest.fixture
def bearer(demo_password):
    return lambda username: {"Authorization": f"Bearer {token_for(username, demo_password)}"}


@pytest.fixture(scope="session")
def waiter():
    return wait_for


def _cookie_header(client: httpx.Client) -> str:
    # Keycloak marks its login cookies Secure; browsers send them to http://127.0.0.1 (a secure context),
    # Python's cookie jar does not, so the test sends them itself.
    return "; ".join(f"{c.name}={c.value}" for c in client.cookies.jar)


def portal_session(username: str, password: str) -> httpx.Client:
    """Log in to the portal through the real Keycloak login form (authorization code with PKCE)."""
    portal = httpx.Client(base_url=PORTAL, follow_redirects=False, timeout=20)
    start = portal.get("/login")
    assert start.status_code in (302, 303), start.text[:300]
    with httpx.Client(follow_redirects=False, timeout=20) as browser:
        page = browser.get(start.headers["location"])
        back = None
        # With organisations on, Keycloak may ask for the username first and the password next.
        for _ in range(3):
            assert page.status_code == 200, f"Keycloak login page answered {page.status_code}"
            action = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page.text)
            assert action, "Keycloak login form not found"
            fields = set(re.findall(r'<input[^>]*name="(\w+)"', page.text))
            data = {"credentialId": ""}
            if "username" in fields:
                data["username"] = username
            if "password" in fields:
                data["password"] = password
            page = browser.post(html.unescape(action.group(1)), data=data,
                                headers={"cookie": _cookie_header(browser)})
            if page.status_code in (302, 303):
                back = page.headers["location"]
                break
    assert back and back.startswith(PORTAL), f"login did not come back to the portal: {back}"
    landed = portal.get(back.removeprefix(PORTAL))
    assert landed.status_code in (200, 302, 303), landed.text[:300]
    portal.follow_redirects = True
    return portal


def token_for(username: str, password: str) -> str:
    response = httpx.post(f"{KEYCLOAK}/realms/pseah/protocol/openid-connect/token",
                          data={"grant_type": "password", "client_id": "pseah-cli", "username": username,
                                "password": password, "scope": "openid"}, timeout=20)
    response.raise_for_status()
    return response.json()["access_token"]


def wait_for(predicate, *, timeout: float = 180, interval: float = 0.5, what: str = "condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


_NEXT = re.compile(r'<a href="([^"]+)" rel="next">')


def page_listing(client: httpx.Client, path: str, needle: str, *, max_pages: int = 400) -> httpx.Response | None:
    """The page of a paged staff list (`path`, 50 a page) that shows `needle`, following rel="next" links.

    Other traffic on the same suite (a benchmark's flood beside the tests) can put a new case beyond the first
    page of an inbox ordered by deadline; the case is still listed, further on.
    """
    url = path
    for _ in range(max_pages):
        page = client.get(url)
        if page.status_code != 200:
            return None
        if needle in page.text:
            return page
        found = _NEXT.search(page.text)
        if not found:
            return None
        url = html.unescape(found.group(1))
    return None


@pytest.fixture(scope="session")
def listed():
    return page_listing
