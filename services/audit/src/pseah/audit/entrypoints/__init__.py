"""How audit runs: `stream` (the faust worker, serving the HTTP API from its loop). Thin: pseah.audit.bootstrap
wires."""
