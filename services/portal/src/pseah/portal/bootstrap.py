"""The portal's wiring, and the only place it is done (cosmicpython's bootstrap): `Portal` holds everything the views
use; `default_portal` wires the real gateways (referral's gRPC, audit and analytics over HTTP, Kafka for access
records, Keycloak's keys, the session store). The app factory (pseah.portal.main) takes a `Portal`, so unit tests
pass fakes; entry points (pseah.portal.entrypoints) only serve it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import jinja2
import jwt

from pseah.common.crypto import KeyFileWrapper, KeyRing
from pseah.portal.auditlog.service import AuditLogGateway, HttpAuditLogGateway
from pseah.portal.cases.audit import AccessAuditor, KafkaAccessAuditor
from pseah.portal.cases.service import CaseGateway, GrpcCaseGateway
from pseah.portal.config import PortalSettings
from pseah.portal.dashboard.service import AnalyticsGateway, HttpAnalyticsGateway
from pseah.portal.directory.service import DirectoryGateway, GrpcDirectoryGateway
from pseah.portal.identity import oidc
from pseah.portal.identity.tokens import AccessTokenVerifier, make_verifier
from pseah.portal.referrals.service import GrpcReferralGateway, ReferralGateway
from pseah.portal.sessions.service import MongoSessionStore, SessionStore
from pseah.portal.triage.service import TriageGateway
from pseah.portal.web import make_templates


@dataclass
class Portal:
    """Everything the views use, wired once (cosmicpython's bootstrap)."""

    settings: PortalSettings
    sessions: SessionStore
    http: httpx.Client
    cases: CaseGateway
    auditor: AccessAuditor
    keyring: Callable[[], KeyRing]
    verify_access_token: AccessTokenVerifier
    verify_id_token: Callable[..., dict]
    templates: jinja2.Environment = field(default_factory=make_templates)
    # The coordinator's service map and the auditor's trail; None only in tests that do not use those pages.
    directory: DirectoryGateway | None = None
    audit_log: AuditLogGateway | None = None
    # The providers' referrals (ReferralService); None only in tests that do not use that page.
    referrals: ReferralGateway | None = None
    # The triage officers' queue and confirmations (triage service API); None: built from settings.triage_url.
    triage: TriageGateway | None = None
    # The coordinator's dashboard (analytics' suppressed tables); None only in tests that do not use that page.
    analytics: AnalyticsGateway | None = None
    # Set by the default wiring so the lifespan knows to connect and close real clients.
    owns_infrastructure: bool = False


def default_portal(settings: PortalSettings) -> Portal:
    jwks = jwt.PyJWKClient(settings.keycloak_jwks_url, cache_keys=True, lifespan=300, timeout=5)
    keyring_holder: dict[str, KeyRing] = {}

    def keyring() -> KeyRing:
        # The master key file is read on first case read, not at start (the portal can serve the public form without it).
        if "ring" not in keyring_holder:
            keyring_holder["ring"] = KeyRing(KeyFileWrapper(settings.master_key_file))
        return keyring_holder["ring"]

    def verify_id(*, id_token: str, nonce: str) -> dict:
        return oidc.verify_id_token(id_token=id_token, nonce=nonce, settings=settings, jwks=jwks)

    http = httpx.Client(timeout=settings.http_timeout, follow_redirects=False)
    return Portal(
        settings=settings, sessions=MongoSessionStore(), http=http,
        cases=GrpcCaseGateway(target=settings.referral_grpc, timeout=settings.grpc_timeout),
        auditor=KafkaAccessAuditor(bootstrap=settings.kafka_bootstrap, timeout=settings.audit_timeout),
        keyring=keyring, verify_access_token=make_verifier(settings=settings),
        verify_id_token=verify_id, owns_infrastructure=True,
        directory=GrpcDirectoryGateway(target=settings.referral_grpc, timeout=settings.grpc_timeout),
        audit_log=HttpAuditLogGateway(client=http, base_url=settings.audit_url, timeout=settings.http_timeout),
        referrals=GrpcReferralGateway(target=settings.referral_grpc, timeout=settings.grpc_timeout),
        analytics=HttpAnalyticsGateway(client=http, base_url=settings.analytics_url, timeout=settings.http_timeout),
    )
