"""Where a triaged case goes: the employer's PSEA focal point, the coordinator, or the GBV pathway."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pseah.triage.classification.model import Category, Classification, PerpetratorType
from pseah.triage.routing.organizations import OrgMatch


class Queue(StrEnum):
    FOCAL_POINT = "focal_point"      # the PSEA focal point of the perpetrator's organisation
    COORDINATOR = "coordinator"      # the PSEAH Network coordinator's queue
    GBV_PATHWAY = "gbv_pathway"      # the GBV referral pathway (perpetrator from the community)


@dataclass(frozen=True)
class Route:
    queue: Queue
    org_id: str | None
    survivor_services: bool
    services: tuple[str, ...] = ()   # service types to offer (with consent), as in the service directory
    reasons: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {"queue": self.queue.value, "org_id": self.org_id, "survivor_services": self.survivor_services,
                "services": list(self.services), "reasons": list(self.reasons)}


def _services(classification: Classification) -> tuple[str, ...]:
    sexual = classification.category.is_sexual
    wanted = [
        ("medical", classification.urgent_medical or classification.category in
         (Category.SEXUAL_ABUSE, Category.SEXUAL_EXPLOITATION)),
        ("psychosocial", sexual),
        ("safety_security", sexual or classification.ongoing_danger),
        ("legal", sexual),
        ("child_protection", classification.child_involved),
    ]
    return tuple(name for name, on in wanted if on)


def route(*, classification: Classification, org_match: OrgMatch | None) -> Route:
    """PRODUCT.md: PSEA cases go to the employer's focal point; sexual violence by community members goes to
    the GBV referral pathway; both get survivor services. Unknown employers go to the coordinator."""
    category, perpetrator = classification.category, classification.perpetrator_type
    services = _services(classification)
    survivor_services = category.is_sexual
    if category is Category.NOT_MISCONDUCT:
        return Route(Queue.COORDINATOR, None, False, services, ("no misconduct: feedback for the coordinator",))
    if category.is_sexual and perpetrator is PerpetratorType.COMMUNITY_MEMBER:
        return Route(Queue.GBV_PATHWAY, None, survivor_services, services,
                     ("sexual violence by a community member: GBV referral pathway",))
    if perpetrator is PerpetratorType.AID_WORKER and org_match is not None:
        return Route(Queue.FOCAL_POINT, org_match.org_id, survivor_services, services,
                     (f"aid worker of {org_match.name}: its PSEA focal point ({org_match.reason})",))
    why = {
        PerpetratorType.AID_WORKER: "aid worker, organisation not identified",
        PerpetratorType.UNKNOWN: "perpetrator not identified",
        PerpetratorType.COMMUNITY_MEMBER: "misconduct by a community member outside PSEA",
    }[perpetrator]
    return Route(Queue.COORDINATOR, None, survivor_services, services, (f"{why}: PSEAH Network coordinator",))
