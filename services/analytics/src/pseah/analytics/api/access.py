"""Who may read statistics: the coordinator, with a Keycloak token checked by pseah.common.auth."""
from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from pseah.common.auth import AuthConfig, TokenValidator, install_auth, require_roles
from pseah.common.settings import CommonSettings

READ_ROLES = ("coordinator",)
# The partner API: an organisation's focal point sees its own figures beside the network's.
PARTNER_ROLES = ("focal_point", "coordinator")


def install(app: FastAPI, settings: CommonSettings) -> None:
    """Validate tokens against the realm's JWKS (fetched on first use, so start-up needs no Keycloak)."""
    install_auth(app, validator=TokenValidator(config=AuthConfig.from_settings(settings)))


def reader_dependency() -> Callable:
    return require_roles(*READ_ROLES)


def partner_dependency() -> Callable:
    return require_roles(*PARTNER_ROLES)
