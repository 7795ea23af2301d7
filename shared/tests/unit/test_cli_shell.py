"""The `pseah` shell mounts only the service a command names (start-up is most of a short command's time), and
every service for help or a name it does not know."""
from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from pseah.common import cli
sys.argv = ["pseah", *sys.argv[1:]]
try:
    cli.main()
except SystemExit:
    pass
loaded = sorted(name for name in ("pseah.intake.cli", "pseah.referral.cli", "pseah.triage.cli", "pseah.audit.cli")
                if name in sys.modules)
sys.stderr.write("\\nLOADED " + ",".join(loaded) + "\\n")
"""


def _loaded(*args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    line = next(l for l in result.stderr.splitlines() if l.startswith("LOADED"))
    return [name for name in line.removeprefix("LOADED").strip().split(",") if name]


def test_a_command_loads_its_own_service_only():
    assert _loaded("triage", "--help") == ["pseah.triage.cli"]


def test_help_and_unknown_names_mount_every_service():
    for args in (("--help",), ("nosuch",)):
        assert {"pseah.intake.cli", "pseah.referral.cli", "pseah.triage.cli", "pseah.audit.cli"} <= set(_loaded(*args))
