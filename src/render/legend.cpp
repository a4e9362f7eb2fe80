// Printing the legend of `explain`: a table per section for terminals and Markdown, one flat
// table for CSV, and nested JSON. The words themselves are in legend.cpp.

#include "massage_evidence/legend.hpp"

#include "render/json_writer.hpp"
#include "render/text_page.hpp"

#include <fmt/format.h>

namespace massage_evidence {
namespace {

bool is_crosswalk(const legend_section& section) {
    return section.name == "crosswalk";
}

// The table of one section. Certainty levels show their symbols, as everywhere else.
listing section_listing(const legend_section& section) {
    listing out;
    if (is_crosswalk(section)) {
        out.columns = {
            {"GRADE", false}, {"SORT", false}, {"Oxford CEBM", false}, {"Typical evidence", true}};
    } else {
        out.columns = {{"Term", false}, {"Meaning", true}};
    }
    for (const auto& entry : section.entries) {
        const auto level = parse_exact<certainty>(entry.term);
        const auto term =
            entry.symbols.empty() ? entry.term : fmt::format("{} {}", entry.symbols, entry.term);
        const cell term_cell{term, entry.symbols.empty() ? std::nullopt : level, {}};
        if (is_crosswalk(section)) {
            out.rows.push_back(
                {term_cell, {entry.sort, {}, {}}, {entry.cebm, {}, {}}, {entry.meaning, {}, {}}});
        } else {
            out.rows.push_back({term_cell, {entry.meaning, {}, {}}});
        }
    }
    return out;
}

} // namespace

void render_legend_text(const std::vector<legend_section>& sections,
                        const terminal_options& options, std::string& out) {
    detail::text_page page(options, out);
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const auto& section = sections[i];
        if (i > 0) {
            page.blank();
        }
        page.heading(section.title);
        page.paragraph(section.intro, 0);
        page.blank();
        render_table(section_listing(section), options, out);
        if (!section.note.empty()) {
            page.blank();
            page.paragraph(section.note, 0);
        }
    }
}

void render_legend_markdown(const std::vector<legend_section>& sections, std::string& out) {
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const auto& section = sections[i];
        if (i > 0) {
            out += '\n';
        }
        out += fmt::format("## {}\n\n{}\n\n", escape_markdown(section.title),
                           escape_markdown(section.intro));
        render_markdown_table(section_listing(section), out);
        if (!section.note.empty()) {
            out += fmt::format("\n{}\n", escape_markdown(section.note));
        }
    }
}

listing legend_listing(const std::vector<legend_section>& sections) {
    listing out;
    out.columns = {{"Section", false},
                   {"Term", false},
                   {"Meaning", true},
                   {"SORT", false},
                   {"Oxford CEBM", false}};
    for (const auto& section : sections) {
        for (const auto& entry : section.entries) {
            out.rows.push_back({{section.name, {}, {}},
                                {entry.term, {}, {}},
                                {entry.meaning, {}, {}},
                                {entry.sort, {}, {}},
                                {entry.cebm, {}, {}}});
        }
    }
    return out;
}

void render_legend_json(const std::vector<legend_section>& sections, std::string& out) {
    detail::json_writer json(out);
    json.begin_array();
    for (const auto& section : sections) {
        json.begin_object();
        json.member("section", section.name);
        json.member("title", section.title);
        json.member("intro", section.intro);
        if (!section.note.empty()) {
            json.member("note", section.note);
        }
        json.key("entries");
        json.begin_array();
        for (const auto& entry : section.entries) {
            json.begin_object();
            json.member("term", entry.term);
            json.member("label", entry.label);
            json.member("meaning", entry.meaning);
            if (!entry.symbols.empty()) {
                json.member("symbols", entry.symbols);
            }
            if (!entry.sort.empty()) {
                json.member("sort", entry.sort);
            }
            if (!entry.cebm.empty()) {
                json.member("cebm", entry.cebm);
            }
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();
}

} // namespace massage_evidence
