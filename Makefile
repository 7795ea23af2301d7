# The suite's commands. `make run` and `make test` set up whatever is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY := .venv/bin/python
UV := $(shell command -v uv 2>/dev/null)
SERVICES := intake triage referral notification audit analytics portal
PROTOS := $(shell find proto -name '*.proto' 2>/dev/null)

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

.venv/.stamp: requirements.lock shared/pyproject.toml $(wildcard services/*/pyproject.toml)
	@command -v uv >/dev/null || python3 -m pip install --quiet --disable-pip-version-check uv==0.13.9
	@test -x .venv/bin/python || uv venv --quiet --python python3.11 .venv
	@# Bytecode compiled once here: uv installs none by default, and where PYTHONDONTWRITEBYTECODE is set (this
	@# machine's image) every process then compiled every module it imports at each start: `pseah triage classify`
	@# started in 0.62-0.68 CPU s without bytecode, 0.22-0.24 with it (our own sources: gen/.stamp).
	uv pip sync --quiet --compile-bytecode --python .venv/bin/python requirements.lock
	uv pip install --quiet --python .venv/bin/python --no-deps -e shared $(foreach s,$(wildcard services/*/pyproject.toml),-e $(dir $(s)))
	@touch $@

venv: .venv/.stamp gen/.stamp ## the Python environment with pinned dependencies

gen/.stamp: $(PROTOS) .venv/.stamp
	@mkdir -p gen/python
	@if [ -n "$(PROTOS)" ]; then $(PY) -m grpc_tools.protoc -Iproto --python_out=gen/python --pyi_out=gen/python --grpc_python_out=gen/python $(PROTOS); fi
	@echo "$(CURDIR)/gen/python" > $$($(PY) -c 'import sysconfig;print(sysconfig.get_paths()["purelib"])')/pseah-gen.pth
	@$(PY) -m compileall -q -j 0 shared/src services/*/src gen/python >/dev/null
	@touch $@

proto: ## generate gRPC code from proto/ into gen/python
	@rm -f gen/.stamp
	@$(MAKE) --no-print-directory gen/.stamp

lock: ## pin requirements.in into requirements.lock
	uv pip compile --quiet --python-version 3.11 requirements.in -o requirements.lock

run: venv ## the suite up with demo data (sets up whatever is missing); harmless when already up
	@deploy/local/suite.sh up

stop: ## stop everything `make run` started; data stays in var/data
	@deploy/local/suite.sh down

status: ## one line per component; exit 0 only when all are ready
	@deploy/local/suite.sh status

unit: venv ## unit tests only (no servers)
	$(PY) -m pytest -q -m "not integration and not e2e" shared/tests services

test: venv ## the whole test suite on real servers; stops after what it started
	@deploy/local/test.sh

contracts: venv ## AsyncAPI, OpenAPI and gRPC contracts under their validators (tools/contracts; no servers)
	@tools/contracts/check.sh

bench: venv ## the benchmarks; the last line printed is one JSON object of figures
	@deploy/local/bench.sh

faults: venv ## kill -9 Kafka, the store, Keycloak and each service in turn under load: nothing lost or doubled, recovery times printed
	@deploy/local/faults.sh $(FAULTS_ARGS)

.PHONY: help venv proto lock run stop status unit test contracts bench
.PHONY: faults

# Helm built from the Go module proxy once (about 3 minutes), cached under var/cache/bin.
HELM_VERSION := v3.19.5
HELM := var/cache/bin/helm
$(HELM):
	GOBIN=$(CURDIR)/var/cache/bin go install helm.sh/helm/v3/cmd/helm@$(HELM_VERSION)

chart-check: $(HELM) ## lint and render the Helm chart (charts/pseah)
	$(HELM) lint --strict charts/pseah --kube-version 1.31.0
	$(HELM) template pseah charts/pseah --kube-version 1.31.0 --set networkPolicy.enabled=true >/dev/null

# docker compose, built the same way (about 7 minutes; its go.mod forbids `go install`), so that
# tests/packaging can run `docker-compose config` where no compose plugin is installed.
COMPOSE_VERSION := v2.40.3
COMPOSE := var/cache/bin/docker-compose
$(COMPOSE):
	@mkdir -p var/cache/compose-build
	src=$$(go mod download -json github.com/docker/compose/v2@$(COMPOSE_VERSION) | $(PY) -c 'import json,sys;print(json.load(sys.stdin)["Dir"])') \
	  && rm -rf var/cache/compose-build/src && cp -r "$$src" var/cache/compose-build/src && chmod -R u+w var/cache/compose-build/src \
	  && cd var/cache/compose-build/src && go build -o $(CURDIR)/$(COMPOSE) ./cmd

packaging-check: venv $(HELM) $(COMPOSE) ## compose, chart, AsyncAPI and collector checks (tests/packaging)
	$(PY) -m pytest -q tests/packaging

.PHONY: chart-check packaging-check
