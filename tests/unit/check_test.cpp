#include "massage_evidence/check.hpp"
#include "support/check_compare.hpp"
#include "support/check_data.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace massage_evidence;

namespace {

const claim_checker& checker() {
    return test_support::tiny_checker();
}

struct seen {
    std::string id;
    bool negated;
    std::string text;
};

std::vector<seen> found(const std::string& text) {
    const auto result = checker().check("test.txt", text);
    std::vector<seen> out;
    for (const auto& f : result.findings) {
        out.push_back({f.subject->id, f.negated, matched_text(result, f)});
    }
    return out;
}

std::vector<std::string> ids(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& s : found(text)) {
        out.push_back(s.negated ? "!" + s.id : s.id);
    }
    return out;
}

using strings = std::vector<std::string>;

} // namespace

TEST_CASE("check finds a claim with its place, words and sentence", "[check]") {
    const auto result = checker().check(
        "t.md", "# Massage\n\nI have back pain.\nThe therapist said: \"massage boosts\n"
                "circulation and eases sore muscles.\" Then I left.\n");
    REQUIRE(result.findings.size() == 2);
    const auto& f = result.findings[1];
    CHECK(f.subject->id == "circulation");
    CHECK(f.phrase == "boosts circulation");
    CHECK(f.line == 4);
    CHECK(f.column == 30);
    CHECK(matched_text(result, f) == "boosts circulation");
    CHECK(sentence_text(result, f) ==
          "The therapist said: \"massage boosts circulation and eases sore muscles.\"");
    CHECK_FALSE(f.negated);
    REQUIRE(result.paragraphs.size() == 1);
    CHECK(result.paragraphs[0].first_line == 3);
    CHECK(result.findings[0].paragraph == 0);
}

TEST_CASE("columns count code points, not bytes", "[check]") {
    const auto result = checker().check("t", "Ça va — la massage thérapie «boosts circulation» "
                                             "pour le muscle.");
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].column == 30);
    CHECK(result.findings[0].line == 1);
}

TEST_CASE("matching forgives case, inflection, hyphens, spelling and determiners", "[check]") {
    const std::string context = " Massage helps sore muscles.";
    CHECK(ids("It BOOSTS your CIRCULATION." + context) == strings{"circulation"});
    CHECK(ids("It boosted circulation." + context) == strings{"circulation"});
    CHECK(ids("Massage flushing out the toxins." + context) == strings{"waste-removal"});
    CHECK(ids("It puts you in rest-and-digest mode." + context) == strings{"parasympathetic"});
    CHECK(ids("It puts you in rest & digest mode." + context) == strings{"parasympathetic"});
    CHECK(ids("Massage separates muscle fibers glued together." + context) == strings{"adhesions"});
    CHECK(ids("Massage works on trigger‑points." + context) == strings{"trigger-points"});
}

TEST_CASE("the longest phrase wins where phrases overlap", "[check]") {
    CHECK(ids("Massage breaks up the knots in sore muscles.") == strings{"adhesions"});
    CHECK(ids("Massage eases the knots in sore muscles.") == strings{"trigger-points"});
}

TEST_CASE("a negated mention is marked, not reported as a claim", "[check]") {
    const std::string context = " Massage helps sore muscles.";
    CHECK(ids("Massage does not boost circulation." + context) == strings{"!circulation"});
    CHECK(ids("Massage doesn’t flush out toxins." + context) == strings{"!waste-removal"});
    CHECK(ids("There is no evidence that a massage flushes lactic acid." + context) ==
          strings{"!waste-removal"});
    CHECK(ids("The idea that massage flushes lactic acid is a myth." + context) ==
          strings{"!waste-removal"});
    CHECK(ids("That massage boosts circulation is not true." + context) == strings{"!circulation"});
    CHECK(ids("Myth: massage boosts circulation." + context) == strings{"!circulation"});
}

TEST_CASE("negation stops at the clause and is undone by 'not only' and 'no more'", "[check]") {
    const std::string context = " Massage helps sore muscles.";
    CHECK(ids("Massage does not flush out toxins, but it reduces anxiety." + context) ==
          strings{"!waste-removal", "psychological"});
    CHECK(ids("Massage not only boosts circulation, it reduces anxiety." + context) ==
          strings{"circulation", "psychological"});
    CHECK(ids("Massage: no more back pain!") == strings{"back"});
    CHECK(ids("If you don't stretch, massage boosts circulation." + context) ==
          strings{"circulation"});
    CHECK(ids("It does not flush out toxins or boost circulation." + context) ==
          strings{"!waste-removal", "!circulation"});
}

TEST_CASE("a question is settled by its answer", "[check]") {
    const std::string context = " Massage helps sore muscles.";
    CHECK(ids("Does massage flush out toxins? No. Toxins are a myth." + context) ==
          strings{"!waste-removal"});
    CHECK(ids("Does massage reduce anxiety? Yes, for a while." + context) ==
          strings{"psychological"});
    CHECK(ids("You may read that massage boosts circulation. That is a myth." + context) ==
          strings{"!circulation"});
    CHECK(ids("Massage boosts circulation. It doesn't hurt either." + context) ==
          strings{"circulation"});
    // A bare "it doesn't" has nothing to deny but the sentence before, whatever follows a
    // break or a colon; a "though" may only add to it.
    CHECK(ids("People say massage boosts circulation. It doesn't." + context) ==
          strings{"!circulation"});
    CHECK(ids("People say massage boosts circulation. It doesn't: it barely changes." + context) ==
          strings{"!circulation"});
    CHECK(ids("People say massage boosts circulation. No, it does not; blood flow is "
              "unchanged." +
              context) == strings{"!circulation"});
    CHECK(ids("Massage boosts circulation. It won't, though, cure anything." + context) ==
          strings{"circulation"});
    CHECK(ids("Massage boosts circulation. It does not flush out toxins." + context) ==
          strings{"circulation", "!waste-removal"});
    // Not a yes/no question, so nothing to answer: a claim in disguise.
    CHECK(ids("Back pain? Massage does not flush out toxins.") ==
          strings{"back", "!waste-removal"});
    // A question mark makes only its own sentence a question, not one that a list item ends.
    CHECK(ids("Does massage boost circulation?\n\nDoes massage flush out toxins\n- No." +
              context) == strings{"circulation", "waste-removal"});
}

TEST_CASE("a bare mention reads in the light of a denial before it", "[check]") {
    CHECK(ids("## Myth: massage flushes lactic acid\n\nLactic acid clears on its own after "
              "exercise, so sore muscles are not a sign of it.") ==
          strings{"!waste-removal", "!waste-removal"});
    CHECK(ids("Massage does not flush out toxins. It eases back pain.") ==
          strings{"!waste-removal", "back"});
}

TEST_CASE("items of a list share the list's head", "[check]") {
    CHECK(ids("Massage for sore muscles reduces stress, anxiety and inflammation.") ==
          strings{"psychological", "inflammation"});
    const auto all = found("Massage for sore muscles reduces stress and inflammation.");
    REQUIRE(all.size() == 1);
    CHECK(all[0].text == "inflammation");
    // A quote ends the list, as it ends any phrase: the items after it are not read after the
    // head ("reduces ... anxiety", "reduces ... inflammation").
    CHECK(ids("Massage for sore muscles reduces stress, \"anxiety\" and inflammation.").empty());
}

TEST_CASE("text that is not about massage yields nothing", "[check]") {
    CHECK(ids("The new one-way system improves circulation around the market. Back pain "
              "is common among drivers.")
              .empty());
    CHECK(ids("Massage the kale with lemon until tender. The lactic acid in sourdough gives "
              "it tang. Serve with sore-throat tea.")
              .empty());
    CHECK(ids("The talks were tied up in knots. Massage parlour owners with back pain "
              "complained.") == strings{"back"});
}

TEST_CASE("a text that never names the body keeps what is said next to massage", "[check]") {
    // Short texts often name massage and a claim, and nothing of pain or the body.
    CHECK(ids("Our massage boosts circulation.") == strings{"circulation"});
    CHECK(ids("Book a massage today. It boosts circulation.") == strings{"circulation"});
    CHECK(ids("It boosts circulation. Book a massage today.") == strings{"circulation"});
    // Not across a paragraph break, nor two sentences away.
    CHECK(ids("Book a massage today.\n\nThe new bus lane boosts circulation.").empty());
    CHECK(ids("Book a massage today. Parking is free. The bus lane boosts circulation.").empty());
    // A denial next to massage is kept as a denial.
    CHECK(ids("Massage does not boost circulation.") == strings{"!circulation"});
}

TEST_CASE("an ambiguous phrase needs a cue nearby, a specific one does not", "[check]") {
    const std::string near = "Massage eases sore muscles. Parking is free. ";
    const std::string far = near + "We are open late. Buses stop outside. ";
    // "improves circulation" names nothing of the body: it needs a cue in its own sentence or
    // the one before or after; "back pain" needs only massage within three sentences.
    CHECK(ids("Massage eases sore muscles. It improves circulation.") == strings{"circulation"});
    CHECK(ids(near + "It improves circulation.").empty());
    CHECK(ids(near + "It eases back pain.") == strings{"back"});
    CHECK(ids(far + "It eases back pain.").empty());
    CHECK(ids("# Sports massage\n\n- improves circulation\n- eases back pain\n- sore legs") ==
          strings{"circulation", "back"});
}

TEST_CASE("invalid UTF-8 is counted and located, and later findings keep their place", "[check]") {
    const auto result = checker().check(
        "bad.txt", "Massage eases sore muscles.\nIt \xFF\xFE boosts circulation \xC3.\n");
    CHECK(result.invalid_utf8 == 3);
    CHECK(result.first_invalid_line == 2);
    CHECK(result.first_invalid_column == 4);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].column == 7);
    CHECK(sentence_text(result, result.findings[0]) ==
          "It \xEF\xBF\xBD\xEF\xBF\xBD boosts circulation \xEF\xBF\xBD.");
}

TEST_CASE("readable spans fold white space and replace invalid bytes", "[check]") {
    CHECK(readable_span("a \n\t b\r\nc", 0, 9) == "a b c");
    CHECK(readable_span("x\xFFy", 0, 3) == "x\xEF\xBF\xBDy");
    CHECK(readable_span("abc", 2, 99) == "c");
    CHECK(readable_span("abc", 3, 1).empty());
}

TEST_CASE("totals count claims and negated mentions apart", "[check]") {
    std::vector<text_check> results;
    results.push_back(checker().check(
        "a", "Massage boosts circulation and does not flush out toxins. Sore muscles."));
    results.push_back(checker().check("b", "Massage reduces anxiety and sore muscles."));
    const auto totals = summarize(results);
    CHECK(totals.files == 2);
    CHECK(totals.findings == 3);
    CHECK(totals.claims == 2);
    CHECK(totals.negated == 1);
    CHECK(totals.verdicts[static_cast<std::size_t>(verdict::contradicted)] == 1);
    CHECK(totals.verdicts[static_cast<std::size_t>(verdict::supported)] == 1);
    REQUIRE(totals.by_claim.size() == 3);
    CHECK(totals.by_claim[0].subject->id == "circulation");

    CHECK(has_claim_with_verdict(results, {verdict::contradicted}));
    CHECK(has_claim_with_verdict(results, {verdict::mixed, verdict::supported}));
    CHECK_FALSE(has_claim_with_verdict(results, {verdict::mixed}));
    // The negated mention of waste-removal (contradicted) alone does not count.
    results.erase(results.begin());
    results.push_back(checker().check("c", "Massage does not flush out toxins. Sore muscles."));
    CHECK_FALSE(has_claim_with_verdict(results, {verdict::contradicted}));
}

TEST_CASE("verdicts for --fail-on read the same from totals as from kept findings", "[check]") {
    std::vector<text_check> results;
    results.push_back(checker().check("a", "Massage does not flush out toxins. Sore muscles."));
    results.push_back(checker().check("b", "Massage reduces anxiety and sore muscles."));
    const auto totals = summarize(results);
    for (const auto& verdicts :
         std::vector<std::vector<verdict>>{{verdict::contradicted},
                                           {verdict::supported},
                                           {verdict::mixed},
                                           {verdict::mixed, verdict::supported},
                                           {}}) {
        CHECK(has_claim_with_verdict(totals, verdicts) ==
              has_claim_with_verdict(results, verdicts));
    }
    CHECK(has_claim_with_verdict(totals, {verdict::supported}));
    CHECK_FALSE(has_claim_with_verdict(totals, {verdict::contradicted}));
}

TEST_CASE("totals count each claim's texts once, however often a text repeats it", "[check]") {
    std::vector<text_check> results;
    results.push_back(checker().check("a", "Massage boosts circulation in sore muscles."));
    results.push_back(checker().check("b", "Massage reduces anxiety and sore muscles."));
    results.push_back(checker().check(
        "c", "Massage boosts circulation. Sore muscles? Massage boosts circulation again."));
    const auto totals = summarize(results);
    REQUIRE(totals.by_claim.size() == 2);
    CHECK(totals.by_claim[0].subject->id == "circulation");
    CHECK(totals.by_claim[0].claims == 3);
    CHECK(totals.by_claim[0].files == 2);
    CHECK(totals.by_claim[1].claims == 1);
    CHECK(totals.by_claim[1].files == 1);
}

namespace {

// What `scan` passes on, and what it says of the text.
struct scanned {
    std::vector<check_finding> findings;
    scan_outcome outcome;
};

scanned scan(const std::string& text) {
    scanned out;
    out.outcome =
        checker().scan(text, [&out](const check_finding& f) { out.findings.push_back(f); });
    return out;
}

} // namespace

TEST_CASE("scan passes on the findings check keeps, in the same order", "[check]") {
    const std::vector<std::string> texts{
        // The body is named only in the last paragraph: the findings before it were held back
        // until then, and all stand.
        "Massage boosts circulation.\n\nIt flushes out toxins, they say.\n\nMassage "
        "reduces anxiety.\n\nSore muscles too.",
        // No body cue at all: only what is said next to massage stands.
        "Massage boosts circulation.\n\nOur spa is lovely.\n\nIt flushes out toxins.",
        // No massage cue: nothing.
        "Exercise boosts circulation in sore muscles.",
        // Negations, questions and paragraphs without findings between those with them.
        "# Myths\n\nDoes massage flush out toxins? No.\n\nA quiet room.\n\nMassage boosts "
        "circulation in sore muscles.\n",
        "Massage \xFF boosts circulation in sore muscles.",
        "",
    };
    for (const auto& text : texts) {
        CAPTURE(text);
        const auto kept = checker().check("t", text);
        const auto passed = scan(text);
        REQUIRE(passed.findings.size() == kept.findings.size());
        CHECK(passed.outcome.findings == kept.findings.size());
        for (std::size_t i = 0; i < kept.findings.size(); ++i) {
            CHECK(test_support::finding_fields(passed.findings[i]) ==
                  test_support::finding_fields(kept.findings[i]));
            CHECK(kept.findings[i].paragraph < kept.paragraphs.size());
        }
        CHECK(passed.outcome.invalid_utf8 == kept.invalid_utf8);
        CHECK(passed.outcome.first_invalid_line == kept.first_invalid_line);
        CHECK(passed.outcome.first_invalid_column == kept.first_invalid_column);
    }
}

TEST_CASE("scan holds findings back until the text is known to be about the body", "[check]") {
    const auto held = scan("Massage boosts circulation.\n\nOur spa is lovely.\n\nIt flushes out "
                           "toxins.\n\nThe sauna is warm.");
    REQUIRE(held.findings.size() == 1);
    CHECK(held.findings[0].subject->id == "circulation");
    CHECK(held.findings[0].paragraph == 0);
    // The same text naming sore muscles at its end: the toxins are now reported too, and the
    // paragraphs are numbered among those with findings.
    const auto kept = scan("Massage boosts circulation.\n\nOur spa is lovely.\n\nIt flushes out "
                           "toxins.\n\nThe sauna eases sore muscles.");
    REQUIRE(kept.findings.size() >= 2);
    CHECK(kept.findings[1].subject->id == "waste-removal");
    CHECK(kept.findings[0].paragraph == 0);
    CHECK(kept.findings[1].paragraph == 1);
}

TEST_CASE("counting scanned findings gives the totals of kept ones", "[check]") {
    const std::vector<std::string> texts{
        "Massage boosts circulation and does not flush out toxins. Sore muscles.",
        "Nothing here.",
        "Massage boosts circulation. Sore muscles? Massage reduces anxiety.",
    };
    std::vector<text_check> results;
    check_counter counter;
    for (const auto& text : texts) {
        results.push_back(checker().check("t", text));
        counter.next_file();
        checker().scan(text, [&counter](const check_finding& f) { counter.add(f); });
    }
    const auto expected = summarize(results);
    const auto& counted = counter.totals();
    CHECK(counted.files == 3);
    CHECK(counted.files == expected.files);
    CHECK(counted.findings == expected.findings);
    CHECK(counted.claims == expected.claims);
    CHECK(counted.negated == expected.negated);
    CHECK(counted.verdicts == expected.verdicts);
    REQUIRE(counted.by_claim.size() == expected.by_claim.size());
    for (std::size_t i = 0; i < counted.by_claim.size(); ++i) {
        CHECK(counted.by_claim[i].subject == expected.by_claim[i].subject);
        CHECK(counted.by_claim[i].claims == expected.by_claim[i].claims);
        CHECK(counted.by_claim[i].negated == expected.by_claim[i].negated);
        CHECK(counted.by_claim[i].files == expected.by_claim[i].files);
    }
    CHECK(counted.by_claim[0].files == 2);
}

TEST_CASE("a dataset without lay phrases finds nothing, and phrases are counted once", "[check]") {
    dataset empty;
    const claim_checker none(empty);
    CHECK(none.check("x", "Massage boosts circulation in sore muscles.").findings.empty());
    CHECK(none.phrase_count() == 0);
    CHECK(checker().phrase_count() == 13);
}

namespace {

claim mechanism_with(const std::string& id, std::vector<std::string> phrases) {
    claim c;
    c.kind = claim_kind::mechanism;
    c.id = id;
    c.name = id;
    c.verdict = verdict::insufficient;
    c.certainty = certainty::low;
    c.lay_phrases = std::move(phrases);
    return c;
}

} // namespace

TEST_CASE("a phrase means the same however it is written in the dataset", "[check]") {
    // "Boosts Circulation" and "hypersensitivity" (16 letters) are split the quick way, the
    // others with the tokenizer (a hyphen, a comma, a word of 17 letters or more).
    dataset data;
    data.mechanisms = {
        mechanism_with("plain",
                       {"Boosts Circulation", "hypersensitivity eases", "boosts circulation"}),
        mechanism_with("other", {"lactic acid"}),
        mechanism_with("tokenized", {"boosts-circulation", "Hypersensitivity, eases"}),
        mechanism_with("long", {"electrostimulation helps", "Electrostimulation  HELPS"}),
    };
    const claim_checker checker(data);
    CHECK(checker.phrase_count() == 4);
    const auto result = checker.check(
        "t.txt", "Massage boosts circulation in sore muscles. Massage hypersensitivity eases "
                 "for sore muscles. Massage electrostimulation helps sore muscles.");
    std::vector<std::string> seen;
    for (const auto& f : result.findings) {
        seen.push_back(f.subject->id + " " + matched_text(result, f));
    }
    // Each claim once per place, however many of its phrases are the same words, and claims
    // that share a phrase in the dataset's order.
    CHECK(seen == strings{"plain boosts circulation", "tokenized boosts circulation",
                          "plain hypersensitivity eases", "tokenized hypersensitivity eases",
                          "long electrostimulation helps"});
}

TEST_CASE("a phrase holding a health term of two words is specific", "[check]") {
    // "heart rate" is a cue of two words; "heart" and "beat" are none. So "lowers heart rate"
    // needs only massage within three sentences, and "lowers heart beat" a cue beside it.
    dataset data;
    data.mechanisms = {mechanism_with("rate", {"lowers heart rate"}),
                       mechanism_with("beat", {"Lowers heart beat"})};
    const claim_checker checker(data);
    const auto ids_in = [&checker](const std::string& text) {
        strings out;
        for (const auto& f : checker.check("t.txt", text).findings) {
            out.push_back(f.subject->id);
        }
        return out;
    };
    const std::string near = "Massage eases sore muscles. Parking is free. ";
    CHECK(ids_in(near + "It lowers heart rate.") == strings{"rate"});
    CHECK(ids_in(near + "It lowers heart beat.").empty());
    CHECK(ids_in("Massage eases sore muscles. It lowers heart beat.") == strings{"beat"});
}
