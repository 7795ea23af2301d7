"""The audit service's settings (env prefix PSEAH_AUDIT_, plus the common PSEAH_ ones)."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from pseah.common.events import Topics
from pseah.common.settings import CommonSettings, repo_root


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

    # Signed checkpoints of the Merkle tree (pseah.audit.chain.checkpoints): every `checkpoint_every` entries, or
    # after `checkpoint_seconds` when fewer came. Every checkpoint is published on `checkpoint_topic`; the key
    # signs them and never enters the store (var/secrets locally, a mounted Secret in a cluster).
    checkpoint_every: int = Field(default=1000, ge=1, le=100_000)
    checkpoint_seconds: float = Field(default=30.0, gt=0)
    checkpoint_topic: str = Topics.AUDIT_CHECKPOINTS
    signing_key_file: Path = repo_root() / "var/secrets/audit-signing-ed25519.pem"
    # The log's name in its checkpoints; by default derived from the database, so a restored copy or a test's
    # log never takes another log's checkpoints for its own.
    origin: str | None = Field(default=None, pattern=r"^[a-z0-9_.:-]{1,80}$")

    # The coordinator's digest of the checkpoints (pseah.audit.digests): once a period of `digest_seconds` (a day,
    # on a grid from the Unix epoch, so the UTC days), mailed by notification to its coordinator address. A period
    # lists at most `digest_max_listed` checkpoints; `digest_catch_up` periods at most are sent a tick after a stop.
    digest_seconds: int = Field(default=86_400, ge=1)
    digest_max_listed: int = Field(default=500, ge=1, le=5_000)
    digest_catch_up: int = Field(default=31, ge=1)

    @property
    def digest_check_seconds(self) -> float:
        """How often the timer looks for an ended period: a quarter period, at most 30 s, at least 0.5 s."""
        return max(0.5, min(self.digest_seconds / 4, 30.0))

    @property
    def log_origin(self) -> str:
        return self.origin or f"pseah-audit:{self.database}"


def get_settings() -> AuditSettings:
    return AuditSettings()
