// The sentence reader: the per-word loop of `check` and the rules that one sentence settles on
// its own. See sentence_reader.hpp for what it records and check.hpp for the rules.

#include "check/sentence_reader.hpp"

#include "check/cues.hpp"
#include "check/word_form.hpp"

#include <algorithm>

namespace massage_evidence::detail {
namespace {

// How far the rules look, in words (see check.hpp).
constexpr std::size_t negation_reach = 12;
constexpr std::size_t figurative_reach = 3;
constexpr std::uint32_t max_list_item_words = 3;
constexpr std::size_t max_sentence_words = 4096; // a longer run is cut, bounding memory

std::uint32_t clamp32(std::size_t n) noexcept {
    return static_cast<std::uint32_t>(std::min<std::size_t>(n, UINT32_MAX));
}

} // namespace

// The lexicon entry of a word as the tokenizer folded it; all zero when it is not in the
// lexicon. By value, so that callers test its bits rather than branch on a pointer.
word_entry sentence_reader::lookup(const text_event& word) {
    const bool keyed = word.folded.size() <= word_key::max_size;
    if (keyed) {
        if (const auto* cached = cache_.find(word.key)) {
            return *cached;
        }
    }
    const word_form form(word.folded);
    const auto* found = form.view().empty() ? nullptr : tables_.words.find(form.view());
    const auto entry = found ? *found : word_entry{};
    if (keyed) {
        cache_.remember(word.key, entry);
    }
    return entry;
}

void sentence_reader::new_clause() {
    ++clause_;
    clause_empty_ = true;
    subordinate_ = false;
    list_head_.reset();
}

void sentence_reader::break_phrases() {
    state_ = phrase_automaton::root;
    before_last_ = state_;
    list_head_.reset();
}

// At a list joint (a comma, "and", "or"): the head is what came before the first item's last
// word, and stays the head for the items that follow, as long as they are short; a longer "item"
// was a clause of its own, so the joint after it starts a new list.
void sentence_reader::open_list_item() {
    if (!list_head_ || item_words_ > max_list_item_words) {
        list_head_.reset();
        if (before_last_ != phrase_automaton::root) {
            list_head_ = before_last_;
        }
    }
    item_words_ = 0;
}

void sentence_reader::add_word(const text_event& event) {
    if (words_.size() >= max_sentence_words) {
        finish_sentence();
    }
    const auto entry = lookup(event);
    const auto index = static_cast<std::uint32_t>(words_.size());
    sentence_cues_ |= entry.cues;
    // The common case, tested as one branch: a word in no phrase, with no phrase or list under
    // way, that changes nothing as it is read. Most cues ("pain", "not", "the") only matter
    // later, when the sentence is weighed, and take this way too.
    constexpr std::uint16_t acts_now = cue::contrast | cue::subordinator | cue::conjunction;
    if (((entry.cues & acts_now) | entry.symbol | state_ |
         static_cast<std::uint32_t>(list_head_.has_value())) == 0) {
        clause_empty_ = false;
        // Phrases read through a determiner, so it leaves the state before it alone.
        before_last_ = (entry.cues & cue::transparent) != 0 ? before_last_ : state_;
        words_.push_back({event.begin, clamp32(event.end - event.begin), clamp32(event.column),
                          clamp32(event.line), entry.cues, clause_});
        return;
    }
    const std::uint16_t cues = entry.cues;
    if ((cues & cue::contrast) != 0) {
        new_clause(); // "but if ...": the clause after "but" is still empty
    } else {
        if (clause_empty_ && (cues & cue::subordinator) != 0) {
            subordinate_ = true;
        }
        clause_empty_ = false;
    }
    words_.push_back({event.begin, clamp32(event.end - event.begin), clamp32(event.column),
                      clamp32(event.line), cues, clause_});
    if ((cues & cue::transparent) != 0) {
        return; // phrases read through determiners
    }
    if (entry.symbol == 0 && state_ == phrase_automaton::root && !list_head_) {
        before_last_ = state_;
        return; // a cue in no phrase, with no phrase under way
    }
    const bool joint = (cues & cue::conjunction) != 0;
    if (joint) {
        open_list_item();
    }
    const std::uint32_t symbol = entry.symbol;
    before_last_ = state_;
    state_ = tables_.automaton.step(state_, symbol);
    if (tables_.automaton.has_match(state_)) {
        tables_.automaton.for_each_match(state_, [&](std::uint32_t pattern) {
            const auto first = first_word_of(index, tables_.automaton.length(pattern));
            const auto& phrase = tables_.phrases[pattern];
            words_[first].cues |= phrase.cues;
            sentence_cues_ |= phrase.cues;
            if (phrase.has_targets() || (phrase.cues & cue::idiom) != 0) {
                matches_.push_back({first, index, pattern});
            }
        });
    }
    if (list_head_ && !joint) {
        read_list_item(index, symbol);
    }
}

void sentence_reader::read(std::string_view text, std::size_t begin, std::size_t stop,
                           read_piece& out) {
    out_ = &out;
    text_ = text;
    text_tokenizer tokenizer(text, begin);
    text_event event;
    for (;;) {
        tokenizer.next(event);
        if (event.kind == text_event_kind::word) {
            add_word(event); // most events: tested first, ahead of the switch's jump table
            continue;
        }
        if (event.begin >= stop && event.kind != text_event_kind::end_of_text) {
            // The next piece's first line of text: a blank line has just ended the last
            // paragraph, so nothing is under way. The piece ends at `stop`, which may be
            // followed by more blank lines; the next piece counts those.
            // The tokenizer may have read on past the event (a comment at the start of the line
            // may span lines): its line is that of where it has read to.
            const auto read_on = text.substr(stop, tokenizer.position() - stop);
            out.lines = tokenizer.line() - 1 -
                        static_cast<std::size_t>(std::count(read_on.begin(), read_on.end(), '\n'));
            return;
        }
        switch (event.kind) {
        case text_event_kind::word:
            break; // read above
        case text_event_kind::phrase_break:
            break_phrases();
            break;
        case text_event_kind::invalid_utf8: {
            break_phrases();
            auto& invalid = out.events.emplace_back();
            invalid.kind = read_kind::invalid_utf8;
            invalid.line = event.line;
            invalid.column = event.column;
            break;
        }
        case text_event_kind::comma:
            if (subordinate_) {
                break_phrases();
                new_clause();
            } else {
                open_list_item();
                state_ = phrase_automaton::root;
                before_last_ = state_;
            }
            break;
        case text_event_kind::clause_break:
            break_phrases();
            new_clause();
            break;
        case text_event_kind::sentence_end:
            punctuated_end_ = event.end;
            question_ = text.substr(event.begin, event.end - event.begin).find('?') !=
                        std::string_view::npos;
            finish_sentence();
            break;
        case text_event_kind::line_start: {
            // A heading or a list item ends the sentence before it. Ending it first is the
            // same as after the line's own bookkeeping: at a paragraph's first line nothing
            // is under way.
            if (event.block == line_block::heading || event.block == line_block::list_item) {
                finish_sentence();
            }
            auto& line = out.events.emplace_back();
            line.kind = read_kind::line_start;
            line.block = event.block;
            line.level = event.level;
            line.begin = event.begin;
            line.line = event.line;
            break;
        }
        case text_event_kind::paragraph_end: {
            finish_sentence();
            auto& end = out.events.emplace_back();
            end.kind = read_kind::paragraph_end;
            end.begin = event.begin;
            break;
        }
        case text_event_kind::end_of_text:
            finish_sentence();
            out.lines = tokenizer.line() - 1;
            return;
        }
    }
}

// The word where a phrase of `length` words ending at `last` starts: `length` words back, not
// counting the determiners the automaton skipped.
std::uint32_t sentence_reader::first_word_of(std::uint32_t last,
                                             std::uint32_t length) const noexcept {
    std::uint32_t first = last;
    for (std::uint32_t counted = 1; counted < length && first > 0;) {
        --first;
        if ((words_[first].cues & cue::transparent) == 0) {
            ++counted;
        }
    }
    return first;
}

// The current list item read after the list's head. Only phrases that reach back into the head
// are new (the item alone was read by the main state); they are reported on the item's words.
void sentence_reader::read_list_item(std::uint32_t index, std::uint32_t symbol) {
    if (item_words_ == 0) {
        item_state_ = *list_head_;
        item_first_ = index;
    }
    ++item_words_;
    item_state_ = tables_.automaton.step(item_state_, symbol);
    if (!tables_.automaton.has_match(item_state_)) {
        return;
    }
    tables_.automaton.for_each_match(item_state_, [&](std::uint32_t pattern) {
        if (tables_.automaton.length(pattern) > item_words_ &&
            tables_.phrases[pattern].has_targets()) {
            matches_.push_back({item_first_, index, pattern});
        }
    });
}

void sentence_reader::finish_sentence() {
    auto& sentence = out_->events.emplace_back();
    sentence.kind = read_kind::sentence;
    sentence.punctuated = punctuated_end_.has_value();
    const auto end = punctuated_end_;
    punctuated_end_.reset();
    // Only a yes/no question waits for its answer; "Sore muscles?" is a statement in disguise.
    sentence.question = question_ && !words_.empty() && (words_[0].cues & cue::auxiliary) != 0;
    question_ = false;
    break_phrases();
    clause_ = 0;
    clause_empty_ = true;
    subordinate_ = false;
    sentence.matches_end = static_cast<std::uint32_t>(out_->matches.size());
    if (words_.empty()) {
        return;
    }
    sentence.begin = words_.front().begin;
    sentence.end = end.value_or(words_.back().end());
    record_sentence(sentence);
    words_.clear();
    matches_.clear();
    sentence_cues_ = 0;
}

// What the sentence settles on its own: its cues, its answer to the sentence before, and its
// phrases with their negation.
void sentence_reader::record_sentence(read_event& sentence) {
    sentence.words = static_cast<std::uint32_t>(words_.size());
    sentence.massage = massage_named();
    sentence.body = (sentence_cues_ & cue::body) != 0;
    sentence.answer_no = denies_previous(true);
    sentence.statement_no = denies_previous(false);
    resolve_overlaps();
    for (const auto& m : matches_) {
        if (!tables_.phrases[m.pattern].has_targets()) {
            continue; // an idiom, kept only to block the phrases inside it
        }
        const auto& first = words_[m.first];
        out_->matches.push_back(
            {m.pattern, negated(m), first.column, first.line, first.begin, words_[m.last].end()});
    }
    sentence.matches_end = static_cast<std::uint32_t>(out_->matches.size());
}

// Whether a massage cue is used as one: not "massage the kale" or "massaged the figures".
bool sentence_reader::massage_named() const noexcept {
    if ((sentence_cues_ & cue::massage) == 0) {
        return false;
    }
    for (std::size_t i = 0; i < words_.size(); ++i) {
        if ((words_[i].cues & cue::massage) != 0) {
            bool figurative = false;
            for (std::size_t j = i + 1; j < words_.size() && j <= i + figurative_reach; ++j) {
                figurative = figurative || (words_[j].cues & cue::figurative) != 0;
            }
            if (!figurative) {
                return true;
            }
        }
    }
    return false;
}

// A sentence that denies what came before. After a yes/no question, any early negation answers
// it ("No.", "Not really.", "We cannot promise that.", "That is a myth."). After a statement,
// only a sentence that points back at it and calls it untrue ("That is a myth.", "This isn't
// true."), since "It doesn't hurt either" denies nothing said before.
bool sentence_reader::denies_previous(bool after_question) const noexcept {
    if (words_.empty() || (sentence_cues_ & (cue::negation | cue::sceptic)) == 0) {
        return false; // no word that could deny: most sentences
    }
    const auto denial_at = [this](std::size_t i) {
        if ((words_[i].cues & cue::negation) == 0) {
            return false;
        }
        return !(i + 1 < words_.size() && (words_[i + 1].cues & cue::not_negating) != 0);
    };
    const auto untrue_at = [this, &denial_at](std::size_t i) {
        if ((words_[i].cues & cue::sceptic) != 0) {
            return true;
        }
        for (std::size_t j = i + 1; denial_at(i) && j < words_.size() && j <= i + 2; ++j) {
            if ((words_[j].cues & cue::affirming) != 0) {
                return true; // "is not true", "isn't the case"
            }
        }
        return false;
    };
    const bool points_back = (words_[0].cues & cue::anaphor) != 0;
    for (std::size_t i = 0; i < words_.size() && i < 5 && words_[i].clause == 0; ++i) {
        if (after_question ? (denial_at(i) || untrue_at(i)) : (points_back && untrue_at(i))) {
            return true;
        }
    }
    return !after_question && bare_denial();
}

// "It doesn't.", "It does not: lactate clears on its own", "No, that isn't.": a word pointing
// back, at most one auxiliary, and a negation that ends the clause. Nothing is left for the
// negation to deny but the sentence before; "It doesn't hurt" goes on, and denies nothing.
bool sentence_reader::bare_denial() const noexcept {
    std::size_t i = 0;
    if (i < words_.size() && (words_[i].cues & cue::negation) != 0 &&
        (words_[i].cues & cue::anaphor) == 0) {
        ++i; // "No, it doesn't."
    }
    if (i >= words_.size() || (words_[i].cues & cue::anaphor) == 0) {
        return false;
    }
    ++i;
    if (i < words_.size() && (words_[i].cues & cue::auxiliary) != 0) {
        ++i;
    }
    if (i >= words_.size() || (words_[i].cues & cue::negation) == 0) {
        return false;
    }
    // A break ends the clause; "but" or "though" may only add to it ("It won't, though, fix
    // your posture").
    const bool clause_ends = i + 1 == words_.size() || (words_[i + 1].clause != words_[i].clause &&
                                                        (words_[i + 1].cues & cue::contrast) == 0);
    return clause_ends || colon_after(words_[i].end());
}

// Whether the first character after `pos`, spaces aside, is a colon (which is no break of its
// own: "Benefits: better sleep" reads on).
bool sentence_reader::colon_after(std::size_t pos) const noexcept {
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t')) {
        ++pos;
    }
    return pos < text_.size() && text_[pos] == ':';
}

// Leftmost-longest: of overlapping matches keep the one that starts first, then the longest.
void sentence_reader::resolve_overlaps() {
    std::sort(matches_.begin(), matches_.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    std::size_t kept = 0;
    for (std::size_t i = 0; i < matches_.size(); ++i) {
        if (kept == 0 || matches_[i].first > matches_[kept - 1].last) {
            matches_[kept++] = matches_[i];
        }
    }
    matches_.resize(kept);
}

template <class Denies>
bool sentence_reader::denied_within_reach(const phrase_match& m, int direction,
                                          Denies denies) const noexcept {
    const auto clause = words_[m.first].clause;
    const std::size_t edge = direction < 0 ? m.first : m.last;
    for (std::size_t step = 1; step <= negation_reach; ++step) {
        if (direction < 0 ? step > edge : edge + step >= words_.size()) {
            break;
        }
        const auto i = direction < 0 ? edge - step : edge + step;
        if (words_[i].clause != clause) {
            break;
        }
        if ((words_[i].cues & cue::sceptic) != 0 || denies(i)) {
            return true;
        }
    }
    return false;
}

bool sentence_reader::negated(const phrase_match& m) const noexcept {
    if ((sentence_cues_ & (cue::negation | cue::sceptic)) == 0) {
        return false; // most sentences deny nothing: skip the scans
    }
    // Before the phrase: "not", unless it is "not only"; after it: "... is not true".
    const auto denies_before = [&](std::size_t i) {
        return (words_[i].cues & cue::negation) != 0 &&
               !(i + 1 < m.first && (words_[i + 1].cues & cue::not_negating) != 0);
    };
    const auto denies_after = [&](std::size_t i) {
        if ((words_[i].cues & cue::negation) == 0) {
            return false;
        }
        for (std::size_t j = i + 1; j < words_.size() && j <= i + 2; ++j) {
            if ((words_[j].cues & cue::affirming) != 0) {
                return true;
            }
        }
        return false;
    };
    return denied_within_reach(m, -1, denies_before) || denied_within_reach(m, +1, denies_after);
}

} // namespace massage_evidence::detail
