"""How analytics runs: `stream` (the faust worker, serving the HTTP API from its loop). Thin:
pseah.analytics.bootstrap wires."""
