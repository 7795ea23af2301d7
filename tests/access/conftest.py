"""The access matrix's world: the running suite (`make run` / `make test` start it) on its default addresses, the
demo users' real Keycloak tokens, and two fresh reports (one about UNICEF staff, one about PMI volunteers) that have
gone the whole way through intake, triage and referral.

Forged tokens are signed with the pseah realm's development key (var/secrets/keycloak-pseah-rs256.pem, which
deploy/keycloak/realm.py imports into Keycloak in development), so a refusal can only come from the claim that was
changed: a token signed the same way with unchanged claims is accepted by every service (the control row).
"""
from __future__ import annotations

import json
import os
import secrets
import socket
import time
import uuid
from dataclasses import dataclass, field

import grpc
import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from pseah.common.auth import fetch_password_token
from pseah.common.settings import repo_root

ROOT = repo_root()
SECRETS = ROOT / "var/secrets"
KEYCLOAK = os.environ.get("PSEAH_KEYCLOAK_URL", "http://127.0.0.1:8080").rstrip("/")
ISSUER = f"{KEYCLOAK}/realms/pseah"
INTAKE = os.environ.get("PSEAH_E2E_INTAKE", "http://127.0.0.1:8001")
AUDIT = os.environ.get("PSEAH_E2E_AUDIT", "http://127.0.0.1:8005")
ANALYTICS = os.environ.get("PSEAH_E2E_ANALYTICS", "http://127.0.0.1:8006")
REFERRAL_GRPC = os.environ.get("PSEAH_E2E_REFERRAL_GRPC", "127.0.0.1:50051")
# Referrals of the UNICEF report go to whichever provider matching ranks first; these are the demo providers' orgs.
DEMO_PROVIDERS = {"pulih": "provider-pulih", "kemenpppa": "provider-kemenpppa"}
# The audit service reads by full scan on FerretDB: seconds per call with a large chain.
SLOW = 90.0
# How long a report may take through intake, triage and referral (and back to intake) on a busy shared suite.
PIPELINE = float(os.environ.get("PSEAH_ACCESS_PIPELINE_TIMEOUT", "600"))
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def wait_for(predicate, *, timeout: float, what: str, interval: float = 3.0):
    end = time.monotonic() + timeout
    last = None
    while time.monotonic() < end:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")


def unknown_reference() -> str:
    return "PSEAH-" + "".join(secrets.choice(ALPHABET) for _ in range(8))


class Tokens:
    """Real access tokens of the demo users (password grant of pseah-cli, development only), renewed before they
    expire: Keycloak's lifespan is 5 minutes and the audit calls alone can take longer than that."""

    def __init__(self, password: str):
        self._password = password
        self._cache: dict[str, tuple[str, float]] = {}

    def __call__(self, username: str) -> str:
        token, until = self._cache.get(username, ("", 0.0))
        if time.monotonic() >= until:
            response = fetch_password_token(username, self._password, issuer=ISSUER)
            token = response["access_token"]
            self._cache[username] = (token, time.monotonic() + float(response.get("expires_in", 60)) - 60)
        return token


@dataclass
class World:
    tokens: Tokens
    users: dict[str, dict]
    unicef_ref: str
    pmi_ref: str
    marker: str
    referral: object  # pseah.api.referral.v1.Referral of the UNICEF report
    channel: grpc.Channel
    notes: dict = field(default_factory=dict)

    @property
    def own_provider(self) -> str:
        return DEMO_PROVIDERS[self.referral.provider_org]

    @property
    def other_provider(self) -> str:
        return next(u for org, u in DEMO_PROVIDERS.items() if org != self.referral.provider_org)

    def user(self, who: str) -> str:
        """A demo username; `provider-own` / `provider-other` are the providers with and without the referral."""
        return {"provider-own": self.own_provider, "provider-other": self.other_provider}.get(who, who)

    def bearer(self, who: str) -> dict[str, str]:
        return {"authorization": f"Bearer {self.tokens(self.user(who))}"}

    def metadata(self, who: str) -> list[tuple[str, str]]:
        return [("authorization", f"Bearer {self.tokens(self.user(who))}")]


def _reachable(address: str) -> bool:
    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=2):
            return True
    except OSError:
        return False


def _grpc_call(channel, method: str, request, metadata):
    from pseah.api.cases.v1 import cases_pb2_grpc
    from pseah.api.referral.v1 import referral_pb2_grpc

    stub = (cases_pb2_grpc.CaseServiceStub if method.startswith("cases.") else referral_pb2_grpc.ReferralServiceStub)(
        channel)
    return getattr(stub, method.split(".", 1)[1])(request, metadata=metadata, timeout=30)


def grpc_outcome(channel, method: str, request, metadata) -> tuple[str, object]:
    """("OK", reply) or (status code name, details)."""
    try:
        return "OK", _grpc_call(channel, method, request, metadata)
    except grpc.RpcError as exc:
        return exc.code().name, exc.details()


@pytest.fixture(scope="session")
def world() -> World:
    for name, address in (("intake", INTAKE), ("audit", AUDIT), ("analytics", ANALYTICS)):
        if not _reachable(address.split("://", 1)[-1]):
            pytest.fail(f"{name} is not running on {address}: the access matrix runs against the running suite")
    if not _reachable(REFERRAL_GRPC) or not (SECRETS / "demo-users.json").exists():
        pytest.fail("the referral gRPC server or the Keycloak demo users are missing: start the suite first")
    from pseah.api.cases.v1 import cases_pb2
    from pseah.api.referral.v1 import referral_pb2

    password = os.environ.get("PSEAH_DEMO_PASSWORD") or (SECRETS / "demo-password").read_text().strip()
    users = {u["username"]: u for u in json.loads((SECRETS / "demo-users.json").read_text()) if not u.get("idp")}
    tokens = Tokens(password)
    channel = grpc.insecure_channel(REFERRAL_GRPC)
    marker = uuid.uuid4().hex[:10]
    reports = {
        # Plain words the triage rules recognise (sexual exploitation by the organisation's own staff). A grown man in
        # Cianjur (3203): the only local psychosocial provider serving men is Pulih's (a demo provider organisation),
        # then the national Kemenpppa line, so the match never depends on capacity left by other traffic (a flood
        # from `make bench` beside the tests uses up the national line's weekly capacity: fresh-clone run R3).
        "unicef": {"narrative": f"Staf UNICEF di posko pengungsian meminta adik laki-laki saya berhubungan badan dengan "
                                f"imbalan beras dan terpal. Kode saksi {marker}.",
                   "region_code": "3203", "perpetrator_org": "unicef", "survivor_age_group": "adult",
                   "survivor_gender": "male",
                   "consent": {"referral": True, "contact": False, "share_with_org": True}},
        "pmi": {"narrative": f"Relawan PMI di posko pengungsian meminta ibu saya berhubungan badan dengan imbalan "
                             f"beras dan terpal. Kode saksi {marker}.",
                "region_code": "7271", "perpetrator_org": "pmi", "survivor_age_group": "adult"},
    }
    refs = {}
    for org, body in reports.items():
        accepted = httpx.post(f"{INTAKE}/v1/reports", json=body, timeout=30)
        assert accepted.status_code == 202, accepted.text
        refs[org] = accepted.json()["reference"]

    def case_of(ref: str):
        code, reply = grpc_outcome(channel, "cases.GetCase", cases_pb2.GetCaseRequest(reference=ref),
                                   [("authorization", f"Bearer {tokens('coordinator')}")])
        return reply if code == "OK" else None

    for org, ref in refs.items():
        case = wait_for(lambda ref=ref: case_of(ref), timeout=PIPELINE,
                        what=f"triage and referral to hold the {org} report {ref}")
        assert case.assignee.org_id == org, (
            f"the {org} report {ref} is held by {case.assignee.org_id or 'nobody'} ({case.queue}): triage routed it "
            f"elsewhere, so the matrix has no case of that organisation")

    def referrals_of(ref: str):
        reply = _grpc_call(channel, "referrals.ListReferrals", referral_pb2.ListReferralsRequest(page_size=200),
                           [("authorization", f"Bearer {tokens('coordinator')}")])
        return [r for r in reply.referrals if r.reference == ref]

    # One referral per need (psychosocial support always); the one to a demo provider organisation is the matrix's.
    made = wait_for(lambda: referrals_of(refs["unicef"]), timeout=PIPELINE,
                    what=f"the referrals of {refs['unicef']} (consent to referral was given)")
    time.sleep(3)  # the needs of one case are referred in one go: let the last of them land
    made = referrals_of(refs["unicef"]) or made
    referral = next((r for r in sorted(made, key=lambda r: r.service_type != "psychosocial")
                     if r.provider_org in DEMO_PROVIDERS and r.status == "created"), None)
    assert referral is not None, (
        f"matching sent the referrals to {sorted({(r.provider_org, r.provider_id) for r in made})}, none with a demo "
        f"provider user; the matrix needs one of {sorted(DEMO_PROVIDERS)}")
    # Intake learns the holding organisation from case.assigned.v1; the thread answers once it has.
    wait_for(lambda: httpx.get(f"{INTAKE}/v1/cases/{refs['unicef']}/attachments", timeout=30,
                               headers={"authorization": f"Bearer {tokens('fp-unicef')}"}).status_code == 200,
             timeout=PIPELINE, what="intake to learn that UNICEF holds the case")
    wait_for(lambda: httpx.get(f"{INTAKE}/v1/cases/{refs['pmi']}/attachments", timeout=30,
                               headers={"authorization": f"Bearer {tokens('fp-pmi')}"}).status_code == 200,
             timeout=PIPELINE, what="intake to learn that PMI holds the case")
    world = World(tokens=tokens, users=users, unicef_ref=refs["unicef"], pmi_ref=refs["pmi"], marker=marker,
                  referral=referral, channel=channel)
    try:
        yield world
    finally:
        channel.close()


# ------------------------------------------------------------------ forged tokens
@dataclass(frozen=True)
class Signer:
    """The realm's development signing key and its kid as Keycloak publishes it."""

    key: rsa.RSAPrivateKey
    kid: str

    def sign(self, claims: dict, *, key=None, kid: str | None = None) -> str:
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": kid or self.kid})


def _load_pem(name: str) -> rsa.RSAPrivateKey:
    path = SECRETS / name
    if not path.exists():
        pytest.fail(f"{path} is missing: deploy/keycloak/realm.py writes it in development")
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


@pytest.fixture(scope="session")
def signer() -> Signer:
    key = _load_pem("keycloak-pseah-rs256.pem")
    jwks = httpx.get(f"{ISSUER}/protocol/openid-connect/certs", timeout=30).json()["keys"]
    numbers = key.public_key().public_numbers()
    for jwk in jwks:
        if jwk.get("use") == "sig" and jwk.get("kty") == "RSA":
            public = jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(jwk))
            if public.public_numbers() == numbers:
                return Signer(key=key, kid=jwk["kid"])
    pytest.fail("Keycloak does not publish the development key of var/secrets: the realm was imported without it")


def unverified_claims(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def forged_tokens(*, world: World, signer: Signer, who: str = "coordinator") -> dict[str, tuple[str, str]]:
    """name -> (token, the reason code every service must give). Claims are the real ones of `who`'s token."""
    real = unverified_claims(world.tokens(who))
    now = int(time.time())
    fresh = {**real, "iat": now, "exp": now + 300}
    other_realm = _load_pem("keycloak-redcross-rs256.pem")
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    unsigned = jwt.encode(fresh, key=None, algorithm="none", headers={"kid": signer.kid})
    return {
        "control_same_key_same_claims": (signer.sign(fresh), ""),
        "alg_none": (unsigned, "unsupported_algorithm"),
        "real_token_signature_stripped": (world.tokens(who).rsplit(".", 1)[0] + ".", "invalid_signature"),
        "expired": (signer.sign({**real, "iat": now - 7200, "exp": now - 3600}), "token_expired"),
        "foreign_key_claiming_the_realm_kid": (signer.sign(fresh, key=other_realm), "invalid_signature"),
        "foreign_key_of_its_own": (signer.sign(fresh, key=stranger, kid=f"stranger-{uuid.uuid4().hex[:8]}"),
                                   "unknown_key"),
        "wrong_audience": (signer.sign({**fresh, "aud": ["account"]}), "invalid_audience"),
        "wrong_issuer": (signer.sign({**fresh, "iss": f"{KEYCLOAK}/realms/redcross"}), "invalid_issuer"),
    }
