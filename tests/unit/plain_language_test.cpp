#include "massage_evidence/plain_language.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace massage_evidence;

TEST_CASE("informative statements hedge by certainty as GRADE does", "[plain-language]") {
    CHECK(informative_statement(verdict::supported, certainty::high) == "This is true.");
    CHECK(informative_statement(verdict::supported, certainty::moderate) ==
          "This is probably true.");
    CHECK(informative_statement(verdict::supported, certainty::low) == "This may be true.");
    CHECK(informative_statement(verdict::contradicted, certainty::moderate) ==
          "This is probably not true.");
    CHECK(informative_statement(verdict::not_supported, certainty::low) ==
          "Massage may make little or no difference here.");
}

TEST_CASE("very low certainty never states a direction", "[plain-language]") {
    for (const auto& v : vocabulary<verdict>::entries) {
        const std::string s{informative_statement(v.value, certainty::very_low)};
        CHECK(s.rfind("It is uncertain whether", 0) == 0);
        CHECK(s.find("because the evidence is very uncertain") != std::string::npos);
    }
}

TEST_CASE("every verdict and level has its own plain wording", "[plain-language]") {
    std::set<std::string_view> statements;
    for (const auto& v : vocabulary<verdict>::entries) {
        CHECK_FALSE(verdict_in_words(v.value).empty());
        CHECK_FALSE(verdict_meaning(v.value).empty());
        for (const auto& c : vocabulary<certainty>::entries) {
            if (c.value != certainty::very_low && v.value != verdict::insufficient) {
                statements.insert(informative_statement(v.value, c.value));
            }
        }
    }
    CHECK(statements.size() == 12); // 4 directional verdicts x 3 stated levels, all distinct
    std::set<std::string_view> meanings;
    for (const auto& c : vocabulary<certainty>::entries) {
        meanings.insert(certainty_meaning(c.value));
        CHECK(confidence_phrase(c.value).find("confidence") != std::string_view::npos);
    }
    CHECK(meanings.size() == 4);
}

TEST_CASE("the audience flag accepts both spellings people use", "[plain-language]") {
    CHECK(parse_loose<audience>("Patient") == audience::patient);
    CHECK(parse_loose<audience>("clinician") == audience::clinician);
    CHECK_FALSE(parse_loose<audience>("doctor"));
}
