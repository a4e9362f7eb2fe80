// A long text is checked in pieces cut at blank lines, read on several threads and settled in
// order (src/check/piece_pipeline.hpp). These tests hold that to its promise: the findings never
// depend on where the text is cut or how many threads read it.

#include "check/piece_pipeline.hpp"
#include "check/thread_placement.hpp"
#include "check/tokenizer.hpp"
#include "massage_evidence/check.hpp"
#include "massage_evidence/load.hpp"
#include "support/check_compare.hpp"

#include <catch2/catch.hpp>

#if defined(__linux__) && defined(__GLIBC__)
#include <sched.h>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

using namespace massage_evidence;

namespace {

// Texts whose blank lines sit next to what a tokenizer or the checker carries from line to line.
const std::vector<std::string>& edge_texts() {
    static const std::vector<std::string> texts{
        "\xEF\xBB\xBF# Massage myths\n\nDoes massage flush out toxins? No.\n\nMassage boosts "
        "circulation in sore muscles.\n",
        "Massage helps, e.g.\n\n. It boosts circulation in sore muscles.\n\nDr.\n\nSmith says "
        "massage flushes out toxins.",
        "Massage boosts circulation.\r\n\r\nSore muscles.\n\n\n\nIt flushes out toxins, they "
        "say.\n\n",
        "Massage:\n\n- boosts circulation\n- flushes out toxins\n\nSore muscles \xFF\xFE\n\nIt "
        "relieves back pain.\n\n---\n\nThat is a myth.",
        "## Does massage release endorphins?\n\nNo.\n\nMassage reduces anxiety and back "
        "pain.\n\nThis is not true.\n\nLactic acid.\n\nMassage flushes lactic acid",
        "Our massage flushes out toxins and boosts circulation.\n\nBook today.\n\n",
        "# Massage myths\n\n<!-- a note\n\nthat runs on.\n\n-->\nDoes it flush out toxins? "
        "<!-- x\n\n-->No.\n\n<!-- massage-evidence-disable-next-line -->\nMassage boosts "
        "circulation in sore muscles.\n\n<!-- massage-evidence-disable -->\n\nIt eases back "
        "pain.\n\n<!-- massage-evidence-enable -->\n\nIt reduces anxiety.\n<!-- never closed\n\n"
        "Massage flushes lactic acid.\n",
        // A piece that starts with a comment over lines, text after it: lines still add up.
        "Massage boosts circulation.\n\n<!-- a\nb -->It eases back pain.\n\nIt flushes out "
        "toxins from sore muscles.\n",
        // Code blocks with empty lines in them, right after a paragraph, right before one, one
        // in a comment, a comment in one, and one that never closes.
        "Massage myths:\n```\nmassage flushes out toxins\n\nno\n```\nIt boosts circulation "
        "in sore muscles.\n\n~~~~\n<!-- massage-evidence-disable\n\n~~~~\n\nIt eases back "
        "pain.\n\n<!-- ```\n\n-->Massage flushes lactic acid.\n\n```\nIt reduces anxiety."
        "\n\nMassage boosts circulation.\n",
        // Inline code over a line break, backticks an empty line leaves open, and after a stop.
        "Massage `boosts\ncirculation` in sore muscles.\n\n`a\n\nb` It eases back pain.\n\n"
        "```x``` It flushes out toxins.`\n\n` Massage reduces anxiety.\n",
    };
    return texts;
}

const claim_checker& shipped_checker() {
    static const dataset data = load_embedded_dataset();
    static const claim_checker checker(data);
    return checker;
}

// Every event of a tokenizer, with lines shifted by `line_offset`.
std::vector<detail::text_event> events_of(detail::text_tokenizer tokens, std::size_t line_offset,
                                          std::vector<std::string>& words) {
    std::vector<detail::text_event> events;
    for (;;) {
        auto event = tokens.next();
        event.line += line_offset;
        if (event.kind == detail::text_event_kind::word) {
            words.emplace_back(event.folded);
        }
        event.folded = {};
        events.push_back(event);
        if (event.kind == detail::text_event_kind::end_of_text) {
            return events;
        }
    }
}

auto fields(const detail::text_event& e) {
    return std::tuple(e.kind, e.block, e.level, e.begin, e.end, e.line, e.column, e.key.low,
                      e.key.high);
}

// `check` with `options` finds exactly what it finds reading the whole text on one thread.
void require_same_as_whole(const std::string& text, const scan_options& options) {
    const auto whole = shipped_checker().check("t", text, {1, 0});
    test_support::require_same_check(shipped_checker().check("t", text, options), whole);
    const auto outcome = shipped_checker().scan(
        text, [](const check_finding&) {}, options);
    CHECK(outcome.findings == whole.findings.size());
    CHECK(outcome.invalid_utf8 == whole.invalid_utf8);
}

} // namespace

TEST_CASE("texts are cut after empty lines, into pieces that cover them", "[check][pieces]") {
    using detail::split_at_blank_lines;
    const auto bounds = [](std::string_view text, std::size_t size) {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        for (const auto& p : split_at_blank_lines(text, size)) {
            out.emplace_back(p.begin, p.end);
        }
        return out;
    };
    using spans = std::vector<std::pair<std::size_t, std::size_t>>;
    CHECK(bounds("a\n\nb\n\nc", 1) == spans{{0, 3}, {3, 6}, {6, 7}});
    CHECK(bounds("a\n\nb\n\nc", 4) == spans{{0, 6}, {6, 7}});
    CHECK(bounds("a\n\nb\n\nc", 0) == spans{{0, 7}});   // 0: never cut
    CHECK(bounds("a\n\nb\n\nc", 100) == spans{{0, 7}}); // shorter than a piece
    CHECK(bounds("a\nb\r\n\r\nc", 1) == spans{{0, 8}}); // no "\n\n": nowhere to cut
    CHECK(bounds("a\n\n", 1) == spans{{0, 3}});         // nothing after the empty line
    CHECK(bounds("", 1) == spans{{0, 0}});
    // Never inside a comment, where a blank line ends nothing.
    CHECK(bounds("a\n\n<!-- b\n\nc -->\n\nd\n\ne", 1) ==
          spans{{0, 3}, {3, 18}, {18, 21}, {21, 22}});
    CHECK(bounds("a <!-- b\n\nc", 1) == spans{{0, 11}});        // a comment that never closes
    CHECK(bounds("a <!-->\n\nc", 1) == spans{{0, 9}, {9, 10}}); // "<!-->" closes at once
    // Nor inside a code block; but before its fence, and on the empty line after it.
    CHECK(bounds("a\n\n```\nb\n\nc\n```\n\nd", 1) == spans{{0, 3}, {3, 17}, {17, 18}});
    CHECK(bounds("a\n\n~~~\nb\n\nc", 1) == spans{{0, 3}, {3, 11}}); // never closed
    // A comment's blank line after a fence in it, and a code block's after a "<!--" in it.
    CHECK(bounds("<!--\n```\n\n-->\n\na", 1) == spans{{0, 15}, {15, 16}});
    CHECK(bounds("```\n<!--\n\n```\n\na", 1) == spans{{0, 15}, {15, 16}});
    for (const auto& text : test_support::check_corpus_texts()) {
        const auto pieces = split_at_blank_lines(text, 64);
        REQUIRE_FALSE(pieces.empty());
        CHECK(pieces.front().begin == 0);
        CHECK(pieces.back().end == text.size());
        for (std::size_t i = 1; i < pieces.size(); ++i) {
            CHECK(pieces[i].begin == pieces[i - 1].end);
            CHECK(text.substr(pieces[i].begin - 2, 2) == "\n\n");
        }
    }
}

TEST_CASE("a tokenizer started after an empty line reads what one from the top reads",
          "[check][pieces]") {
    auto texts = test_support::check_corpus_texts();
    texts.insert(texts.end(), edge_texts().begin(), edge_texts().end());
    std::size_t compared = 0;
    for (const auto& text : texts) {
        std::vector<std::string> all_words;
        const auto all = events_of(detail::text_tokenizer(text), 0, all_words);
        // Every place a text may be cut: after each empty line outside a comment.
        const auto cuts = detail::split_at_blank_lines(text, 1);
        for (std::size_t piece = 1; piece < cuts.size(); ++piece) {
            const auto start = cuts[piece].begin;
            CAPTURE(text, start);
            const auto lines_before =
                static_cast<std::size_t>(std::count(text.begin(), text.begin() + start, '\n'));
            std::vector<std::string> words;
            const auto tail = events_of(detail::text_tokenizer(text, start), lines_before, words);
            const auto first = std::find_if(all.begin(), all.end(),
                                            [&](const auto& e) { return e.begin >= start; });
            REQUIRE(static_cast<std::size_t>(all.end() - first) == tail.size());
            for (std::size_t i = 0; i < tail.size(); ++i) {
                CHECK(fields(first[static_cast<std::ptrdiff_t>(i)]) == fields(tail[i]));
            }
            CHECK(std::equal(words.rbegin(), words.rend(), all_words.rbegin()));
            ++compared;
        }
    }
    CHECK(compared > 100);
}

TEST_CASE("check finds the same however a text is cut and however many threads read it",
          "[check][pieces]") {
    auto texts = test_support::check_corpus_texts();
    texts.insert(texts.end(), edge_texts().begin(), edge_texts().end());
    for (const auto& text : texts) {
        CAPTURE(text);
        for (const auto options : {scan_options{1, 1}, scan_options{2, 1}, scan_options{3, 40},
                                   scan_options{2, 300}, scan_options{0, 1}}) {
            CAPTURE(options.threads, options.piece_bytes);
            require_same_as_whole(text, options);
        }
    }
}

TEST_CASE("a long text read in many pieces on several threads keeps every finding in order",
          "[check][pieces]") {
    // Far more pieces than slots, so slots are reused while threads read ahead.
    std::string text;
    const auto texts = test_support::check_corpus_texts();
    for (int round = 0; round < 3; ++round) {
        for (const auto& t : texts) {
            text += t;
            text += "\n\n";
        }
    }
    REQUIRE(detail::split_at_blank_lines(text, 256).size() > 100);
    const auto whole = shipped_checker().check("t", text, {1, 0});
    CHECK(whole.findings.size() > 300);
    for (const auto options : {scan_options{2, 256}, scan_options{4, 64}, scan_options{2, 1}}) {
        CAPTURE(options.threads, options.piece_bytes);
        require_same_as_whole(text, options);
    }
}

TEST_CASE("pieces are settled in order, on the calling thread, whichever thread read them",
          "[check][pieces]") {
    constexpr std::size_t pieces = 200;
    for (const unsigned threads : {1U, 2U, 3U, 8U}) {
        for (const std::size_t slots : {1U, 2U, 6U}) {
            CAPTURE(threads, slots);
            std::vector<std::size_t> in_slot(slots);
            std::vector<std::size_t> settled;
            std::atomic<unsigned> highest_reader{0};
            const auto caller = std::this_thread::get_id();
            bool settled_elsewhere = false;
            detail::run_pieces(
                pieces, threads, slots,
                [&](std::size_t piece, std::size_t slot, unsigned reader) {
                    in_slot[slot] = piece;
                    unsigned seen = highest_reader.load();
                    while (reader > seen && !highest_reader.compare_exchange_weak(seen, reader)) {
                    }
                },
                [&](std::size_t slot) {
                    settled.push_back(in_slot[slot]);
                    settled_elsewhere = settled_elsewhere || std::this_thread::get_id() != caller;
                });
            REQUIRE(settled.size() == pieces);
            for (std::size_t i = 0; i < pieces; ++i) {
                CHECK(settled[i] == i);
            }
            CHECK_FALSE(settled_elsewhere);
            CHECK(highest_reader.load() < threads);
        }
    }
}

#if defined(__linux__) && defined(__GLIBC__)
TEST_CASE("reading threads are started elsewhere but may then run on any allowed processor",
          "[check][pieces]") {
    // thread_placement moves each helper off the caller's processor before it first runs; the
    // helper must then widen its own affinity again, and the caller's must never change.
    const auto affinity = [] {
        cpu_set_t set;
        CPU_ZERO(&set);
        REQUIRE(sched_getaffinity(0, sizeof set, &set) == 0);
        return set;
    };
    const cpu_set_t before = affinity();
    std::mutex seen_lock;
    std::vector<cpu_set_t> helper_sets;
    detail::run_pieces(
        24, 3, 6,
        [&](std::size_t, std::size_t, unsigned reader) {
            if (reader == 0) {
                // A slow caller, so that the helpers read pieces too.
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                return;
            }
            const auto set = affinity();
            const std::lock_guard hold(seen_lock);
            helper_sets.push_back(set);
        },
        [](std::size_t) {});
    const cpu_set_t after = affinity();
    CHECK(CPU_EQUAL(&before, &after));
    CHECK_FALSE(helper_sets.empty());
    for (const auto& set : helper_sets) {
        CHECK(CPU_EQUAL(&set, &before));
    }
}

TEST_CASE("the default number of threads follows the processors the process may use",
          "[check][pieces]") {
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    REQUIRE(sched_getaffinity(0, sizeof allowed, &allowed) == 0);
    CHECK(detail::usable_processors() == static_cast<unsigned>(CPU_COUNT(&allowed)));

    // As under `taskset -c N`: one processor allowed, so one thread.
    cpu_set_t one;
    CPU_ZERO(&one);
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &allowed)) {
            CPU_SET(cpu, &one);
            break;
        }
    }
    REQUIRE(sched_setaffinity(0, sizeof one, &one) == 0);
    const auto narrowed = detail::usable_processors();
    REQUIRE(sched_setaffinity(0, sizeof allowed, &allowed) == 0);
    CHECK(narrowed == 1);
}
#endif

TEST_CASE("what reading or settling a piece throws reaches the caller, and the threads stop",
          "[check][pieces]") {
    for (const unsigned threads : {1U, 2U, 4U}) {
        CAPTURE(threads);
        std::atomic<std::size_t> read{0};
        CHECK_THROWS_WITH(detail::run_pieces(
                              1000, threads, 4,
                              [&](std::size_t piece, std::size_t, unsigned) {
                                  ++read;
                                  if (piece == 37) {
                                      throw std::runtime_error("piece 37 is unreadable");
                                  }
                              },
                              [](std::size_t) {}),
                          "piece 37 is unreadable");
        // Reading stopped soon after: a slot each for the pieces after the failing one at most.
        CHECK(read.load() <= 37 + 1 + 4);

        std::size_t settled = 0;
        CHECK_THROWS_WITH(detail::run_pieces(
                              1000, threads, 4, [](std::size_t, std::size_t, unsigned) {},
                              [&](std::size_t) {
                                  if (++settled == 5) {
                                      throw std::runtime_error("out of space");
                                  }
                              }),
                          "out of space");
        CHECK(settled == 5);
    }
}

TEST_CASE("a finding visitor that throws stops a check read on several threads",
          "[check][pieces]") {
    std::string text;
    for (int i = 0; i < 400; ++i) {
        text += "Massage boosts circulation in sore muscles.\n\n";
    }
    std::size_t seen = 0;
    CHECK_THROWS_AS(shipped_checker().scan(text,
                                           [&seen](const check_finding&) {
                                               if (++seen == 3) {
                                                   throw std::length_error(
                                                       "no room for more findings");
                                               }
                                           },
                                           {2, 64}),
                    std::length_error);
    CHECK(seen == 3);
}
