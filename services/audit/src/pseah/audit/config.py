"""The audit service's settings (env prefix PSEAH_AUDIT_, plus the common PSEAH_ ones)."""
from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from pseah.common.events import Topics
from pseah.common.settings import CommonSettings


class AuditSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_AUDIT_", extra="ignore", populate_by_name=True)

    host: str = "127.0.0.1"
    port: int = 8005
    database: str = "pseah_audit"
    # The faust app id, hence the Kafka consumer group; tests use their own so they never steal
    # partitions from the running suite.
    consumer_group: str = "audit"
    # How long the agent keeps retrying an append while the store is down before giving up the
    # process (a restart resumes from the last committed offset, so nothing is skipped either way).
    append_retry_seconds: float = 300.0
    # A batch is what one poll brings, at most batch_max events, or what came within batch_within seconds when
    # fewer arrive: the latter bounds how long a quiet event waits for its entry.
    batch_max: int = 500
    batch_within: float = 0.5
    max_page: int = 1000
    # Every topic of the suite; tests that flood give their own (a JSON list) so the suite never sees them.
    topics: list[str] = Field(default_factory=Topics.all)


def get_settings() -> AuditSettings:
    return AuditSettings()
