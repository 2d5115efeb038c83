# Social Business Radar: the two commands a newcomer needs are `make run` and `make test`.
# Both install what is missing (Debian packages), configure, build and then run.

PRESET   ?= $(if $(CI),ci,default)
BUILD     = $(if $(filter asan,$(PRESET)),build-asan,build)
JOBS     ?= $(shell nproc)
SUDO     := $(if $(filter 0,$(shell id -u)),,sudo)

# Everything the build, the tests and the benchmarks need, as Debian 12 packages.
DEB_PACKAGES := cmake ninja-build ccache g++ pkg-config python3 \
	qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libpq-dev postgresql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
	qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-httpserver-dev libqrencode-dev qt6-websockets-dev qt6-translations-l10n libgl-dev \
	chromium libgtest-dev libsqlite3-dev sqlite3 libxlsxwriter-dev libminizip-dev python3-openpyxl clang clang-format libfuzzer-14-dev time xvfb xauth poppler-utils fonts-dejavu-core fonts-symbola \
	help2man lintian desktop-file-utils appstream dpkg-dev fakeroot

.PHONY: all deps configure build run test e2e-deps bench screenshots format format-check translations clean \
	package package-test fuzz

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	@cmake --preset $(PRESET) > $(BUILD)-configure.log 2>&1 || (cat $(BUILD)-configure.log; exit 1)

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

run: build
	$(BUILD)/bin/sbradar $(WS)

# The browser test of the workshop page drives Debian's chromium with playwright-core (npm).
e2e-deps:
	@if command -v npm >/dev/null && [ ! -d tests/e2e/node_modules/playwright-core ]; then \
		cd tests/e2e && npm ci --silent --no-audit --no-fund; fi

test: build e2e-deps
	ctest --preset $(PRESET) --label-exclude package

# The Debian package (CPack): $(BUILD)/sbradar_<version>_<arch>.deb.
package: build
	cd $(BUILD) && cpack -G DEB

# Installs the package into a scratch root, runs both programs from there and lints it.
package-test: package
	ctest --preset $(PRESET) --label-regex package

# Every libFuzzer target (fuzz/) for FUZZ_SECONDS each under the asan preset (Clang with
# AddressSanitizer + UndefinedBehaviorSanitizer); non-zero exit on a finding. `make test
# PRESET=asan` runs the whole test suite under the sanitizers.
FUZZ_SECONDS  ?= 60
FUZZ_PARALLEL ?= 1
FUZZ_SEED_DIRS ?= $(wildcard /work/shared/cases)
fuzz: PRESET := asan
fuzz: configure
	cmake --build --preset asan -j $(JOBS) --target fuzzers
	FUZZ_SEED_DIRS="$(FUZZ_SEED_DIRS)" fuzz/run-fuzzers.sh build-asan $(FUZZ_SECONDS) $(FUZZ_PARALLEL)

bench: build
	bench/run-bench.sh $(BUILD)/bin/sbradar-cli
	bench/run-gui-bench.sh $(BUILD)/bin/sbradar-gui-bench $(BUILD)/bench/bench.sbradar

screenshots: build
	tools/screenshots.sh $(BUILD)/bin/sbradar

translations: configure
	cmake --build --preset $(PRESET) --target update_translations

# Every C++ file of ours, for clang-format (.clang-format at the top).
FORMAT_FILES = $(shell find app core ui workshop tests bench fuzz \( -name '*.cpp' -o -name '*.h' \) -not -path '*/node_modules/*' 2>/dev/null)

format:
	clang-format -i $(FORMAT_FILES)

# Fails (and names the places) when a file is not formatted as .clang-format says.
format-check:
	@command -v clang-format >/dev/null || $(MAKE) -s deps
	clang-format --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf build build-configure.log build-asan build-asan-configure.log
