"""Referral: the service map and focal-point directory, case assignment, and the case API for the portal."""
