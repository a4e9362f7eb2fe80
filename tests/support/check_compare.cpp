#include "support/check_compare.hpp"

#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

namespace test_support {

std::vector<std::string> check_corpus_texts() {
    std::vector<std::string> texts;
    for (const std::string directory : {"fixtures/check-corpus", "fixtures/check-corpus-short"}) {
        std::vector<std::filesystem::path> paths;
        for (const auto& entry : std::filesystem::directory_iterator(fixture(directory))) {
            const auto extension = entry.path().extension();
            if (extension == ".txt" || extension == ".md") {
                paths.push_back(entry.path());
            }
        }
        std::sort(paths.begin(), paths.end());
        for (const auto& path : paths) {
            texts.push_back(slurp(path.string()));
        }
    }
    return texts;
}

void require_same_check(const massage_evidence::text_check& actual,
                        const massage_evidence::text_check& expected) {
    REQUIRE(actual.findings.size() == expected.findings.size());
    for (std::size_t i = 0; i < expected.findings.size(); ++i) {
        CAPTURE(i);
        CHECK(finding_fields(actual.findings[i]) == finding_fields(expected.findings[i]));
    }
    const auto span = [](const massage_evidence::paragraph_span& p) {
        return std::tuple(p.begin, p.end, p.first_line);
    };
    REQUIRE(actual.paragraphs.size() == expected.paragraphs.size());
    for (std::size_t i = 0; i < expected.paragraphs.size(); ++i) {
        CAPTURE(i);
        CHECK(span(actual.paragraphs[i]) == span(expected.paragraphs[i]));
    }
    CHECK(std::tie(actual.invalid_utf8, actual.first_invalid_line, actual.first_invalid_column) ==
          std::tie(expected.invalid_utf8, expected.first_invalid_line,
                   expected.first_invalid_column));
    CHECK(actual.suppressed == expected.suppressed);
}

} // namespace test_support
