// The claim checker: compiles the dataset's lay phrases and the cue vocabulary into one word
// automaton (phrase_compiler.hpp), then checks a text in two halves. Sentence readers
// (sentence_reader.hpp) do the per-word work and what one sentence settles on its own, piece by
// piece, on as many threads as allowed (piece_pipeline.hpp); `text_scan` below then takes their
// records in text order and decides, for each phrase found, whether the text around it is about
// massage (context) and whether a later sentence or an earlier heading denies it. The rules
// themselves are described in check.hpp; rendering is elsewhere (src/render/check_*.cpp).
//
// Memory stays bounded by a few pieces' records plus the findings kept: earlier sentences are
// remembered only as two flags each (massage cue, body cue).

#include "massage_evidence/check.hpp"

#include "check/check_directives.hpp"
#include "check/checker_tables.hpp"
#include "check/cues.hpp"
#include "check/phrase_compiler.hpp"
#include "check/piece_pipeline.hpp"
#include "check/reader_pool.hpp"
#include "check/sentence_reader.hpp"
#include "check/thread_placement.hpp"
#include "check/tokenizer.hpp"
#include "printable.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace massage_evidence {

namespace {

using detail::line_block;
using detail::read_kind;
namespace cue = detail::cue;

// How far the rules look, in sentences (see check.hpp).
constexpr std::size_t sentences_back = 3;
constexpr int title_level = 7; // a plain-text title line ranks below every Markdown heading
constexpr std::size_t no_slot = SIZE_MAX;

// A finding whose context is not yet settled: it may still be found in the next sentence.
struct candidate {
    check_finding finding;
    bool ambiguous = false;    ///< needs a cue close by
    bool near_massage = false; ///< a massage cue close enough for any phrase
    bool close_cue = false;    ///< a massage or body cue close enough for an ambiguous phrase
    bool question = false;     ///< asked, not said: the answer in the next sentence decides
    bool own_massage = false;  ///< massage is named in its sentence, or the one before or after
                               ///< in the same paragraph
    std::size_t paragraph = 0; ///< which paragraph of the text it is in
    [[nodiscard]] bool settled() const noexcept {
        return near_massage && (!ambiguous || close_cue);
    }
};

// What is remembered of a finished sentence.
struct sentence_cues {
    bool massage = false;
    bool body = false;
};

// The second half of a check: takes what the readers recorded of each piece, in text order, and
// applies the rules that reach across sentences (context, answers, denials in headings and
// paragraphs, a text that never names massage or the body). Lives for one call of
// claim_checker::scan or check. Findings go to `visit` as they are settled; `spans`, when given,
// receives the paragraph of each finding.
class text_scan {
public:
    text_scan(const detail::checker_tables& tables, detail::finding_filter& filter,
              const finding_visitor& visit, std::vector<paragraph_span>* spans)
        : tables_(tables), filter_(filter), visit_(visit), spans_(spans) {}

    [[nodiscard]] const scan_outcome& outcome() const noexcept { return outcome_; }

    // The next piece of the text.
    void settle(const detail::read_piece& piece) {
        std::size_t match = 0;
        for (const auto& event : piece.events) {
            switch (event.kind) {
            case read_kind::sentence:
                finish_sentence(event,
                                std::span(piece.matches).subspan(match, event.matches_end - match));
                match = event.matches_end;
                break;
            case read_kind::line_start:
                start_line(event);
                break;
            case read_kind::paragraph_end:
                end_paragraph(event.begin);
                break;
            case read_kind::invalid_utf8:
                if (outcome_.invalid_utf8++ == 0) {
                    outcome_.first_invalid_line = absolute_line(event.line);
                    outcome_.first_invalid_column = event.column;
                }
                break;
            }
        }
        line_base_ += piece.lines;
    }

    // After the last piece.
    void finish() {
        // Nothing follows to settle what still waits; a question left unanswered still asks.
        for (const auto& c : waiting_) {
            if (c.settled()) {
                accept(c);
            }
        }
        waiting_.clear();
        // A text that never names massage yields nothing, whatever its words. One that names no
        // pain or body part either ("Our massage flushes out toxins and boosts circulation.")
        // keeps only what is said next to massage: in its sentence, or the one before or after.
        if (!committed_ && text_massage_) {
            for (const auto& c : held_) {
                if (c.own_massage) {
                    show(c.finding);
                }
            }
        }
        held_.clear();
        // Keep only the paragraphs shown. Slots rise with the text, so each moves down or stays.
        if (spans_ != nullptr) {
            for (std::size_t i = 0; i < slots_shown_.size(); ++i) {
                (*spans_)[i] = (*spans_)[slots_shown_[i]];
            }
            spans_->resize(slots_shown_.size());
        }
    }

private:
    const detail::checker_tables& tables_;
    detail::finding_filter& filter_;
    const finding_visitor& visit_;
    std::vector<paragraph_span>* spans_;
    scan_outcome outcome_;
    std::size_t line_base_ = 0; ///< lines before the piece being settled

    line_block block_ = line_block::plain; ///< what the sentence being read is
    int heading_level_ = 0;

    // What came before.
    std::array<sentence_cues, sentences_back> recent_{};  ///< [0] is the previous sentence
    std::array<bool, title_level + 1> heading_massage_{}; ///< by level, along the heading path
    std::array<std::vector<const claim*>, title_level + 1> heading_denied_{}; ///< by level
    bool any_heading_denied_ = false;
    bool nearest_heading_massage_ = false;
    bool seen_heading_ = false;
    bool in_list_ = false;
    bool lead_in_massage_ = false;
    bool last_sentence_massage_ = false;
    std::vector<candidate> waiting_; ///< from the previous sentence
    bool text_massage_ = false;
    bool text_body_ = false;
    // Findings are held back until the text has named both massage and the body (see finish).
    bool committed_ = false;
    std::vector<candidate> held_;
    std::size_t last_slot_shown_ = no_slot; ///< paragraph slot of the last finding shown
    std::size_t paragraphs_shown_ = 0;
    std::vector<std::size_t> slots_shown_; ///< when keeping spans: the slots shown, in order

    // The paragraph being read.
    bool in_paragraph_ = false;
    std::size_t paragraph_begin_ = 0;
    std::size_t paragraph_first_line_ = 0;
    std::size_t paragraph_lines_ = 0;
    std::size_t paragraph_sentences_ = 0;
    std::size_t paragraph_words_ = 0;
    bool paragraph_punctuated_ = false;
    line_block paragraph_block_ = line_block::plain;
    std::optional<std::size_t> paragraph_slot_;
    std::size_t paragraph_slots_ = 0; ///< paragraphs that have had a finding, held or not
    std::size_t paragraphs_seen_ = 0;
    std::vector<const claim*> paragraph_denied_; ///< claims the paragraph has denied so far

    [[nodiscard]] std::size_t absolute_line(std::size_t piece_line) const noexcept {
        return line_base_ + piece_line;
    }

    void start_line(const detail::read_event& event) {
        if (!in_paragraph_) {
            in_paragraph_ = true;
            paragraph_begin_ = event.begin;
            paragraph_first_line_ = absolute_line(event.line);
            paragraph_lines_ = 0;
            paragraph_sentences_ = 0;
            paragraph_words_ = 0;
            paragraph_punctuated_ = false;
            paragraph_block_ = event.block;
            paragraph_slot_.reset();
            paragraph_denied_.clear();
        }
        ++paragraph_lines_;
        switch (event.block) {
        case line_block::heading:
            block_ = line_block::heading;
            heading_level_ = event.level;
            in_list_ = false;
            break;
        case line_block::list_item:
            if (!in_list_) {
                in_list_ = true;
                lead_in_massage_ = last_sentence_massage_;
            }
            block_ = line_block::list_item;
            break;
        case line_block::plain:
            if (paragraph_lines_ == 1) {
                in_list_ = false; // a paragraph at the margin ends any list
            }
            break;
        case line_block::indented:
            break;
        }
    }

    void end_paragraph(std::size_t end) {
        if (!in_paragraph_) {
            return;
        }
        in_paragraph_ = false;
        if (paragraph_slot_ && spans_ != nullptr) {
            (*spans_)[*paragraph_slot_].end = end;
        }
        // A short single line without a full stop, at the margin, is a plain-text title: the
        // first one titles the text, later ones title sections.
        if (paragraph_lines_ == 1 && paragraph_sentences_ == 1 && !paragraph_punctuated_ &&
            paragraph_words_ <= 10 && paragraph_block_ == line_block::plain) {
            set_heading(!seen_heading_ && paragraphs_seen_ == 0 ? 1 : title_level,
                        last_sentence_massage_, paragraph_denied_);
        }
        ++paragraphs_seen_;
    }

    void set_heading(int level, bool massage, const std::vector<const claim*>& denied) {
        seen_heading_ = true;
        const auto at = static_cast<std::size_t>(level);
        heading_massage_[at] = massage;
        heading_denied_[at] = denied;
        for (auto deeper = at + 1; deeper < heading_massage_.size(); ++deeper) {
            heading_massage_[deeper] = false;
            heading_denied_[deeper].clear();
        }
        nearest_heading_massage_ = massage;
        any_heading_denied_ = std::any_of(heading_denied_.begin(), heading_denied_.end(),
                                          [](const auto& list) { return !list.empty(); });
    }

    [[nodiscard]] bool heading_path_massage() const noexcept {
        return std::any_of(heading_massage_.begin(), heading_massage_.end(),
                           [](bool m) { return m; });
    }

    // Whether the paragraph, or a heading above, has already denied `subject`.
    [[nodiscard]] bool denied_before(const claim* subject) const noexcept {
        if (paragraph_denied_.empty() && !any_heading_denied_) {
            return false; // the common case, without nine searches
        }
        const auto holds = [subject](const std::vector<const claim*>& list) {
            return std::find(list.begin(), list.end(), subject) != list.end();
        };
        return holds(paragraph_denied_) ||
               std::any_of(heading_denied_.begin(), heading_denied_.end(), holds);
    }

    void deny(const claim* subject) {
        if (std::find(paragraph_denied_.begin(), paragraph_denied_.end(), subject) ==
            paragraph_denied_.end()) {
            paragraph_denied_.push_back(subject);
        }
    }

    void accept(const candidate& c) {
        if (committed_) {
            show(c.finding);
        } else {
            held_.push_back(c);
        }
    }

    // Passes a finding on, its paragraph slot renumbered to count only the paragraphs shown
    // (findings come in text order, so a new slot is the next paragraph), unless the text's
    // directives keep it out. It has played its part in settling the others by now.
    void show(check_finding finding) {
        if (filter_.hides(finding)) {
            ++outcome_.suppressed;
            return;
        }
        if (finding.paragraph != last_slot_shown_) {
            last_slot_shown_ = finding.paragraph;
            if (spans_ != nullptr) {
                slots_shown_.push_back(finding.paragraph);
            }
            ++paragraphs_shown_;
        }
        finding.paragraph = paragraphs_shown_ - 1;
        ++outcome_.findings;
        visit_(finding);
    }

    // Once the text has named massage and the body, every finding stands: show those held.
    void commit_when_about_massage() {
        if (committed_ || !text_massage_ || !text_body_) {
            return;
        }
        committed_ = true;
        for (const auto& c : held_) {
            show(c.finding);
        }
        held_.clear();
        held_.shrink_to_fit();
    }

    std::size_t paragraph_slot() {
        if (!paragraph_slot_) {
            paragraph_slot_ = paragraph_slots_++;
            if (spans_ != nullptr) {
                spans_->push_back({paragraph_begin_, paragraph_begin_, paragraph_first_line_});
            }
        }
        return *paragraph_slot_;
    }

    // The findings of the previous sentence wait for this one: its cues may settle their
    // context, and it may deny them (an answer to a question, or "That is a myth"). A heading
    // starts something new, so it settles and denies nothing.
    void settle_waiting(const detail::read_event& sentence, bool heading) {
        if (waiting_.empty()) {
            return;
        }
        const bool answer_no = !heading && sentence.answer_no;
        const bool statement_no = !heading && sentence.statement_no;
        for (auto& c : waiting_) {
            if (!heading) {
                c.near_massage = c.near_massage || sentence.massage;
                c.own_massage =
                    c.own_massage || (sentence.massage && c.paragraph == paragraphs_seen_);
                c.close_cue = c.close_cue || sentence.massage || sentence.body;
            }
            if ((c.question ? answer_no : statement_no) && !c.finding.negated) {
                c.finding.negated = true;
                deny(c.finding.subject);
            }
            if (c.settled()) {
                accept(c);
            }
        }
        waiting_.clear();
    }

    void finish_sentence(const detail::read_event& sentence,
                         std::span<const detail::sentence_match> matches) {
        const bool heading = block_ == line_block::heading;
        if (sentence.punctuated) {
            paragraph_punctuated_ = true;
        }
        paragraph_words_ += sentence.words;
        if (sentence.words == 0) {
            block_ = line_block::plain;
            return;
        }
        const sentence_cues found{sentence.massage, sentence.body};
        text_massage_ = text_massage_ || found.massage;
        text_body_ = text_body_ || found.body;
        commit_when_about_massage();
        settle_waiting(sentence, heading);
        if (heading) {
            recent_.fill({}); // a new section: what came before it no longer counts
        }

        const bool list_lead_in = in_list_ && lead_in_massage_;
        const bool recent_massage =
            std::any_of(recent_.begin(), recent_.end(), [](const auto& r) { return r.massage; });
        const bool previous_cue = recent_[0].massage || recent_[0].body;
        const bool own_massage = found.massage || (paragraph_sentences_ > 0 && recent_[0].massage);
        const bool near_massage =
            found.massage || recent_massage || heading_path_massage() || list_lead_in;
        const bool close_cue =
            found.massage || found.body || previous_cue || list_lead_in || nearest_heading_massage_;
        for (const auto& m : matches) {
            const auto& phrase = tables_.phrases[m.pattern];
            const auto slot = paragraph_slot();
            for (const auto& target : tables_.targets_of(phrase)) {
                const claim* subject = tables_.claims[target.claim];
                // A bare mention ("lactic acid") reads in the light of a denial just before it.
                const bool negated_here = m.negated || (!phrase.anchored && denied_before(subject));
                if (negated_here) {
                    deny(subject);
                }
                // Every finding waits one sentence: the next may still deny it. It is built
                // where it waits: copying a just-written candidate stalls on its stores.
                auto& c = waiting_.emplace_back();
                c.ambiguous = !phrase.anchored;
                c.question = sentence.question;
                c.own_massage = own_massage;
                c.paragraph = paragraphs_seen_;
                c.near_massage = near_massage;
                c.close_cue = close_cue;
                c.finding.subject = subject;
                c.finding.phrase = target.phrase;
                c.finding.line = std::min<std::size_t>(absolute_line(m.line), UINT32_MAX);
                c.finding.column = m.column;
                c.finding.begin = m.begin;
                c.finding.end = m.end;
                c.finding.sentence_begin = sentence.begin;
                c.finding.sentence_end = sentence.end;
                c.finding.paragraph = slot;
                c.finding.negated = negated_here;
            }
        }

        std::rotate(recent_.rbegin(), recent_.rbegin() + 1, recent_.rend());
        recent_[0] = found;
        ++paragraph_sentences_;
        last_sentence_massage_ = found.massage;
        if (heading) {
            set_heading(heading_level_, found.massage, paragraph_denied_);
        }
        block_ = line_block::plain;
    }
};

void append_readable(std::string& out, std::string_view text) {
    bool space = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
            ++pos;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        const auto start = pos;
        if (detail::decode_utf8(text, pos) < 0) {
            out += "\xEF\xBF\xBD"; // U+FFFD
        } else {
            out.append(text.substr(start, pos - start));
        }
    }
}

} // namespace

claim_checker::claim_checker(const dataset& data)
    : tables_(std::make_unique<detail::checker_tables>()) {
    detail::compile_phrases(*tables_, data);
    readers_ = std::make_unique<detail::reader_pool>(*tables_);
}

claim_checker::claim_checker(claim_checker&&) noexcept = default;
claim_checker& claim_checker::operator=(claim_checker&&) noexcept = default;
claim_checker::~claim_checker() = default;

std::size_t claim_checker::phrase_count() const noexcept {
    return static_cast<std::size_t>(std::count_if(tables_->phrases.begin(), tables_->phrases.end(),
                                                  [](const auto& p) { return p.has_targets(); }));
}

namespace {

// Threads to read with when the caller leaves it to us: one per processor the process may use,
// up to four (past that, settling findings in order on one thread is the limit).
unsigned threads_for(const scan_options& options) noexcept {
    if (options.threads != 0) {
        return options.threads;
    }
    return std::min(detail::usable_processors(), 4U);
}

// Reads `text` in pieces on the threads `options` allow, with readers from `pool`, and settles
// them in order into `scan`.
void read_and_settle(detail::reader_pool& pool, std::string_view text, const scan_options& options,
                     text_scan& scan) {
    const auto pieces = detail::split_at_blank_lines(text, options.piece_bytes);
    // A text of one piece (any short one) is read here, without asking how many processors
    // there are.
    const auto threads =
        pieces.size() == 1
            ? 1U
            : static_cast<unsigned>(std::min<std::size_t>(threads_for(options), pieces.size()));
    // Two slots per thread: one being read, one read and waiting to be settled.
    std::vector<detail::read_piece> slots(2 * std::size_t{threads});
    std::vector<std::unique_ptr<detail::sentence_reader>> readers(threads);
    detail::run_pieces(
        pieces.size(), threads, slots.size(),
        [&](std::size_t piece, std::size_t slot, unsigned reader) {
            auto& own = readers[reader];
            if (!own) {
                own = pool.take();
            }
            slots[slot].clear();
            const bool last = piece + 1 == pieces.size();
            own->read(text, pieces[piece].begin, last ? std::string_view::npos : pieces[piece].end,
                      slots[slot]);
        },
        [&](std::size_t slot) { scan.settle(slots[slot]); });
    scan.finish();
    // Not reached when reading or settling threw: a reader may then have stopped mid-sentence.
    pool.give_back(readers);
}

// The directives in `text`'s comments, checked against the claims of `tables`, when `options`
// let them count; and the comments and code blocks that never close, either way.
detail::finding_filter directives_of(const detail::checker_tables& tables, std::string_view text,
                                     const scan_options& options) {
    return detail::finding_filter(
        text,
        [&tables](std::string_view id) {
            return std::any_of(tables.claims.begin(), tables.claims.end(),
                               [id](const claim* c) { return c->id == id; });
        },
        options.directives);
}

} // namespace

text_check claim_checker::check(std::string origin, std::string text,
                                const scan_options& options) const {
    text_check result;
    result.origin = std::move(origin);
    result.text = std::move(text);
    const finding_visitor keep = [&result](const check_finding& f) {
        result.findings.push_back(f);
    };
    auto filter = directives_of(*tables_, result.text, options);
    text_scan scanner(*tables_, filter, keep, &result.paragraphs);
    read_and_settle(*readers_, result.text, options, scanner);
    result.invalid_utf8 = scanner.outcome().invalid_utf8;
    result.first_invalid_line = scanner.outcome().first_invalid_line;
    result.first_invalid_column = scanner.outcome().first_invalid_column;
    result.suppressed = scanner.outcome().suppressed;
    result.directive_problems = filter.problems();
    return result;
}

scan_outcome claim_checker::scan(std::string_view text, const finding_visitor& visit,
                                 const scan_options& options) const {
    auto filter = directives_of(*tables_, text, options);
    text_scan scanner(*tables_, filter, visit, nullptr);
    read_and_settle(*readers_, text, options, scanner);
    auto outcome = scanner.outcome();
    outcome.directive_problems = filter.problems();
    return outcome;
}

std::string readable_span(std::string_view text, std::size_t begin, std::size_t end) {
    std::string out;
    end = std::min(end, text.size());
    if (begin < end) {
        append_readable(out, text.substr(begin, end - begin));
    }
    return out;
}

std::string matched_text(const text_check& checked, const check_finding& finding) {
    return readable_span(checked.text, finding.begin, finding.end);
}

std::string sentence_text(const text_check& checked, const check_finding& finding) {
    return readable_span(checked.text, finding.sentence_begin, finding.sentence_end);
}

} // namespace massage_evidence
