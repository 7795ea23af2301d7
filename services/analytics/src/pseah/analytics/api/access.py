"""Who may read statistics: the coordinator, with a Keycloak token checked by pseah.common.auth."""
from __future__ import annotations

from collections.abc import Callable

from pseah.common.auth import require_roles

READ_ROLES = ("coordinator",)
# The partner API: an organisation's focal point sees its own figures beside the network's.
PARTNER_ROLES = ("focal_point", "coordinator")


def reader_dependency() -> Callable:
    return require_roles(*READ_ROLES)


def partner_dependency() -> Callable:
    return require_roles(*PARTNER_ROLES)
