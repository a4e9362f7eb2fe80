#include "field_format.hpp"

#include <catch2/catch.hpp>

using namespace massage_evidence::detail;

TEST_CASE("claim ids are kebab-case", "[format]") {
    CHECK(is_claim_id("gate-control"));
    CHECK(is_claim_id("doms2"));
    CHECK_FALSE(is_claim_id(""));
    CHECK_FALSE(is_claim_id("Gate-control"));
    CHECK_FALSE(is_claim_id("gate--control"));
    CHECK_FALSE(is_claim_id("-gate"));
    CHECK_FALSE(is_claim_id("gate-"));
    CHECK_FALSE(is_claim_id("gate_control"));
    CHECK(is_source_id("lactate_pmid8833711"));
    CHECK_FALSE(is_source_id("a__b"));
}

TEST_CASE("ISO dates must exist on the calendar", "[format]") {
    CHECK(is_iso_date("2026-11-21"));
    CHECK(is_iso_date("2024-02-29"));
    CHECK(is_iso_date("2000-02-29"));
    CHECK_FALSE(is_iso_date("1900-02-29"));
    CHECK_FALSE(is_iso_date("2026-02-29"));
    CHECK_FALSE(is_iso_date("2026-04-31"));
    CHECK_FALSE(is_iso_date("2026-13-01"));
    CHECK_FALSE(is_iso_date("2026-1-01"));
    CHECK_FALSE(is_iso_date("21/11/2026"));
}

TEST_CASE("versions follow semver", "[format]") {
    CHECK(is_semver("1.0.0"));
    CHECK(is_semver("10.20.30-rc.1+build.5"));
    CHECK_FALSE(is_semver("1.0"));
    CHECK_FALSE(is_semver("01.0.0"));
    CHECK_FALSE(is_semver("1.0.0-"));
    CHECK_FALSE(is_semver("v1.0.0"));
}

TEST_CASE("DOIs, PMIDs and PMCIDs have their registry's shape", "[format]") {
    CHECK(is_doi("10.1097/00005768-199705000-00004"));
    CHECK(is_doi("10.1002/14651858.CD001929.pub3"));
    CHECK_FALSE(is_doi("https://doi.org/10.1097/x"));
    CHECK_FALSE(is_doi("10.abc/x"));
    CHECK_FALSE(is_doi("10.1097/has space"));
    CHECK_FALSE(is_doi("10.1097/"));
    CHECK(is_pmid("26329399"));
    CHECK_FALSE(is_pmid("026329399"));
    CHECK_FALSE(is_pmid("1234567890"));
    CHECK_FALSE(is_pmid("PMID1"));
    CHECK(is_pmcid("PMC4037335"));
    CHECK_FALSE(is_pmcid("PMC"));
    CHECK_FALSE(is_pmcid("4037335"));
}
