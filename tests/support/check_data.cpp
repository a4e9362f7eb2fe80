#include "support/check_data.hpp"

#include <string>
#include <vector>

namespace test_support {
namespace {

using namespace massage_evidence;

claim make_claim(claim_kind kind, const std::string& id, verdict v,
                 std::vector<std::string> phrases) {
    claim c;
    c.kind = kind;
    c.id = id;
    c.name = id;
    c.statement = "The claim of " + id + ".";
    c.verdict = v;
    c.certainty = certainty::low;
    c.plain_language = "What the evidence says about " + id + ".";
    c.lay_phrases = std::move(phrases);
    return c;
}

} // namespace

const dataset& check_dataset() {
    static const dataset d = [] {
        dataset out;
        out.info.version = "1.0.0";
        out.info.disclaimer = "For education only.";
        const auto mechanism = claim_kind::mechanism;
        out.mechanisms = {
            make_claim(mechanism, "circulation", verdict::contradicted,
                       {"boosts circulation", "improves circulation"}),
            make_claim(mechanism, "waste-removal", verdict::contradicted,
                       {"flush out toxins", "lactic acid", "flushes lactic acid"}),
            make_claim(mechanism, "trigger-points", verdict::insufficient,
                       {"knots", "trigger points"}),
            make_claim(mechanism, "adhesions", verdict::contradicted,
                       {"breaks up the knots", "muscle fibres glued together"}),
            make_claim(mechanism, "psychological", verdict::supported, {"reduces anxiety"}),
            make_claim(mechanism, "inflammation", verdict::insufficient, {"reduces inflammation"}),
            make_claim(mechanism, "parasympathetic", verdict::mixed, {"rest and digest"}),
        };
        out.conditions = {
            make_claim(claim_kind::condition, "back", verdict::supported, {"back pain"})};
        return out;
    }();
    return d;
}

const claim_checker& tiny_checker() {
    static const claim_checker checker(check_dataset());
    return checker;
}

} // namespace test_support
