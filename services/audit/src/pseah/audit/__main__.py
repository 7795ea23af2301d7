"""`python -m pseah.audit`: the audit service on 127.0.0.1:8005 (PSEAH_AUDIT_PORT)."""
from __future__ import annotations

from pseah.audit.entrypoints.stream import main

if __name__ == "__main__":
    main()
