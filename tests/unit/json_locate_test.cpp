#include "json_locate.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using massage_evidence::diagnostic;
using massage_evidence::detail::locate_pointers;

namespace {

// Brackets and escaped quotes inside strings, nested arrays, a repeated key, an escaped key and
// an empty array: everything a skipped container may hide.
const std::string text = "{\n"
                         "  \"a\": {\"x\": \"}]{[\\\"\", \"y\": [1, [2, {\"z\": 333}], {}]},\n"
                         "  \"b/c~d\": [{\"k\": 1}, {\"k\": 2, \"k\": 3}],\n"
                         "  \"e\": [],\n"
                         "  \"f\": \"caf\xc3\xa9 \\\"}\", \"g\": 7\n"
                         "}\n";

// 1-based line and column (in characters) of byte `offset`.
std::pair<std::size_t, std::size_t> place_of(std::size_t offset) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
            ++column;
        }
    }
    return {line, column};
}

std::pair<std::size_t, std::size_t> located(const std::vector<std::string>& pointers,
                                            const std::string& which) {
    std::vector<diagnostic> findings;
    findings.reserve(pointers.size());
    for (const auto& pointer : pointers) {
        diagnostic d;
        d.pointer = pointer;
        findings.push_back(d);
    }
    locate_pointers(text, findings);
    for (const auto& d : findings) {
        if (d.pointer == which) {
            return {d.line, d.column};
        }
    }
    return {0, 0};
}

} // namespace

TEST_CASE("pointers are placed at their values, alone or together", "[locate]") {
    const std::vector<std::pair<std::string, std::size_t>> cases{
        {"", 0},
        {"/a", text.find("{\"x\"")},
        {"/a/x", text.find("\"}]{[")},
        {"/a/y/1/1/z", text.find("333")},
        {"/a/y/2", text.find("{}]}")},
        {"/b~1c~0d/0/k", text.find("1}")},
        {"/b~1c~0d/1/k", text.find("\"k\": 3") + 5}, // a repeated key: the last one
        {"/e", text.find("[],")},
        {"/g", text.find("7\n")},
    };
    std::vector<std::string> all;
    all.reserve(cases.size());
    for (const auto& [pointer, offset] : cases) {
        all.push_back(pointer);
    }
    for (const auto& [pointer, offset] : cases) {
        INFO("pointer '" << pointer << "'");
        REQUIRE(offset != std::string::npos);
        CHECK(located({pointer}, pointer) == place_of(offset));
        CHECK(located(all, pointer) == place_of(offset));
    }
}

TEST_CASE("a pointer that names nothing stays unplaced", "[locate]") {
    CHECK(located({"/nope"}, "/nope") == std::pair<std::size_t, std::size_t>{0, 0});
    CHECK(located({"/a/y/9"}, "/a/y/9") == std::pair<std::size_t, std::size_t>{0, 0});
}
