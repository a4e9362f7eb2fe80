#pragma once

/// `check`: the massage claims that everyday text makes (a clinic page, a brochure, a blog post),
/// each with the claim of the dataset it expresses, and so with its verdict and certainty.
///
/// How it works, in one pass over the text:
///
/// 1. **Words.** A tokenizer splits the text into words and keeps its structure: sentence ends
///    ("e.g." and "Dr." do not end one), clause breaks, paragraphs, Markdown headings and list
///    items. Words are lower-cased, accents folded (pétrissage = petrissage) and typographic
///    apostrophes made plain. A hyphen inside a word only separates ("rest-and-digest" is "rest
///    and digest"), so hyphen and space variants need no special patterns.
/// 2. **Canonical forms.** Each word is reduced to a canonical form, the same way for the text and
///    for the dataset's lay phrases: possessives dropped, British spellings made American
///    ("fibre" = "fiber", "-ise" = "-ize", "colour" = "color"), then a light stemmer for plurals,
///    -ed, -ing and a final -e ("flush", "flushes", "flushing" and "flushed" are one form). Doing
///    it on both sides at run time, rather than generating variants of each phrase, keeps the
///    automaton as small as the phrase list and treats every inflection alike.
/// 3. **Automaton.** Every lay phrase of the dataset (and a few multi-word cues and idioms) is a
///    sequence of canonical forms; all of them go into one Aho–Corasick automaton over words,
///    built once. One hash look-up per word (cached per distinct word) gives the word's phrase
///    symbol and its cue flags, and the automaton takes one step (one table look-up) per
///    word, so the cost is linear in the text whatever the number of phrases. Determiners ("the",
///    "your") are skipped, so "flush out the toxins" is the phrase "flush out toxins". In a list
///    ("reduces stress, anxiety and inflammation") a second state reads each item after the list's
///    head, so "reduces inflammation" is found too. Overlapping matches are resolved
///    leftmost-longest ("breaks up the knots" wins over "knots"); idioms such as "tied up in
///    knots" win over the phrases inside them and report nothing.
/// 4. **Context.** A phrase is reported only where the text is about massage: a massage cue
///    ("massage", "therapist", "foam roller", ...) must appear in the same sentence, one of the
///    three before (within the section) or the next one, in a heading above it, or in the
///    lead-in of its list. A phrase without a health term of its own ("improves circulation",
///    "lactic acid", "knots", "once a week") also needs a massage or body cue ("muscle", "pain",
///    "sore", ...) in its own sentence or the one before or after, or its list's lead-in or
///    section heading. A whole text with no massage cue yields nothing. In a text with no pain or
///    body cue at all (often a short one: "Our massage flushes out toxins."), a phrase counts
///    only next to a massage cue: in its sentence, or the one before or after in its paragraph.
///    "Massage the kale" and "massaged the figures" are not cues.
/// 5. **Negation.** A finding is marked `negated` when a negation ("not", "never", "doesn't",
///    "no evidence") precedes it within twelve words of the same clause, or a sceptical word
///    ("myth", "debunked") appears in its clause before or after it, or "is not true" follows it.
///    "Not only", "not just" and "no more" do not negate; "but", "however" and the comma after an
///    "if ..." clause end the clause. A yes/no question is settled by its answer ("Does it flush
///    toxins? No."), a statement by a next sentence that points back and denies it ("That is a
///    myth.", or a bare "It doesn't." with nothing after it in its clause). A bare mention with
///    no health term ("lactic acid") after its claim was denied in the same paragraph or in a
///    heading above reads as negated too.
///
/// A long text is cut into pieces at blank lines, which no phrase, list or sentence crosses, and
/// the pieces' words (steps 1 to 3, and the negation inside a sentence) are read on several
/// threads (`scan_options`); the rules that reach across sentences then run on the calling
/// thread in text order, so the findings are the same however many threads read.
///
/// Lines and columns are 1-based; columns count code points of the original text. Invalid UTF-8
/// never stops a check: it is counted, and shown as U+FFFD.
///
///     const dataset data = load_embedded_dataset();
///     const claim_checker checker(data);
///     const text_check result = checker.check("brochure.txt", read_input("brochure.txt"));
///     for (const auto& f : result.findings) {
///         // f.line, f.column, matched_text(result, f), f.subject->id, f.subject->verdict
///     }

#include "massage_evidence/model.hpp"

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace massage_evidence {

/// One mention of a claim in a text.
struct check_finding {
    const claim* subject = nullptr; ///< the claim the phrase expresses (owned by the dataset)
    std::string_view phrase;        ///< the lay phrase that matched, as the dataset writes it
    std::size_t line = 0;           ///< 1-based line of the first matched character
    std::size_t column = 0;         ///< 1-based column of that character, in code points
    std::size_t begin = 0;          ///< byte offsets of the matched words in the text
    std::size_t end = 0;
    std::size_t sentence_begin = 0; ///< byte offsets of the sentence around them
    std::size_t sentence_end = 0;
    std::size_t paragraph = 0; ///< index into `text_check::paragraphs`
    bool negated = false;      ///< the text denies the claim here ("massage does not ...")
};

/// A paragraph (lines between blank lines) that holds at least one finding.
struct paragraph_span {
    std::size_t begin = 0; ///< byte offset of the start of its first line
    std::size_t end = 0;   ///< byte offset of the end of its last line (before the newline)
    std::size_t first_line = 0;
};

/// A comment in a text that looks like a directive to `check` ("<!-- massage-evidence-... -->")
/// and cannot be obeyed (an unknown directive, an id that names no claim of the dataset), a
/// directive that kept nothing out, or a comment or code block that never closes and so hides
/// the rest of the text.
struct directive_problem {
    std::size_t line = 0;   ///< where the comment or code block begins
    std::size_t column = 0; ///< in code points
    std::string message;    ///< what is wrong and how to fix it, printable
};

/// The result of checking one text. Findings point into the dataset the checker was built from.
struct text_check {
    std::string origin;                     ///< the name shown for the text: a path, or "<stdin>"
    std::string text;                       ///< the text as read
    std::vector<check_finding> findings;    ///< in text order
    std::vector<paragraph_span> paragraphs; ///< those with findings, in text order
    std::size_t invalid_utf8 = 0;           ///< bytes that are not UTF-8 (shown as U+FFFD)
    std::size_t first_invalid_line = 0;     ///< where the first of them is
    std::size_t first_invalid_column = 0;
    std::size_t suppressed = 0; ///< findings its directives keep out (not in `findings`)
    std::vector<directive_problem> directive_problems;
};

/// What `claim_checker::scan` reports of a text besides its findings.
struct scan_outcome {
    std::size_t findings = 0;
    std::size_t invalid_utf8 = 0; ///< bytes that are not UTF-8
    std::size_t first_invalid_line = 0;
    std::size_t first_invalid_column = 0;
    std::size_t suppressed = 0; ///< findings its directives keep out (not in `findings`)
    std::vector<directive_problem> directive_problems;
};

/// How `claim_checker` reads a text. The findings are the same whatever `threads` and
/// `piece_bytes` say; `directives` decides whether the text's comments may keep some out.
struct scan_options {
    /// Threads that read a long text, the caller's included: 0 for one per processor the
    /// process may use (its affinity, so `taskset` counts; up to four), 1 to read on the
    /// calling thread only.
    unsigned threads = 0;
    /// A text longer than this is cut into pieces of about this size at blank lines, which
    /// threads read side by side; findings are still settled one by one, in text order, on the
    /// calling thread. Smaller pieces share the work more evenly and cost a little more each.
    std::size_t piece_bytes = std::size_t{1} << 15U;
    /// Obey the text's "<!-- massage-evidence-disable... -->" comments. False reports every
    /// finding and reads no directive, for a review of what writers kept out.
    bool directives = true;
};

/// Receives the findings of `claim_checker::scan`, one at a time.
using finding_visitor = std::function<void(const check_finding&)>;

namespace detail {
struct checker_tables;
class reader_pool;
} // namespace detail

/// Finds the claims of a dataset in texts. Building it compiles every lay phrase once; checking
/// is then linear in the text. The dataset must outlive the checker and its results. Check many
/// texts with one checker: it keeps what its readers learnt of the words of one text for the
/// next. Its checks may run on several threads at once.
class claim_checker {
public:
    explicit claim_checker(const dataset& data);
    claim_checker(claim_checker&&) noexcept;
    claim_checker& operator=(claim_checker&&) noexcept;
    claim_checker(const claim_checker&) = delete;
    claim_checker& operator=(const claim_checker&) = delete;
    ~claim_checker();

    /// The findings of `text`, known by `origin` in messages.
    [[nodiscard]] text_check check(std::string origin, std::string text,
                                   const scan_options& options = {}) const;

    /// The same findings as `check`, in the same order, passed to `visit` as they are settled
    /// instead of kept: for totals over large texts, whose findings would take more memory than
    /// the text. A finding's `paragraph` numbers the paragraphs that hold findings, as in
    /// `check`, but there are no spans to index. A finding may be held back until the text has
    /// shown that it is about massage and the body (at the latest, to its end), so `visit` can
    /// see nothing for a while and then several at once. `visit` is always called on the
    /// calling thread.
    scan_outcome scan(std::string_view text, const finding_visitor& visit,
                      const scan_options& options = {}) const;

    /// Number of distinct phrases compiled (after normalisation).
    [[nodiscard]] std::size_t phrase_count() const noexcept;

private:
    std::unique_ptr<detail::checker_tables> tables_;
    std::unique_ptr<detail::reader_pool> readers_;
};

/// Bytes `begin`..`end` of `text` as they read: runs of white space (line breaks included)
/// become one space and invalid UTF-8 becomes U+FFFD. Not escaped: it is untrusted text.
[[nodiscard]] std::string readable_span(std::string_view text, std::size_t begin, std::size_t end);
/// The matched words of a finding, readable.
[[nodiscard]] std::string matched_text(const text_check& checked, const check_finding& finding);
/// The sentence of a finding, readable.
[[nodiscard]] std::string sentence_text(const text_check& checked, const check_finding& finding);

/// How often one claim was found.
struct claim_tally {
    const claim* subject = nullptr;
    std::size_t claims = 0;  ///< mentions that assert it
    std::size_t negated = 0; ///< mentions that deny it
    std::size_t files = 0;   ///< texts that mention it at all
};

/// Totals over checked texts.
struct check_totals {
    std::size_t files = 0;
    std::size_t findings = 0;
    std::size_t claims = 0;                ///< findings not negated
    std::size_t negated = 0;               ///< findings negated
    std::size_t suppressed = 0;            ///< findings the texts' directives kept out
    std::array<std::size_t, 5> verdicts{}; ///< claims by verdict, indexed by the enumerator
    std::vector<claim_tally> by_claim;     ///< in order of first appearance
};

/// Totals built up one finding at a time, so that findings need not be kept.
///
///     check_counter counter;
///     for (const auto& text : texts) {
///         counter.next_file();
///         const auto outcome =
///             checker.scan(text, [&](const check_finding& f) { counter.add(f); });
///         counter.add_suppressed(outcome.suppressed);
///     }
class check_counter {
public:
    /// Starts counting the findings of another text (once per text, findings or not).
    void next_file();
    void add(const check_finding& finding);
    /// Counts findings of the current text that its directives kept out.
    void add_suppressed(std::size_t count) noexcept { totals_.suppressed += count; }
    [[nodiscard]] const check_totals& totals() const noexcept { return totals_; }

private:
    check_totals totals_;
    std::unordered_map<const claim*, std::size_t> row_of_; ///< into `totals_.by_claim`
    /// By row: the last text (numbered from 1) counted in the row's `files`.
    std::vector<std::size_t> last_file_;
    const claim* last_subject_ = nullptr;
    std::size_t last_row_ = 0;
};

/// Counts the findings of `checked`.
[[nodiscard]] check_totals summarize(const std::vector<text_check>& checked);

/// Whether any finding that is not negated has one of `verdicts` (for `--fail-on`).
[[nodiscard]] bool has_claim_with_verdict(const check_totals& totals,
                                          const std::vector<verdict>& verdicts) noexcept;

/// The same, over kept findings.
[[nodiscard]] bool has_claim_with_verdict(const std::vector<text_check>& checked,
                                          const std::vector<verdict>& verdicts) noexcept;

} // namespace massage_evidence
