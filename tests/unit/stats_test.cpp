#include "massage_evidence/load.hpp"
#include "massage_evidence/stats.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "support/browse_data.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace massage_evidence;

namespace {

const dataset& browse() {
    return test_support::browse_dataset();
}

template <class Enum>
std::size_t at(Enum value) {
    return static_cast<std::size_t>(value);
}

} // namespace

TEST_CASE("stats count claims by verdict and certainty, kind and category", "[stats]") {
    const auto counts = count_dataset(browse(), std::nullopt);
    CHECK(counts.claims == 7);
    CHECK(counts.sources == 9);
    const auto& m = counts.verdict_by_certainty;
    CHECK(m[at(verdict::contradicted)][at(certainty::low)] == 1);
    CHECK(m[at(verdict::not_supported)][at(certainty::very_low)] == 1);
    CHECK(m[at(verdict::not_supported)][at(certainty::low)] == 1);
    CHECK(m[at(verdict::supported)][at(certainty::moderate)] == 2);
    CHECK(m[at(verdict::supported)][at(certainty::low)] == 1);
    CHECK(m[at(verdict::mixed)][at(certainty::very_low)] == 1);
    std::size_t total = 0;
    for (const auto& row : m) {
        for (const auto n : row) {
            total += n;
        }
    }
    CHECK(total == counts.claims);
    CHECK(counts.by_kind == std::array<std::size_t, 3>{3, 2, 2});
    CHECK(counts.by_category[at(category::physiological)] == 1);
    CHECK(counts.by_category[at(category::biomechanical)] == 1);
    CHECK(counts.sources_by_type[at(source_type::systematic_review)] == 2);
    CHECK(counts.sources_by_type[at(source_type::guideline)] == 2);
}

TEST_CASE("stats for one kind count only its claims", "[stats]") {
    const auto counts = count_dataset(browse(), claim_kind::practice);
    CHECK(counts.claims == 2);
    CHECK(counts.by_kind == std::array<std::size_t, 3>{0, 0, 2});
    CHECK(counts.by_category == std::array<std::size_t, 4>{});
    CHECK(counts.sources == 9); // sources are not claims
}

TEST_CASE("stats JSON has every key, zeros included", "[stats][json]") {
    const auto counts = count_dataset(browse(), std::nullopt);
    std::string out;
    render_stats_json(browse().info, counts, out);
    const auto doc = nlohmann::json::parse(out);
    CHECK(doc.at("dataset").at("name") == "test-browse");
    CHECK(doc.at("dataset").at("version") == "2.4.0");
    CHECK(doc.at("dataset").at("review_date") == "2026-03-01");
    CHECK(doc.at("claims") == 7);
    CHECK(doc.at("sources") == 9);
    for (const auto& v : vocabulary<verdict>::entries) {
        for (const auto& level : vocabulary<certainty>::entries) {
            CHECK(doc.at("verdict_by_certainty")
                      .at(std::string(v.token))
                      .at(std::string(level.token)) ==
                  counts.verdict_by_certainty[at(v.value)][at(level.value)]);
        }
    }
    for (const auto& k : vocabulary<claim_kind>::entries) {
        CHECK(doc.at("kinds").at(std::string(k.token)) == counts.by_kind[at(k.value)]);
    }
    for (const auto& c : vocabulary<category>::entries) {
        CHECK(doc.at("categories").at(std::string(c.token)) == counts.by_category[at(c.value)]);
    }
    for (const auto& t : vocabulary<source_type>::entries) {
        CHECK(doc.at("source_types").at(std::string(t.token)) ==
              counts.sources_by_type[at(t.value)]);
    }
}

TEST_CASE("stats CSV is one count per row", "[stats][csv]") {
    const auto rows = stats_listing(count_dataset(browse(), std::nullopt));
    CHECK(rows.rows.size() == 5 * 4 + 3 + 4 + 11);
    std::size_t matrix_total = 0;
    for (const auto& row : rows.rows) {
        if (row[0].text == "verdict_by_certainty") {
            matrix_total += std::stoul(row[3].text);
        }
    }
    CHECK(matrix_total == 7);
}
