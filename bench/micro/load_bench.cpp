// Loading: the whole route (parse_dataset: read, build, check), the fast JSON reader alone,
// nlohmann's SAX parser alone (the reference the reader replaces), nlohmann's DOM, and a file
// read in chunks. Sizes are copies of the embedded dataset (about 170 KB each).

#include "datasets.hpp"
#include "json_reader.hpp"
#include "massage_evidence/load.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace {

// Counts events and keeps nothing: the cost of reading alone.
struct counting_events {
    std::size_t events = 0;
    bool count() {
        ++events;
        return true;
    }
    bool start_object() { return count(); }
    bool end_object() { return count(); }
    bool start_array() { return count(); }
    bool end_array() { return count(); }
    bool key(std::string_view /*k*/) { return count(); }
    bool string(std::string_view /*s*/) { return count(); }
    bool number_integer(std::int64_t /*v*/) { return count(); }
    bool number_unsigned(std::uint64_t /*v*/) { return count(); }
    bool boolean(bool /*v*/) { return count(); }
    bool null() { return count(); }
};

struct counting_nlohmann_events final : nlohmann::json_sax<nlohmann::json> {
    counting_events inner;
    bool null() override { return inner.count(); }
    bool boolean(bool /*v*/) override { return inner.count(); }
    bool number_integer(number_integer_t /*v*/) override { return inner.count(); }
    bool number_unsigned(number_unsigned_t /*v*/) override { return inner.count(); }
    bool number_float(number_float_t /*v*/, const string_t& /*s*/) override {
        return inner.count();
    }
    bool string(string_t& /*s*/) override { return inner.count(); }
    bool binary(binary_t& /*b*/) override { return inner.count(); }
    bool start_object(std::size_t /*n*/) override { return inner.count(); }
    bool key(string_t& /*k*/) override { return inner.count(); }
    bool end_object() override { return inner.count(); }
    bool start_array(std::size_t /*n*/) override { return inner.count(); }
    bool end_array() override { return inner.count(); }
    bool parse_error(std::size_t /*at*/, const std::string& /*token*/,
                     const nlohmann::detail::exception& /*e*/) override {
        return false;
    }
};

void set_bytes(benchmark::State& state, const std::string& text) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(text.size()));
}

void parse_dataset(benchmark::State& state) {
    const auto& text = bench::scaled_dataset_text(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto result = massage_evidence::parse_dataset(text);
        benchmark::DoNotOptimize(result.data);
    }
    set_bytes(state, text);
}
BENCHMARK(parse_dataset)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

void json_reader_alone(benchmark::State& state) {
    const auto& text = bench::scaled_dataset_text(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        counting_events events;
        massage_evidence::detail::memory_source source(text);
        benchmark::DoNotOptimize(massage_evidence::detail::read_json(source, events));
        benchmark::DoNotOptimize(events.events);
    }
    set_bytes(state, text);
}
BENCHMARK(json_reader_alone)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

void nlohmann_sax_alone(benchmark::State& state) {
    const auto& text = bench::scaled_dataset_text(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        counting_nlohmann_events events;
        benchmark::DoNotOptimize(nlohmann::json::sax_parse(text, &events));
        benchmark::DoNotOptimize(events.inner.events);
    }
    set_bytes(state, text);
}
BENCHMARK(nlohmann_sax_alone)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

void nlohmann_dom(benchmark::State& state) {
    const auto& text = bench::scaled_dataset_text(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto document = nlohmann::json::parse(text);
        benchmark::DoNotOptimize(document);
    }
    set_bytes(state, text);
}
BENCHMARK(nlohmann_dom)->Arg(1)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

void load_dataset_file(benchmark::State& state) {
    const auto& text = bench::scaled_dataset_text(static_cast<int>(state.range(0)));
    const auto path =
        (std::filesystem::temp_directory_path() / "massage-evidence-micro.json").string();
    std::ofstream(path, std::ios::binary) << text;
    for (auto _ : state) {
        auto data = massage_evidence::load_dataset_file(path, text.size());
        benchmark::DoNotOptimize(data);
    }
    set_bytes(state, text);
    std::remove(path.c_str());
}
BENCHMARK(load_dataset_file)->Arg(1)->Arg(100)->Unit(benchmark::kMillisecond);

} // namespace
