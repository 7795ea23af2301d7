"""How notification runs: `stream` (the faust worker, health on 8004). Thin: pseah.notification.bootstrap wires."""
