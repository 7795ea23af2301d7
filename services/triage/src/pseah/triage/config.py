from pydantic_settings import SettingsConfigDict

from pseah.common.events import Topics
from pseah.common.settings import CommonSettings


class Settings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_TRIAGE_", extra="ignore", populate_by_name=True)

    port: int = 8002
    database: str = "pseah_triage"
    keys_database: str = "pseah_keys"

    clock_interval_seconds: float = 30.0
    # Consumer group and topics are overridable so integration tests can run an isolated instance.
    app_name: str = "triage"
    reports_topic: str = Topics.REPORTS
    triage_topic: str = Topics.TRIAGE
    cases_topic: str = Topics.CASES
