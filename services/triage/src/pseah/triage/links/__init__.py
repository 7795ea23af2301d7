"""Duplicates and links: reports about the same incident or alleged perpetrator, related but never merged."""
from pseah.triage.links.fingerprint import Fingerprint, Hasher, fingerprint
from pseah.triage.links.similarity import DEFAULT_POLICY, Link, LinkPolicy, compare

__all__ = ["DEFAULT_POLICY", "Fingerprint", "Hasher", "Link", "LinkPolicy", "compare", "fingerprint"]
