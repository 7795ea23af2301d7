import json
from pathlib import Path

from pseah.referral.config import Settings
from pseah.referral.directory.importer import parse, parse_file
from pseah.referral.directory.models import OrganizationIn
from pseah.referral.directory.service import demo_contacts, region_rank


def test_demo_files_parse_without_rejections():
    settings = Settings()
    orgs = parse_file(settings.organizations_file)
    providers = parse_file(settings.service_directory_file)
    assert orgs.kind == "organizations" and not orgs.rejected and len(orgs.accepted) >= 40
    assert providers.kind == "providers" and not providers.rejected and len(providers.accepted) == 16
    assert {p.id for p in providers.accepted if p.post_rape_care} >= {"cjr-rsud", "dki-rscm"}


def test_csv_lists_flags_and_rejections_are_reported_by_row_without_values():
    text = ("id,name,region,services,languages,serves,post_rape_care,capacity_per_week\n"
            "p-one,One,3203,medical;psychosocial,id|su,women,yes,12\n"
            "p-two,Two,Cianjur-secret-place,medical,id,women,no,3\n"
            "p-three,Three,32,teleportation,id,women,,\n"
            "p-one,Dup,32,legal,id,women,,\n")
    parsed = parse(text=text, fmt="csv")
    assert parsed.kind == "providers"
    assert [p.id for p in parsed.accepted] == ["p-one"]
    one = parsed.accepted[0]
    assert one.services == ["medical", "psychosocial"] and one.languages == ["id", "su"]
    assert one.post_rape_care is True and one.capacity_per_week == 12
    assert [(r.row, r.row_id) for r in parsed.rejected] == [(2, "p-two"), (3, "p-three"), (4, "p-one")]
    assert any(p.startswith("region") for p in parsed.rejected[0].problems)
    assert any(p.startswith("services") for p in parsed.rejected[1].problems)
    assert parsed.rejected[2].problems == ["id: duplicate of an earlier row"]
    # The report names fields and rules; it never echoes the rejected value.
    assert "secret" not in json.dumps([r.problems for r in parsed.rejected])


def test_json_list_of_organisations_and_bad_type():
    text = json.dumps([{"id": "ngo-a", "name": "A", "type": "ngo", "domain": "a.example"},
                       {"id": "Bad Id", "name": "B", "type": "company"}])
    parsed = parse(text=text, fmt="json")
    assert parsed.kind == "organizations"
    assert [o.id for o in parsed.accepted] == ["ngo-a"]
    assert {p.split(":")[0] for p in parsed.rejected[0].problems} == {"id", "type"}


def test_demo_contacts_match_keycloak_usernames(tmp_path: Path):
    orgs = [OrganizationIn(id="unicef", name="UNICEF", type="un", domain="unicef.example"),
            OrganizationIn(id="pseah-network", name="Net", type="network", domain="pseah-network.example")]
    contacts = demo_contacts(organizations=orgs, coordinator_org="pseah-network")
    assert {"username": "fp-unicef", "email": "fp-unicef@unicef.example", "role": "focal_point",
            "org_id": "unicef"} in contacts
    assert {"username": "coordinator", "email": "coordinator@pseah-network.example", "role": "coordinator",
            "org_id": "pseah-network"} in contacts
    assert len(contacts) == 3


def test_region_rank_prefers_regency_then_province_then_national():
    assert region_rank(provider_region="3203", national=False, wanted="3203") == 0
    assert region_rank(provider_region="32", national=False, wanted="3203") == 1
    assert region_rank(provider_region="31", national=True, wanted="3203") == 2
    assert region_rank(provider_region="7271", national=False, wanted="3203") is None
    assert region_rank(provider_region="7271", national=False, wanted="") == 0
