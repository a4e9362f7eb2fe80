#include "massage_evidence/load.hpp"
#include "massage_evidence/search.hpp"
#include "support/browse_data.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace massage_evidence;

namespace {

const dataset& browse() {
    return test_support::browse_dataset();
}

std::vector<std::string> hit_ids(const std::vector<search_hit>& hits) {
    std::vector<std::string> out;
    for (const auto& hit : hits) {
        out.push_back(hit.matched_claim ? hit.matched_claim->id : hit.matched_source->id);
    }
    return out;
}

} // namespace

TEST_CASE("a query is split into lower-case words, each once", "[search]") {
    CHECK(search_terms("Pain-Gate!  pain") == std::vector<std::string>{"pain", "gate"});
    CHECK(search_terms("pétrissage") == std::vector<std::string>{"pétrissage"});
    CHECK(search_terms(" -- ,, ").empty());
}

TEST_CASE("search is case-insensitive and needs every word", "[search]") {
    CHECK(hit_ids(search(browse(), "DOPPLER")) ==
          std::vector<std::string>{"blood-flow", "lab-flow"});
    // "doppler" occurs in blood-flow, "calm" does not: no hit has both.
    CHECK(search(browse(), "doppler calm").empty());
    CHECK(search(browse(), "").empty());
}

TEST_CASE("words match at the start of a word", "[search]") {
    // "anxi" starts "anxiety"; "xiety" starts no word.
    CHECK_FALSE(search(browse(), "anxi").empty());
    CHECK(search(browse(), "xiety").empty());
}

TEST_CASE("a claim's name outranks its evidence, which outranks a source title", "[search]") {
    CHECK(field_weight(search_field::name) > field_weight(search_field::evidence));
    CHECK(field_weight(search_field::claim) > field_weight(search_field::findings));
    CHECK(field_weight(search_field::evidence) > field_weight(search_field::title));
    // "flow" names blood-flow, is in tension-cycle's claim, and in lab-flow's title.
    const auto hits = search(browse(), "flow");
    CHECK(hit_ids(hits) == std::vector<std::string>{"blood-flow", "tension-cycle", "lab-flow"});
    CHECK(hits.front().best.field == search_field::name);
    for (std::size_t i = 1; i < hits.size(); ++i) {
        CHECK(hits[i - 1].score >= hits[i].score);
    }
}

TEST_CASE("the whole query as a phrase scores more than its words apart", "[search]") {
    const auto* c = browse().find_claim("blood-flow");
    REQUIRE(c != nullptr);
    const auto phrase = search(browse(), "blood flow");
    const auto reversed = search(browse(), "flow blood");
    REQUIRE_FALSE(phrase.empty());
    REQUIRE_FALSE(reversed.empty());
    CHECK(phrase.front().matched_claim == c);
    CHECK(reversed.front().matched_claim == c);
    CHECK(phrase.front().score > reversed.front().score);
}

TEST_CASE("a hit records every field that matched, best first", "[search]") {
    const auto hits = search(browse(), "blood flow");
    REQUIRE_FALSE(hits.empty());
    const auto& best = hits.front();
    REQUIRE_FALSE(best.fields.empty());
    CHECK(best.fields.front() == best.best.field);
    CHECK(std::find(best.fields.begin(), best.fields.end(), search_field::evidence) !=
          best.fields.end());
}

TEST_CASE("claims filter by text through the same matching", "[search]") {
    const auto* c = browse().find_claim("blood-flow");
    REQUIRE(c != nullptr);
    CHECK(claim_matches_text(*c, "Doppler"));
    CHECK(claim_matches_text(*c, "circulation")); // a lay phrase
    CHECK_FALSE(claim_matches_text(*c, "anxiety"));
    CHECK(claim_matches_text(*c, "")); // no words: no filter
}

TEST_CASE("snippets cut around the first match on whole characters", "[search]") {
    field_match found;
    found.field = search_field::evidence;
    found.text = "Ünïcode before the words " + std::string(60, 'x') + " and then a match here";
    const auto at = found.text.find("match");
    found.ranges = {{at, 5}};
    const auto cut = make_snippet(found, 10);
    CHECK(cut.cut_before);
    CHECK_FALSE(cut.cut_after);
    REQUIRE(cut.pieces.size() == 3);
    CHECK(cut.pieces[1].text == "match");
    CHECK(cut.pieces[1].match);
    CHECK(cut.plain().rfind("…", 0) == 0);

    found.text = "é match é";
    found.ranges = {{found.text.find("match"), 5}};
    const auto whole = make_snippet(found, 40);
    CHECK_FALSE(whole.cut_before);
    CHECK_FALSE(whole.cut_after);
    CHECK(whole.plain() == "é match é");
}

TEST_CASE("search JSON carries id, kind, name, score, field, snippet and fields",
          "[search][json]") {
    const auto hits = search(browse(), "blood flow");
    std::string out;
    render_search_json(hits, out);
    const auto doc = nlohmann::json::parse(out);
    REQUIRE(doc.is_array());
    REQUIRE(doc.size() == hits.size());
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& item = doc[i];
        const auto& hit = hits[i];
        CHECK(item.at("id") ==
              (hit.matched_claim ? hit.matched_claim->id : hit.matched_source->id));
        CHECK(item.at("kind") == (hit.matched_claim
                                      ? std::string(to_string(hit.matched_claim->kind))
                                      : std::string("source")));
        CHECK(item.at("name") ==
              (hit.matched_claim ? hit.matched_claim->name : hit.matched_source->title));
        CHECK(item.at("score") == hit.score);
        CHECK(item.at("field") == to_string(hit.best.field));
        CHECK(item.at("snippet") == make_snippet(hit.best).plain());
        REQUIRE(item.at("fields").size() == hit.fields.size());
        CHECK(item.at("fields")[0] == to_string(hit.fields[0]));
    }
}

TEST_CASE("search text marks matches only with colour and escapes the data", "[search][safety]") {
    const auto hits = search(browse(), "doppler");
    std::string plain;
    std::string coloured;
    render_search_text(hits, {false, 80}, plain);
    render_search_text(hits, {true, 80}, coloured);
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(coloured.find("\x1b[1;4mDoppler\x1b[0m") != std::string::npos);
}
