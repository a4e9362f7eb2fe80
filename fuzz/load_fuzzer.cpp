// Fuzz target for the dataset loader and validator: any bytes go through parse_dataset (the SAX
// pass, the integrity rules and the location of findings), a usable dataset through the curation
// rules, and every finding through the formatting `validate` prints. Besides not crashing,
// leaking or hanging, it checks that findings are bounded and well-formed, that printed findings
// cannot drive a terminal, and that the loader never accepts text that is not JSON.

#include "massage_evidence/load.hpp"
#include "massage_evidence/validate.hpp"
#include "output_checks.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using namespace massage_evidence;
using fuzz::require;

// A file name with an escape sequence and a bidi override, as a hostile user might pass.
constexpr std::string_view hostile_origin = "data\x1b[31m\xE2\x80\xAE.json";

void check_findings(const diagnostics& findings, std::string_view text) {
    require(findings.kept().size() <= 200, "more findings kept than the documented cap");
    require(findings.total() >= findings.kept().size(), "total counts fewer than kept");
    require(findings.errors() <= findings.total(), "errors counts more than total");
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const auto& d : findings.kept()) {
        require(d.pointer.empty() || d.pointer.front() == '/', "pointer does not start with /",
                d.pointer);
        require((d.line == 0) == (d.column == 0), "a finding has a line but no column");
        require(d.line <= lines, "a finding points past the last line");
    }
    for (const auto& entry : describe_problems(findings, hostile_origin, findings.kept().size())) {
        fuzz::require_printable(entry, "a printed finding would drive a terminal");
        require(entry.rfind("data\\e[31m", 0) == 0, "the origin is not escaped first", entry);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(bytes), size);

    auto result = parse_dataset(text);
    if (result.data) {
        require(result.problems.errors() == 0, "a dataset with errors was returned");
        // Strict JSON (no comments): what the loader accepts, any JSON parser must accept.
        require(nlohmann::json::accept(text), "the loader accepted text that is not JSON", text);
        // nlohmann stops at a NUL byte as if the text ended there; the loader must not.
        require(text.find('\0') == std::string_view::npos, "the loader accepted a NUL byte", text,
                text.find('\0'));
        check_curation(*result.data, result.problems);
        require(result.problems.errors() == 0, "a curation rule reported an error");
    } else {
        require(result.problems.errors() > 0, "no dataset, yet no error explains why");
    }
    check_findings(result.problems, text);
    return 0;
}
