// Fuzz target for the renderers: a dataset goes through every output the tool prints (terminal
// table with and without colour at several widths, Markdown table, CSV, JSON, the exported
// report) and each output is checked for what users rely on: no byte that drives a terminal, one
// Markdown table row per claim with the right number of cells, CSV that parses back with the
// right number of fields and no formula, JSON that parses back to the same names, and a report
// that is the same bytes when rendered twice.
//
// The dataset comes from the input when it is a valid dataset (seeded with the shipped data and
// fixtures). Any other input is read as a recipe instead: its bytes choose the number of claims
// and sources, their enumerations and their raw text, so arbitrary bytes (invalid UTF-8, escape
// sequences, pipes, formulas) reach the renderers, which the JSON parser would never let through.

#include "massage_evidence/load.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/report.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "output_checks.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace massage_evidence;
using fuzz::require;
using fuzz::require_printable;

// Reads a recipe: bytes, numbers and strings, and zeros once the input runs out.
class recipe {
public:
    explicit recipe(std::string_view bytes) : bytes_(bytes) {}

    std::uint8_t byte() {
        if (pos_ >= bytes_.size()) {
            return 0;
        }
        return static_cast<std::uint8_t>(bytes_[pos_++]);
    }
    std::size_t below(std::size_t limit) { return byte() % limit; }
    bool flag() { return (byte() & 1U) != 0; }

    // A string of up to 255 raw bytes, its length given by the byte before it.
    std::string text() {
        const std::size_t wanted = byte(); // before reading pos_: byte() advances it
        const std::size_t length = std::min(wanted, bytes_.size() - pos_);
        std::string out(bytes_.substr(pos_, length));
        pos_ += length;
        return out;
    }

    template <class Enum>
    Enum pick() {
        const auto& entries = vocabulary<Enum>::entries;
        return entries[below(entries.size())].value;
    }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
};

claim cooked_claim(recipe& r, claim_kind kind, const dataset& data) {
    claim c;
    c.kind = kind;
    c.id = r.text();
    c.name = r.text();
    c.statement = r.text();
    c.evidence = r.text();
    c.verdict = r.pick<verdict>();
    c.certainty = r.pick<certainty>();
    c.grading.start = r.pick<certainty>();
    c.grading.basis = r.text();
    for (std::size_t i = r.below(4); i > 0; --i) {
        c.grading.domains.push_back({r.pick<grade_domain>(), r.flag() ? -1 : 2, r.text()});
    }
    for (std::size_t i = r.below(4); i > 0; --i) {
        // Mostly sources that exist, sometimes one that does not.
        const auto which = r.below(data.sources.size() + 1);
        c.sources.push_back({which < data.sources.size() ? data.sources[which].id : r.text(),
                             r.pick<direction>(), r.text()});
    }
    for (std::size_t i = r.below(3); i > 0; --i) {
        c.caveats.push_back(r.text());
    }
    c.plain_language = r.text();
    c.category = r.pick<category>();
    c.condition = r.pick<condition>();
    c.comparator = r.pick<comparator>();
    c.follow_up = r.pick<follow_up>();
    if (r.flag()) {
        c.population = r.text();
        c.effect = r.text();
    }
    return c;
}

dataset cooked_dataset(std::string_view bytes) {
    recipe r(bytes);
    dataset data;
    data.info.name = r.text();
    data.info.title = r.text();
    data.info.version = r.text();
    data.info.review_date = r.text();
    data.info.grading_system = r.text();
    data.info.license = r.text();
    data.info.disclaimer = r.text();
    for (std::size_t i = 1 + r.below(4); i > 0; --i) {
        source s;
        s.id = r.text();
        s.type = r.pick<source_type>();
        s.title = r.text();
        for (std::size_t a = r.below(4); a > 0; --a) {
            s.authors.push_back(r.text());
        }
        s.et_al = r.flag();
        s.group_author = r.text();
        s.journal = r.text();
        s.publisher = r.text();
        if (r.flag()) {
            s.year = static_cast<std::int64_t>(r.byte()) * 16 + 1000;
        }
        s.volume = r.text();
        s.issue = r.text();
        s.pages = r.text();
        s.doi = r.text();
        s.pmid = r.text();
        data.sources.push_back(std::move(s));
    }
    for (std::size_t i = r.below(5); i > 0; --i) {
        data.mechanisms.push_back(cooked_claim(r, claim_kind::mechanism, data));
    }
    for (std::size_t i = r.below(5); i > 0; --i) {
        data.conditions.push_back(cooked_claim(r, claim_kind::condition, data));
    }
    return data;
}

bool is_utf8(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!fuzz::next_code_point(text, pos)) {
            return false;
        }
    }
    return true;
}

void check_terminal_tables(const listing& table, std::size_t width) {
    std::string plain;
    render_table(table, terminal_options{false, width}, plain);
    require_printable(plain, "a terminal table would drive the terminal");
    require(fuzz::split_lines(plain).size() >= table.rows.size() + 1, "a terminal table lost rows");

    std::string coloured;
    render_table(table, terminal_options{true, width}, coloured);
    const auto stripped = fuzz::without_colour(coloured);
    require_printable(stripped, "a coloured table has escapes besides its colours");
    require(stripped == plain, "colour changed the text of a table");
}

void check_markdown_table(const listing& table) {
    std::string out;
    render_markdown_table(table, out);
    require_printable(out, "a Markdown table holds control characters");
    const auto lines = fuzz::split_lines(out);
    require(lines.size() == table.rows.size() + 2, "a Markdown table row broke", out);
    for (const auto line : lines) {
        require(fuzz::unescaped_pipes(line) == table.columns.size() + 1,
                "a Markdown row has the wrong number of cells", line);
    }
}

void check_csv(const listing& table) {
    std::string out;
    render_csv(table, out);
    require(out.size() >= 2 && out.substr(out.size() - 2) == "\r\n", "CSV does not end in CRLF");
    const auto records = fuzz::split_lines(out, "\r\n");
    require(records.size() == table.rows.size() + 1, "CSV has the wrong number of records", out);
    for (const auto record : records) {
        const auto fields = fuzz::parse_csv_record(record);
        require(fields.has_value(), "a CSV record does not parse", record);
        require(fields->size() == table.columns.size(), "a CSV record has the wrong field count",
                record);
        for (const auto& field : *fields) {
            require_printable(field, "a CSV field holds control characters", "");
            require(field.empty() || field.find_first_of("=+-@") != 0,
                    "a CSV field would run as a formula", field);
        }
    }
}

void check_json(const std::vector<const claim*>& claims) {
    std::string out;
    render_claims_json(claims, out);
    require_printable(out, "JSON output holds raw control characters");
    const auto parsed = nlohmann::json::parse(out, nullptr, false);
    require(!parsed.is_discarded(), "JSON output does not parse", out);
    require(parsed.is_array() && parsed.size() == claims.size(), "JSON has the wrong claim count");
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (is_utf8(claims[i]->name)) {
            require(parsed[i]["name"].get<std::string>() == claims[i]->name,
                    "a name changed on its way through JSON", claims[i]->name);
        }
    }
}

void check_report(const dataset& data, const claim_filter& filter) {
    report_options options;
    options.title = data.info.title;
    options.date = "2026-01-31";
    options.filter = filter;
    options.tool_version = "0.0.0";
    std::string first;
    render_report(data, options, first);
    require_printable(first, "the report holds control characters");
    std::string second;
    render_report(data, options, second);
    require(first == second, "the report is not deterministic");

    options.audience = audience::patient;
    options.front_matter = true;
    std::string patient;
    render_report(data, options, patient);
    require_printable(patient, "the patient report holds control characters");
}

// Which of the equivalent ways to print is checked this time; the input's hash decides, so
// every way gets its share without each run paying for all of them.
struct variant {
    claim_filter filter;
    bool symbols = true;
    std::size_t width = 0;
};

variant variant_for(std::string_view input) {
    std::size_t hash = input.size();
    for (const char c : input.substr(0, 64)) {
        hash = hash * 31 + static_cast<unsigned char>(c);
    }
    variant v;
    if (hash % 2 == 1) {
        v.filter.min_level = certainty::low;
    }
    v.symbols = (hash / 2) % 2 == 0;
    constexpr std::array<std::size_t, 4> widths{0, 24, 60, 100};
    v.width = widths[(hash / 4) % widths.size()];
    return v;
}

void check_everything(const dataset& data, const variant& v) {
    for (const auto kind : {claim_kind::mechanism, claim_kind::condition}) {
        const auto claims = select_claims(data, kind, v.filter);
        const auto table = kind == claim_kind::mechanism ? mechanism_listing(claims, v.symbols)
                                                         : condition_listing(claims, v.symbols);
        check_terminal_tables(table, v.width);
        check_markdown_table(table);
        check_csv(table);
        check_json(claims);
    }
    check_report(data, v.filter);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(bytes), size);
    auto loaded = parse_dataset(input);
    const dataset data = loaded.data ? std::move(*loaded.data) : cooked_dataset(input);

    check_everything(data, variant_for(input));
    return 0;
}
