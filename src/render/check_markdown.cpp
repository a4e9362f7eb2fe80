// `check --format markdown`: a review an editor can read on GitHub or in any Markdown viewer. The
// checked text is untrusted and goes through escape_markdown everywhere, including the quoted
// sentence, whose matched words are set in bold around the escaped pieces.

#include "massage_evidence/check_render.hpp"

#include "massage_evidence/vocabulary.hpp"

#include <fmt/format.h>

namespace massage_evidence {
namespace {

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

// The sentence with the matched words in bold; each piece escaped on its own.
std::string quoted_sentence(const text_check& file, const check_finding& f) {
    const auto before = readable_span(file.text, f.sentence_begin, f.begin);
    const auto match = matched_text(file, f);
    const auto after = readable_span(file.text, f.end, f.sentence_end);
    // readable_span trims the spaces at the cut; put back one where the text had one.
    const auto space_at = [&](std::size_t at) {
        return at < file.text.size() && (file.text[at] == ' ' || file.text[at] == '\n' ||
                                         file.text[at] == '\t' || file.text[at] == '\r');
    };
    std::string out = escape_markdown(before);
    if (!before.empty() && f.begin > 0 && space_at(f.begin - 1)) {
        out += ' ';
    }
    out += "**" + escape_markdown(match) + "**";
    if (!after.empty() && space_at(f.end)) {
        out += ' ';
    }
    out += escape_markdown(after);
    return out;
}

} // namespace

void render_check_markdown(const std::vector<text_check>& checked,
                           const check_review_options& options, std::string& out) {
    const auto totals = summarize(checked);
    out += "# Massage claims review\n\n";
    // An editor must know what the writers' comments kept out of the review, not just what is in
    // it.
    const auto suppressed =
        totals.suppressed == 0
            ? std::string()
            : fmt::format(", {} suppressed by comments in the text", totals.suppressed);
    out +=
        fmt::format("Checked with massage-evidence {} against dataset {}: {}, {}, {}{}.\n\n",
                    escape_markdown(options.tool_version), escape_markdown(options.dataset_version),
                    plural(totals.files, "file", "files"), plural(totals.claims, "claim", "claims"),
                    plural(totals.negated, "negated mention", "negated mentions"), suppressed);
    if (totals.findings > 0) {
        out += "| Verdict | Claims |\n|---|---|\n";
        for (const auto& entry : vocabulary<verdict>::entries) {
            out += fmt::format("| {} | {} |\n", entry.token,
                               totals.verdicts[static_cast<std::size_t>(entry.value)]);
        }
        out += '\n';
    }

    for (const auto& file : checked) {
        out += fmt::format("## {}\n\n", escape_markdown(file.origin));
        if (file.suppressed > 0) {
            out += fmt::format("*{} kept out by `massage-evidence-disable` comments in this "
                               "file.*\n\n",
                               plural(file.suppressed, "finding", "findings"));
        }
        // What stderr warns of, for the editor who reads only the review: a directive that
        // could not be obeyed or kept nothing out, and a comment or code block that hides the
        // rest of the file.
        if (!file.directive_problems.empty()) {
            out += "Comments and code blocks to look at:\n\n";
            for (const auto& problem : file.directive_problems) {
                out += fmt::format("- Line {}, column {}: {}\n", problem.line, problem.column,
                                   escape_markdown(problem.message));
            }
            out += '\n';
        }
        if (file.findings.empty()) {
            out += file.suppressed > 0 ? "No massage claims left to review.\n\n"
                                       : "No massage claims found.\n\n";
            continue;
        }
        out += "| # | Line:column | Text | Claim | Verdict | Certainty |\n"
               "|---|---|---|---|---|---|\n";
        std::size_t number = 0;
        for (const auto& f : file.findings) {
            ++number;
            out +=
                fmt::format("| {} | {}:{} | {}{} | {} | {} | {} |\n", number, f.line, f.column,
                            escape_markdown(matched_text(file, f)), f.negated ? " (negated)" : "",
                            escape_markdown(f.subject->id), to_string(f.subject->verdict),
                            certainty_with_symbols(f.subject->certainty));
        }
        out += '\n';
        number = 0;
        for (const auto& f : file.findings) {
            const auto& c = *f.subject;
            ++number;
            out += fmt::format("### {}. \"{}\", line {}, column {}\n\n", number,
                               escape_markdown(matched_text(file, f)), f.line, f.column);
            out += "> " + quoted_sentence(file, f) + "\n\n";
            if (f.negated) {
                out += "*The text denies this claim here, so it is not counted as one.*\n\n";
            }
            // Claim ids are kebab-case (the loader checks it), so a code span shows them as they
            // are.
            out += fmt::format("- **Claim** ({} `{}`): {}\n", to_string(c.kind), c.id,
                               escape_markdown(c.statement));
            out += fmt::format("- **Verdict:** {}, {} certainty\n", to_string(c.verdict),
                               certainty_with_symbols(c.certainty));
            out += fmt::format("- **What the evidence says:** {}\n\n",
                               escape_markdown(c.plain_language));
        }
    }
    if (!options.disclaimer.empty()) {
        out += fmt::format("---\n\n*{}*\n", escape_markdown(options.disclaimer));
    }
}

} // namespace massage_evidence
