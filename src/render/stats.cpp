// Printing the counts of `stats`. Rows and columns follow the vocabularies' order (certainty from
// high to very low, verdicts from supported to insufficient), so every format agrees.

#include "massage_evidence/stats.hpp"

#include "massage_evidence/vocabulary.hpp"
#include "render/json_writer.hpp"
#include "render/text_page.hpp"

#include <fmt/format.h>

namespace massage_evidence {
namespace {

template <class Enum>
std::size_t index_of(Enum value) {
    return static_cast<std::size_t>(value);
}

std::string count_text(std::size_t n) {
    return std::to_string(n);
}

struct titled_listing {
    std::string title;
    listing table;
};

listing matrix_listing(const dataset_stats& counts) {
    listing out;
    out.columns.push_back({"Verdict", false});
    for (const auto& level : vocabulary<certainty>::entries) {
        out.columns.push_back({std::string(level.token), false});
    }
    out.columns.push_back({"total", false});
    std::array<std::size_t, 4> column_totals{};
    for (const auto& v : vocabulary<verdict>::entries) {
        std::vector<cell> row{{std::string(v.token), {}, v.value}};
        std::size_t total = 0;
        for (const auto& level : vocabulary<certainty>::entries) {
            const auto n = counts.verdict_by_certainty[index_of(v.value)][index_of(level.value)];
            row.push_back({count_text(n), {}, {}});
            total += n;
            column_totals[index_of(level.value)] += n;
        }
        row.push_back({count_text(total), {}, {}});
        out.rows.push_back(std::move(row));
    }
    std::vector<cell> totals{{"total", {}, {}}};
    for (const auto& level : vocabulary<certainty>::entries) {
        totals.push_back({count_text(column_totals[index_of(level.value)]), {}, {}});
    }
    totals.push_back({count_text(counts.claims), {}, {}});
    out.rows.push_back(std::move(totals));
    return out;
}

template <class Enum, std::size_t N>
listing count_listing(std::string_view header, std::string_view what,
                      const std::array<std::size_t, N>& by) {
    listing out;
    out.columns = {{std::string(header), false}, {std::string(what), false}};
    for (const auto& entry : vocabulary<Enum>::entries) {
        out.rows.push_back(
            {{std::string(entry.token), {}, {}}, {count_text(by[index_of(entry.value)]), {}, {}}});
    }
    return out;
}

std::vector<titled_listing> all_tables(const dataset_stats& counts) {
    std::vector<titled_listing> out;
    out.push_back({fmt::format("Claims by verdict and certainty ({} claim{})", counts.claims,
                               counts.claims == 1 ? "" : "s"),
                   matrix_listing(counts)});
    out.push_back({"Claims by kind", count_listing<claim_kind>("Kind", "Claims", counts.by_kind)});
    out.push_back({"Mechanisms by category",
                   count_listing<category>("Category", "Mechanisms", counts.by_category)});
    out.push_back({fmt::format("Sources by type ({} source{})", counts.sources,
                               counts.sources == 1 ? "" : "s"),
                   count_listing<source_type>("Type", "Sources", counts.sources_by_type)});
    return out;
}

std::string dataset_line(const dataset_info& info) {
    return fmt::format("Dataset {} {}, evidence reviewed {}.", info.name, info.version,
                       info.review_date);
}

template <class Enum, std::size_t N>
void json_counts(detail::json_writer& json, std::string_view name,
                 const std::array<std::size_t, N>& by) {
    json.key(name);
    json.begin_object();
    for (const auto& entry : vocabulary<Enum>::entries) {
        json.member(entry.token, static_cast<std::int64_t>(by[index_of(entry.value)]));
    }
    json.end_object();
}

} // namespace

void render_stats_text(const dataset_info& info, const dataset_stats& counts,
                       const terminal_options& options, std::string& out) {
    detail::text_page page(options, out);
    page.paragraph(dataset_line(info), 0);
    for (const auto& [title, table] : all_tables(counts)) {
        page.blank();
        page.heading(title);
        render_table(table, options, out);
    }
}

void render_stats_markdown(const dataset_info& info, const dataset_stats& counts,
                           std::string& out) {
    out += escape_markdown(dataset_line(info));
    out += '\n';
    for (const auto& [title, table] : all_tables(counts)) {
        out += fmt::format("\n## {}\n\n", escape_markdown(title));
        render_markdown_table(table, out);
    }
}

listing stats_listing(const dataset_stats& counts) {
    listing out;
    out.columns = {{"Table", false}, {"Row", false}, {"Column", false}, {"Count", false}};
    const auto add = [&out](std::string_view table, std::string_view row, std::string_view column,
                            std::size_t n) {
        out.rows.push_back({{std::string(table), {}, {}},
                            {std::string(row), {}, {}},
                            {std::string(column), {}, {}},
                            {count_text(n), {}, {}}});
    };
    for (const auto& v : vocabulary<verdict>::entries) {
        for (const auto& level : vocabulary<certainty>::entries) {
            add("verdict_by_certainty", v.token, level.token,
                counts.verdict_by_certainty[index_of(v.value)][index_of(level.value)]);
        }
    }
    for (const auto& entry : vocabulary<claim_kind>::entries) {
        add("kinds", entry.token, "", counts.by_kind[index_of(entry.value)]);
    }
    for (const auto& entry : vocabulary<category>::entries) {
        add("categories", entry.token, "", counts.by_category[index_of(entry.value)]);
    }
    for (const auto& entry : vocabulary<source_type>::entries) {
        add("source_types", entry.token, "", counts.sources_by_type[index_of(entry.value)]);
    }
    return out;
}

void render_stats_json(const dataset_info& info, const dataset_stats& counts, std::string& out) {
    detail::json_writer json(out);
    json.begin_object();
    json.key("dataset");
    json.begin_object();
    json.member("name", info.name);
    json.member("version", info.version);
    json.member("review_date", info.review_date);
    json.end_object();
    json.member("claims", static_cast<std::int64_t>(counts.claims));
    json.member("sources", static_cast<std::int64_t>(counts.sources));
    json.key("verdict_by_certainty");
    json.begin_object();
    for (const auto& v : vocabulary<verdict>::entries) {
        json_counts<certainty>(json, v.token, counts.verdict_by_certainty[index_of(v.value)]);
    }
    json.end_object();
    json_counts<claim_kind>(json, "kinds", counts.by_kind);
    json_counts<category>(json, "categories", counts.by_category);
    json_counts<source_type>(json, "source_types", counts.sources_by_type);
    json.end_object();
}

} // namespace massage_evidence
