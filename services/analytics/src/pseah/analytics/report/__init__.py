"""The quarterly report for the PSEAH Network and the Humanitarian Country Team (PDF)."""
