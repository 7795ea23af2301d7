"""docs/asyncapi.yaml is the single truth about events: held here against the code that emits and consumes them.

Read from the source with `ast`, nothing imported or run:
- emitters: every `new_event(type=...)` in services/*/src; the type is an `EventTypes.X`, or a name or lookup
  (`event_type`, `EVENT_FOR[to]`) whose assignment in the function or module holds `EventTypes.X` values;
- consumers: every other `EventTypes.X` a service's code names (the types it dispatches on: comparisons,
  status maps, sets of types it forwards); a service that subscribes to `Topics.all()` receives every type.

Then: every catalogued type is emitted and every emitted type catalogued; each emitting service has a send
operation (id starting with the service's name) carrying the type, and no send operation claims a type its
service does not emit; each service writes `pseah/<service>` as the events' source, and a message whose
payload fixes `source` names its one emitter; each service's receive
operations carry exactly the types it dispatches on; and no text of the suite names a type outside the catalogue.
"""
from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from pseah.common.events import EventTypes, Topics

ROOT = Path(__file__).resolve().parents[2]
SERVICES = tuple(sorted(p.name for p in (ROOT / "services").iterdir() if (p / "src").is_dir()))
TYPE_OF = {name: value for name, value in vars(EventTypes).items() if name.isupper()}
EVENT_TYPE = re.compile(r"\b[a-z]+(?:\.[a-z]+)+\.v\d+\b")
# Copies records to any <topic>.dlq for every consumer, so it belongs to no one service.
GENERIC_OPERATIONS = {"consumersDeadLetter"}
# Names of that shape that are not event types: the gRPC health service, and packages and topics (pseah.*).
NOT_EVENT_TYPES = {"grpc.health.v1"}


class Source:
    """One parsed file with parent links, so a name can be looked up in its function, then its module."""

    def __init__(self, path: Path, root: Path):
        self.path, self.root = path, root
        self.where = str(path.relative_to(root))
        self.tree = ast.parse(path.read_text(), self.where)
        self.parent: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node

    def scope(self, node: ast.AST) -> ast.AST:
        while node in self.parent:
            node = self.parent[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return self.tree

    def imported(self, name: str) -> Source | None:
        """The file `name` comes from: `from pkg import name` (a module or a name in pkg's module)."""
        src = next(p for p in self.path.parents if p.name == "src")
        for node in ast.walk(self.tree):
            if not (isinstance(node, ast.ImportFrom) and node.module):
                continue
            if not any((alias.asname or alias.name) == name for alias in node.names):
                continue
            package = src.joinpath(*node.module.split("."))
            for candidate in (package / f"{name}.py", package.with_suffix(".py")):
                if candidate.is_file():
                    return Source(candidate, self.root)
        return None

    def assigned(self, name: str, scope: ast.AST) -> list[ast.AST]:
        values = []
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                values.append(node.value)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name \
                    and node.value is not None:
                values.append(node.value)
        return values


def _event_type_refs(node: ast.AST) -> list[ast.Attribute]:
    return [n for n in ast.walk(node)
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "EventTypes"]


def _resolve(source: Source, expr: ast.AST, scope: ast.AST, seen: set[str]) -> list[ast.Attribute]:
    """The EventTypes.X nodes `expr` can evaluate to, following names to their assignments."""
    refs = _event_type_refs(expr)
    for name in {n.id for n in ast.walk(expr) if isinstance(n, ast.Name)} - {"EventTypes"} - seen:
        seen.add(name)
        for value in source.assigned(name, scope) or source.assigned(name, source.tree):
            refs += _resolve(source, value, scope, seen)
    return refs


class Code:
    """What each service emits and consumes, with where, read from services/<name>/src."""

    def __init__(self, root: Path):
        self.emits: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.consumes: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.receives_all: set[str] = set()
        self.unresolved: list[str] = []
        self.sources: dict[str, set[str]] = defaultdict(set)  # the CloudEvent source each service writes
        for service in SERVICES:
            for path in sorted((root / "services" / service / "src").rglob("*.py")):
                self._read(service, Source(path, root))

    def _read(self, service: str, source: Source) -> None:
        emission_refs: set[int] = set()
        for call in ast.walk(source.tree):
            # `Topics.all()` called, or `Topics.all` passed on (a settings default_factory): every topic, every type.
            if isinstance(call, ast.Attribute) and call.attr == "all" and isinstance(call.value, ast.Name) \
                    and call.value.id == "Topics":
                self.receives_all.add(service)
            called = getattr(call.func, "id", getattr(call.func, "attr", None)) if isinstance(call, ast.Call) else None
            if called == "effect_id":
                # effect_id(cause, EventTypes.X) names the id of an event this service emits, not a type it reads.
                emission_refs |= {id(ref) for ref in _event_type_refs(call)}
                continue
            if called != "new_event":
                continue
            where = f"{source.where}:{call.lineno}"
            expr = next((k.value for k in call.keywords if k.arg == "type"), None)
            refs = _resolve(source, expr, source.scope(call), set()) if expr is not None else []
            if not refs:
                self.unresolved.append(where)
            source_expr = next((k.value for k in call.keywords if k.arg == "source"), None)
            self.sources[service] |= self._strings(source, source_expr, source.scope(call))
            for ref in refs:
                emission_refs.add(id(ref))
                self.emits[service][TYPE_OF[ref.attr]].append(where)
        for ref in _event_type_refs(source.tree):
            if id(ref) not in emission_refs:
                self.consumes[service][TYPE_OF[ref.attr]].append(f"{source.where}:{ref.lineno}")

    @staticmethod
    def _strings(source: Source, expr: ast.AST | None, scope: ast.AST) -> set[str]:
        # "pseah/x", SOURCE, or module.SOURCE: a constant here or in the module it names (same package).
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return {expr.value}
        name = expr.id if isinstance(expr, ast.Name) else expr.attr if isinstance(expr, ast.Attribute) else None
        if name is None:
            return {"<unreadable>"}
        values = source.assigned(name, scope) or source.assigned(name, source.tree)
        if not values:
            other = source.imported(expr.value.id if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name)
                                    else name)
            values = other.assigned(name, other.tree) if other else []
        return {v.value for v in values if isinstance(v, ast.Constant)} or {"<unreadable>"}

    def emitters(self, event_type: str) -> set[str]:
        return {service for service, types in self.emits.items() if event_type in types}


@pytest.fixture(scope="module")
def code(root) -> Code:
    return Code(root)


@pytest.fixture(scope="module")
def doc(root) -> dict:
    return yaml.safe_load((root / "docs/asyncapi.yaml").read_text())


def _resolve_ref(doc: dict, ref: str):
    node = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _operations(doc: dict) -> dict[str, tuple[str, str, str, set[str]]]:
    """Operation id -> (service, action, channel address, event types carried)."""
    result = {}
    for op_id, op in doc["operations"].items():
        service = next((s for s in SERVICES if op_id.startswith(s)), None)
        channel = _resolve_ref(doc, op["channel"]["$ref"])
        types = {_resolve_ref(doc, _resolve_ref(doc, m["$ref"])["$ref"])["name"] for m in op["messages"]}
        result[op_id] = (service, op["action"], channel["address"], types)
    return result


def _catalogued(doc: dict) -> set[str]:
    return {m["name"] for m in doc["components"]["messages"].values()}


def test_the_reader_finds_the_emitters_and_consumers_it_should(code):
    # Guards the reader itself: if a refactor hid emissions from it, the checks below would pass on nothing.
    assert not code.unresolved, f"new_event calls whose type cannot be read: {code.unresolved}"
    assert EventTypes.REPORT_RECEIVED in code.emits["intake"]
    assert {EventTypes.REPORTER_MESSAGE_POSTED, EventTypes.HANDLER_MESSAGE_POSTED} <= set(code.emits["intake"])
    assert {EventTypes.REFERRAL_ACCEPTED, EventTypes.REFERRAL_FAILED} <= set(code.emits["referral"])  # EVENT_FOR[to]
    assert EventTypes.CASE_INVESTIGATION_UPDATED in code.consumes["intake"]
    assert EventTypes.REPORT_RECEIVED in code.consumes["triage"]
    assert EventTypes.CASE_ASSIGNED not in code.consumes["referral"]  # emitted there, not consumed
    assert code.receives_all == {"audit"}


def test_no_type_is_catalogued_that_nobody_emits_nor_emitted_uncatalogued(code, doc):
    emitted = {t for types in code.emits.values() for t in types}
    catalogued = _catalogued(doc)
    assert catalogued - emitted == set(), "catalogued, but no service emits it"
    assert emitted - catalogued == set(), "emitted, but not in docs/asyncapi.yaml"
    assert set(TYPE_OF.values()) == catalogued, "pseah.common.events.EventTypes and the catalogue differ"


def test_each_service_writes_its_own_name_as_the_events_source(code):
    assert set(code.sources) == set(code.emits)
    for service, sources in code.sources.items():
        assert sources == {f"pseah/{service}"}, (service, sources)


def test_every_operation_names_the_service_that_performs_it(doc):
    for op_id, (service, _action, _address, _types) in _operations(doc).items():
        assert service or op_id in GENERIC_OPERATIONS, f"{op_id} does not start with a service name"


def test_each_emitter_has_its_send_operation_and_no_operation_claims_anothers_type(code, doc):
    # The audit log's checkpoints are first-hand events too, on a topic of their own outside the domain streams.
    domain_topics = set(Topics.all()) | {Topics.AUDIT_CHECKPOINTS}
    sends = defaultdict(set)
    for op_id, (service, action, address, types) in _operations(doc).items():
        if action != "send" or op_id in GENERIC_OPERATIONS:
            continue
        if address in domain_topics:
            sends[service] |= types
            assert types <= set(code.emits[service]), f"{op_id}: {service} emits none of {types - set(code.emits[service])}"
        else:
            # Retry and dead-letter channels carry copies of events the service consumed, unchanged.
            assert types <= set(code.consumes[service]), f"{op_id}: {service} never receives {types}"
    for service, types in code.emits.items():
        missing = set(types) - sends[service]
        assert not missing, f"{service} emits {missing} ({[types[t] for t in missing]}) with no send operation of its own"


def test_a_fixed_source_names_the_one_emitter(code, doc):
    for message in doc["components"]["messages"].values():
        fixed = message["payload"]["allOf"][1]["properties"].get("source", {}).get("const")
        emitters = code.emitters(message["name"])
        if fixed is not None:
            assert {f"pseah/{s}" for s in emitters} == {fixed}, (message["name"], emitters)
        else:
            assert len(emitters) > 1, f"{message['name']} has one emitter ({emitters}): fix its source"


def test_each_consumer_receives_exactly_the_types_it_dispatches_on(code, doc):
    receives = defaultdict(set)
    for service, action, _address, types in _operations(doc).values():
        if action == "receive":
            receives[service] |= types
    for service in SERVICES:
        dispatched = set(code.consumes[service])
        expected = _catalogued(doc) if service in code.receives_all else dispatched
        where = {t: code.consumes[service][t] for t in dispatched - receives[service]}
        assert dispatched <= receives[service], f"{service} dispatches on {where} but has no receive operation for them"
        assert receives[service] <= expected, \
            f"{service}: receive operations list {receives[service] - expected}, which its code never looks at"
        if service in code.receives_all:
            assert receives[service] == expected, f"{service} records every type: {expected - receives[service]}"


def test_no_text_of_the_suite_names_a_type_outside_the_catalogue(root, doc):
    """Code, templates, docs, charts and deployment: a type named anywhere is a catalogued one (case.closed.v1,
    which nobody ever emitted, must not come back as a status to wait for)."""
    catalogued = _catalogued(doc)
    places = [root / "docs", root / "shared/src", root / "charts", root / "deploy", root / "proto",
              *(root / "services" / s / "src" for s in SERVICES)]
    suffixes = {".py", ".md", ".yaml", ".yml", ".html", ".json", ".proto", ".sh", ".txt", ".j2", ".tpl"}
    stray, read = [], 0
    for place in places:
        for path in place.rglob("*"):
            if path.suffix not in suffixes or not path.is_file() or "node_modules" in path.parts:
                continue
            read += 1
            for match in EVENT_TYPE.finditer(path.read_text(errors="replace")):
                name = match.group(0)
                if not name.startswith("pseah.") and name not in NOT_EVENT_TYPES and name not in catalogued:
                    stray.append(f"{path.relative_to(root)}: {name}")
    assert read > 100
    assert not stray, stray
