// CSL-JSON, the input format of citeproc processors (pandoc, Zotero, Mendeley): an array of
// items, each with the `id` and `type` the CSL data schema requires, names as {family, given}
// or {literal} for a committee, and dates as {"date-parts": [[year]]}. Only fields the dataset
// holds are written.

#include "massage_evidence/cite.hpp"

#include "render/json_writer.hpp"

namespace massage_evidence {
namespace {

std::string_view item_type(publication_form form) noexcept {
    switch (form) {
    case publication_form::article:
        return "article-journal";
    case publication_form::report:
        return "report";
    case publication_form::book:
        return "book";
    case publication_form::other:
        break;
    }
    return "document";
}

void optional_member(detail::json_writer& json, std::string_view name, std::string_view value) {
    if (!value.empty()) {
        json.member(name, value);
    }
}

} // namespace

void render_csl_json(const std::vector<const source*>& sources, std::string& out) {
    detail::json_writer json(out);
    json.begin_array();
    for (const auto* s : sources) {
        json.begin_object();
        json.member("id", s->id);
        json.member("type", item_type(publication_form_of(*s)));
        json.member("title", s->title);
        if (!s->authors.empty() || !s->group_author.empty()) {
            json.key("author");
            json.begin_array();
            for (const auto& author : s->authors) {
                const auto name = split_author(author);
                json.begin_object();
                if (name.initials.empty()) {
                    json.member("literal", name.family);
                } else {
                    json.member("family", name.family);
                    json.member("given", dotted_initials(name.initials));
                }
                json.end_object();
            }
            if (!s->group_author.empty()) {
                json.begin_object();
                json.member("literal", s->group_author);
                json.end_object();
            }
            json.end_array();
        }
        // The dataset holds NLM abbreviations; they are the only journal titles it knows.
        optional_member(json, "container-title", s->journal);
        optional_member(json, "container-title-short", s->journal);
        optional_member(json, "publisher", s->publisher);
        if (s->year) {
            json.key("issued");
            json.begin_object();
            json.key("date-parts");
            json.begin_array();
            json.begin_array();
            json.value(*s->year);
            json.end_array();
            json.end_array();
            json.end_object();
        }
        optional_member(json, "volume", s->volume);
        optional_member(json, "issue", s->issue);
        optional_member(json, "page", s->pages);
        optional_member(json, "DOI", s->doi);
        optional_member(json, "PMID", s->pmid);
        optional_member(json, "PMCID", s->pmcid);
        if (s->et_al) {
            json.member("note", "Only the first authors are listed.");
        }
        json.end_object();
    }
    json.end_array();
}

} // namespace massage_evidence
