// A claim_checker keeps its sentence readers from one check to the next (src/check/
// reader_pool.hpp), so that many short texts do not each pay for new ones. These tests hold it
// to what that must not change: a text's findings never depend on what the checker read before,
// on other threads checking at the same time, or on an earlier check that threw.

#include "massage_evidence/check.hpp"
#include "massage_evidence/load.hpp"
#include "support/check_compare.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace massage_evidence;

namespace {

const dataset& shipped_data() {
    static const dataset data = load_embedded_dataset();
    return data;
}

// Texts that stop with something under way (a list, a subordinate clause, an unanswered
// question, a negation, a heading, a bad byte), followed by texts that would read differently if
// any of it were carried into them.
const std::vector<std::string>& unfinished_texts() {
    static const std::vector<std::string> texts{
        "Massage for sore muscles reduces stress, anxiety and",
        "Massage for sore muscles reduces stress,",
        "If massage flushes out toxins,",
        "Does massage boost circulation?",
        "Massage does not",
        "# Massage myths",
        "Sore muscles and massage \xFF",
        "Massage boosts",
    };
    return texts;
}

const std::vector<std::string>& following_texts() {
    static const std::vector<std::string> texts{
        "inflammation and back pain.",
        "back pain, in my experience.",
        "No.",
        "flush out toxins, they say. Massage relieves back pain.",
        "Massage boosts circulation in sore muscles.",
        "circulation in sore muscles.",
        "Does massage flush out toxins\n- No.",
        "Can massage for sore muscles boost circulation",
    };
    return texts;
}

// What a checker that has read nothing finds in `text`.
text_check fresh_check(const std::string& text, const scan_options& options = {1, 0}) {
    const claim_checker checker(shipped_data());
    return checker.check("t", text, options);
}

} // namespace

TEST_CASE("a text left unfinished changes nothing in the next text a checker reads",
          "[check][reuse]") {
    // One thread, so the one reader of the first text is the one that reads the second.
    for (const auto& before : unfinished_texts()) {
        for (const auto& after : following_texts()) {
            CAPTURE(before, after);
            const claim_checker checker(shipped_data());
            const auto first = checker.check("before", before, {1, 0});
            test_support::require_same_check(first, fresh_check(before));
            test_support::require_same_check(checker.check("after", after, {1, 0}),
                                             fresh_check(after));
        }
    }
    // Read together, the same words are found claims, so reading them apart is what differs.
    const auto joined =
        fresh_check(std::string(unfinished_texts()[0]) + " " + following_texts()[0]);
    CHECK(joined.findings.size() > fresh_check(unfinished_texts()[0]).findings.size() +
                                       fresh_check(following_texts()[0]).findings.size());
}

TEST_CASE("one checker reading the corpus in any order finds in each text what it finds alone",
          "[check][reuse]") {
    auto texts = test_support::check_corpus_texts();
    REQUIRE(texts.size() > 20);
    std::vector<text_check> alone;
    alone.reserve(texts.size());
    for (const auto& text : texts) {
        alone.push_back(fresh_check(text));
    }
    for (const auto options : {scan_options{1, 0}, scan_options{2, 64}, scan_options{3, 1}}) {
        CAPTURE(options.threads, options.piece_bytes);
        const claim_checker checker(shipped_data());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            CAPTURE(i);
            test_support::require_same_check(checker.check("t", texts[i], options), alone[i]);
        }
        for (std::size_t i = texts.size(); i-- > 0;) {
            CAPTURE(i);
            test_support::require_same_check(checker.check("t", texts[i], options), alone[i]);
        }
    }
}

TEST_CASE("one checker checks texts on several threads at once as it does one at a time",
          "[check][reuse]") {
    const auto texts = test_support::check_corpus_texts();
    std::vector<text_check> alone;
    alone.reserve(texts.size());
    for (const auto& text : texts) {
        alone.push_back(fresh_check(text));
    }
    const claim_checker checker(shipped_data());
    constexpr unsigned callers = 4;
    // Each caller's findings, by round and text; compared on this thread, as Catch2's assertions
    // are not for other threads.
    std::vector<std::vector<text_check>> found(callers);
    {
        std::vector<std::jthread> threads;
        for (unsigned caller = 0; caller < callers; ++caller) {
            threads.emplace_back([&, caller] {
                for (int round = 0; round < 3; ++round) {
                    for (std::size_t i = 0; i < texts.size(); ++i) {
                        // Callers start at different texts and some read on helpers too, so
                        // readers change hands between callers all the time.
                        const auto at = (i + caller * 7) % texts.size();
                        found[caller].push_back(
                            checker.check("t", texts[at], {caller % 2 + 1, 256}));
                    }
                }
            });
        }
    }
    for (unsigned caller = 0; caller < callers; ++caller) {
        CAPTURE(caller);
        REQUIRE(found[caller].size() == 3 * texts.size());
        for (std::size_t n = 0; n < found[caller].size(); ++n) {
            const auto at = (n % texts.size() + caller * 7) % texts.size();
            CAPTURE(n, at);
            test_support::require_same_check(found[caller][n], alone[at]);
        }
    }
}

TEST_CASE("a checker whose visitor threw finds the same as before in the next text",
          "[check][reuse]") {
    std::string text;
    for (int i = 0; i < 200; ++i) {
        text += "Massage boosts circulation in sore muscles, reduces stress and flushes out\n\n";
    }
    const auto expected = fresh_check(text);
    REQUIRE(expected.findings.size() > 200);
    for (const unsigned threads : {1U, 2U}) {
        CAPTURE(threads);
        const claim_checker checker(shipped_data());
        std::size_t seen = 0;
        CHECK_THROWS_AS(checker.scan(text,
                                     [&seen](const check_finding&) {
                                         if (++seen == 5) {
                                             throw std::length_error("no room for more findings");
                                         }
                                     },
                                     {threads, 64}),
                        std::length_error);
        test_support::require_same_check(checker.check("t", text, {threads, 64}), expected);
    }
}
