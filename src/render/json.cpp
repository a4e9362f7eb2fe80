// The JSON contract of the listing commands (docs/json.md). Field names and enum tokens here are
// a public interface: add fields freely, never rename or remove one without a major version.

#include "massage_evidence/render.hpp"

#include "massage_evidence/vocabulary.hpp"
#include "render/claim_json.hpp"

namespace massage_evidence {

namespace detail {

void write_claim_object(json_writer& json, const claim& c, bool full, const dataset* data) {
    json.begin_object();
    json.member("id", c.id);
    json.member("kind", to_string(c.kind));
    json.member("name", c.name);
    switch (c.kind) {
    case claim_kind::mechanism:
        json.member("category", to_string(c.category));
        break;
    case claim_kind::condition:
        json.member("condition", to_string(c.condition));
        if (!c.population.empty()) {
            json.member("population", c.population);
        }
        json.member("comparator", to_string(c.comparator));
        json.member("follow_up", to_string(c.follow_up));
        if (!c.effect.empty()) {
            json.member("effect", c.effect);
        }
        if (c.studies) {
            json.member("studies", *c.studies);
        }
        if (c.participants) {
            json.member("participants", *c.participants);
        }
        break;
    case claim_kind::practice:
        json.member("topic", to_string(c.topic));
        break;
    }
    json.member("claim", c.statement);
    json.member("evidence", c.evidence);
    json.member("verdict", to_string(c.verdict));
    json.member("certainty", to_string(c.certainty));
    json.key("sources");
    json.begin_array();
    for (const auto& r : c.sources) {
        json.value(r.ref);
    }
    json.end_array();
    json.key("grading");
    json.begin_object();
    json.member("start", to_string(c.grading.start));
    if (full) {
        json.member("basis", c.grading.basis);
        if (!c.grading.notes.empty()) {
            json.member("notes", c.grading.notes);
        }
    }
    json.key("domains");
    json.begin_array();
    for (const auto& d : c.grading.domains) {
        json.begin_object();
        json.member("domain", to_string(d.domain));
        json.member("change", static_cast<std::int64_t>(d.change));
        json.member("reason", d.reason);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    json.member("plain_language", c.plain_language);
    json.member("caveats", c.caveats);
    if (c.kind == claim_kind::mechanism) {
        json.member("explains", c.explains);
    }
    if (full) {
        write_claim_detail(json, c, data);
    }
    json.end_object();
}

} // namespace detail

void render_claims_json(const std::vector<const claim*>& claims, std::string& out) {
    detail::json_writer json(out);
    json.begin_array();
    for (const auto* c : claims) {
        detail::write_claim_object(json, *c, false, nullptr);
    }
    json.end_array();
}

} // namespace massage_evidence
