"""The organisations a reporter can name (../shared/data/organizations.json)."""
from __future__ import annotations

from pathlib import Path

from pseah.common import organizations
from pseah.common.logging import get_logger

log = get_logger(__name__)


class OrganizationDirectory:
    def __init__(self, orgs: list[dict]):
        self._by_alias: dict[str, str] = {}
        for org in orgs:
            for alias in (org.get("id"), org.get("acronym"), org.get("name")):
                if alias:
                    self._by_alias[_fold(alias)] = org["id"]

    @classmethod
    def from_file(cls, path: Path | None = None) -> "OrganizationDirectory":
        """The list shipped with pseah.common, or the file at `path` when one is configured."""
        try:
            return cls(list(organizations.load(str(path) if path else None)))
        except (OSError, ValueError, KeyError):
            # Unknown organisations are kept as sealed free text, so a missing list loses nothing.
            log.warning("organizations_unreadable")
            return cls([])

    def match(self, text: str) -> str | None:
        """The organisation id for an id, acronym or full name as typed; None for anything else."""
        return self._by_alias.get(_fold(text))


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
