// The JSON contract of `show` and `sources` (docs/json.md): a claim object with the detail of
// its grading, references and plain-language wording; source objects with their citation and
// the claims citing them. Field names are a public interface: add, never rename or remove.

#include "massage_evidence/cite.hpp"
#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/query.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/show.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "render/claim_json.hpp"

namespace massage_evidence {
namespace detail {
namespace {

void optional_member(json_writer& json, std::string_view name, std::string_view value) {
    if (!value.empty()) {
        json.member(name, value);
    }
}

} // namespace

void write_claim_detail(json_writer& json, const claim& c, const dataset* data) {
    json.key("references");
    json.begin_array();
    for (const auto& r : c.sources) {
        json.begin_object();
        json.member("source", r.ref);
        json.member("direction", to_string(r.direction));
        json.member("finding", r.finding);
        if (const auto* s = data ? data->find_source(r.ref) : nullptr) {
            json.member("type", to_string(s->type));
            json.member("citation", vancouver_reference(*s));
        }
        json.end_object();
    }
    json.end_array();
    json.member("lay_phrases", c.lay_phrases);
    json.key("steps");
    json.begin_array();
    for (const auto& step : c.steps) {
        json.begin_object();
        json.member("text", step.text);
        json.member("claim", step.claim_id);
        json.end_object();
    }
    json.end_array();
    json.key("in_plain_words");
    json.begin_object();
    json.member("research_says", verdict_in_words(c.verdict));
    json.member("statement", informative_statement(c.verdict, c.certainty));
    json.member("confidence", confidence_phrase(c.certainty));
    json.member("certainty_meaning", certainty_meaning(c.certainty));
    json.member("verdict_meaning", verdict_meaning(c.verdict));
    json.end_object();
}

void write_source_object(json_writer& json, const dataset& data, const source& s, bool full) {
    json.begin_object();
    json.member("id", s.id);
    json.member("type", to_string(s.type));
    json.member("title", s.title);
    json.member("authors", s.authors);
    json.member("et_al", s.et_al);
    optional_member(json, "group_author", s.group_author);
    optional_member(json, "journal", s.journal);
    optional_member(json, "publisher", s.publisher);
    if (s.year) {
        json.member("year", *s.year);
    }
    optional_member(json, "volume", s.volume);
    optional_member(json, "issue", s.issue);
    optional_member(json, "pages", s.pages);
    optional_member(json, "doi", s.doi);
    optional_member(json, "pmid", s.pmid);
    optional_member(json, "pmcid", s.pmcid);
    optional_member(json, "n", s.n);
    optional_member(json, "funding", s.funding);
    optional_member(json, "notes", s.notes);
    json.member("citation", vancouver_reference(s));
    const auto citing = claims_citing(data, s.id);
    json.key("cited_by");
    json.begin_array();
    for (const auto& entry : citing) {
        json.value(entry.by->id);
    }
    json.end_array();
    if (full) {
        json.key("findings");
        json.begin_array();
        for (const auto& [by, reference] : citing) {
            json.begin_object();
            json.member("claim", by->id);
            json.member("direction", to_string(reference->direction));
            json.member("finding", reference->finding);
            json.end_object();
        }
        json.end_array();
    }
    json.end_object();
}

} // namespace detail

void render_claim_detail_json(const dataset& data, const claim& c, std::string& out) {
    detail::json_writer json(out);
    detail::write_claim_object(json, c, true, &data);
}

void render_source_detail_json(const dataset& data, const source& s, std::string& out) {
    detail::json_writer json(out);
    detail::write_source_object(json, data, s, true);
}

void render_sources_json(const dataset& data, const std::vector<const source*>& sources,
                         std::string& out) {
    detail::json_writer json(out);
    json.begin_array();
    for (const auto* s : sources) {
        detail::write_source_object(json, data, *s, false);
    }
    json.end_array();
}

} // namespace massage_evidence
