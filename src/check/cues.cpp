// The cue lists of `check`, grouped by what they signal. Each group is small on purpose: a cue
// that is common outside its sense ("back", "joint", "tight", "stress", "body") is left out,
// because a false cue is worse than a missing one (see check.hpp for how cues are used).

#include "check/cues.hpp"

#include "check/lexicon.hpp"

#include <initializer_list>

namespace massage_evidence::detail {
namespace {

void add(std::vector<cue_text>& out, std::uint16_t flags,
         std::initializer_list<std::string_view> texts) {
    for (const auto text : texts) {
        out.push_back({text, flags});
    }
}

std::vector<cue_text> make_cue_texts() {
    std::vector<cue_text> out;
    // Massage and hands-on therapy: what makes a sentence a claim about massage.
    add(out, cue::massage | cue::anchor,
        {"massage",     "masseur",       "masseuse",        "therapist",   "therapy",
         "physio",      "physiotherapy", "physiotherapist", "bodywork",    "bodyworker",
         "rubdown",     "myotherapy",    "myotherapist",    "shiatsu",     "reflexology",
         "foam roller", "foam rolling",  "foam roll",       "soft tissue", "deep tissue",
         "effleurage",  "petrissage",    "tapotement",      "myofascial",  "hot stone"});
    // Pain and the sore body: what makes a text about pain.
    add(out, cue::body | cue::anchor,
        {"pain",           "painful",      "ache",     "aching",    "achy",     "sore",
         "soreness",       "muscle",       "muscular", "injury",    "injured",  "stiffness",
         "spasm",          "cramp",        "tendon",   "ligament",  "fascia",   "arthritis",
         "osteoarthritis", "fibromyalgia", "headache", "migraine",  "sciatica", "neck",
         "shoulder",       "knee",         "hip",      "hamstring", "calves",   "quads",
         "glutes",         "spine",        "spinal",   "posture",   "lumbago",  "doms",
         "backache"});
    // Health terms that make a phrase specific enough to need no nearby cue.
    add(out, cue::anchor,
        {"blood",           "lymph",         "lymphatic",      "endorphin", "serotonin",
         "dopamine",        "cortisol",      "adrenaline",     "hormone",   "hormonal",
         "parasympathetic", "vagus",         "vagal",          "nerve",     "nervous system",
         "reflex",          "hoffmann",      "inflammation",   "inflamed",  "inflammatory",
         "cytokine",        "swelling",      "fascial",        "scar",      "adhesion",
         "fibrosis",        "tissue",        "opioid",         "morphine",  "methadone",
         "painkiller",      "medication",    "surgery",        "surgical",  "placebo",
         "heart rate",      "trigger point", "range of motion"});
    add(out, cue::negation,
        {"not",        "no",        "never",   "cannot",   "can't",   "cant",   "don't",
         "dont",       "doesn't",   "doesnt",  "didn't",   "didnt",   "isn't",  "isnt",
         "aren't",     "arent",     "wasn't",  "wasnt",    "weren't", "won't",  "wouldn't",
         "couldn't",   "shouldn't", "haven't", "hasn't",   "hadn't",  "ain't",  "neither",
         "nor",        "none",      "fail",    "unlikely", "lack",    "hardly", "rather than",
         "instead of", "far from"});
    // After a negation these undo it: "not only", "not just", "no more back pain", "no doubt".
    add(out, cue::not_negating,
        {"only", "just", "merely", "simply", "more", "longer", "doubt", "wonder", "matter",
         "question", "surprise", "surprisingly", "mention", "least", "exception"});
    add(out, cue::sceptic,
        {"myth", "misconception", "debunk", "debunked", "untrue", "false", "falsely", "unproven",
         "disproven", "unfounded", "unsupported", "pseudoscience", "pseudoscientific", "bogus",
         "misleading", "contrary to", "old wives"});
    // "is not true", "isn't supported": a negation after the claim, aimed back at it.
    add(out, cue::affirming,
        {"true", "supported", "proven", "backed", "correct", "accurate", "case", "right"});
    add(out, cue::contrast,
        {"but", "however", "yet", "whereas", "nevertheless", "nonetheless", "instead", "although",
         "though"});
    add(out, cue::subordinator,
        {"if", "unless", "when", "whenever", "because", "since", "although", "though", "while",
         "whilst", "after", "before", "once", "until", "whether"});
    // "Massage the kale", "massage the figures": cooking and figurative senses.
    add(out, cue::figurative,
        {"kale",    "dough",    "meat",     "steak",      "chicken", "pork",    "beef",
         "brisket", "marinade", "dressing", "salad",      "cabbage", "lettuce", "leaves",
         "figures", "numbers",  "data",     "statistics", "stats",   "results", "facts",
         "truth",   "ego",      "accounts", "spreadsheet"});
    // List joints: "reduces stress, anxiety and inflammation" also reads "reduces inflammation".
    add(out, cue::conjunction, {"and", "or"});
    // Verbs that open a yes/no question ("Does massage flush toxins?"), which its answer settles.
    add(out, cue::auxiliary,
        {"do", "does", "did", "will", "would", "can", "could", "is", "are", "was", "were", "should",
         "shall", "may", "might", "has", "have", "must"});
    // Words that point back at the sentence before: "That is a myth." denies what it follows.
    add(out, cue::anaphor, {"this", "that", "these", "those", "it", "such", "which"});
    // Idioms that contain a claim phrase in another sense; they win over the phrase inside.
    add(out, cue::idiom,
        {"tied up in knots", "tie yourself in knots", "tied in knots", "tying itself in knots",
         "tied me up in knots", "tied them up in knots", "tied us up in knots",
         "tied him up in knots", "knots an hour", "knots per hour"});
    // Determiners: "flush out the toxins" and "boosts your circulation" are the phrases
    // "flush out toxins" and "boosts circulation". Dropped from phrases, skipped in text.
    add(out, cue::transparent,
        {"a", "an", "the", "my", "your", "our", "their", "his", "her", "its", "this", "these",
         "those", "some", "any"});
    return out;
}

} // namespace

const std::vector<cue_text>& cue_texts() {
    static const std::vector<cue_text> texts = make_cue_texts();
    return texts;
}

} // namespace massage_evidence::detail
