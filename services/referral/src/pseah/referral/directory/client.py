"""The assignment agent's view of the directory, through the directory gRPC (grpc.aio, on faust's loop)."""
from __future__ import annotations

import grpc

from pseah.api.directory.v1 import directory_pb2, directory_pb2_grpc
from pseah.common.telemetry import grpc_metadata
from pseah.referral.cases.assignment import Assignee


def _assignee(contact) -> Assignee:
    return Assignee(username=contact.username, email=contact.email, role=contact.role, org_id=contact.org_id)


class GrpcDirectory:
    def __init__(self, target: str, *, timeout: float = 5.0):
        self._target = target
        self._timeout = timeout
        self._channel: grpc.aio.Channel | None = None

    def _stub(self) -> directory_pb2_grpc.DirectoryServiceStub:
        # Created on first use so the channel binds to the running event loop.
        if self._channel is None:
            self._channel = grpc.aio.insecure_channel(self._target)
        return directory_pb2_grpc.DirectoryServiceStub(self._channel)

    async def focal_point(self, org_id: str) -> Assignee | None:
        try:
            reply = await self._stub().GetFocalPoint(directory_pb2.GetFocalPointRequest(org_id=org_id),
                                                     timeout=self._timeout, metadata=grpc_metadata())
        except grpc.aio.AioRpcError as exc:
            if exc.code() == grpc.StatusCode.NOT_FOUND:
                return None
            raise
        return None if reply.fallback else _assignee(reply.contact)

    async def coordinator(self) -> Assignee:
        reply = await self._stub().GetCoordinator(directory_pb2.GetCoordinatorRequest(),
                                                  timeout=self._timeout, metadata=grpc_metadata())
        return _assignee(reply)

    async def close(self) -> None:
        if self._channel is not None:
            await self._channel.close()
            self._channel = None
