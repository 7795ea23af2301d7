"""Erasure: crypto-shredding a case key on a coordinator's decision or by the retention policy."""
