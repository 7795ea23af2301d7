"""How the portal runs: `http` (the web portal under uvicorn). Thin: pseah.portal.bootstrap wires, pseah.portal.main
builds the app."""
