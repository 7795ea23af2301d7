"""`python -m pseah.analytics`: the analytics service on 127.0.0.1:8006 (PSEAH_ANALYTICS_PORT)."""
from __future__ import annotations

from pseah.analytics.entrypoints.stream import main

if __name__ == "__main__":
    main()
