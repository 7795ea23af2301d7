"""The coordinator's dashboard: analytics' suppressed tables as server-side SVG charts, each with its table."""
