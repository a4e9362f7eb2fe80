// Filters and ordering over a loaded dataset.

#include "datasets.hpp"
#include "massage_evidence/query.hpp"

#include <benchmark/benchmark.h>

namespace {

using massage_evidence::claim_filter;
using massage_evidence::claim_kind;

void select_all_mechanisms(benchmark::State& state) {
    const auto& data = bench::scaled_dataset(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            massage_evidence::select_claims(data, claim_kind::mechanism, claim_filter{}));
    }
}
BENCHMARK(select_all_mechanisms)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

void select_conditions_at_or_above_low(benchmark::State& state) {
    const auto& data = bench::scaled_dataset(static_cast<int>(state.range(0)));
    claim_filter filter;
    filter.min_level = massage_evidence::certainty::low;
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            massage_evidence::select_claims(data, claim_kind::condition, filter));
    }
}
BENCHMARK(select_conditions_at_or_above_low)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

void cited_sources(benchmark::State& state) {
    const auto& data = bench::scaled_dataset(static_cast<int>(state.range(0)));
    const auto claims = massage_evidence::select_claims(data, claim_kind::mechanism, {});
    for (auto _ : state) {
        benchmark::DoNotOptimize(massage_evidence::cited_sources(data, claims));
    }
}
BENCHMARK(cited_sources)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

} // namespace
