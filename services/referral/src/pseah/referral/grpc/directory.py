"""pseah.api.directory.v1.DirectoryService: thin; the look-ups live in directory.service."""
from __future__ import annotations

import grpc

from pseah.api.directory.v1 import directory_pb2, directory_pb2_grpc
from pseah.referral.directory import service
from pseah.referral.grpc import convert


class DirectoryServicer(directory_pb2_grpc.DirectoryServiceServicer):
    def __init__(self, *, coordinator_org: str, coordinator_username: str):
        self._coordinator_org = coordinator_org
        self._coordinator_username = coordinator_username

    def _coordinator(self, context):
        found = service.get_coordinator(org_id=self._coordinator_org, username=self._coordinator_username)
        if found is None:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                          "no coordinator in the directory; run `pseah directory load-demo` or import contacts")
        return found

    def GetOrganization(self, request, context):
        org = service.get_organization(org_id=request.org_id)
        if org is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "no such organisation")
        return convert.organization(org)

    def GetFocalPoint(self, request, context):
        if service.get_organization(org_id=request.org_id) is None:
            context.abort(grpc.StatusCode.NOT_FOUND, "no such organisation")
        found = service.get_focal_point(org_id=request.org_id)
        if found is not None:
            return directory_pb2.GetFocalPointResponse(contact=convert.contact(found), fallback=False)
        return directory_pb2.GetFocalPointResponse(contact=convert.contact(self._coordinator(context)), fallback=True)

    def GetCoordinator(self, request, context):
        return convert.contact(self._coordinator(context))

    def SearchProviders(self, request, context):
        found = service.search_providers(
            service_type=request.service_type, region=request.region, language=request.language,
            serves=request.serves, post_rape_care=request.post_rape_care, limit=request.limit or 20)
        return directory_pb2.SearchProvidersResponse(providers=[convert.provider(p) for p in found])
