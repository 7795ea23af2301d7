"""`python -m pseah.portal`: the portal on 127.0.0.1:8000 (PSEAH_PORTAL_PORT)."""
from __future__ import annotations

from pseah.portal.entrypoints.http import main

if __name__ == "__main__":
    main()
