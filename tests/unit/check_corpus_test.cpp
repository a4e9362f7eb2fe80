// The quality of `check` measured: the corpus in tests/fixtures/check-corpus holds realistic lay
// texts (a spa brochure, a runner's blog, clinic handouts, myth-busting pages, forum posts) and
// texts on other topics that share their words (traffic circulation, sailing knots, a kale
// recipe), each with the claims a careful reader finds in it. Precision and recall over
// (file, claim, negated) triples are printed and must both reach 0.9.
//
// tests/fixtures/check-corpus-short holds a second, held-out set: one- to four-sentence texts
// (captions, taglines, reviews, texts), labelled before the checker first ran on them. A short
// text gives the checker little context and few wordings, so its recall is lower; its figures
// are printed, and floors just under them catch a change that makes short texts worse.

#include "massage_evidence/check.hpp"
#include "massage_evidence/load.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>
#include <tuple>
#include <vector>

using namespace massage_evidence;

namespace {

using triple = std::pair<std::string, bool>; // claim id, negated

std::set<triple> parse_ids(const std::string& field, bool negated) {
    std::set<triple> out;
    std::istringstream words(field);
    for (std::string id; words >> id;) {
        if (id != "-") {
            out.insert({id, negated});
        }
    }
    return out;
}

struct corpus_score {
    std::size_t files = 0;
    std::size_t true_positives = 0;
    std::size_t false_positives = 0;
    std::size_t false_negatives = 0;
    std::string misses; ///< one line per unexpected or missed triple

    [[nodiscard]] static double ratio(std::size_t part, std::size_t whole) {
        return whole == 0 ? 1.0 : static_cast<double>(part) / static_cast<double>(whole);
    }
    [[nodiscard]] double precision() const {
        return ratio(true_positives, true_positives + false_positives);
    }
    [[nodiscard]] double recall() const {
        return ratio(true_positives, true_positives + false_negatives);
    }
    [[nodiscard]] std::string report(std::string_view name) const {
        return fmt::format("{}: {} texts, precision {:.3f}, recall {:.3f} ({} found, {} "
                           "unexpected, {} missed)\n{}",
                           name, files, precision(), recall(), true_positives, false_positives,
                           false_negatives, misses);
    }
};

// The fields of each text listed in `directory`/expected.tsv: file, claims, negated claims.
std::vector<std::vector<std::string>> manifest_rows(const std::string& directory) {
    std::ifstream manifest(test_support::fixture(directory) + "expected.tsv");
    REQUIRE(manifest);
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(manifest, line);) {
        if (line.empty() || line[0] == '#' || line.rfind("file\t", 0) == 0) {
            continue;
        }
        std::istringstream fields(line);
        std::vector<std::string> row(3);
        for (auto& field : row) {
            REQUIRE(std::getline(fields, field, '\t'));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::string> corpus_files(const std::string& directory) {
    std::vector<std::string> files;
    for (const auto& row : manifest_rows(directory)) {
        files.push_back(row[0]);
    }
    return files;
}

// Checks every text listed in `directory`/expected.tsv against its expected claims.
corpus_score score_corpus(const claim_checker& checker, const std::string& directory) {
    const auto dir = test_support::fixture(directory);
    corpus_score score;
    for (const auto& row : manifest_rows(directory)) {
        const auto& file = row[0];
        auto expected = parse_ids(row[1], false);
        expected.merge(parse_ids(row[2], true));

        const auto result = checker.check(file, test_support::slurp(dir + file));
        std::set<triple> found;
        for (const auto& f : result.findings) {
            found.insert({f.subject->id, f.negated});
        }
        ++score.files;
        for (const auto& t : found) {
            if (expected.count(t) != 0) {
                ++score.true_positives;
            } else {
                ++score.false_positives;
                score.misses +=
                    fmt::format("  {}: unexpected {}{}\n", file, t.second ? "!" : "", t.first);
            }
        }
        for (const auto& t : expected) {
            if (found.count(t) == 0) {
                ++score.false_negatives;
                score.misses +=
                    fmt::format("  {}: missed {}{}\n", file, t.second ? "!" : "", t.first);
            }
        }
    }
    return score;
}

// Scores the texts of `directory` with the shipped dataset and prints the figures.
corpus_score score_with_shipped_data(const std::string& directory, std::string_view name) {
    const auto data = load_embedded_dataset();
    const claim_checker checker(data);
    auto score = score_corpus(checker, directory);
    WARN(score.report(name));
    return score;
}

} // namespace

TEST_CASE("check finds the corpus's claims with precision and recall of at least 0.9",
          "[check][corpus]") {
    const auto score = score_with_shipped_data("fixtures/check-corpus/", "check corpus");
    CHECK(score.files >= 25);
    CHECK(score.precision() >= 0.9);
    CHECK(score.recall() >= 0.9);
}

TEST_CASE("scan passes on exactly the findings check keeps, for every corpus text",
          "[check][corpus]") {
    const auto data = load_embedded_dataset();
    const claim_checker checker(data);
    std::size_t texts = 0;
    std::size_t findings = 0;
    for (const std::string directory : {"fixtures/check-corpus/", "fixtures/check-corpus-short/"}) {
        for (const auto& file : corpus_files(directory)) {
            CAPTURE(file);
            const auto text = test_support::slurp(test_support::fixture(directory) + file);
            const auto kept = checker.check(file, text);
            std::vector<check_finding> passed;
            const auto outcome =
                checker.scan(text, [&passed](const check_finding& f) { passed.push_back(f); });
            ++texts;
            findings += kept.findings.size();
            CHECK(outcome.findings == kept.findings.size());
            REQUIRE(passed.size() == kept.findings.size());
            for (std::size_t i = 0; i < passed.size(); ++i) {
                const auto& a = passed[i];
                const auto& b = kept.findings[i];
                CHECK(std::tie(a.subject, a.phrase, a.line, a.column, a.begin, a.end,
                               a.sentence_begin, a.sentence_end, a.paragraph, a.negated) ==
                      std::tie(b.subject, b.phrase, b.line, b.column, b.begin, b.end,
                               b.sentence_begin, b.sentence_end, b.paragraph, b.negated));
            }
        }
    }
    CHECK(texts >= 39);
    CHECK(findings > 100); // the comparison must have had something to compare
}

TEST_CASE("check keeps its precision on the short-text corpus, and its recall does not fall",
          "[check][corpus]") {
    const auto score = score_with_shipped_data("fixtures/check-corpus-short/", "check short texts");
    CHECK(score.files >= 14);
    CHECK(score.precision() >= 0.9);
    CHECK(score.recall() >= 0.55);
}
