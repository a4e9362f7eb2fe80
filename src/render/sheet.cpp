// Printing a sheet (see sheet.hpp) for a terminal, as Markdown and as CSV rows. The terminal
// form indents sections under bold headings and wraps to the width; the Markdown form uses a
// level-2 heading for the title and level-3 headings for sections, with every data string
// passed through escape_markdown.

#include "render/sheet.hpp"

#include "render/terminal_text.hpp"
#include "render/text_page.hpp"

#include <fmt/format.h>

namespace massage_evidence::detail {
namespace {

std::string_view entry_style(const sheet_entry& entry) {
    if (entry.level) {
        return certainty_colour(*entry.level);
    }
    if (entry.judged) {
        return verdict_colour(*entry.judged);
    }
    return {};
}

std::string marker(section_shape shape, std::size_t index) {
    switch (shape) {
    case section_shape::bullets:
        return "- ";
    case section_shape::numbered:
        return fmt::format("{}. ", index + 1);
    case section_shape::paragraphs:
        break;
    }
    return {};
}

// escape_markdown makes inline text literal; at the start of a line, "1." or "-" would still
// open a list and "#" a heading, so those are escaped too.
std::string markdown_line(std::string_view raw) {
    std::string text = escape_markdown(raw);
    if (text.empty()) {
        return text;
    }
    if (text.front() == '#' || text.front() == '-' || text.front() == '+' || text.front() == '=') {
        return '\\' + text;
    }
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
        ++digits;
    }
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
        text.insert(digits, 1, '\\');
    }
    return text;
}

} // namespace

void render_sheet_text(const sheet& page, const terminal_options& options, std::string& out) {
    text_page text(options, out);
    text.heading(page.title);
    if (!page.subtitle.empty()) {
        text.paragraph(page.subtitle, 0);
    }
    for (const auto& section : page.sections) {
        text.blank();
        text.heading(section.heading);
        for (std::size_t i = 0; i < section.entries.size(); ++i) {
            const auto& entry = section.entries[i];
            const auto lead = "  " + marker(section.shape, i);
            text.spans({{entry.text, entry_style(entry)}}, lead);
            for (const auto& line : entry.more) {
                text.paragraph(line, lead.size());
            }
        }
    }
}

void render_sheet_markdown(const sheet& page, std::string& out) {
    out += fmt::format("## {}\n\n", escape_markdown(page.title));
    if (!page.subtitle.empty()) {
        out += fmt::format("{}\n\n", markdown_line(page.subtitle));
    }
    for (const auto& section : page.sections) {
        out += fmt::format("### {}\n\n", escape_markdown(section.heading));
        for (std::size_t i = 0; i < section.entries.size(); ++i) {
            const auto& entry = section.entries[i];
            const auto lead = marker(section.shape, i);
            out += lead;
            out += markdown_line(entry.text);
            // A backslash at the end of a line is a hard line break in CommonMark; the further
            // lines are indented to stay inside the list item.
            for (const auto& line : entry.more) {
                out += "\\\n";
                out.append(lead.size(), ' ');
                out += markdown_line(line);
            }
            out += section.shape == section_shape::paragraphs ? "\n\n" : "\n";
        }
        if (section.shape != section_shape::paragraphs) {
            out += '\n';
        }
    }
    // Blocks are separated by one empty line; the page itself ends with a single newline.
    if (out.size() >= 2 && out.ends_with("\n\n")) {
        out.pop_back();
    }
}

listing sheet_listing(const sheet& page) {
    listing out;
    out.columns = {{"Section", false}, {"Text", true}};
    out.rows.push_back({{"Title", {}, {}}, {page.title, {}, {}}});
    if (!page.subtitle.empty()) {
        out.rows.push_back({{"Subtitle", {}, {}}, {page.subtitle, {}, {}}});
    }
    for (const auto& section : page.sections) {
        for (const auto& entry : section.entries) {
            out.rows.push_back(
                {{section.heading, {}, {}}, {entry.text, entry.level, entry.judged}});
            for (const auto& line : entry.more) {
                out.rows.push_back({{section.heading, {}, {}}, {line, {}, {}}});
            }
        }
    }
    return out;
}

} // namespace massage_evidence::detail
