"""Routing: the perpetrator's organisation from the directory, and the queue a case goes to."""
from pseah.triage.routing.organizations import OrgMatch, identify_organization
from pseah.triage.routing.route import Queue, Route, route

__all__ = ["OrgMatch", "Queue", "Route", "identify_organization", "route"]
