"""Bearer tokens from gRPC metadata, validated by pseah.common.auth (Keycloak JWKS) into a Caller."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from pseah.referral.cases.policy import Caller


class TokenRejected(Exception):
    """Missing, expired, badly signed or for another audience; `unavailable` when the keys cannot be fetched."""

    def __init__(self, code: str, *, unavailable: bool = False):
        super().__init__(code)
        self.code = code
        self.unavailable = unavailable


def bearer_token(metadata: Iterable[tuple[str, str]] | None) -> str | None:
    for key, value in metadata or ():
        if key.lower() == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


def keycloak_authenticator(settings) -> Callable[[str], Caller]:
    """Validate against the realm's JWKS (cached by the validator); org and roles come from the token."""
    from pseah.common.auth import AuthConfig, AuthError, TokenValidator

    validator = TokenValidator(config=AuthConfig.from_settings(settings))

    def authenticate(token: str) -> Caller:
        try:
            principal = validator.validate(token)
        except AuthError as exc:
            raise TokenRejected(exc.code, unavailable=exc.status == 503) from None
        return Caller(username=principal.username or principal.subject, org_id=principal.org_id,
                      roles=principal.roles)

    return authenticate
