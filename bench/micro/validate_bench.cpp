// Whole-document rules on a loaded dataset: integrity (part of every load) and curation (the
// validate command).

#include "datasets.hpp"
#include "massage_evidence/validate.hpp"

#include <benchmark/benchmark.h>

namespace {

void check_integrity(benchmark::State& state) {
    const auto& data = bench::scaled_dataset(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        massage_evidence::diagnostics findings;
        massage_evidence::check_integrity(data, findings);
        benchmark::DoNotOptimize(findings);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(data.mechanisms.size() +
                                                      data.conditions.size() +
                                                      data.practices.size()));
}
BENCHMARK(check_integrity)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

void check_curation(benchmark::State& state) {
    const auto& data = bench::scaled_dataset(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        massage_evidence::diagnostics findings;
        massage_evidence::check_curation(data, findings);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(check_curation)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

} // namespace
