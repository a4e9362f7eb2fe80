// The JSON contract of `check` (docs/json.md). Field names and enum tokens are a public interface:
// add fields freely, never rename or remove one without a major version.

#include "massage_evidence/check_render.hpp"

#include "json_writer.hpp"
#include "massage_evidence/vocabulary.hpp"

namespace massage_evidence {
namespace {

std::int64_t as_int(std::size_t n) noexcept {
    return static_cast<std::int64_t>(n);
}

} // namespace

void render_check_json(const std::vector<text_check>& checked, std::string& out) {
    detail::json_writer json(out);
    json.begin_object();
    json.key("files");
    json.begin_array();
    for (const auto& file : checked) {
        json.begin_object();
        json.member("file", file.origin);
        json.member("invalid_utf8", as_int(file.invalid_utf8));
        json.member("suppressed", as_int(file.suppressed));
        json.key("directive_problems");
        json.begin_array();
        for (const auto& problem : file.directive_problems) {
            json.begin_object();
            json.member("line", as_int(problem.line));
            json.member("column", as_int(problem.column));
            json.member("message", problem.message);
            json.end_object();
        }
        json.end_array();
        json.key("matches");
        json.begin_array();
        for (const auto& f : file.findings) {
            const auto& c = *f.subject;
            json.begin_object();
            json.member("line", as_int(f.line));
            json.member("column", as_int(f.column));
            json.member("text", matched_text(file, f));
            json.member("sentence", sentence_text(file, f));
            json.member("kind", to_string(c.kind));
            json.member("id", c.id);
            json.member("claim", c.statement);
            json.member("verdict", to_string(c.verdict));
            json.member("certainty", to_string(c.certainty));
            json.member("negated", f.negated);
            json.member("phrase", f.phrase);
            json.member("note", c.plain_language);
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();

    const auto totals = summarize(checked);
    json.key("summary");
    json.begin_object();
    json.member("files", as_int(totals.files));
    json.member("matches", as_int(totals.findings));
    json.member("claims", as_int(totals.claims));
    json.member("negated", as_int(totals.negated));
    json.member("suppressed", as_int(totals.suppressed));
    json.key("verdicts");
    json.begin_object();
    for (const auto& entry : vocabulary<verdict>::entries) {
        json.member(entry.token, as_int(totals.verdicts[static_cast<std::size_t>(entry.value)]));
    }
    json.end_object();
    json.key("by_claim");
    json.begin_array();
    for (const auto& tally : totals.by_claim) {
        const auto& c = *tally.subject;
        json.begin_object();
        json.member("id", c.id);
        json.member("kind", to_string(c.kind));
        json.member("verdict", to_string(c.verdict));
        json.member("certainty", to_string(c.certainty));
        json.member("claims", as_int(tally.claims));
        json.member("negated", as_int(tally.negated));
        json.end_object();
    }
    json.end_array();
    json.end_object();
    json.end_object();
}

} // namespace massage_evidence
