#include "massage_evidence/vocabulary.hpp"

#include <catch2/catch.hpp>

using namespace massage_evidence;

TEST_CASE("command-line values forgive case and separators", "[vocabulary]") {
    const auto [text, expected] = GENERATE(table<std::string, certainty>({
        {"very-low", certainty::very_low},
        {"very_low", certainty::very_low},
        {"verylow", certainty::very_low},
        {"Very Low", certainty::very_low},
        {"HIGH", certainty::high},
        {"Moderate", certainty::moderate},
    }));
    CHECK(parse_loose<certainty>(text) == expected);
}

TEST_CASE("data values must be spelt exactly", "[vocabulary]") {
    CHECK(parse_exact<certainty>("very-low") == certainty::very_low);
    CHECK_FALSE(parse_exact<certainty>("very_low"));
    CHECK_FALSE(parse_exact<verdict>("Supported"));
    CHECK_FALSE(parse_loose<verdict>("proven"));
}

TEST_CASE("every enumerator round-trips through its token", "[vocabulary]") {
    for (const auto& e : vocabulary<verdict>::entries) {
        CHECK(parse_exact<verdict>(to_string(e.value)) == e.value);
    }
    for (const auto& e : vocabulary<source_type>::entries) {
        CHECK(parse_exact<source_type>(to_string(e.value)) == e.value);
    }
    for (const auto& e : vocabulary<condition>::entries) {
        CHECK(parse_exact<condition>(to_string(e.value)) == e.value);
    }
}

TEST_CASE("certainty moves by whole levels and stays within GRADE's four", "[vocabulary]") {
    CHECK(shift(certainty::high, -2) == certainty::low);
    CHECK(shift(certainty::high, -5) == certainty::very_low);
    CHECK(shift(certainty::low, 1) == certainty::moderate);
    CHECK(shift(certainty::moderate, 3) == certainty::high);
    CHECK(grade_symbols(certainty::low) == "⊕⊕◯◯");
    CHECK(grade_symbols(certainty::very_low) == "⊕◯◯◯");
    CHECK(valid_tokens<certainty>() == "high, moderate, low or very-low");
}
