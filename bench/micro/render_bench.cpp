// The output formats, each writing the mechanisms of a loaded dataset into one string.

#include "datasets.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/report.hpp"

#include <benchmark/benchmark.h>

namespace {

using massage_evidence::claim_kind;

std::vector<const massage_evidence::claim*> mechanisms(int copies) {
    return massage_evidence::select_claims(bench::scaled_dataset(copies), claim_kind::mechanism,
                                           {});
}

void set_bytes(benchmark::State& state, std::size_t bytes) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(bytes));
}

void render_json(benchmark::State& state) {
    const auto claims = mechanisms(static_cast<int>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string out;
        massage_evidence::render_claims_json(claims, out);
        bytes = out.size();
        benchmark::DoNotOptimize(out);
    }
    set_bytes(state, bytes);
}
BENCHMARK(render_json)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

void render_table(benchmark::State& state) {
    const auto claims = mechanisms(static_cast<int>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string out;
        massage_evidence::render_table(massage_evidence::mechanism_listing(claims, true),
                                       massage_evidence::terminal_options{true, 100}, out);
        bytes = out.size();
        benchmark::DoNotOptimize(out);
    }
    set_bytes(state, bytes);
}
BENCHMARK(render_table)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

void render_markdown(benchmark::State& state) {
    const auto claims = mechanisms(static_cast<int>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string out;
        massage_evidence::render_markdown_table(massage_evidence::mechanism_listing(claims, true),
                                                out);
        bytes = out.size();
        benchmark::DoNotOptimize(out);
    }
    set_bytes(state, bytes);
}
BENCHMARK(render_markdown)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

void render_csv(benchmark::State& state) {
    const auto claims = mechanisms(static_cast<int>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string out;
        massage_evidence::render_csv(massage_evidence::mechanism_listing(claims, false), out);
        bytes = out.size();
        benchmark::DoNotOptimize(out);
    }
    set_bytes(state, bytes);
}
BENCHMARK(render_csv)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

void render_report(benchmark::State& state) {
    const auto& data = bench::scaled_dataset(static_cast<int>(state.range(0)));
    massage_evidence::report_options options;
    options.date = "2026-01-01";
    options.tool_version = "bench";
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string out;
        massage_evidence::render_report(data, options, out);
        bytes = out.size();
        benchmark::DoNotOptimize(out);
    }
    set_bytes(state, bytes);
}
BENCHMARK(render_report)->Arg(1)->Arg(100)->Unit(benchmark::kMicrosecond);

} // namespace
