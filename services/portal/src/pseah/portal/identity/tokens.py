"""Who the access token says the user is, validated by pseah.common.auth against Keycloak's JWKS
(signature, issuer, audience pseah-api, expiry, RS256 only, access tokens only)."""
from __future__ import annotations

from typing import Protocol

from pseah.common import auth
from pseah.portal.config import PortalSettings
from pseah.portal.sessions.models import SessionUser


class InvalidToken(Exception):
    pass


class AccessTokenVerifier(Protocol):
    def __call__(self, token: str) -> SessionUser: ...


def user_from_principal(principal: auth.Principal) -> SessionUser:
    return SessionUser(subject=principal.subject, username=principal.username or principal.subject,
                       org_id=principal.org_id, roles=frozenset(principal.roles))


def make_verifier(*, settings: PortalSettings) -> AccessTokenVerifier:
    validator = auth.TokenValidator(config=auth.AuthConfig.from_settings(settings))

    def verify(token: str) -> SessionUser:
        try:
            principal = validator.validate(token)
        except auth.AuthError as exc:
            # The error code (token_expired, invalid_audience...) is safe to log; the token is not.
            raise InvalidToken(exc.code) from None
        if principal.is_service_account:
            raise InvalidToken("service_account")  # partner systems have no business in the portal UI
        return user_from_principal(principal)

    return verify
