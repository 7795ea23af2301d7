"""Directory look-ups and upserts: plain keyword-only functions over the models."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from pseah.common.membership import Membership
from pseah.referral.directory.models import (Contact, ContactRole, Organization, OrganizationIn, Provider,
                                              ProviderIn)


def get_organization(*, org_id: str) -> Organization | None:
    return Organization.objects(id=org_id).first()


def list_organizations() -> list[Organization]:
    return list(Organization.objects.order_by("id"))


def _role_key(role: str, org_id: str) -> str:
    return f"{role}|{org_id}"


_role_holders = Membership(ContactRole, "usernames")


def _holders(role: str, org_id: str) -> list[Contact]:
    """The contacts holding `role` in `org_id`, by username: two `_id` reads. A username left in a role by a crash
    between the two writes of upsert_contact is passed over (its contact says otherwise)."""
    usernames = _role_holders.members(_role_key(role, org_id))
    if not usernames:
        return []
    found = Contact.objects(username__in=usernames)
    return sorted((c for c in found if c.role == role and c.org_id == org_id), key=lambda c: c.username)


def get_focal_point(*, org_id: str) -> Contact | None:
    holders = _holders("focal_point", org_id)
    return holders[0] if holders else None


def get_coordinator(*, org_id: str, username: str | None = None) -> Contact | None:
    holders = _holders("coordinator", org_id)
    preferred = [c for c in holders if username and c.username == username]
    return (preferred or holders or [None])[0]


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
    """Insert or update by username, and move the username between role documents when its role or organisation
    changed (added to the new one first: a crash between the writes leaves a name the reader passes over, never a
    role without its holder)."""
    before = Contact.objects(username=username).only("role", "org_id").first()
    _role_holders.add(_role_key(role, org_id), username)
    result = Contact.objects(username=username).update_one(
        upsert=True, full_result=True, set__email=email, set__role=role, set__org_id=org_id,
        set__updated_at=datetime.now(UTC),
    )
    if before is not None and (before.role, before.org_id) != (role, org_id):
        _role_holders.remove(_role_key(before.role, before.org_id), username)
    return result.upserted_id is not None


_BACKFILL = "mark|contact-roles-v1"


def backfill() -> int:
    """Once per database: the role documents of contacts stored before them (one read of `contacts`, at start)."""
    return _role_holders.fill_once(mark=_BACKFILL, pairs=lambda: (
        (_role_key(contact.role, contact.org_id), contact.username)
        for contact in Contact.objects.only("username", "role", "org_id")))


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
