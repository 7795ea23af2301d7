#!/usr/bin/env python3
"""Render the Keycloak realms of the suite and apply them to a running Keycloak.

    realm.py render --out DIR --secrets DIR [--orgs FILE] [--environment development|production]
    realm.py apply  --out DIR --secrets DIR --url URL [--state FILE]

`render` writes DIR/pseah-realm.json (plus the partner realms used for brokering in development) from
../shared/data/organizations.json and the declarations below. Secrets never come from git: each one is
taken from the environment or else generated once into the secrets folder (mode 600):

    demo password        PSEAH_DEMO_PASSWORD                  or <secrets>/demo-password
    portal client        PSEAH_PORTAL_CLIENT_SECRET           or <secrets>/client-secret-pseah-portal
    partner clients      PSEAH_PARTNER_<ORG>_CLIENT_SECRET    or <secrets>/client-secret-partner-<org>
    realm signing key    -                                    <secrets>/keycloak-pseah-rs256.pem
    brokering (dev)      -                                    <secrets>/client-secret-broker-<realm>
    SAML brokering (dev) -                                    <secrets>/keycloak-<realm>-rs256.pem and .crt

It also writes <secrets>/demo-users.json (username, role, org, email) and <secrets>/keycloak-clients.json.

`apply` logs in to the master realm as KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD and makes
each rendered realm match its file: created when missing; deleted and imported again when the
`pseah.config.sha256` attribute differs (PSEAH_KEYCLOAK_REALM_UPDATE=recreate, the default) or left as is
(=keep). User, client and organisation ids and the RS256 signing key are deterministic, so subjects and
issued tokens survive a re-import; users or sessions created at run time in that realm do not.
SAML identity providers (with their mappers and organisation links) are outside that hash: they have their own
(`pseah.federation.saml.sha256`) and are created, updated or removed in place, without re-importing the realm.

Standard library only (plus `cryptography`, or the `openssl` command, to make the signing keys and certificates
once).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets as pysecrets
import string
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REALM = "pseah"
AUDIENCE = "pseah-api"
SHA_ATTR = "pseah.config.sha256"
SAML_SHA_ATTR = "pseah.federation.saml.sha256"
ID_NAMESPACE = uuid.UUID("6f1c5d8e-2b1a-4c1e-9a57-7f0e1c2d3b4a")

# ---------------------------------------------------------------- declarations (edit here)
ROLES = {
    "focal_point": "PSEA focal point of an organisation: receives, investigates and closes its cases",
    "triage_officer": "PSEAH Network triage officer: confirms or corrects the automatic triage",
    "service_provider": "Survivor service provider: accepts, declines and completes referrals",
    "coordinator": "PSEAH coordinator: deadlines, escalations, aggregate statistics",
    "auditor": "Reviews the event log, never survivor content",
    "operator": "Runs and scales the suite",
    "partner_system": "A partner agency's system integrating through the APIs (service accounts only)",
}
# username, role, organisation id, first name, last name
DEMO_USERS = [
    ("fp-unicef", "focal_point", "unicef", "Focal Point", "UNICEF"),
    ("fp-pmi", "focal_point", "pmi", "Focal Point", "PMI"),
    ("fp-wvi", "focal_point", "wvi", "Focal Point", "WVI"),
    ("fp-bnpb", "focal_point", "bnpb", "Focal Point", "BNPB"),
    ("triage-officer", "triage_officer", "pseah-network", "Triage Officer", "PSEAH Network"),
    ("coordinator", "coordinator", "pseah-network", "Coordinator", "PSEAH Network"),
    ("provider-pulih", "service_provider", "pulih", "Service Provider", "Yayasan Pulih"),
    ("provider-kemenpppa", "service_provider", "kemenpppa", "Service Provider", "UPTD PPA"),
    ("auditor", "auditor", "pseah-network", "Auditor", "PSEAH Network"),
    ("operator", "operator", "pseah-network", "Operator", "PSEAH Network"),
]
# partner systems (client credentials): client id partner-<org>
PARTNERS = ["unicef", "pmi"]
# partner realms brokered into pseah over OIDC in development: realm, display name, the organisation whose
# e-mail domain is routed to it (an identity provider is linked to one organisation), demo staff username
BROKERED = [
    ("un-agency", "UN agency (partner IdP)", "unfpa", "staff-unfpa"),
    ("redcross", "Red Cross (partner IdP)", "ifrc", "staff-ifrc"),
]
# partner realms brokered into pseah over SAML 2.0 in development, Keycloak being the SAML IdP there: realm,
# display name, organisation (e-mail domain routing and membership), demo staff username, and which values of
# the partner's `Role` attribute grant which PSEAH role (the staff user holds all of them in the partner realm;
# any other value grants nothing)
SAML_BROKERED = [
    ("gov-agency", "Government agency (BNPB, partner SAML IdP)", "bnpb", "staff-bnpb",
     {"psea-focal-point": "focal_point"}),
]
SAML_ROLE_ATTRIBUTE = "Role"
NAMEID_EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"


def _id(kind: str, name: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}/{name}"))


# ---------------------------------------------------------------- secrets
def _secret(secrets_dir: Path, name: str, env: str | None = None, *, length: int = 32) -> str:
    if env and os.environ.get(env):
        return os.environ[env]
    path = secrets_dir / name
    if path.exists() and path.read_text().strip():
        return path.read_text().strip()
    alphabet = string.ascii_letters + string.digits
    value = "".join(pysecrets.choice(alphabet) for _ in range(length))
    _write_private(path, value + "\n")
    return value


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.parent.name == "secrets":
        os.chmod(path.parent, 0o700)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _signing_key(secrets_dir: Path, name: str) -> str:
    """A PKCS#8 RSA private key made once, so the realm's kid and signatures survive a re-import."""
    path = secrets_dir / name
    if path.exists():
        return path.read_text()
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    except ImportError:
        pem = subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
                             check=True, capture_output=True, text=True).stdout
    _write_private(path, pem)
    return pem


def _certificate(secrets_dir: Path, name: str, pem: str) -> str:
    """A self-signed certificate of `pem` made once (SAML peers pin it), as base64 DER the way Keycloak wants it.

    SAML signatures are checked against the public key, so any certificate of the key does; keeping one file
    keeps the rendered realms (and their hashes) stable."""
    path = secrets_dir / name
    if not path.exists():
        try:
            import datetime

            from cryptography import x509
            from cryptography.hazmat.primitives import hashes, serialization
            from cryptography.x509.oid import NameOID

            key = serialization.load_pem_private_key(pem.encode(), password=None)
            subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, path.stem)])
            now = datetime.datetime.now(datetime.timezone.utc)
            cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                    .public_key(key.public_key()).serial_number(x509.random_serial_number())
                    .not_valid_before(now - datetime.timedelta(days=1))
                    .not_valid_after(now + datetime.timedelta(days=3650))
                    .sign(key, hashes.SHA256()))
            text = cert.public_bytes(serialization.Encoding.PEM).decode()
        except ImportError:
            text = subprocess.run(["openssl", "req", "-x509", "-new", "-key", str(path.with_suffix(".pem")),
                                   "-subj", f"/CN={path.stem}", "-days", "3650", "-sha256"], check=True,
                                  capture_output=True, text=True).stdout
        _write_private(path, text)
    lines = path.read_text().strip().splitlines()
    return "".join(line for line in lines if not line.startswith("-----"))


# ---------------------------------------------------------------- realm pieces
def _user_profile(org_ids: list[str]) -> str:
    def attr(name, required=True, validations=None):
        a = {"name": name, "displayName": "${%s}" % name, "validations": validations or {"length": {"max": 255}},
             "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False}
        if required:
            a["required"] = {"roles": ["user"]}
        return a

    attrs = [
        attr("username", required=False, validations={"length": {"min": 3, "max": 255},
                                                      "username-prohibited-characters": {},
                                                      "up-username-not-idn-homograph": {}}),
        attr("email", validations={"email": {}, "length": {"max": 255}}),
        attr("firstName", validations={"length": {"max": 255}, "person-name-prohibited-characters": {}}),
        attr("lastName", validations={"length": {"max": 255}, "person-name-prohibited-characters": {}}),
        {"name": "org_id", "displayName": "Organisation",
         "validations": {"options": {"options": org_ids}},
         "annotations": {"inputType": "select"},
         # users see their organisation, only administrators change it
         "permissions": {"view": ["admin", "user"], "edit": ["admin"]}, "multivalued": False},
    ]
    return json.dumps({"attributes": attrs,
                       "groups": [{"name": "user-metadata", "displayHeader": "User metadata",
                                   "displayDescription": "Attributes, which refer to user metadata"}]})


def _mapper(name: str, mapper: str, **config: str) -> dict:
    return {"name": name, "protocol": "openid-connect", "protocolMapper": mapper, "consentRequired": False, "config": config}


def _pseah_mappers(*, org_claim: str | None) -> list[dict]:
    """Audience pseah-api on access tokens, and org_id: from the user attribute or hard-coded for a partner."""
    tokens = {"access.token.claim": "true", "id.token.claim": "true", "userinfo.token.claim": "true",
              "introspection.token.claim": "true"}
    mappers = [_mapper(f"audience {AUDIENCE}", "oidc-audience-mapper", **{
        "included.custom.audience": AUDIENCE, "access.token.claim": "true", "id.token.claim": "false",
        "introspection.token.claim": "true"})]
    if org_claim is None:
        mappers.append(_mapper("org_id", "oidc-usermodel-attribute-mapper", **tokens, **{
            "user.attribute": "org_id", "claim.name": "org_id", "jsonType.label": "String",
            "multivalued": "false"}))
    else:
        mappers.append(_mapper("org_id", "oidc-hardcoded-claim-mapper", **tokens, **{
            "claim.name": "org_id", "claim.value": org_claim, "jsonType.label": "String"}))
    return mappers


DEFAULT_SCOPES = ["web-origins", "acr", "profile", "roles", "basic", "email", "organization"]
OPTIONAL_SCOPES = ["offline_access", "address", "phone", "microprofile-jwt"]


def _client(client_id: str, *, realm: str = REALM, **fields) -> dict:
    base = {"id": _id(f"client/{realm}", client_id), "clientId": client_id, "enabled": True, "protocol": "openid-connect",
            "publicClient": False, "standardFlowEnabled": False, "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": False, "serviceAccountsEnabled": False, "frontchannelLogout": True,
            "fullScopeAllowed": True, "defaultClientScopes": DEFAULT_SCOPES,
            "optionalClientScopes": OPTIONAL_SCOPES, "attributes": {}}
    base.update(fields)
    return base


def _user(username: str, *, email: str, first: str, last: str, password: str, roles: list[str],
          attributes: dict | None = None, realm: str = REALM) -> dict:
    return {"id": _id(f"user/{realm}", username), "username": username, "enabled": True, "email": email,
            "emailVerified": True, "firstName": first, "lastName": last,
            "attributes": attributes or {}, "realmRoles": ["default-roles-" + realm, *roles],
            "credentials": [{"type": "password", "value": password, "temporary": False}]}


def _keys(pem: str | None, *, realm: str = REALM, certificate: str | None = None) -> list[dict]:
    """RS256 from the key file in development (stable across re-imports); generated by Keycloak otherwise."""
    if pem:
        rs256 = {"id": _id(f"key/{realm}", "rs256"), "name": "pseah-rs256", "providerId": "rsa", "subComponents": {},
                 "config": {"privateKey": [pem], "priority": ["200"], "algorithm": ["RS256"], "keyUse": ["SIG"],
                            "active": ["true"], "enabled": ["true"]}}
        if certificate:  # else Keycloak makes one on every import, and a SAML peer could not pin it
            rs256["config"]["certificate"] = [certificate]
    else:
        rs256 = {"name": "rsa-generated", "providerId": "rsa-generated", "subComponents": {},
                 "config": {"priority": ["200"], "algorithm": ["RS256"], "keySize": ["2048"]}}
    return [
        rs256,
        {"name": "rsa-enc-generated", "providerId": "rsa-enc-generated", "subComponents": {},
         "config": {"priority": ["100"], "algorithm": ["RSA-OAEP"]}},
        {"name": "hmac-generated-hs512", "providerId": "hmac-generated", "subComponents": {},
         "config": {"priority": ["100"], "algorithm": ["HS512"]}},
        {"name": "aes-generated", "providerId": "aes-generated", "subComponents": {},
         "config": {"priority": ["100"]}},
    ]


def _realm_base(name: str, display: str, *, dev: bool) -> dict:
    smtp = os.environ.get("PSEAH_SMTP_HOST") or ("127.0.0.1" if dev else None)
    realm = {
        "id": name, "realm": name, "displayName": display, "enabled": True,
        "sslRequired": "external", "registrationAllowed": False, "loginWithEmailAllowed": True,
        "duplicateEmailsAllowed": False, "resetPasswordAllowed": False, "editUsernameAllowed": False,
        "rememberMe": False, "verifyEmail": False,
        # brute-force lockout in production only: in development tests and people share the demo logins, and
        # two failures within a second would lock a user for a minute
        "bruteForceProtected": not dev, "permanentLockout": False, "failureFactor": 10,
        "maxFailureWaitSeconds": 900, "waitIncrementSeconds": 60, "minimumQuickLoginWaitSeconds": 60,
        "accessTokenLifespan": 300, "ssoSessionIdleTimeout": 1800, "ssoSessionMaxLifespan": 36000,
        "defaultSignatureAlgorithm": "RS256",
        "eventsEnabled": True, "eventsExpiration": 2592000, "adminEventsEnabled": True,
        "adminEventsDetailsEnabled": False,
    }
    if smtp:  # the local mail sink in development; production sets PSEAH_SMTP_HOST or configures it in Keycloak
        realm["smtpServer"] = {"host": smtp, "port": os.environ.get("PSEAH_SMTP_PORT", "1025"),
                               "from": f"no-reply@{name}.pseah-network.example", "fromDisplayName": display}
    return realm


def _sha(part: dict) -> str:
    return hashlib.sha256(json.dumps(part, sort_keys=True).encode()).hexdigest()


def _split_saml(realm: dict) -> tuple[dict, dict]:
    """The realm without its SAML identity providers, and those providers with their mappers and organisation
    links. The first decides whether a realm is re-imported, the second is synchronised in place (`_sync_saml`)."""
    aliases = {i["alias"] for i in realm.get("identityProviders", []) if i.get("providerId") == "saml"}
    core = {k: v for k, v in realm.items() if k != "attributes"}
    saml = {"identityProviders": [], "identityProviderMappers": [], "organizationLinks": {}}
    if not aliases:
        return core, saml
    core["identityProviders"] = [i for i in realm["identityProviders"] if i["alias"] not in aliases]
    saml["identityProviders"] = [i for i in realm["identityProviders"] if i["alias"] in aliases]
    mappers = realm.get("identityProviderMappers", [])
    core["identityProviderMappers"] = [m for m in mappers if m["identityProviderAlias"] not in aliases]
    saml["identityProviderMappers"] = [m for m in mappers if m["identityProviderAlias"] in aliases]
    core["organizations"] = []
    for org in realm.get("organizations", []):
        links = [i for i in org.get("identityProviders", []) if i["alias"] in aliases]
        if links:
            saml["organizationLinks"][org["alias"]] = {"id": org["id"], "aliases": [i["alias"] for i in links]}
            org = {**org, "identityProviders": [i for i in org["identityProviders"] if i["alias"] not in aliases]}
        core["organizations"].append(org)
    return core, saml


def _finish(realm: dict) -> dict:
    core, saml = _split_saml(realm)
    attributes = realm.setdefault("attributes", {})
    attributes[SHA_ATTR] = _sha(core)
    if saml["identityProviders"]:
        attributes[SAML_SHA_ATTR] = _sha(saml)
    return realm


# ---------------------------------------------------------------- the realms
def render(*, out: Path, secrets_dir: Path, orgs_file: Path, environment: str, keycloak_url: str,
           portal_url: str) -> list[Path]:
    dev = environment == "development"
    orgs = json.loads(orgs_file.read_text())["organizations"]
    by_id = {o["id"]: o for o in orgs}
    for username, role, org, *_ in DEMO_USERS:
        if org not in by_id or role not in ROLES:
            raise SystemExit(f"demo user {username}: unknown organisation {org!r} or role {role!r}")
    for org in PARTNERS:
        if org not in by_id:
            raise SystemExit(f"partner {org!r} is not in {orgs_file}")
    for name, _, org, _, role_map in SAML_BROKERED:
        if org not in by_id or not set(role_map.values()) <= set(ROLES):
            raise SystemExit(f"SAML partner {name}: unknown organisation {org!r} or role in {role_map}")

    password = _secret(secrets_dir, "demo-password", "PSEAH_DEMO_PASSWORD", length=20) if dev else ""
    if dev and len(password) < 12:
        raise SystemExit("PSEAH_DEMO_PASSWORD must have at least 12 characters")
    portal_secret = _secret(secrets_dir, "client-secret-pseah-portal", "PSEAH_PORTAL_CLIENT_SECRET")
    partner_secrets = {org: _secret(secrets_dir, f"client-secret-partner-{org}",
                                    f"PSEAH_PARTNER_{org.upper().replace('-', '_')}_CLIENT_SECRET")
                       for org in PARTNERS}

    realm = _realm_base(REALM, "PSEAH Network Indonesia", dev=dev)
    pem = _signing_key(secrets_dir, "keycloak-pseah-rs256.pem") if dev else None
    realm.update({
        "organizationsEnabled": True,
        "passwordPolicy": "length(12) and notUsername and notEmail",
        "roles": {"realm": [{"name": r, "description": d, "composite": False, "clientRole": False}
                            for r, d in ROLES.items()]},
        "components": {
            "org.keycloak.keys.KeyProvider": _keys(pem),
            "org.keycloak.userprofile.UserProfileProvider": [{
                "providerId": "declarative-user-profile", "subComponents": {},
                "config": {"kc.user.profile.config": [_user_profile([o["id"] for o in orgs])]}}],
        },
    })

    portal = portal_url.rstrip("/")
    clients = [
        _client("pseah-portal", name="PSEAH portal", secret=portal_secret, standardFlowEnabled=True,
                redirectUris=[f"{portal}/*"], webOrigins=[portal], rootUrl=portal, baseUrl="/",
                attributes={"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": f"{portal}/*"},
                protocolMappers=_pseah_mappers(org_claim=None)),
        # public: a CLI cannot keep a secret. Device grant everywhere, password grant only in development.
        _client("pseah-cli", name="pseah command-line tool", publicClient=True,
                directAccessGrantsEnabled=dev,
                attributes={"oauth2.device.authorization.grant.enabled": "true"},
                protocolMappers=_pseah_mappers(org_claim=None)),
    ]
    users = []
    for org in PARTNERS:
        cid = f"partner-{org}"
        clients.append(_client(cid, name=f"{by_id[org]['acronym']} partner system", secret=partner_secrets[org],
                               serviceAccountsEnabled=True, defaultClientScopes=[*DEFAULT_SCOPES, "service_account"],
                               protocolMappers=_pseah_mappers(org_claim=org)))
        users.append({"id": _id(f"user/{REALM}", f"service-account-{cid}"), "username": f"service-account-{cid}",
                      "enabled": True, "serviceAccountClientId": cid,
                      "realmRoles": [f"default-roles-{REALM}", "partner_system"]})

    demo = []
    if dev:
        for username, role, org, first, last in DEMO_USERS:
            email = f"{username}@{by_id[org]['domain']}"
            users.append(_user(username, email=email, first=first, last=last, password=password,
                               roles=[role], attributes={"org_id": [org]}))
            demo.append({"username": username, "role": role, "org": org, "email": email})
    realm["users"] = users
    realm["clients"] = clients

    members: dict[str, list[str]] = {}
    for u in demo:
        members.setdefault(u["org"], []).append(u["username"])

    idps, idp_mappers, partner_realms, idp_of_org = [], [], [], {}
    if dev:
        for name, display, org, staff in BROKERED:
            secret = _secret(secrets_dir, f"client-secret-broker-{name}")
            issuer = f"{keycloak_url.rstrip('/')}/realms/{name}"
            base = f"{issuer}/protocol/openid-connect"
            idp_of_org.setdefault(org, []).append(name)
            idps.append({
                "alias": name, "displayName": display, "providerId": "oidc", "enabled": True,
                "trustEmail": True, "storeToken": False, "firstBrokerLoginFlowAlias": "first broker login",
                "hideOnLogin": True,
                "config": {"issuer": issuer, "authorizationUrl": f"{base}/auth", "tokenUrl": f"{base}/token",
                           "userInfoUrl": f"{base}/userinfo", "logoutUrl": f"{base}/logout",
                           "jwksUrl": f"{base}/certs", "useJwksUrl": "true", "validateSignature": "true",
                           "clientId": "pseah-broker", "clientSecret": secret,
                           "clientAuthMethod": "client_secret_post", "defaultScope": "openid profile email",
                           "pkceEnabled": "true", "pkceMethod": "S256", "syncMode": "FORCE",
                           # organisation link: users whose e-mail is at the organisation's domain are sent
                           # to this IdP from the identity-first login page, and become members on return
                           "kc.org.domain": by_id[org]["domain"],
                           "kc.org.broker.redirect.mode.email-matches": "true"}})
            # org_id and role pinned by the link, not taken from the partner's claims
            idp_mappers += [
                {"name": "org_id", "identityProviderAlias": name,
                 "identityProviderMapper": "hardcoded-attribute-idp-mapper",
                 "config": {"syncMode": "FORCE", "attribute": "org_id", "attribute.value": org}},
                {"name": "focal_point", "identityProviderAlias": name,
                 "identityProviderMapper": "oidc-hardcoded-role-idp-mapper",
                 "config": {"syncMode": "FORCE", "role": "focal_point"}},
            ]
            partner_realms.append(_partner_realm(name, display, org, staff, by_id=by_id, secret=secret,
                                                 password=password, keycloak_url=keycloak_url,
                                                 secrets_dir=secrets_dir))
            demo.append({"username": staff, "role": "focal_point", "org": org,
                         "email": f"{staff}@{by_id[org]['domain']}", "idp": name})
        for name, display, org, staff, role_map in SAML_BROKERED:
            idp, mappers, partner = _saml_broker(name, display, org, staff, role_map, by_id=by_id, password=password,
                                                 keycloak_url=keycloak_url, secrets_dir=secrets_dir, sp_pem=pem)
            idps.append(idp)
            idp_mappers += mappers
            partner_realms.append(partner)
            idp_of_org.setdefault(org, []).append(name)
            # the PSEAH username of a SAML user is the NameID (the e-mail); `username` is the partner realm login
            demo.append({"username": staff, "role": next(iter(role_map.values())), "org": org,
                         "email": f"{staff}@{by_id[org]['domain']}", "idp": name, "protocol": "saml"})
        realm["identityProviders"] = idps
        realm["identityProviderMappers"] = idp_mappers

    realm["organizations"] = [
        {"id": _id(f"org/{REALM}", o["id"]), "name": o["name"], "alias": o["id"], "enabled": True,
         "description": f"{o['acronym']} ({o['type']})",
         "attributes": {"type": [o["type"]], "acronym": [o["acronym"]]},
         "domains": [{"name": o["domain"], "verified": True}],
         "members": [{"username": u, "membershipType": "UNMANAGED"} for u in members.get(o["id"], [])],
         "identityProviders": [{"alias": alias} for alias in idp_of_org.get(o["id"], [])]}
        for o in orgs
    ]

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for rep in [_finish(realm), *(_finish(r) for r in partner_realms)]:
        path = out / f"{rep['realm']}-realm.json"
        _write_private(path, json.dumps(rep, indent=1, sort_keys=True) + "\n")
        written.append(path)
    # partner realms that are no longer declared (or production rendering) must not linger in the import dir
    keep = {p.name for p in written}
    for stale in out.glob("*-realm.json"):
        if stale.name not in keep:
            stale.unlink()

    _write_private(secrets_dir / "demo-users.json", json.dumps(demo, indent=1) + "\n")
    _write_private(secrets_dir / "keycloak-clients.json", json.dumps({
        "issuer": f"{keycloak_url.rstrip('/')}/realms/{REALM}", "audience": AUDIENCE,
        "pseah-portal": {"type": "confidential", "secret": portal_secret},
        "pseah-cli": {"type": "public", "password_grant": dev},
        **{f"partner-{o}": {"type": "service-account", "org": o, "secret": s} for o, s in partner_secrets.items()},
    }, indent=1) + "\n")
    return written


def _partner_realm(name, display, org, staff, *, by_id, secret, password, keycloak_url, secrets_dir) -> dict:
    realm = _realm_base(name, display, dev=True)
    realm["components"] = {"org.keycloak.keys.KeyProvider": _keys(_signing_key(secrets_dir, f"keycloak-{name}-rs256.pem"), realm=name)}
    broker_redirect = f"{keycloak_url.rstrip('/')}/realms/{REALM}/broker/{name}/endpoint"
    realm["clients"] = [_client("pseah-broker", realm=name, name="PSEAH Network (brokering)", secret=secret,
                                standardFlowEnabled=True, redirectUris=[broker_redirect],
                                attributes={"pkce.code.challenge.method": "S256"})]
    realm["users"] = [_user(staff, email=f"{staff}@{by_id[org]['domain']}", first="Staff",
                            last=by_id[org]["acronym"], password=password, roles=[], realm=name)]
    return realm


def _saml_broker(name, display, org, staff, role_map, *, by_id, password, keycloak_url, secrets_dir,
                 sp_pem) -> tuple[dict, list[dict], dict]:
    """A partner realm where Keycloak is the SAML IdP, and its identity provider with mappers in pseah.

    Both sides sign: the partner signs the response and the assertion (pseah requires both and pins the partner's
    certificate), pseah signs its AuthnRequests (the partner pins pseah's certificate). Requests go by redirect,
    responses by POST. NameID is the e-mail; the attributes email, firstName, lastName and Role are sent."""
    kc = keycloak_url.rstrip("/")
    sp_entity, idp_entity = f"{kc}/realms/{REALM}", f"{kc}/realms/{name}"
    acs = f"{sp_entity}/broker/{name}/endpoint"
    idp_pem = _signing_key(secrets_dir, f"keycloak-{name}-rs256.pem")
    idp_cert = _certificate(secrets_dir, f"keycloak-{name}-rs256.crt", idp_pem)
    sp_cert = _certificate(secrets_dir, f"keycloak-{REALM}-rs256.crt", sp_pem)

    partner = _realm_base(name, display, dev=True)
    partner["components"] = {"org.keycloak.keys.KeyProvider": _keys(idp_pem, realm=name, certificate=idp_cert)}
    partner["roles"] = {"realm": [{"name": r, "description": f"{display}: maps to PSEAH {role}", "composite": False,
                                   "clientRole": False} for r, role in role_map.items()]}

    def attribute(user_attribute: str) -> dict:
        return {"name": user_attribute, "protocol": "saml", "protocolMapper": "saml-user-property-mapper",
                "consentRequired": False, "config": {"user.attribute": user_attribute, "attribute.name": user_attribute,
                                                     "friendly.name": user_attribute, "attribute.nameformat": "Basic"}}

    partner["clients"] = [{
        "id": _id(f"client/{name}", sp_entity), "clientId": sp_entity, "name": "PSEAH Network (SAML brokering)",
        "protocol": "saml", "enabled": True, "publicClient": False, "frontchannelLogout": True,
        "fullScopeAllowed": True, "redirectUris": [acs], "baseUrl": acs,
        # its own mappers only: the built-in role_list scope would send a second Role attribute
        "defaultClientScopes": [], "optionalClientScopes": [],
        "attributes": {
            "saml.server.signature": "true", "saml.assertion.signature": "true",
            "saml.signature.algorithm": "RSA_SHA256",
            "saml_signature_canonicalization_method": "http://www.w3.org/2001/10/xml-exc-c14n#",
            "saml.server.signature.keyinfo.xmlSigKeyInfoKeyNameTransformer": "KEY_ID",
            "saml.client.signature": "true", "saml.signing.certificate": sp_cert,
            "saml.encrypt": "false", "saml.force.post.binding": "true", "saml.authnstatement": "true",
            "saml_name_id_format": "email", "saml_force_name_id_format": "true",
            "saml_assertion_consumer_url_post": acs, "saml_single_logout_service_url_redirect": acs},
        "protocolMappers": [attribute("email"), attribute("firstName"), attribute("lastName"), {
            "name": "role list", "protocol": "saml", "protocolMapper": "saml-role-list-mapper", "consentRequired": False,
            "config": {"attribute.name": SAML_ROLE_ATTRIBUTE, "friendly.name": SAML_ROLE_ATTRIBUTE,
                       "attribute.nameformat": "Basic", "single": "true"}}],
    }]
    partner["users"] = [_user(staff, email=f"{staff}@{by_id[org]['domain']}", first="Staff",
                              last=by_id[org]["acronym"], password=password, roles=list(role_map), realm=name)]

    sso = f"{idp_entity}/protocol/saml"
    idp = {
        "alias": name, "displayName": display, "providerId": "saml", "enabled": True, "trustEmail": True,
        "storeToken": False, "linkOnly": False, "firstBrokerLoginFlowAlias": "first broker login",
        # shown as a button once the e-mail names the organisation (see the README: an organisation's brokers never
        # show on the first page); e-mails at the domain are not redirected, else there would be no button
        "hideOnLogin": False,
        "config": {"entityId": sp_entity, "idpEntityId": idp_entity, "singleSignOnServiceUrl": sso,
                   "singleLogoutServiceUrl": sso, "nameIDPolicyFormat": NAMEID_EMAIL, "principalType": "SUBJECT",
                   "postBindingAuthnRequest": "false", "postBindingResponse": "true", "postBindingLogout": "true",
                   "wantAuthnRequestsSigned": "true", "signatureAlgorithm": "RSA_SHA256",
                   "xmlSigKeyInfoKeyNameTransformer": "KEY_ID",
                   "validateSignature": "true", "wantAssertionsSigned": "true", "signingCertificate": idp_cert,
                   "wantAssertionsEncrypted": "false", "allowCreate": "true", "forceAuthn": "false",
                   "backchannelSupported": "false", "allowedClockSkew": "30", "syncMode": "FORCE",
                   "kc.org.domain": by_id[org]["domain"], "kc.org.broker.redirect.mode.email-matches": "false",
                   "kc.org.broker.public": "true"}}

    def mapper(mapper_name: str, kind: str, **config: str) -> dict:
        return {"name": mapper_name, "identityProviderAlias": name, "identityProviderMapper": kind,
                "config": {"syncMode": "FORCE", **config}}

    mappers = [mapper(a, "saml-user-attribute-idp-mapper", **{"attribute.name": a, "user.attribute": a})
               for a in ("email", "firstName", "lastName")]
    # org_id pinned by the link (the partner cannot name another organisation); roles only from the listed values
    mappers.append(mapper("org_id", "hardcoded-attribute-idp-mapper", attribute="org_id", **{"attribute.value": org}))
    mappers += [mapper(f"{value} -> {role}", "saml-role-idp-mapper", role=role,
                       **{"attribute.name": SAML_ROLE_ATTRIBUTE, "attribute.value": value})
                for value, role in role_map.items()]
    return idp, mappers, partner


# ---------------------------------------------------------------- apply to a running Keycloak
class Admin:
    def __init__(self, url: str, username: str, password: str):
        self.url = url.rstrip("/")
        body = urllib.parse.urlencode({"grant_type": "password", "client_id": "admin-cli",
                                       "username": username, "password": password}).encode()
        try:
            with urllib.request.urlopen(f"{self.url}/realms/master/protocol/openid-connect/token", body,
                                        timeout=30) as r:
                self.token = json.load(r)["access_token"]
        except urllib.error.HTTPError as e:
            raise SystemExit(f"admin login to {self.url} as {username!r} failed ({e.code}); the bootstrap admin "
                             "is created only on the first start of an empty database: use the password of "
                             "that start (var/secrets/keycloak-admin-password) or wipe var/data/keycloak") from e

    def call(self, method: str, path: str, body: object = None) -> tuple[int, object]:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.url}/admin{path}", data=data, method=method,
                                     headers={"Authorization": f"Bearer {self.token}",
                                              "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                raw = r.read()
                return r.status, (json.loads(raw) if raw else None)
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return e.code, json.loads(raw) if raw else None
            except ValueError:
                return e.code, raw.decode(errors="replace")


def _realm_exists(url: str, name: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/realms/{name}", timeout=10):
            return True
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return False
        raise


def _applied_key(rep: dict) -> str:
    attributes = rep["attributes"]
    return "+".join(filter(None, (attributes[SHA_ATTR], attributes.get(SAML_SHA_ATTR))))


def _expect(result: tuple[int, object], what: str, *ok: int) -> object:
    status, body = result
    if status not in ok:
        raise SystemExit(f"{what} failed ({status}): {body}")
    return body


def _sync_saml(admin: Admin, rep: dict) -> None:
    """Make the SAML identity providers of a live realm, their mappers and organisation links match `rep`.

    The realm itself is left alone (users, sessions and the other providers stay), so adding or changing a SAML
    partner does not interrupt anyone's login. Users brokered earlier keep their link: providers are updated,
    not re-created."""
    realm = rep["realm"]
    _, saml = _split_saml(rep)
    base = f"/realms/{realm}/identity-provider/instances"
    wanted = {i["alias"]: i for i in saml["identityProviders"]}
    for live in _expect(admin.call("GET", base), f"{realm}: list identity providers", 200):
        if live.get("providerId") == "saml" and live["alias"] not in wanted:
            _expect(admin.call("DELETE", f"{base}/{live['alias']}"), f"{realm}: remove {live['alias']}", 204)
    for alias, idp in wanted.items():
        status, live = admin.call("GET", f"{base}/{alias}")
        if status == 200:
            # the organisation link lives on the provider: keep it across the update
            body = {**idp, "internalId": live.get("internalId"), "organizationId": live.get("organizationId")}
            _expect(admin.call("PUT", f"{base}/{alias}", body), f"{realm}: update {alias}", 204)
        else:
            _expect(admin.call("POST", base, idp), f"{realm}: create {alias}", 201)
        for old in _expect(admin.call("GET", f"{base}/{alias}/mappers"), f"{realm}: list {alias} mappers", 200):
            _expect(admin.call("DELETE", f"{base}/{alias}/mappers/{old['id']}"), f"{realm}: remove mapper", 204)
        for mapper in saml["identityProviderMappers"]:
            if mapper["identityProviderAlias"] == alias:
                _expect(admin.call("POST", f"{base}/{alias}/mappers", mapper),
                        f"{realm}: {alias} mapper {mapper['name']}", 201)
    for org_alias, link in saml["organizationLinks"].items():
        path = f"/realms/{realm}/organizations/{link['id']}/identity-providers"
        linked = {i["alias"] for i in _expect(admin.call("GET", path), f"{realm}: {org_alias} providers", 200)}
        for alias in link["aliases"]:
            if alias not in linked:
                _expect(admin.call("POST", path, alias), f"{realm}: link {alias} to {org_alias}", 204)
    # a realm update replaces the whole attribute map: send the live one back with the new hash
    attributes = _expect(admin.call("GET", f"/realms/{realm}"), f"{realm}: read", 200).get("attributes", {})
    attributes[SAML_SHA_ATTR] = rep["attributes"].get(SAML_SHA_ATTR, "")
    _expect(admin.call("PUT", f"/realms/{realm}", {"attributes": attributes}), f"{realm}: record the SAML hash", 204)


def apply(*, out: Path, url: str, state: Path | None) -> None:
    mode = os.environ.get("PSEAH_KEYCLOAK_REALM_UPDATE", "recreate")
    files = sorted(out.glob("*-realm.json"), key=lambda p: p.name != f"{REALM}-realm.json")
    # partner realms first: the pseah realm's identity providers point at them
    files = [f for f in files if f.name != f"{REALM}-realm.json"] + [f for f in files if f.name == f"{REALM}-realm.json"]
    wanted = {f: json.loads(f.read_text()) for f in files}
    applied = json.loads(state.read_text()) if state and state.exists() else {}
    # fast path: nothing changed since the last apply and every realm is there (no admin login needed)
    if all(applied.get(rep["realm"]) == _applied_key(rep) and _realm_exists(url, rep["realm"])
           for rep in wanted.values()):
        print(f"realms {', '.join(r['realm'] for r in wanted.values())}: unchanged")
        return
    admin = Admin(url, os.environ.get("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                  os.environ.get("KC_BOOTSTRAP_ADMIN_PASSWORD", ""))
    for path, rep in wanted.items():
        name, sha = rep["realm"], rep["attributes"][SHA_ATTR]
        saml_sha = rep["attributes"].get(SAML_SHA_ATTR)
        status, current = admin.call("GET", f"/realms/{name}")
        live = current.get("attributes", {}) if status == 200 else {}
        if status == 200 and live.get(SHA_ATTR) == sha:
            if (live.get(SAML_SHA_ATTR) or None) == saml_sha:
                print(f"realm {name}: unchanged")
            else:
                t0 = time.monotonic()
                _sync_saml(admin, rep)
                print(f"realm {name}: SAML identity providers synchronised in place "
                      f"in {time.monotonic() - t0:.1f} s")
        elif status == 200 and mode == "keep":
            print(f"realm {name}: differs from {path.name}, kept (PSEAH_KEYCLOAK_REALM_UPDATE=keep)")
            continue
        else:
            if status == 200:
                st, body = admin.call("DELETE", f"/realms/{name}")
                if st != 204:
                    raise SystemExit(f"realm {name}: delete failed ({st}): {body}")
            t0 = time.monotonic()
            st, body = admin.call("POST", "/realms", rep)
            if st != 201:
                raise SystemExit(f"realm {name}: import failed ({st}): {body}")
            print(f"realm {name}: {'re-imported' if status == 200 else 'imported'} from {path.name} "
                  f"in {time.monotonic() - t0:.1f} s")
        applied[name] = _applied_key(rep)
    if state:
        _write_private(state, json.dumps(applied, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("render", "apply"):
        s = sub.add_parser(name)
        s.add_argument("--out", type=Path, required=True, help="the import folder (realm files)")
        s.add_argument("--secrets", type=Path, default=ROOT / "var/secrets")
    r = sub.choices["render"]
    r.add_argument("--orgs", type=Path, default=Path(os.environ.get(
        "PSEAH_ORGANIZATIONS_FILE", ROOT.parent / "shared/data/organizations.json")))
    r.add_argument("--environment", default=os.environ.get("PSEAH_ENVIRONMENT", "development"),
                   help="development adds demo users, partner realms and the CLI password grant")
    r.add_argument("--keycloak-url", default=os.environ.get("PSEAH_PUBLIC_KEYCLOAK_URL") or os.environ.get(
        "PSEAH_KEYCLOAK_URL", "http://127.0.0.1:8080"))
    r.add_argument("--portal-url", default=os.environ.get(
        "PSEAH_PORTAL_URL", f"http://127.0.0.1:{os.environ.get('PSEAH_PORTAL_PORT', '8000')}"))
    a = sub.choices["apply"]
    a.add_argument("--url", default=os.environ.get("PSEAH_KEYCLOAK_URL", "http://127.0.0.1:8080"))
    a.add_argument("--state", type=Path, default=None, help="remembers what was applied (fast restart)")
    args = p.parse_args(argv)
    if args.cmd == "render":
        orgs = args.orgs
        if not orgs.exists():  # the copy shipped with pseah.common
            orgs = ROOT / "shared/src/pseah/common/data/organizations.json"
        paths = render(out=args.out, secrets_dir=args.secrets, orgs_file=orgs, environment=args.environment,
                       keycloak_url=args.keycloak_url, portal_url=args.portal_url)
        print(f"rendered {', '.join(p.name for p in paths)} into {args.out}")
    else:
        apply(out=args.out, url=args.url, state=args.state)
    return 0


if __name__ == "__main__":
    sys.exit(main())
