// What `check` costs before it reads a word: compiling a dataset's lay phrases and cues into the
// word table and the phrase automaton (a claim_checker's constructor), with the shipped phrases
// and with 10,000 more made of the dataset's own words, as bench/check-text adds them. The
// loop reuses memory the first iteration was given, so these figures leave out most of the page
// faults a fresh process pays for the tables (docs/benchmarks.md: about half of compiling
// there); bench/check-text measures whole commands.

#include "datasets.hpp"
#include "massage_evidence/check.hpp"

#include <benchmark/benchmark.h>

#include <cctype>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

// The embedded dataset with `extra` synthetic phrases of two or three words spread over its
// claims. The words are those of the claims' own statements, so many phrases share words and
// first words, as real phrases do; the same count gives the same phrases.
massage_evidence::dataset with_synthetic_phrases(std::size_t extra) {
    auto data = bench::scaled_dataset(1);
    std::vector<massage_evidence::claim*> claims;
    std::set<std::string> vocabulary;
    for (auto* list : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (auto& c : *list) {
            claims.push_back(&c);
            std::string word;
            for (const char ch : c.statement + " ") {
                if (std::isalpha(static_cast<unsigned char>(ch)) != 0) {
                    word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                } else {
                    if (word.size() >= 3) {
                        vocabulary.insert(word);
                    }
                    word.clear();
                }
            }
        }
    }
    const std::vector<std::string> words(vocabulary.begin(), vocabulary.end());
    std::mt19937 random(20261207);
    std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
    std::set<std::string> made;
    while (made.size() < extra) {
        std::string phrase = words[pick(random)] + " " + words[pick(random)];
        if (random() % 3 == 0) {
            phrase += " " + words[pick(random)];
        }
        if (made.insert(phrase).second) {
            claims[made.size() % claims.size()]->lay_phrases.push_back(phrase);
        }
    }
    return data;
}

void compile_phrases(benchmark::State& state) {
    const auto extra = static_cast<std::size_t>(state.range(0));
    const auto data = extra == 0 ? bench::scaled_dataset(1) : with_synthetic_phrases(extra);
    std::size_t phrases = 0;
    for (auto _ : state) {
        const massage_evidence::claim_checker checker(data);
        phrases = checker.phrase_count();
        benchmark::DoNotOptimize(phrases);
    }
    state.counters["phrases"] = static_cast<double>(phrases);
}
BENCHMARK(compile_phrases)->Arg(0)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
