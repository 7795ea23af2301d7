"""Counts by dimension: which facts an event yields, how they are counted, how they are published."""
