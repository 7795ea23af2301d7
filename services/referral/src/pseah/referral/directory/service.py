"""Directory look-ups and upserts: plain keyword-only functions over the models."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from pseah.referral.directory.models import Contact, Organization, OrganizationIn, Provider, ProviderIn


def get_organization(*, org_id: str) -> Organization | None:
    return Organization.objects(id=org_id).first()


def list_organizations() -> list[Organization]:
    return list(Organization.objects.order_by("id"))


def get_focal_point(*, org_id: str) -> Contact | None:
    return Contact.objects(org_id=org_id, role="focal_point").order_by("username").first()


def get_coordinator(*, org_id: str, username: str | None = None) -> Contact | None:
    query = Contact.objects(org_id=org_id, role="coordinator")
    if username:
        preferred = query.filter(username=username).first()
        if preferred is not None:
            return preferred
    return query.order_by("username").first()


def upsert_organization(*, org: OrganizationIn) -> bool:
    """Insert or replace by id; True when it was new. Idempotent: a re-import changes nothing else."""
    result = Organization.objects(id=org.id).update_one(
        upsert=True, full_result=True,
        set__acronym=org.acronym, set__name=org.name, set__type=org.type, set__domain=org.domain,
        set__updated_at=datetime.now(UTC),
    )
    return result.upserted_id is not None


def upsert_provider(*, provider: ProviderIn) -> bool:
    fields = provider.model_dump(exclude={"id"})
    result = Provider.objects(id=provider.id).update_one(
        upsert=True, full_result=True, set__updated_at=datetime.now(UTC),
        **{f"set__{k}": v for k, v in fields.items()},
    )
    return result.upserted_id is not None


def upsert_contact(*, username: str, email: str, role: str, org_id: str) -> bool:
    result = Contact.objects(username=username).update_one(
        upsert=True, full_result=True, set__email=email, set__role=role, set__org_id=org_id,
        set__updated_at=datetime.now(UTC),
    )
    return result.upserted_id is not None


def demo_contacts(*, organizations: Iterable[OrganizationIn], coordinator_org: str,
                  coordinator_username: str = "coordinator") -> list[dict]:
    """The demo focal points, one per organisation, and the coordinator; mirrors the Keycloak demo users."""
    contacts = []
    for org in organizations:
        if not org.domain:
            continue
        contacts.append({"username": f"fp-{org.id}", "email": f"fp-{org.id}@{org.domain}",
                         "role": "focal_point", "org_id": org.id})
        if org.id == coordinator_org:
            contacts.append({"username": coordinator_username,
                             "email": f"{coordinator_username}@{org.domain}",
                             "role": "coordinator", "org_id": org.id})
    return contacts


def region_rank(*, provider_region: str, national: bool, wanted: str) -> int | None:
    """0 same area, 1 same province, 2 national, None when the provider does not cover `wanted`."""
    if not wanted:
        return 0
    if provider_region == wanted:
        return 0
    if provider_region == wanted[:2] or wanted == provider_region[:2]:
        return 1
    if national:
        return 2
    return None


def search_providers(*, service_type: str = "", region: str = "", language: str = "", serves: str = "",
                     post_rape_care: bool = False, limit: int = 20) -> list[Provider]:
    """Providers that fit, ranked by closeness (regency, province, national), then remaining capacity."""
    query = Provider.objects
    if service_type:
        query = query.filter(services=service_type)
    if language:
        query = query.filter(languages=language)
    if serves:
        query = query.filter(serves=serves)
    if post_rape_care:
        query = query.filter(post_rape_care=True)
    ranked = []
    for provider in query:
        rank = region_rank(provider_region=provider.region, national=provider.national, wanted=region)
        if rank is not None:
            ranked.append((rank, -provider.capacity_per_week, provider.id, provider))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked[: max(1, limit or 20)]]
