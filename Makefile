# marsad — the two commands: `make demo` and `make test`.
JOBS ?= $(shell nproc)
BUILD ?= build
ASAN_BUILD ?= build-asan
BENCH_BUILD ?= build-release
DB ?= marsad.db
PORT ?= 8080
CMAKE_FLAGS ?=

.PHONY: all deps build build-asan test test-release test-asan demo bench fuzz format tidy clean

all: build

deps:
	@bash scripts/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

$(ASAN_BUILD)/build.ninja:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMARSAD_SANITIZE=ON \
	  -DMARSAD_BENCH=OFF -DCMAKE_CXX_FLAGS=-O1 $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

build-asan: deps $(ASAN_BUILD)/build.ninja
	cmake --build $(ASAN_BUILD) -j $(JOBS)

test-release: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: build-asan
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS) -LE slow

# Every test in a release build, then again under AddressSanitizer + UBSan.
test: test-release test-asan

demo: build
	bash scripts/demo $(BUILD)/marsad $(DB) $(PORT)

# Timings come from a Release (-O3) build of their own, without the tests.
$(BENCH_BUILD)/build.ninja:
	cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DMARSAD_TESTS=OFF $(CMAKE_FLAGS)

bench: deps $(BENCH_BUILD)/build.ninja
	cmake --build $(BENCH_BUILD) -j $(JOBS)
	bash bench/run-all $(BENCH_BUILD)

fuzz: deps
	cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DMARSAD_FUZZ=ON \
	  -DMARSAD_TESTS=OFF -DMARSAD_BENCH=OFF && cmake --build build-fuzz -j $(JOBS)

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'bench/*.cc' 'fuzz/*.cc')

tidy: build
	clang-tidy -p $(BUILD) --quiet $$(git ls-files 'src/*.cc')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(BENCH_BUILD) build-fuzz
