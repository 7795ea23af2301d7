"""The analytics service's settings (env prefix PSEAH_ANALYTICS_, plus the common PSEAH_ ones)."""
from __future__ import annotations

from pydantic_settings import SettingsConfigDict

from pseah.common.settings import CommonSettings


class AnalyticsSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_ANALYTICS_", extra="ignore", populate_by_name=True)

    host: str = "127.0.0.1"
    port: int = 8006
    database: str = "pseah_analytics"
    # The faust app id, hence the consumer group; tests use their own.
    consumer_group: str = "analytics"
    # None: the list shipped with pseah.common (pseah.common.organizations).
    organizations_file: str | None = None
    # Cells below this are shown as "<5" (the value is the threshold, not a fixed 5).
    suppression_threshold: int = 5
    # At most this many events counted together (readmodel.store.record_many), gathered for at most this long:
    # counting may lag a second, and a second's events of a busy stream then cost one batch's six commands.
    batch_max: int = 500
    batch_within_s: float = 1.0


def get_settings() -> AnalyticsSettings:
    return AnalyticsSettings()
