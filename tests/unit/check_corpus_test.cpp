// The quality of `check` measured: the corpus in tests/fixtures/check-corpus holds realistic lay
// texts (a spa brochure, a runner's blog, clinic handouts, myth-busting pages, forum posts) and
// texts on other topics that share their words (traffic circulation, sailing knots, a kale
// recipe), each with the claims a careful reader finds in it. Precision and recall over
// (file, claim, negated) triples are printed and must both reach 0.9.

#include "massage_evidence/check.hpp"
#include "massage_evidence/load.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>

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

} // namespace

TEST_CASE("check finds the corpus's claims with precision and recall of at least 0.9",
          "[check][corpus]") {
    const auto data = load_embedded_dataset();
    const claim_checker checker(data);
    const auto dir = test_support::fixture("fixtures/check-corpus/");
    std::ifstream manifest(dir + "expected.tsv");
    REQUIRE(manifest);

    std::size_t files = 0;
    std::size_t true_positives = 0;
    std::size_t false_positives = 0;
    std::size_t false_negatives = 0;
    std::string misses;
    for (std::string line; std::getline(manifest, line);) {
        if (line.empty() || line[0] == '#' || line.rfind("file\t", 0) == 0) {
            continue;
        }
        std::istringstream fields(line);
        std::string file;
        std::string claims;
        std::string negated;
        REQUIRE(std::getline(fields, file, '\t'));
        REQUIRE(std::getline(fields, claims, '\t'));
        REQUIRE(std::getline(fields, negated, '\t'));
        auto expected = parse_ids(claims, false);
        expected.merge(parse_ids(negated, true));

        const auto result = checker.check(file, test_support::slurp(dir + file));
        std::set<triple> found;
        for (const auto& f : result.findings) {
            found.insert({f.subject->id, f.negated});
        }
        ++files;
        for (const auto& t : found) {
            if (expected.count(t) != 0) {
                ++true_positives;
            } else {
                ++false_positives;
                misses +=
                    fmt::format("  {}: unexpected {}{}\n", file, t.second ? "!" : "", t.first);
            }
        }
        for (const auto& t : expected) {
            if (found.count(t) == 0) {
                ++false_negatives;
                misses += fmt::format("  {}: missed {}{}\n", file, t.second ? "!" : "", t.first);
            }
        }
    }
    REQUIRE(files >= 12);
    const auto ratio = [](std::size_t part, std::size_t whole) {
        return whole == 0 ? 1.0 : static_cast<double>(part) / static_cast<double>(whole);
    };
    const double precision = ratio(true_positives, true_positives + false_positives);
    const double recall = ratio(true_positives, true_positives + false_negatives);
    WARN(fmt::format("check corpus: {} texts, precision {:.3f}, recall {:.3f} ({} found, {} "
                     "unexpected, {} missed)\n{}",
                     files, precision, recall, true_positives, false_positives, false_negatives,
                     misses));
    CHECK(precision >= 0.9);
    CHECK(recall >= 0.9);
}
