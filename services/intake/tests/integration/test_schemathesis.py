"""Schemathesis against the OpenAPI: generated requests never get a 5xx, and answers match the schema.

Runs against the real store, through the app's own lifespan. Kafka is pointed at a closed port on
purpose: generated junk reports stay in the test database (dropped after) instead of travelling to the
real downstream services.
"""
import pytest
import schemathesis
# Imported here, at collection (one thread), not lazily by from_asgi inside the test: pytest rewrites it on import
# (ast.parse), and CPython 3.11 builds AST objects with a recursion counter shared by threads (gh-106905): with the
# threads of earlier tests' apps alive, the lazy import once failed "AST constructor recursion depth mismatch".
import schemathesis.specs.openapi.schemas  # noqa: F401
from hypothesis import HealthCheck, given, settings as hyp_settings

from pseah.intake.config import IntakeSettings
from pseah.intake.main import create_app

pytestmark = pytest.mark.integration

CHECKS = [schemathesis.checks.not_a_server_error, schemathesis.checks.status_code_conformance,
          schemathesis.checks.content_type_conformance, schemathesis.checks.response_schema_conformance]


def test_no_5xx_and_responses_match_the_schema(settings, raw_db):
    s = IntakeSettings(**{**settings.model_dump(), "kafka_bootstrap": "127.0.0.1:9", "consume_status_events": False,
                          "publish_after_request": False, "lookup_failures_per_window": 100_000})
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(s))
    tested = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @hyp_settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case):
            response = case.call()
            assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
            case.validate_response(response, checks=CHECKS)

        run()
        tested.append(operation.label)
    assert "POST /v1/reports" in tested and "GET /v1/receipts/{receipt}" in tested
    # Generated valid reports really went through to the store (the run is not all 4xx).
    assert raw_db.reports.count_documents({}) > 0
