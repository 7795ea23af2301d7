"""Deciding who holds a new case. Pure: the directory is passed in so tests can use a fake."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Assignee:
    username: str
    email: str
    role: str  # focal_point | coordinator
    org_id: str

    def event_view(self) -> dict:
        # case.assigned.v1 carries exactly username, email, role (docs/CONVENTIONS.md).
        return {"username": self.username, "email": self.email, "role": self.role}


class Directory(Protocol):
    async def focal_point(self, org_id: str) -> Assignee | None: ...
    async def coordinator(self) -> Assignee: ...


def queue_for(*, org_id: str | None, route: str) -> str:
    """PSEA cases go to the employer's focal point; unknown employers and GBV cases to the coordinator."""
    if route == "gbv_pathway":
        return "gbv_pathway"
    if route == "focal_point" and org_id:
        return "focal_point"
    return "coordinator"


async def choose(*, org_id: str | None, route: str, directory: Directory) -> tuple[str, Assignee]:
    queue = queue_for(org_id=org_id, route=route)
    if queue == "focal_point":
        contact = await directory.focal_point(org_id)
        if contact is not None:
            return queue, contact
        # An organisation with no focal point on record must not leave a case unheld.
        queue = "coordinator"
    return queue, await directory.coordinator()
