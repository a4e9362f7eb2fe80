#include "massage_evidence/suggest.hpp"

#include <catch2/catch.hpp>

using namespace massage_evidence;

namespace {
const std::vector<std::string> ids{"circulation",   "waste-removal", "gate-control",
                                   "lbp-long-term", "lbp-acute",     "postop-opioid-use",
                                   "shoemaker1997", "hinds2004"};
}

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps", "[suggest]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("circulation", "circulation") == 0);
    CHECK(edit_distance("circulaton", "circulation") == 1);  // deletion
    CHECK(edit_distance("circulatoin", "circulation") == 1); // swap of neighbours
    CHECK(edit_distance("sirculation", "circulation") == 1); // substitution
    CHECK(edit_distance("Circulation", "circulation") == 0); // case does not count
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest matches suggest near misses first", "[suggest]") {
    CHECK(closest_matches("circulaton", ids) == std::vector<std::string>{"circulation"});
    CHECK(closest_matches("gate-contorl", ids) == std::vector<std::string>{"gate-control"});
    CHECK(closest_matches("shoemaker1979", ids) == std::vector<std::string>{"shoemaker1997"});
}

TEST_CASE("a fragment of an id suggests the ids containing it", "[suggest]") {
    CHECK(closest_matches("opioid", ids) == std::vector<std::string>{"postop-opioid-use"});
    // The shorter id is the closer one.
    CHECK(closest_matches("lbp", ids) == std::vector<std::string>{"lbp-acute", "lbp-long-term"});
    // Too short to mean anything: no containment matches for two letters.
    CHECK(closest_matches("ab", ids).empty());
}

TEST_CASE("nothing close gives no suggestion, and the list is bounded", "[suggest]") {
    CHECK(closest_matches("zzzzzzzz", ids).empty());
    CHECK(closest_matches("l", {"a", "b", "c", "d", "e"}, 3).size() == 3);
}

TEST_CASE("did you mean lists suggestions in plain English", "[suggest]") {
    CHECK(did_you_mean({}).empty());
    CHECK(did_you_mean({"circulation"}) == "did you mean circulation?");
    CHECK(did_you_mean({"a", "b"}) == "did you mean a or b?");
    CHECK(did_you_mean({"a", "b", "c"}) == "did you mean a, b or c?");
}
