// Printing search hits: a terminal layout with the matched words marked, a listing for Markdown
// and CSV, and the JSON contract. The ranking itself is in search.cpp.

#include "massage_evidence/search.hpp"

#include "json_writer.hpp"
#include "render/terminal_text.hpp"
#include "render/text_page.hpp"

#include <fmt/format.h>

namespace massage_evidence {
namespace {

std::string_view hit_id(const search_hit& hit) {
    return hit.matched_claim ? std::string_view(hit.matched_claim->id)
                             : std::string_view(hit.matched_source->id);
}

std::string_view hit_kind(const search_hit& hit) {
    return hit.matched_claim ? to_string(hit.matched_claim->kind) : std::string_view("source");
}

std::string_view hit_name(const search_hit& hit) {
    return hit.matched_claim ? std::string_view(hit.matched_claim->name)
                             : std::string_view(hit.matched_source->title);
}

} // namespace

listing search_listing(const std::vector<search_hit>& hits) {
    listing out;
    out.columns = {{"Score", false}, {"ID", false},    {"Kind", false},
                   {"Name", true},   {"Field", false}, {"Match", true}};
    for (const auto& hit : hits) {
        out.rows.push_back({{std::to_string(hit.score), {}, {}},
                            {std::string(hit_id(hit)), {}, {}},
                            {std::string(hit_kind(hit)), {}, {}},
                            {std::string(hit_name(hit)), {}, {}},
                            {std::string(to_string(hit.best.field)), {}, {}},
                            {make_snippet(hit.best).plain(), {}, {}}});
    }
    return out;
}

void render_search_text(const std::vector<search_hit>& hits, const terminal_options& options,
                        std::string& out) {
    detail::text_page page(options, out);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& hit = hits[i];
        if (i > 0) {
            page.blank();
        }
        page.spans({{std::string(hit_id(hit)), detail::style_bold},
                    {fmt::format(" ({}, score {}) ", hit_kind(hit), hit.score), {}},
                    {std::string(hit_name(hit)), {}}},
                   "", 2);
        const auto shown = make_snippet(hit.best);
        std::vector<detail::styled_span> pieces;
        if (shown.cut_before) {
            pieces.push_back({"…", {}});
        }
        for (const auto& piece : shown.pieces) {
            pieces.push_back({piece.text, piece.match ? detail::style_match : std::string_view{}});
        }
        if (shown.cut_after) {
            pieces.push_back({"…", {}});
        }
        page.spans(pieces, fmt::format("  {}: ", to_string(hit.best.field)));
        if (hit.fields.size() > 1) {
            std::string also;
            for (std::size_t f = 1; f < hit.fields.size(); ++f) {
                also += f > 1 ? ", " : "";
                also += to_string(hit.fields[f]);
            }
            page.paragraph("also in: " + also, 2);
        }
    }
}

void render_search_json(const std::vector<search_hit>& hits, std::string& out) {
    detail::json_writer json(out);
    json.begin_array();
    for (const auto& hit : hits) {
        json.begin_object();
        json.member("id", hit_id(hit));
        json.member("kind", hit_kind(hit));
        json.member("name", hit_name(hit));
        json.member("score", static_cast<std::int64_t>(hit.score));
        json.member("field", to_string(hit.best.field));
        json.member("snippet", make_snippet(hit.best).plain());
        json.key("fields");
        json.begin_array();
        for (const auto field : hit.fields) {
            json.value(to_string(field));
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();
}

} // namespace massage_evidence
