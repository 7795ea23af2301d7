"""Settings every test run shares, wherever pytest is started from this repository.

Hypothesis draws its examples at random and replays past failures from a local database; both make a run
depend on where and when it happens. The `ci` profile (the default) derandomises the draw and keeps no
database, so the same commit gives the same examples on every clone. `HYPOTHESIS_PROFILE=explore` draws
afresh (and more) when hunting for new counterexamples locally.
"""
import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", max_examples=500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
