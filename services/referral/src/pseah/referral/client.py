"""A small client for the referral gRPC API, for the portal and partner systems.

    from pseah.referral.client import cases_stub, bearer
    stub = cases_stub("127.0.0.1:50051")
    reply = stub.ListCases(cases_pb2.ListCasesRequest(), metadata=bearer(access_token), timeout=5)

The sealed values in GetCase come as pseah.common.crypto tokens; open them with the case key and publish
case.content.read.v1 for every read.
"""
from __future__ import annotations

import grpc

from pseah.api.cases.v1 import cases_pb2, cases_pb2_grpc
from pseah.api.directory.v1 import directory_pb2, directory_pb2_grpc
from pseah.api.referral.v1 import referral_pb2, referral_pb2_grpc
from pseah.common.telemetry import grpc_metadata, traced_channel

__all__ = ["bearer", "cases_pb2", "cases_stub", "channel", "directory_pb2", "directory_stub", "referral_pb2",
           "referral_stub"]

_channels: dict[str, grpc.Channel] = {}


def channel(address: str = "127.0.0.1:50051") -> grpc.Channel:
    """One channel per address for the process; gRPC channels are thread-safe and meant to be reused. Each call is a
    CLIENT span whose context travels in the metadata, so the server's span joins the caller's trace."""
    if address not in _channels:
        _channels[address] = traced_channel(grpc.insecure_channel(address))
    return _channels[address]


def cases_stub(address: str = "127.0.0.1:50051") -> cases_pb2_grpc.CaseServiceStub:
    return cases_pb2_grpc.CaseServiceStub(channel(address))


def directory_stub(address: str = "127.0.0.1:50051") -> directory_pb2_grpc.DirectoryServiceStub:
    return directory_pb2_grpc.DirectoryServiceStub(channel(address))


def referral_stub(address: str = "127.0.0.1:50051") -> referral_pb2_grpc.ReferralServiceStub:
    return referral_pb2_grpc.ReferralServiceStub(channel(address))


def bearer(access_token: str) -> list[tuple[str, str]]:
    """Call metadata: the user's Keycloak access token plus the current trace context."""
    return [("authorization", f"Bearer {access_token}"), *grpc_metadata()]


def aio_cases_stub(address: str = "127.0.0.1:50051") -> cases_pb2_grpc.CaseServiceStub:
    """For asyncio callers (FastAPI handlers): create inside the running loop and keep it for the app's life."""
    return cases_pb2_grpc.CaseServiceStub(grpc.aio.insecure_channel(address))
