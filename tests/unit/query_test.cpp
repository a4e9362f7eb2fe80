#include "massage_evidence/load.hpp"
#include "massage_evidence/query.hpp"
#include "support/browse_data.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

using namespace massage_evidence;

namespace {
std::vector<std::string> ids(const std::vector<const claim*>& claims) {
    std::vector<std::string> out;
    for (const auto* c : claims) {
        out.push_back(c->id);
    }
    return out;
}
const dataset& small() {
    static const dataset data =
        load_dataset_file(test_support::fixture("fixtures/valid/small.json"));
    return data;
}
} // namespace

TEST_CASE("mechanisms are ordered by category, then most certain first", "[query]") {
    CHECK(ids(select_claims(small(), claim_kind::mechanism, {})) ==
          std::vector<std::string>{"pressure-gate", "warmth", "mood"});
}

TEST_CASE("filters select by level, verdict and category", "[query]") {
    claim_filter filter;
    SECTION("at or above a level") {
        filter.min_level = certainty::low;
        CHECK(ids(select_claims(small(), claim_kind::mechanism, filter)) ==
              std::vector<std::string>{"pressure-gate", "mood"});
    }
    SECTION("exactly a level") {
        filter.level = certainty::very_low;
        CHECK(ids(select_claims(small(), claim_kind::mechanism, filter)) ==
              std::vector<std::string>{"warmth"});
    }
    SECTION("a verdict") {
        filter.verdict = verdict::supported;
        CHECK(ids(select_claims(small(), claim_kind::mechanism, filter)) ==
              std::vector<std::string>{"mood"});
    }
    SECTION("a category") {
        filter.category = category::neurological;
        CHECK(ids(select_claims(small(), claim_kind::mechanism, filter)) ==
              std::vector<std::string>{"pressure-gate"});
    }
    SECTION("a condition") {
        filter.condition = condition::hip_osteoarthritis;
        CHECK(ids(select_claims(small(), claim_kind::condition, filter)) ==
              std::vector<std::string>{"hip-none"});
    }
    SECTION("nothing") {
        filter.min_level = certainty::high;
        CHECK(select_claims(small(), claim_kind::mechanism, filter).empty());
    }
}

TEST_CASE("a filter describes itself as the flags a user would type", "[query]") {
    claim_filter filter;
    CHECK(filter.empty());
    filter.min_level = certainty::very_low;
    filter.category = category::neurological;
    CHECK(filter.describe() == "--min-level very-low --category neurological");
}

TEST_CASE("cited sources come once each, in order of first citation", "[query]") {
    const auto claims = select_claims(small(), claim_kind::mechanism, {});
    const auto sources = cited_sources(small(), claims);
    REQUIRE(sources.size() == 2);
    CHECK(sources[0]->id == "review-b");
    CHECK(sources[1]->id == "trial-a");
}

namespace {
const dataset& browse() {
    return test_support::browse_dataset();
}
std::vector<std::string> source_ids_of(const std::vector<const source*>& sources) {
    std::vector<std::string> out;
    for (const auto* s : sources) {
        out.push_back(s->id);
    }
    return out;
}
} // namespace

TEST_CASE("claims of every kind come mechanisms first, then effects, then practices", "[query]") {
    CHECK(ids(select_any_claims(browse(), {})) ==
          std::vector<std::string>{"tension-cycle", "blood-flow", "calm-mood", "back-chronic",
                                   "neck-sham", "hour-sessions", "firm-pressure"});
    claim_selection practices;
    practices.kind = claim_kind::practice;
    CHECK(ids(select_any_claims(browse(), practices)) ==
          std::vector<std::string>{"hour-sessions", "firm-pressure"});
}

TEST_CASE("a condition selects its effects and the mechanisms said to explain it", "[query]") {
    claim_selection selection;
    selection.condition = condition::low_back_pain;
    CHECK(ids(select_any_claims(browse(), selection)) ==
          std::vector<std::string>{"blood-flow", "calm-mood", "back-chronic"});
    selection.kind = claim_kind::mechanism;
    CHECK(ids(select_any_claims(browse(), selection)) ==
          std::vector<std::string>{"blood-flow", "calm-mood"});
}

TEST_CASE("a mechanism selects itself, the chains citing it and what it is said to explain",
          "[query]") {
    claim_selection selection;
    selection.mechanism = "blood-flow";
    CHECK(ids(select_any_claims(browse(), selection)) ==
          std::vector<std::string>{"tension-cycle", "blood-flow", "back-chronic"});
    selection.mechanism = "no-such-mechanism";
    CHECK(select_any_claims(browse(), selection).empty());
    selection.mechanism = "back-chronic"; // not a mechanism
    CHECK(select_any_claims(browse(), selection).empty());
}

TEST_CASE("the claim selection combines levels, verdicts and words", "[query]") {
    claim_selection selection;
    selection.filter.min_level = certainty::moderate;
    CHECK(ids(select_any_claims(browse(), selection)) ==
          std::vector<std::string>{"calm-mood", "back-chronic"});
    selection.filter = {};
    selection.filter.verdict = verdict::not_supported;
    selection.text = "sham";
    CHECK(ids(select_any_claims(browse(), selection)) == std::vector<std::string>{"neck-sham"});
}

TEST_CASE("sources filter by type, year and citing claim", "[query]") {
    CHECK(select_sources(browse(), {}).size() == browse().sources.size());
    source_filter filter;
    filter.type = source_type::guideline;
    CHECK(source_ids_of(select_sources(browse(), filter)) ==
          std::vector<std::string>{"guideline-acp", "misc-guideline"});
    filter = {};
    filter.since = 2011;
    // Sources without a year are left out, not guessed.
    CHECK(
        source_ids_of(select_sources(browse(), filter)) ==
        std::vector<std::string>{"trial-back", "guideline-acp", "report-agency", "latex-special"});
    filter = {};
    filter.cited_by = "firm-pressure";
    CHECK(source_ids_of(select_sources(browse(), filter)) ==
          std::vector<std::string>{"misc-guideline", "report-agency", "latex-special"});
    filter.type = source_type::narrative_review;
    CHECK(source_ids_of(select_sources(browse(), filter)) ==
          std::vector<std::string>{"latex-special"});
    filter = {};
    filter.cited_by = "nothing";
    CHECK(select_sources(browse(), filter).empty());
}

TEST_CASE("the claims citing a source come with how they cite it", "[query]") {
    const auto citing = claims_citing(browse(), "trial-back");
    REQUIRE(citing.size() == 2);
    CHECK(citing[0].by->id == "back-chronic");
    CHECK(citing[0].reference->direction == direction::supports);
    CHECK(citing[1].by->id == "hour-sessions");
    CHECK(claims_citing(browse(), "nothing").empty());
    CHECK(claim_ids(browse(), claim_kind::mechanism) ==
          std::vector<std::string>{"blood-flow", "tension-cycle", "calm-mood"});
    CHECK(source_ids(browse()).size() == 9);
}
