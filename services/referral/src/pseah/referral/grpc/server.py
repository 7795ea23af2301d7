"""The referral gRPC server: directory and cases, with grpc.health.v1 and server reflection.

A thread-pool server: mongoengine is synchronous, and threads keep its calls off the faust event loop.
"""
from __future__ import annotations

from collections.abc import Callable
from concurrent import futures

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from pseah.api.cases.v1 import cases_pb2, cases_pb2_grpc
from pseah.api.directory.v1 import directory_pb2, directory_pb2_grpc
from pseah.api.referral.v1 import referral_pb2, referral_pb2_grpc
from pseah.common.telemetry import grpc_server_interceptor
from pseah.referral.cases.policy import Caller
from pseah.referral.grpc.cases import CaseServicer
from pseah.referral.grpc.directory import DirectoryServicer
from pseah.referral.grpc.referrals import ReferralServicer

SERVICE_NAMES = (
    directory_pb2.DESCRIPTOR.services_by_name["DirectoryService"].full_name,
    cases_pb2.DESCRIPTOR.services_by_name["CaseService"].full_name,
    referral_pb2.DESCRIPTOR.services_by_name["ReferralService"].full_name,
)


def build_server(*, settings, authenticate: Callable[[str], Caller],
                 flush: Callable[[object], None] = lambda case: None,
                 seal: Callable[[str, str], str] | None = None) -> tuple[grpc.Server, health.HealthServicer]:
    # Each call a SERVER span continuing the caller's trace from its metadata (pseah.common.telemetry).
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=settings.grpc_workers,
                                                    thread_name_prefix="grpc"),
                         interceptors=[grpc_server_interceptor()])
    directory_pb2_grpc.add_DirectoryServiceServicer_to_server(
        DirectoryServicer(coordinator_org=settings.coordinator_org,
                          coordinator_username=settings.coordinator_username), server)
    cases_pb2_grpc.add_CaseServiceServicer_to_server(
        CaseServicer(authenticate=authenticate, cases_topic=settings.cases_topic, flush=flush, settings=settings),
        server)
    referral_pb2_grpc.add_ReferralServiceServicer_to_server(
        ReferralServicer(authenticate=authenticate, settings=settings, flush=flush, seal=seal), server)
    health_servicer = health.HealthServicer(experimental_non_blocking=True)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection((*SERVICE_NAMES, health.SERVICE_NAME, reflection.SERVICE_NAME), server)
    if server.add_insecure_port(settings.grpc_address) == 0:
        raise RuntimeError(f"cannot bind gRPC on {settings.grpc_address}")
    return server, health_servicer


def set_serving(health_servicer: health.HealthServicer, serving: bool) -> None:
    status = health_pb2.HealthCheckResponse.SERVING if serving else health_pb2.HealthCheckResponse.NOT_SERVING
    for name in ("", *SERVICE_NAMES):
        health_servicer.set(name, status)
