"""The assignment agent's view of the directory: read in-process from this service's own store.

The directory lives in referral's own database, so the agent reads it directly (two small look-ups on the
worker thread) instead of calling its own gRPC port; partners and the portal still use the gRPC API.
"""
from __future__ import annotations

import asyncio

from pseah.referral.cases.assignment import Assignee
from pseah.referral.directory import service


class DirectoryUnavailable(RuntimeError):
    """No coordinator in the directory: nothing can be assigned until contacts are imported."""


def _assignee(contact) -> Assignee:
    return Assignee(username=contact.username, email=contact.email, role=contact.role, org_id=contact.org_id)


class LocalDirectory:
    def __init__(self, *, coordinator_org: str, coordinator_username: str):
        self._coordinator_org = coordinator_org
        self._coordinator_username = coordinator_username

    def _focal_point(self, org_id: str) -> Assignee | None:
        if service.get_organization(org_id=org_id) is None:
            return None
        found = service.get_focal_point(org_id=org_id)
        return _assignee(found) if found is not None else None

    def _coordinator(self) -> Assignee:
        found = service.get_coordinator(org_id=self._coordinator_org, username=self._coordinator_username)
        if found is None:
            # Retried by the agent: the event waits until `pseah directory load-demo` or an import adds one.
            raise DirectoryUnavailable("no coordinator in the directory")
        return _assignee(found)

    async def focal_point(self, org_id: str) -> Assignee | None:
        return await asyncio.to_thread(self._focal_point, org_id)

    async def coordinator(self) -> Assignee:
        return await asyncio.to_thread(self._coordinator)

    async def close(self) -> None:
        return None


class PollDirectory:
    """One poll's view of a directory: each organisation's focal point, and the coordinator, read once for the poll
    (three reads a report before: the organisation, its role holders, their contacts). A change to the directory
    made while a poll is handled applies from the next poll, a second or so later; nothing is kept beyond it."""

    def __init__(self, directory):
        self._directory = directory
        self._focal_points: dict[str, Assignee | None] = {}
        self._coordinator: Assignee | None = None

    async def focal_point(self, org_id: str) -> Assignee | None:
        if org_id not in self._focal_points:
            self._focal_points[org_id] = await self._directory.focal_point(org_id)
        return self._focal_points[org_id]

    async def coordinator(self) -> Assignee:
        if self._coordinator is None:  # DirectoryUnavailable is not kept: the retry of the poll asks again
            self._coordinator = await self._directory.coordinator()
        return self._coordinator
