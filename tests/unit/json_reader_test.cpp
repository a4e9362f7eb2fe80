#include "json_reader.hpp"
#include "massage_evidence/dataset.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

using massage_evidence::detail::memory_source;
using massage_evidence::detail::read_json;

namespace {

// Both parsers' events as one line each, so two runs compare as strings.
std::string show(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == '|' || byte == '\\') {
            out += "\\" + std::to_string(byte) + ";";
        } else {
            out += c;
        }
    }
    return out;
}

struct fast_events {
    std::string log;
    bool start_object() { return add("{"); }
    bool end_object() { return add("}"); }
    bool start_array() { return add("["); }
    bool end_array() { return add("]"); }
    bool key(std::string_view k) { return add("key " + show(k)); }
    bool string(std::string_view s) { return add("string " + show(s)); }
    bool number_integer(std::int64_t v) { return add("integer " + std::to_string(v)); }
    bool number_unsigned(std::uint64_t v) { return add("unsigned " + std::to_string(v)); }
    bool boolean(bool v) { return add(v ? "true" : "false"); }
    bool null() { return add("null"); }
    bool add(const std::string& event) {
        log += event;
        log += '\n';
        return true;
    }
};

struct reference_events final : nlohmann::json_sax<nlohmann::json> {
    fast_events events;
    bool floats = false;
    bool null() override { return events.null(); }
    bool boolean(bool v) override { return events.boolean(v); }
    bool number_integer(number_integer_t v) override { return events.number_integer(v); }
    bool number_unsigned(number_unsigned_t v) override { return events.number_unsigned(v); }
    bool number_float(number_float_t /*v*/, const string_t& /*text*/) override {
        floats = true;
        return events.add("float");
    }
    bool binary(binary_t& /*v*/) override { return events.add("binary"); }
    bool string(string_t& s) override { return events.string(s); }
    bool start_object(std::size_t /*n*/) override { return events.start_object(); }
    bool end_object() override { return events.end_object(); }
    bool start_array(std::size_t /*n*/) override { return events.start_array(); }
    bool end_array() override { return events.end_array(); }
    bool key(string_t& k) override { return events.key(k); }
    bool parse_error(std::size_t /*at*/, const std::string& /*token*/,
                     const nlohmann::detail::exception& /*e*/) override {
        return false;
    }
};

// A text handed over `size` bytes at a time, so every token meets a chunk boundary somewhere.
class chunks_of {
public:
    chunks_of(std::string_view text, std::size_t size) : text_(text), size_(size) {}
    bool refill(const char*& next, const char*& end) {
        if (offset_ == text_.size()) {
            return false;
        }
        const auto n = std::min(size_, text_.size() - offset_);
        // A copy, so a view kept across a refill would read freed bytes under a sanitizer.
        chunk_.assign(text_.data() + offset_, n);
        offset_ += n;
        next = chunk_.data();
        end = chunk_.data() + chunk_.size();
        return true;
    }

private:
    std::string_view text_;
    std::size_t size_;
    std::size_t offset_ = 0;
    std::string chunk_;
};

// The fast reader must accept exactly what nlohmann accepts, with the same events, except that
// it may leave numbers that are not 64-bit integers to nlohmann.
void check_agrees(const std::string& text) {
    reference_events reference;
    const bool reference_ok = nlohmann::json::sax_parse(
        text, &reference, nlohmann::json::input_format_t::json, true, false);
    for (const std::size_t chunk : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{3},
                                    std::size_t{7}, std::size_t{64}}) {
        fast_events fast;
        bool fast_ok = false;
        if (chunk == 0) {
            memory_source source(text);
            fast_ok = read_json(source, fast);
        } else {
            chunks_of source(text, chunk);
            fast_ok = read_json(source, fast);
        }
        INFO("text: " << show(text) << "\nchunk size: " << chunk);
        if (fast_ok) {
            CHECK(reference_ok);
            CHECK(fast.log == reference.events.log);
        } else if (reference_ok) {
            // Declined only for nlohmann's floating-point numbers, or for a NUL byte, which
            // nlohmann takes for the end of the input and the loader reports as an error.
            CHECK((reference.floats || text.find('\0') != std::string::npos));
        }
    }
}

} // namespace

TEST_CASE("the fast reader agrees with nlohmann on hand-picked documents", "[json_reader]") {
    const std::vector<std::string> documents{
        "",
        " ",
        "{}",
        "[]",
        " {} ",
        "{\"a\":1}",
        "[1,2,3]",
        "[1,]",
        "{\"a\":1,}",
        "{,}",
        "[,1]",
        "{\"a\" 1}",
        "{\"a\":}",
        "{1:2}",
        "{\"a\":1 \"b\":2}",
        "[1 2]",
        "[[[]]]",
        "[{}]",
        "{\"a\":{\"b\":[{\"c\":null}]}}",
        "\"just a string\"",
        "42",
        "-0",
        "0",
        "01",
        "-01",
        "-",
        "--1",
        "1.",
        "1.5",
        "1e5",
        "1E+5",
        "1e",
        "-1.5e-3",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        std::string(400, '9'),
        "1e999",
        "true",
        "false",
        "null",
        "tru",
        "nul",
        "falsey",
        "truefalse",
        "[true,false,null]",
        "\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"",
        "\"\\u0041\\u00e9\\u20ac\\ud83d\\ude00\"",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"\\ud800\\\\\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"\\x\"",
        "\"\\",
        "\"abc",
        "\"a\tb\"",
        "\"a\nb\"",
        "\"\x7f\"",
        "\"\xc3\xa9\"",
        "\"\xc3\"",
        "\"\xc3\x28\"",
        "\"\xc0\xaf\"",
        "\"\xc1\xbf\"",
        "\"\xe0\x80\x80\"",
        "\"\xe0\xa0\x80\"",
        "\"\xed\x9f\xbf\"",
        "\"\xed\xa0\x80\"",
        "\"\xef\xbf\xbf\"",
        "\"\xf0\x8f\xbf\xbf\"",
        "\"\xf0\x90\x80\x80\"",
        "\"\xf4\x8f\xbf\xbf\"",
        "\"\xf4\x90\x80\x80\"",
        "\"\xf5\x80\x80\x80\"",
        "\"\xff\"",
        "\"\x80\"",
        "\"\xe2\x82\"",
        "\"\xe2\x82\xac\"",
        "\xef\xbb\xbf{}",
        "\xef\xbb{}",
        "\xef{}",
        "\xef",
        "{}\xef\xbb\xbf",
        "{}x",
        "{} {}",
        "{}\n",
        "{}\r\n\t ",
        "{\"\":\"\"}",
        "{\"a\":1,\"a\":2}",
        " \t\r\n[ \t\r\n1 \t\r\n] ",
        "[\f]",
        "[1,\v2]",
        "{\"k\\u00e9y\":\"v\"}",
        "[\"" + std::string(100, 'x') + "\"]",
    };
    for (const auto& text : documents) {
        check_agrees(text);
    }
    // A NUL byte is text too: spelled out here because a literal would end the C string.
    check_agrees(std::string("{}\0garbage", 10));
    check_agrees(std::string("{\"a\":1}\0", 8));
    check_agrees(std::string("[\0]", 3));
    check_agrees(std::string("\"a\0b\"", 5));
}

TEST_CASE("the fast reader agrees with nlohmann on every fixture and the shipped data",
          "[json_reader]") {
    check_agrees(std::string(massage_evidence::embedded_dataset_text()));
    for (const auto* folder : {"fixtures/valid", "fixtures/invalid", "fixtures/curation"}) {
        for (const auto& entry :
             std::filesystem::directory_iterator(test_support::fixture(folder))) {
            if (entry.path().extension() == ".json") {
                check_agrees(test_support::slurp(entry.path().string()));
            }
        }
    }
}

TEST_CASE("the fast reader agrees with nlohmann on damaged documents", "[json_reader]") {
    const std::vector<std::string> pieces{"{",
                                          "}",
                                          "[",
                                          "]",
                                          "\"",
                                          ",",
                                          ":",
                                          "\\",
                                          " ",
                                          "\n",
                                          "\x1f",
                                          "\xff",
                                          "\xc3",
                                          "\xc3\xa9",
                                          "\\u00e9",
                                          "\\ud83d\\ude00",
                                          "\\ud800",
                                          "\\u12",
                                          "\\n",
                                          "1e5",
                                          "-0",
                                          "1.0",
                                          "true",
                                          "nul",
                                          "99999999999999999999",
                                          "-9223372036854775809",
                                          "\xe0\x80\x80",
                                          "\xf0\x9f\x98\x80",
                                          "01",
                                          "-",
                                          "{}",
                                          "[]",
                                          "\"\"",
                                          std::string(1, '\0'),
                                          "\xef\xbb\xbf"};
    const auto original = test_support::slurp(test_support::fixture("fixtures/valid/small.json"));
    std::mt19937 random(20260201); // fixed: the same damage on every run
    for (int i = 0; i < 400; ++i) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(random() % 3);
        for (int e = 0; e < edits; ++e) {
            const auto at = random() % (text.size() + 1);
            const auto& piece = pieces[random() % pieces.size()];
            switch (random() % 3) {
            case 0:
                text.erase(at, 1 + random() % 3);
                break;
            case 1:
                text.insert(at, piece);
                break;
            default:
                text.replace(at, 1 + random() % 2, piece);
                break;
            }
        }
        check_agrees(text);
    }
}

TEST_CASE("the fast reader takes nesting far deeper than any dataset without recursion",
          "[json_reader]") {
    const std::size_t depth = 1'000'000;
    const std::string text = std::string(depth, '[') + std::string(depth, ']');
    fast_events events;
    memory_source source(text);
    CHECK(read_json(source, events));
    CHECK(std::count(events.log.begin(), events.log.end(), '[') == static_cast<long>(depth));
    const std::string unbalanced = std::string(depth, '[') + std::string(depth - 1, ']');
    memory_source truncated(unbalanced);
    fast_events ignored;
    CHECK_FALSE(read_json(truncated, ignored));
}
