"""How triage runs: `stream` (the faust worker, serving the HTTP API from its loop). Thin: pseah.triage.bootstrap
wires."""
