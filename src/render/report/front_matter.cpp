// YAML front matter for static-site generators (Jekyll, Hugo, MkDocs, ...): the report's title,
// date, dataset version, audience and filters. It is the very first thing in the file, and
// every string is double-quoted so no title or version can turn into YAML syntax.

#include "render/report/yaml.hpp"

#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"
#include "render/report/sections.hpp"

#include <fmt/format.h>

namespace massage_evidence::detail {

std::string yaml_double_quoted(std::string_view text) {
    const std::string safe = escape_unsafe_on_one_line(text);
    std::string out = "\"";
    for (std::size_t pos = 0; pos < safe.size();) {
        const std::size_t start = pos;
        const long cp = decode_utf8(safe, pos);
        if (cp == '\\' || cp == '"') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF) {
            out += fmt::format("\\u{:04X}", cp);
        } else {
            // escape_unsafe left only valid UTF-8 and printable characters.
            out.append(safe, start, pos - start);
        }
    }
    out += '"';
    return out;
}

void front_matter(const report_context& ctx, std::string& out) {
    const auto& info = ctx.data.info;
    const auto& options = ctx.options;
    out += "---\n";
    out += fmt::format("title: {}\n",
                       yaml_double_quoted(options.title.empty() ? info.title : options.title));
    out += fmt::format("date: {}\n", yaml_double_quoted(options.date));
    out += fmt::format("audience: {}\n", yaml_double_quoted(to_string(options.audience)));
    out += fmt::format("dataset: {}\n", yaml_double_quoted(info.name));
    out += fmt::format("dataset_version: {}\n", yaml_double_quoted(info.version));
    out += fmt::format("review_date: {}\n", yaml_double_quoted(info.review_date));
    out += fmt::format("license: {}\n", yaml_double_quoted(info.license));
    const auto& filter = options.filter;
    if (filter.empty()) {
        out += "filters: {}\n";
    } else {
        out += "filters:\n";
        const auto add = [&out](std::string_view key, std::string_view value) {
            out += fmt::format("  {}: {}\n", key, yaml_double_quoted(value));
        };
        if (filter.min_level) {
            add("min_level", to_string(*filter.min_level));
        }
        if (filter.level) {
            add("level", to_string(*filter.level));
        }
        if (filter.verdict) {
            add("verdict", to_string(*filter.verdict));
        }
        if (filter.category) {
            add("category", to_string(*filter.category));
        }
        if (filter.condition) {
            add("condition", to_string(*filter.condition));
        }
    }
    out += fmt::format("generator: {}\n",
                       yaml_double_quoted("massage-evidence " + options.tool_version));
    out += "---\n\n";
}

} // namespace massage_evidence::detail
