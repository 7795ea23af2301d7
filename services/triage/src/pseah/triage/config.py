

from pydantic_settings import SettingsConfigDict

from pseah.common.settings import CommonSettings, repo_root


class Settings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="PSEAH_TRIAGE_", extra="ignore", populate_by_name=True)

    port: int = 8002
    database: str = "pseah_triage"
    keys_database: str = "pseah_keys"

    clock_interval_seconds: float = 30.0
