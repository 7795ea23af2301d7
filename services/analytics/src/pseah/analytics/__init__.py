"""The analytics service: aggregate counts of cases, small cells suppressed."""
