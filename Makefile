# The two commands a newcomer needs: `make run` and `make test`.
GO       ?= go
ADDR     ?= :8080
PKGS     := ./...

.PHONY: run test test-short eval train train-check readings bench lint browser build clean

## run: start the server on $(ADDR) with the embedded corpus (index built in memory at start)
run:
	$(GO) run ./cmd/qa serve --addr $(ADDR) --log-format text

## build: build the qa binary into bin/
build:
	$(GO) build -o bin/qa ./cmd/qa

## test: every test, with the race detector (installs Chromium for the browser tests if missing)
test: browser
	$(GO) test -race -timeout 20m $(PKGS)

## test-short: the tests without the race detector (faster while editing)
test-short:
	$(GO) test -timeout 10m $(PKGS)

## eval: retrieval and answer quality on the tuning set, the twenty-eight development sets (heldout, dev2 to dev28), a twenty-ninth scored once and not read (dev29), and the two blind test sets, beside stock Bleve
eval:
	$(GO) build -o bin/qa ./cmd/qa
	bin/qa eval
	bin/qa eval --questions testdata/eval/heldout.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev2.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev3.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev4.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev5.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev6.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev7.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev8.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev9.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev10.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev11.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev12.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev13.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev14.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev15.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev16.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev17.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev18.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev19.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev20.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev21.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev22.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev23.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev24.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev25.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev26.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev27.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev28.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/dev29.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/test.jsonl --conversations ""
	bin/qa eval --questions testdata/eval/newcomer.jsonl --conversations ""

## train: learn the passage ranker and the answer model (qa/rank_model.json, qa/answer_model.json) from the tuning and development sets and conversations, with cross-validation tables beside the rules; never from the blind test set
train:
	$(GO) build -o bin/qa ./cmd/qa
	bin/qa train --cv

## readings: write qa/readings.bin, the Han characters' pinyin (from go-pinyin) for reading names typed with wrong homophones
readings:
	$(GO) run ./cmd/qa-readings -out qa/readings.bin

## train-check: the embedded models are what training on the repo's sets gives (CI)
train-check:
	$(GO) build -o bin/qa ./cmd/qa
	bin/qa train --check

## bench: Go benchmarks
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

## lint: go vet, gofmt, and staticcheck when it installs
lint:
	$(GO) vet $(PKGS)
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	@if $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 -version >/dev/null 2>&1; then \
		$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 $(PKGS); \
	else echo "staticcheck unavailable; skipped"; fi

## browser: Debian's Chromium (and CJK fonts for screenshots) for the browser tests
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing chromium for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
		|| echo "could not install chromium: browser tests will skip outside CI"; \
	fi

clean:
	rm -rf bin qa/web/testdata/out

# Hardening: fuzzing and the soak run (neither is part of `make test`).
FUZZTIME      ?= 20s
SOAK_DURATION ?= 3m
SOAK_CLIENTS  ?= 32
FUZZ_TARGETS  := ./corpus:FuzzClean ./qa:FuzzNormalizeQuestion ./qa:FuzzFold ./qa:FuzzAnalyze ./index:FuzzSearch ./qa/httpapi:FuzzAsk

.PHONY: fuzz soak

## fuzz: run each fuzz target for $(FUZZTIME); a failing input is saved under the package's testdata/fuzz
fuzz:
	@failed=""; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "== $$name in $$pkg for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 10s $$pkg || failed="$$failed $$name"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz targets that failed:$$failed"; exit 1; fi

## soak: build the server and send it mixed valid and hostile traffic at the rate limit's edge for $(SOAK_DURATION), loopback only
soak:
	$(GO) build -o bin/qa ./cmd/qa
	$(GO) run ./cmd/qa-soak -bin bin/qa -duration $(SOAK_DURATION) -clients $(SOAK_CLIENTS)

# Performance: the load run and the scale run (neither is part of `make test`;
# docs/performance.md shows their output).
LOAD_CLIENTS  ?= 16
LOAD_DURATION ?= 5s
SCALE_SIZES   ?= 10000 100000
SCALE_SHARDS  ?= 4
SCALE_DIR     ?= $(or $(TMPDIR),/tmp)/qa-scale-corpora

.PHONY: load scale

## load: build the server, then load it from $(LOAD_CLIENTS) loopback clients with cold and warm questions beside stock-Bleve and fixed-response servers; start-up and RSS
load:
	$(GO) build -o bin/qa ./cmd/qa
	$(GO) run ./cmd/qa-load -bin bin/qa -clients $(LOAD_CLIENTS) -duration $(LOAD_DURATION)

## scale: generate seeded corpora of $(SCALE_SIZES) passages (qa-gen, kept in $(SCALE_DIR)) and measure on-disk index build, size, query latency and memory, one index and $(SCALE_SHARDS) shards
scale:
	@for n in $(SCALE_SIZES); do \
		d=$(SCALE_DIR)/corpus-$$n; \
		if [ ! -f $$d/documents.json ]; then \
			rm -rf $$d.tmp && $(GO) run ./cmd/qa-gen -n $$n -out $$d.tmp && mv $$d.tmp $$d || exit 1; \
		fi; \
	done
	$(GO) run ./cmd/qa-scale -shards $(SCALE_SHARDS) $(foreach n,$(SCALE_SIZES),$(SCALE_DIR)/corpus-$(n))
