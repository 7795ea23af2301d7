"""Who may read the audit log: auditors and the coordinator, with a Keycloak token checked by pseah.common.auth."""
from __future__ import annotations

from collections.abc import Callable

from pseah.common.auth import require_roles

READ_ROLES = ("auditor", "coordinator")


def reader_dependency() -> Callable:
    return require_roles(*READ_ROLES)
