// Mermaid flowcharts with labels no data can break. Mermaid reads `#name;` and `#123;` as
// entity codes inside labels, so every character that could end a quoted label, start markup
// or change how the label is read is written that way; `<br/>` between lines is the only markup
// and is added here, never taken from data.

#include "render/report/mermaid.hpp"

#include "printable.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace massage_evidence::detail {
namespace {

// Colours repeat the verdict that the label states in words; dark text on light fills reads in
// GitHub's light and dark themes.
struct node_style {
    std::string_view name;
    std::string_view definition;
};
constexpr std::array<node_style, 7> node_styles{{
    {"supported", "fill:#d1e7dd,stroke:#0f5132,color:#0f5132"},
    {"mixed", "fill:#fff3cd,stroke:#997404,color:#664d03"},
    {"notsupported", "fill:#f8d7da,stroke:#842029,color:#842029,stroke-dasharray:4 3"},
    {"contradicted", "fill:#f8d7da,stroke:#842029,color:#842029"},
    {"insufficient", "fill:#e2e3e5,stroke:#41464b,color:#41464b"},
    {"ungraded", "fill:#ffffff,stroke:#6c757d,color:#41464b,stroke-dasharray:2 2"},
    {"condition", "fill:#cfe2ff,stroke:#084298,color:#052c65"},
}};

} // namespace

std::string mermaid_label_text(std::string_view text) {
    const std::string safe = escape_unsafe_on_one_line(text);
    std::string out;
    out.reserve(safe.size());
    for (const char c : safe) {
        switch (c) {
        case '"':
            out += "#quot;";
            break;
        case '#':
            out += "#35;";
            break;
        case '&':
            out += "#38;";
            break;
        case '<':
            out += "#60;";
            break;
        case '>':
            out += "#62;";
            break;
        case '`':
            out += "#96;";
            break;
        case '\\':
            out += "#92;";
            break;
        case '%': // "%%{init: ...}%%" is read as a directive anywhere in the text
            out += "#37;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_width = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto space = text.find(' ', pos);
        const auto word =
            text.substr(pos, space == std::string_view::npos ? text.npos : space - pos);
        pos = space == std::string_view::npos ? text.size() : space + 1;
        if (word.empty()) {
            continue;
        }
        const auto word_width = display_width(word);
        if (!line.empty() && line_width + 1 + word_width > width) {
            lines.push_back(std::move(line));
            line.clear();
            line_width = 0;
        }
        if (!line.empty()) {
            line += ' ';
            ++line_width;
        }
        line += word;
        line_width += word_width;
    }
    if (!line.empty()) {
        lines.push_back(std::move(line));
    }
    return lines;
}

flowchart::flowchart(std::string_view direction) : direction_(direction) {}

std::string flowchart::node(std::string_view id_prefix, const std::vector<std::string>& lines,
                            std::string_view style) {
    auto it = counts_.find(id_prefix);
    if (it == counts_.end()) {
        it = counts_.emplace(std::string(id_prefix), 0).first;
    }
    auto id = fmt::format("{}{}", id_prefix, ++it->second);
    std::string label;
    for (const auto& line : lines) {
        label += label.empty() ? "" : "<br/>";
        label += mermaid_label_text(line);
    }
    declarations_.push_back(fmt::format("{}[\"{}\"]", id, label));
    styled_.emplace_back(style, id);
    return id;
}

void flowchart::edge(const std::string& from, const std::string& to) {
    edges_.push_back(fmt::format("{} --> {}", from, to));
}

std::string flowchart::render() const {
    std::string out = fmt::format("```mermaid\nflowchart {}\n", direction_);
    for (const auto& line : declarations_) {
        out += fmt::format("    {}\n", line);
    }
    for (const auto& line : edges_) {
        out += fmt::format("    {}\n", line);
    }
    for (const auto& style : node_styles) {
        std::vector<std::string> ids;
        for (const auto& [name, id] : styled_) {
            if (name == style.name) {
                ids.push_back(id);
            }
        }
        if (ids.empty()) {
            continue;
        }
        out += fmt::format("    classDef {} {}\n", style.name, style.definition);
        std::string joined;
        for (const auto& id : ids) {
            joined += joined.empty() ? "" : ",";
            joined += id;
        }
        out += fmt::format("    class {} {}\n", joined, style.name);
    }
    out += "```\n";
    return out;
}

} // namespace massage_evidence::detail
