#include "massage_evidence/load.hpp"
#include "massage_evidence/query.hpp"
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
