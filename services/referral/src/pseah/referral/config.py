"""The referral service's settings (env prefix PSEAH_REFERRAL_, plus the common PSEAH_ ones)."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from pydantic_settings import SettingsConfigDict

from pseah.common.events import Topics
from pseah.common.settings import CommonSettings

SERVICE = "referral"


def _packaged(package: str, name: str) -> Path:
    # Demo data ships inside the packages so a fresh clone needs nothing from outside the repository.
    return Path(str(files(package).joinpath("data", name)))


class Settings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_REFERRAL_", extra="ignore", populate_by_name=True)

    host: str = "127.0.0.1"
    port: int = 8003
    grpc_host: str = "127.0.0.1"
    grpc_port: int = 50051
    grpc_workers: int = 16
    database: str = "pseah_referral"
    portal_url: str = "http://127.0.0.1:8000"
    coordinator_org: str = "pseah-network"
    coordinator_username: str = "coordinator"
    # Consumer group and topics are overridable so integration tests can run an isolated instance.
    # faust app id "pseah-<app_name>" is the consumer group.
    app_name: str = SERVICE
    triage_topic: str = Topics.TRIAGE
    cases_topic: str = Topics.CASES
    # A provider answers a referral within these hours, or it fails (no_response) and goes to the next match.
    response_hours: float = 24.0
    urgent_response_hours: float = 1.0
    sweep_interval: float = 30.0
    # The triage stream is read a poll at a time: at most this many events, gathered for at most this long, their
    # cases placed in the staff lists together (a few store commands a poll instead of a few a case).
    batch_max: int = 25
    batch_within_s: float = 0.05
    # WatchReferrals polls the store, so every replica streams every change (no in-process fan-out).
    watch_interval: float = 0.5
    # The key ring seals a coordinator's override reason with the case key (database shared with intake).
    keys_database: str = "pseah_keys"
    organizations_file: Path = _packaged("pseah.common", "organizations.json")
    service_directory_file: Path = _packaged("pseah.referral", "service-directory.json")

    @property
    def grpc_address(self) -> str:
        return f"{self.grpc_host}:{self.grpc_port}"

    def case_url(self, reference: str) -> str:
        return f"{self.portal_url.rstrip('/')}/cases/{reference}"
