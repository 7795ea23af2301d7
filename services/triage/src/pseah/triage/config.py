from pathlib import Path

from pydantic_settings import SettingsConfigDict

from pseah.common.events import Topics
from pseah.common.settings import CommonSettings, repo_root
from pseah.triage.links.similarity import LinkPolicy


class Settings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_TRIAGE_", extra="ignore", populate_by_name=True)

    host: str = "127.0.0.1"
    port: int = 8002
    database: str = "pseah_triage"
    keys_database: str = "pseah_keys"

    clock_interval_seconds: float = 30.0
    # Reports triaged at once by one worker. More than 1 overlaps the waits on the store, but FerretDB on SQLite
    # writes one at a time, so it buys nothing here (make bench); scale out with partitions and workers instead.
    agent_concurrency: int = 1
    # Reports triaged as one poll (pseah.triage.streams.handle_received_all): their fingerprints registered and their
    # groups read together. Bounded, as the first report of a poll is published once the poll is decided.
    batch_max: int = 25
    batch_within_s: float = 0.05
    # Consumer group and topics are overridable so integration tests can run an isolated instance.
    app_name: str = "triage"
    reports_topic: str = Topics.REPORTS
    triage_topic: str = Topics.TRIAGE
    cases_topic: str = Topics.CASES
    access_topic: str = Topics.ACCESS

    # Linking related reports: the secret of the keyed word hashes (created on first start in development),
    # how far apart two incidents may be, and how long fingerprints are kept.
    fingerprint_key_file: Path = repo_root() / "var/secrets/triage-fingerprint-key"
    fingerprint_key: str = ""  # hex, 32 bytes or more; wins over the file (a secret in production)
    link_window_days: float = 14.0
    link_threshold: float = 0.4
    link_max_per_report: int = 10
    link_group_size: int = 200
    link_retention_days: float = 180.0
    link_prune_interval_seconds: float = 6 * 3600.0

    retry_after_seconds: int = 2
    # The outbox relay retries this process's failed flushes every second; its marker pass (what a crashed
    # predecessor left owed) runs at start and then this often. It reads the outbox markers (as many as the
    # backlog) and each owed decision by _id, never every decision (pseah.common.outbox).
    outbox_full_scan_seconds: float = 30.0

    def fingerprint_secret(self) -> bytes:
        if self.fingerprint_key:
            key = bytes.fromhex(self.fingerprint_key)
            if len(key) < 32:
                raise ValueError("PSEAH_TRIAGE_FINGERPRINT_KEY must be at least 32 bytes (64 hex digits)")
            return key
        from pseah.common.crypto import load_or_create_key

        return load_or_create_key(self.fingerprint_key_file)

    @property
    def link_policy(self) -> LinkPolicy:
        return LinkPolicy(window_days=self.link_window_days, threshold=self.link_threshold,
                          max_links=self.link_max_per_report, group_size=self.link_group_size)
