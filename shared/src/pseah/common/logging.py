"""Structured JSON logs on stderr. Survivor content must never be passed to a logger."""
from __future__ import annotations

import logging
import sys
import traceback

import structlog

_SENSITIVE_KEYS = frozenset(
    {"narrative", "contact", "contact_details", "name", "names", "phone", "email", "receipt",
     "body", "content", "message", "text", "attachment", "password", "token", "secret"}
)


def _redact_sensitive(_logger, _method, event_dict):
    # Last line of defence: a sensitive field passed by mistake is dropped, not written.
    for key in list(event_dict):
        if key in _SENSITIVE_KEYS:
            event_dict[key] = "[redacted]"
    return event_dict


def _add_trace_ids(_logger, _method, event_dict):
    from opentelemetry import trace

    ctx = trace.get_current_span().get_span_context()
    if ctx.is_valid:
        event_dict["trace_id"] = format(ctx.trace_id, "032x")
        event_dict["span_id"] = format(ctx.span_id, "016x")
    return event_dict


def configure_logging(*, service: str, level: str = "INFO") -> None:
    """JSON lines for the service and for the libraries it uses (uvicorn, faust, kafka)."""
    shared = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _add_trace_ids,
        _redact_sensitive,
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("kafka", "aiokafka", "pymongo", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
    structlog.contextvars.bind_contextvars(service=service)


def get_logger(name: str | None = None):
    return structlog.get_logger(name)


def where_raised(exc: BaseException) -> str | None:
    """Where an error was raised: the innermost frame's module path, line and function, never the error's message
    (a KeyError's message is its key, which may be a word of the report). Enough to find a bug that parked a message
    (a triage worker once dead-lettered a report with a KeyError a moment after it started, and nothing said where)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return None
    last = frames[-1]
    path = last.filename.split("/site-packages/")[-1].split("/src/")[-1]
    return f"{path}:{last.lineno} {last.name}"
