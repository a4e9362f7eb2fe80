#include "massage_evidence/load.hpp"
#include "massage_evidence/validate.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

using namespace massage_evidence;

TEST_CASE("a clean dataset has no integrity or curation finding", "[validate]") {
    auto result =
        parse_dataset(test_support::slurp(test_support::fixture("fixtures/valid/small.json")));
    REQUIRE(result.data);
    check_curation(*result.data, result.problems);
    CHECK(result.problems.empty());
}

TEST_CASE("the grade must follow from its start and domain ratings", "[validate]") {
    auto data = load_dataset_file(test_support::fixture("fixtures/valid/small.json"));
    auto& warmth = data.mechanisms[0];
    SECTION("one level too high") {
        warmth.certainty = certainty::low;
    }
    SECTION("ratings summing past very low are bounded, not an error") {
        warmth.grading.domains[1].change = -2; // high - 2 - 2 stays very low
        diagnostics findings;
        check_integrity(data, findings);
        CHECK(findings.empty());
        return;
    }
    diagnostics findings;
    check_integrity(data, findings);
    REQUIRE(findings.total() == 1);
    CHECK(findings.kept()[0].kind == diagnostic_kind::grade_mismatch);
    CHECK(findings.kept()[0].pointer == "/mechanisms/0/certainty");
    CHECK_THAT(findings.kept()[0].message, Catch::Contains("grading gives \"very-low\""));
}

TEST_CASE("curation findings do not stop a dataset from loading", "[validate]") {
    auto data = load_dataset_file(test_support::fixture("fixtures/valid/small.json"));
    data.mechanisms[0].lay_phrases.clear();
    diagnostics findings;
    check_curation(data, findings);
    REQUIRE(findings.total() == 1);
    CHECK(findings.errors() == 0);
    CHECK(findings.kept()[0].severity == severity::curation);
}
