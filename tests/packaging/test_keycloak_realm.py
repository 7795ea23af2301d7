"""deploy/keycloak/realm.py renders what the integration tests rely on; here without a Keycloak: the government
partner brokered over SAML (both sides sign, pinned certificates, mapped roles) and the rule that SAML partners
stay out of the realm hash, so adding one never re-imports the shared pseah realm."""
from __future__ import annotations

import base64
import importlib.util
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

ROOT = Path(__file__).resolve().parents[2]
ORGS = ROOT / "shared/src/pseah/common/data/organizations.json"


@pytest.fixture(scope="module")
def realm_py():
    spec = importlib.util.spec_from_file_location("pseah_realm_py", ROOT / "deploy/keycloak/realm.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _render(realm_py, tmp_path, environment="development") -> tuple[dict[str, dict], object]:
    out, secrets = tmp_path / "import", tmp_path / "secrets"
    realm_py.render(out=out, secrets_dir=secrets, orgs_file=ORGS, environment=environment,
                    keycloak_url="http://127.0.0.1:8080", portal_url="http://127.0.0.1:8000")
    return {p.name.removesuffix("-realm.json"): json.loads(p.read_text()) for p in out.glob("*-realm.json")}, secrets


@pytest.fixture(scope="module")
def rendered(realm_py, tmp_path_factory):
    return _render(realm_py, tmp_path_factory.mktemp("realms"))


def _public_numbers_of_cert(b64: str):
    return x509.load_der_x509_certificate(base64.b64decode(b64)).public_key().public_numbers()


def _public_numbers_of_key(pem: str):
    return serialization.load_pem_private_key(pem.encode(), password=None).public_key().public_numbers()


def test_government_realm_signs_and_checks_signatures(realm_py, rendered):
    realms, secrets = rendered
    name, _, org, staff, role_map = realm_py.SAML_BROKERED[0]
    gov, pseah = realms[name], realms["pseah"]
    (client,) = gov["clients"]
    attrs = client["attributes"]
    assert client["protocol"] == "saml" and client["clientId"] == "http://127.0.0.1:8080/realms/pseah"
    assert attrs["saml.assertion.signature"] == attrs["saml.server.signature"] == "true"
    assert attrs["saml_name_id_format"] == "email" and attrs["saml_force_name_id_format"] == "true"
    assert client["redirectUris"] == [f"http://127.0.0.1:8080/realms/pseah/broker/{name}/endpoint"]
    # pseah's AuthnRequests must be signed by pseah's own realm key
    assert attrs["saml.client.signature"] == "true"
    pseah_key = (secrets / "keycloak-pseah-rs256.pem").read_text()
    assert _public_numbers_of_cert(attrs["saml.signing.certificate"]) == _public_numbers_of_key(pseah_key)
    # the government realm signs with the key whose certificate pseah pins
    (key,) = [k for k in gov["components"]["org.keycloak.keys.KeyProvider"] if k["providerId"] == "rsa"]
    (idp,) = [i for i in pseah["identityProviders"] if i["alias"] == name]
    config = idp["config"]
    gov_key = key["config"]["privateKey"][0]
    assert _public_numbers_of_cert(config["signingCertificate"]) == _public_numbers_of_key(gov_key)
    assert key["config"]["certificate"] == [config["signingCertificate"]]
    assert idp["providerId"] == "saml"
    assert config["validateSignature"] == config["wantAssertionsSigned"] == config["wantAuthnRequestsSigned"] == "true"
    assert config["postBindingResponse"] == "true" and config["principalType"] == "SUBJECT"
    assert config["nameIDPolicyFormat"].endswith(":emailAddress")
    assert config["idpEntityId"] == f"http://127.0.0.1:8080/realms/{name}"
    # the staff user holds exactly the partner roles that map
    (user,) = gov["users"]
    assert user["username"] == staff and set(user["realmRoles"]) - {f"default-roles-{name}"} == set(role_map)


def test_government_idp_maps_organisation_and_only_declared_roles(realm_py, rendered):
    realms, secrets = rendered
    name, _, org, staff, role_map = realm_py.SAML_BROKERED[0]
    pseah = realms["pseah"]
    mappers = [m for m in pseah["identityProviderMappers"] if m["identityProviderAlias"] == name]
    roles = {m["config"]["attribute.value"]: m["config"]["role"] for m in mappers
             if m["identityProviderMapper"] == "saml-role-idp-mapper"}
    assert roles == role_map and set(roles.values()) <= set(realm_py.ROLES)
    (org_id,) = [m for m in mappers if m["identityProviderMapper"] == "hardcoded-attribute-idp-mapper"]
    assert org_id["config"]["attribute"] == "org_id" and org_id["config"]["attribute.value"] == org
    assert {m["config"].get("user.attribute") for m in mappers} >= {"email", "firstName", "lastName"}
    assert all(m["config"]["syncMode"] == "FORCE" for m in mappers)  # a role withdrawn at the partner goes here too
    (organisation,) = [o for o in pseah["organizations"] if o["alias"] == org]
    assert {"alias": name} in organisation["identityProviders"]
    users = json.loads((secrets / "demo-users.json").read_text())
    (entry,) = [u for u in users if u.get("protocol") == "saml"]
    domain = {o["id"]: o["domain"] for o in json.loads(ORGS.read_text())["organizations"]}[org]
    assert entry == {"username": staff, "role": role_map[next(iter(role_map))], "org": org,
                     "email": f"{staff}@{domain}", "idp": name, "protocol": "saml"}
    assert organisation["domains"] == [{"name": domain, "verified": True}]


def test_saml_partners_stay_out_of_the_realm_hash(realm_py, tmp_path, monkeypatch):
    realms, _ = _render(realm_py, tmp_path)
    pseah = realms["pseah"]
    assert pseah["attributes"][realm_py.SAML_SHA_ATTR]
    aliases, orgs = [b[0] for b in realm_py.SAML_BROKERED], {b[2] for b in realm_py.SAML_BROKERED}
    monkeypatch.setattr(realm_py, "SAML_BROKERED", [])
    without, _ = _render(realm_py, tmp_path)  # same secrets folder, so only the partner differs
    # same realm hash with or without the government partner: applying it never re-imports pseah
    assert without["pseah"]["attributes"] == {realm_py.SHA_ATTR: pseah["attributes"][realm_py.SHA_ATTR]}
    assert not [i for i in without["pseah"]["identityProviders"] if i["providerId"] == "saml"]
    core, saml = realm_py._split_saml(pseah)
    assert core == {k: v for k, v in without["pseah"].items() if k != "attributes"}
    assert [i["alias"] for i in saml["identityProviders"]] == aliases
    assert set(saml["organizationLinks"]) == orgs


def test_rendering_is_stable(realm_py, tmp_path):
    first, _ = _render(realm_py, tmp_path)
    second, _ = _render(realm_py, tmp_path)
    assert first == second  # same secrets folder: same files, so a restart applies nothing


def test_production_has_no_partner_realms(realm_py, tmp_path):
    realms, secrets = _render(realm_py, tmp_path, environment="production")
    assert set(realms) == {"pseah"}
    assert not realms["pseah"].get("identityProviders") and realm_py.SAML_SHA_ATTR not in realms["pseah"]["attributes"]
    assert not list(secrets.glob("keycloak-*.crt"))
