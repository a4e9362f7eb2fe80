// The claim checker: compiles the dataset's lay phrases and the cue vocabulary into one word
// automaton, then reads a text sentence by sentence, deciding for each phrase found whether the
// text around it is about massage (context) and whether it denies the claim (negation). The rules
// themselves are described in check.hpp; rendering is elsewhere (src/render/check_*.cpp).
//
// Memory stays bounded by a sentence plus the findings: the words of the current sentence are
// kept for negation, earlier sentences only as two flags each (massage cue, body cue).

#include "massage_evidence/check.hpp"

#include "check/cues.hpp"
#include "check/lexicon.hpp"
#include "check/phrase_automaton.hpp"
#include "check/tokenizer.hpp"
#include "check/word_form.hpp"
#include "printable.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>

namespace massage_evidence {

namespace detail {

/// A phrase compiled: the claims it expresses, or the cue flags of a multi-word cue.
struct compiled_phrase {
    struct target {
        std::size_t claim = 0; ///< index into checker_tables::claims
        std::string_view phrase;
    };
    std::vector<target> targets;
    std::uint16_t cues = 0;
    bool anchored = false; ///< holds a massage, body or health term of its own
};

struct checker_tables {
    lexicon words;
    phrase_automaton automaton;
    std::vector<compiled_phrase> phrases; ///< by automaton pattern id
    std::vector<const claim*> claims;
    std::uint32_t next_symbol = 1;
};

} // namespace detail

namespace {

using detail::cue_texts;
using detail::line_block;
using detail::text_event_kind;
namespace cue = detail::cue;

// How far the rules look, in words and sentences (see check.hpp).
constexpr std::size_t negation_reach = 12;
constexpr std::size_t figurative_reach = 3;
constexpr std::uint32_t max_list_item_words = 3;
constexpr std::size_t sentences_back = 3;
constexpr std::size_t max_sentence_words = 4096; // a longer run is cut, bounding memory
constexpr int title_level = 7; // a plain-text title line ranks below every Markdown heading
constexpr std::size_t no_slot = SIZE_MAX;

// The canonical form of each folded word met while compiling. Phrases share most of their words
// (a dataset with 10,000 phrases may have only a thousand distinct words), and working out a
// form is the costly part of compiling.
using form_memo = std::unordered_map<std::string, std::string>;

// The canonical forms of the words of a phrase or cue, punctuation ignored.
std::vector<std::string> forms_of(std::string_view text, form_memo& memo) {
    std::vector<std::string> forms;
    detail::text_tokenizer tokens(text);
    for (auto event = tokens.next(); event.kind != text_event_kind::end_of_text;
         event = tokens.next()) {
        if (event.kind == text_event_kind::word) {
            auto [at, added] = memo.try_emplace(std::string(event.folded));
            if (added) {
                at->second = detail::word_form(event.folded).view();
            }
            if (!at->second.empty()) {
                forms.push_back(at->second);
            }
        }
    }
    return forms;
}

// The symbols of a phrase's words; determiners ("the", "your") are left out, as they are skipped
// in the text.
std::vector<std::uint32_t> symbols_for(detail::checker_tables& tables,
                                       const std::vector<std::string>& forms) {
    std::vector<std::uint32_t> symbols;
    for (const auto& form : forms) {
        if (const auto* known = tables.words.find(form);
            known && (known->cues & cue::transparent) != 0) {
            continue;
        }
        auto& entry = tables.words.insert(form);
        if (entry.symbol == 0) {
            entry.symbol = tables.next_symbol++;
        }
        symbols.push_back(entry.symbol);
    }
    return symbols;
}

detail::compiled_phrase& phrase_slot(detail::checker_tables& tables, std::uint32_t pattern) {
    if (tables.phrases.size() <= pattern) {
        tables.phrases.resize(pattern + 1);
    }
    return tables.phrases[pattern];
}

void compile(detail::checker_tables& tables, const dataset& data) {
    // Single-word cues are flags in the word table; longer ones are patterns of the automaton,
    // compiled once every single word (determiners included) is known. Every `check` pays for
    // this, so each cue's forms are worked out once.
    form_memo memo;
    const auto& cues = cue_texts();
    std::vector<std::vector<std::string>> cue_forms;
    cue_forms.reserve(cues.size());
    for (const auto& c : cues) {
        cue_forms.push_back(forms_of(c.text, memo));
    }
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (cue_forms[i].size() == 1) {
            tables.words.insert(cue_forms[i].front()).cues |= cues[i].flags;
        }
    }
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (cue_forms[i].size() > 1) {
            const auto symbols = symbols_for(tables, cue_forms[i]);
            if (!symbols.empty()) {
                phrase_slot(tables, tables.automaton.add(symbols)).cues |= cues[i].flags;
            }
        }
    }
    std::vector<std::vector<std::uint32_t>> sequences; // by pattern, for anchoring below
    for (const auto* list : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (const auto& c : *list) {
            const auto claim_index = tables.claims.size();
            tables.claims.push_back(&c);
            for (const auto& phrase : c.lay_phrases) {
                const auto symbols = symbols_for(tables, forms_of(phrase, memo));
                if (symbols.empty()) {
                    continue;
                }
                const auto pattern = tables.automaton.add(symbols);
                auto& slot = phrase_slot(tables, pattern);
                if (std::none_of(slot.targets.begin(), slot.targets.end(),
                                 [&](const auto& t) { return t.claim == claim_index; })) {
                    slot.targets.push_back({claim_index, phrase});
                }
                if (sequences.size() <= pattern) {
                    sequences.resize(pattern + 1);
                }
                sequences[pattern] = symbols;
            }
        }
    }
    tables.automaton.build();
    if (tables.phrases.size() < tables.automaton.pattern_count()) {
        tables.phrases.resize(tables.automaton.pattern_count());
    }

    // A phrase is anchored when one of its words, or a multi-word cue inside it, is a massage or
    // health term. Words are looked up by symbol, so build the reverse map once.
    std::vector<std::uint16_t> cues_by_symbol(tables.next_symbol, 0);
    for (const auto& forms : cue_forms) {
        if (forms.size() == 1) {
            if (const auto* entry = tables.words.find(forms.front()); entry && entry->symbol) {
                cues_by_symbol[entry->symbol] |= entry->cues;
            }
        }
    }
    for (std::size_t p = 0; p < sequences.size(); ++p) {
        if (sequences[p].empty()) {
            continue;
        }
        std::uint16_t flags = 0;
        std::uint32_t state = detail::phrase_automaton::root;
        for (const auto symbol : sequences[p]) {
            flags |= cues_by_symbol[symbol];
            state = tables.automaton.step(state, symbol);
            tables.automaton.for_each_match(
                state, [&](std::uint32_t pattern) { flags |= tables.phrases[pattern].cues; });
        }
        tables.phrases[p].anchored = (flags & (cue::massage | cue::anchor)) != 0;
    }
}

// One word of the sentence being read.
// Kept small (24 bytes): every word of the sentence is stored until the sentence ends.
struct sentence_word {
    std::size_t begin = 0;
    std::uint32_t length = 0; ///< bytes; a word is at most a few hundred bytes
    std::uint32_t column = 0; ///< columns past 4 billion are reported as that
    std::uint32_t line = 0;   ///< likewise for lines
    std::uint16_t cues = 0;
    std::uint16_t clause = 0;
    [[nodiscard]] std::size_t end() const noexcept { return begin + length; }
};

std::uint32_t clamp32(std::size_t n) noexcept {
    return static_cast<std::uint32_t>(std::min<std::size_t>(n, UINT32_MAX));
}

struct phrase_match {
    std::uint32_t first = 0; ///< word indices in the sentence
    std::uint32_t last = 0;
    std::uint32_t pattern = 0;
};

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

// The lexicon entry of each folded word seen, so that the canonical form (spelling rules and
// stemming, the costly part) is worked out once per distinct word rather than once per word of
// text. Short words only (those the tokenizer gives a key), and a bounded table: once it is half
// full, new words are simply not remembered.
class word_cache {
public:
    // The cached entry of the word with `key`, or nullptr when it has not been seen.
    [[nodiscard]] const detail::word_entry* find(const detail::word_key& key) const noexcept {
        for (auto at = slot_of(key);; at = (at + 1) & mask) {
            const auto& s = slots_[at];
            if (s.key == key) {
                return &s.entry;
            }
            if (s.key.low == 0) {
                return nullptr; // an empty slot: no word has an empty key
            }
        }
    }

    void remember(const detail::word_key& key, const detail::word_entry& entry) {
        if (2 * (used_ + 1) > slots_.size()) {
            return;
        }
        auto at = slot_of(key);
        while (slots_[at].key.low != 0) {
            at = (at + 1) & mask;
        }
        slots_[at] = {key, entry};
        ++used_;
    }

private:
    // 8192 slots (192 KiB), at most half used: a second probe is a mispredicted branch on the
    // path of every word, and at a quarter full (a long brochure's thousand distinct words) one
    // look-up in eight needed one; at an eighth full, one in twenty-five.
    static constexpr unsigned slot_bits = 13;
    static constexpr std::size_t slot_count = std::size_t{1} << slot_bits;
    static constexpr std::size_t mask = slot_count - 1;
    struct slot {
        detail::word_key key; ///< all zero: empty
        detail::word_entry entry;
    };
    std::vector<slot> slots_ = std::vector<slot>(slot_count);
    std::size_t used_ = 0;

    // One multiplication (Fibonacci hashing, top bits): the look-up is on the path of every
    // word, so its latency counts more than its spread.
    [[nodiscard]] static std::size_t slot_of(const detail::word_key& key) noexcept {
        const auto mixed = (key.low ^ (key.high << 7U) ^ (key.high >> 5U)) * 0x9E3779B97F4A7C15ULL;
        return static_cast<std::size_t>(mixed >> (64U - slot_bits));
    }
};

// Reads one text; lives for one call of claim_checker::scan or check. Findings go to `visit` as
// they are settled; `spans`, when given, receives the paragraph of each finding.
class text_scan {
public:
    text_scan(const detail::checker_tables& tables, std::string_view text,
              const finding_visitor& visit, std::vector<paragraph_span>* spans)
        : tables_(tables), text_(text), visit_(visit), spans_(spans) {}

    [[nodiscard]] const scan_outcome& outcome() const noexcept { return outcome_; }

    void run() {
        detail::text_tokenizer tokenizer(text_);
        detail::text_event event;
        for (;;) {
            tokenizer.next(event);
            if (event.kind == text_event_kind::word) {
                add_word(event); // most events: tested first, ahead of the switch's jump table
                continue;
            }
            switch (event.kind) {
            case text_event_kind::word:
                add_word(event);
                break;
            case text_event_kind::phrase_break:
                break_phrases();
                break;
            case text_event_kind::invalid_utf8:
                break_phrases();
                if (outcome_.invalid_utf8++ == 0) {
                    outcome_.first_invalid_line = event.line;
                    outcome_.first_invalid_column = event.column;
                }
                break;
            case text_event_kind::comma:
                if (subordinate_) {
                    break_phrases();
                    new_clause();
                } else {
                    open_list_item();
                    state_ = detail::phrase_automaton::root;
                    before_last_ = state_;
                }
                break;
            case text_event_kind::clause_break:
                break_phrases();
                new_clause();
                break;
            case text_event_kind::sentence_end:
                punctuated_end_ = event.end;
                paragraph_punctuated_ = true;
                question_ = text_.substr(event.begin, event.end - event.begin).find('?') !=
                            std::string_view::npos;
                finish_sentence();
                break;
            case text_event_kind::line_start:
                start_line(event);
                break;
            case text_event_kind::paragraph_end:
                finish_sentence();
                end_paragraph(event.begin);
                break;
            case text_event_kind::end_of_text:
                finish();
                return;
            }
        }
    }

private:
    const detail::checker_tables& tables_;
    std::string_view text_;
    const finding_visitor& visit_;
    std::vector<paragraph_span>* spans_;
    scan_outcome outcome_;
    word_cache cache_;

    // The sentence being read.
    std::vector<sentence_word> words_;
    std::vector<phrase_match> matches_;
    std::uint16_t sentence_cues_ = 0; ///< the cues of all its words together
    std::uint32_t state_ = detail::phrase_automaton::root;
    // A list ("reduces stress, anxiety and inflammation"): each item is also read as if it
    // followed the list's head ("reduces"), by a second state that restarts at every joint.
    std::uint32_t before_last_ = detail::phrase_automaton::root; ///< state before the last word
    std::optional<std::uint32_t> list_head_;
    std::uint32_t item_state_ = detail::phrase_automaton::root;
    std::uint32_t item_words_ = 0; ///< words of the current item read so far
    std::uint32_t item_first_ = 0; ///< index in words_ of its first word
    std::uint16_t clause_ = 0;
    bool clause_empty_ = true;
    bool subordinate_ = false;
    bool question_ = false;
    std::optional<std::size_t> punctuated_end_;
    line_block block_ = line_block::plain;
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

    // The lexicon entry of a word as the tokenizer folded it; all zero when it is not in the
    // lexicon. By value, so that callers test its bits rather than branch on a pointer.
    detail::word_entry lookup(const detail::text_event& word) {
        const bool keyed = word.folded.size() <= detail::word_key::max_size;
        if (keyed) {
            if (const auto* cached = cache_.find(word.key)) {
                return *cached;
            }
        }
        const detail::word_form form(word.folded);
        const auto* found = form.view().empty() ? nullptr : tables_.words.find(form.view());
        const auto entry = found ? *found : detail::word_entry{};
        if (keyed) {
            cache_.remember(word.key, entry);
        }
        return entry;
    }

    void new_clause() {
        ++clause_;
        clause_empty_ = true;
        subordinate_ = false;
        list_head_.reset();
    }

    void break_phrases() {
        state_ = detail::phrase_automaton::root;
        before_last_ = state_;
        list_head_.reset();
    }

    // At a list joint (a comma, "and", "or"): the head is what came before the first item's
    // last word, and stays the head for the items that follow, as long as they are short; a
    // longer "item" was a clause of its own, so the joint after it starts a new list.
    void open_list_item() {
        if (!list_head_ || item_words_ > max_list_item_words) {
            list_head_.reset();
            if (before_last_ != detail::phrase_automaton::root) {
                list_head_ = before_last_;
            }
        }
        item_words_ = 0;
    }

    void add_word(const detail::text_event& event) {
        if (words_.size() >= max_sentence_words) {
            finish_sentence();
        }
        const auto entry = lookup(event);
        ++paragraph_words_;
        const auto index = static_cast<std::uint32_t>(words_.size());
        sentence_cues_ |= entry.cues;
        // The common case, tested as one branch: a word in no phrase, with no phrase or list
        // under way, that changes nothing as it is read. Most cues ("pain", "not", "the") only
        // matter later, when the sentence is weighed, and take this way too.
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
        if (entry.symbol == 0 && state_ == detail::phrase_automaton::root && !list_head_) {
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
                if (!phrase.targets.empty() || (phrase.cues & cue::idiom) != 0) {
                    matches_.push_back({first, index, pattern});
                }
            });
        }
        if (list_head_ && !joint) {
            read_list_item(index, symbol);
        }
    }

    // The word where a phrase of `length` words ending at `last` starts: `length` words back,
    // not counting the determiners the automaton skipped.
    [[nodiscard]] std::uint32_t first_word_of(std::uint32_t last,
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

    // The current list item read after the list's head. Only phrases that reach back into the
    // head are new (the item alone was read by the main state); they are reported on the
    // item's words.
    void read_list_item(std::uint32_t index, std::uint32_t symbol) {
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
                !tables_.phrases[pattern].targets.empty()) {
                matches_.push_back({item_first_, index, pattern});
            }
        });
    }

    void start_line(const detail::text_event& event) {
        if (!in_paragraph_) {
            in_paragraph_ = true;
            paragraph_begin_ = event.begin;
            paragraph_first_line_ = event.line;
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
            finish_sentence();
            block_ = line_block::heading;
            heading_level_ = event.level;
            in_list_ = false;
            break;
        case line_block::list_item:
            finish_sentence();
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

    [[nodiscard]] sentence_cues cues_of_sentence() const noexcept {
        sentence_cues found;
        if ((sentence_cues_ & cue::massage) == 0) {
            found.body = (sentence_cues_ & cue::body) != 0;
            return found; // no massage cue to weigh against a figurative word
        }
        for (std::size_t i = 0; i < words_.size(); ++i) {
            const auto cues = words_[i].cues;
            if ((cues & cue::massage) != 0) {
                bool figurative = false;
                for (std::size_t j = i + 1; j < words_.size() && j <= i + figurative_reach; ++j) {
                    figurative = figurative || (words_[j].cues & cue::figurative) != 0;
                }
                found.massage = found.massage || !figurative;
            }
            found.body = found.body || (cues & cue::body) != 0;
        }
        return found;
    }

    // A sentence that denies what came before. After a yes/no question, any early negation
    // answers it ("No.", "Not really.", "We cannot promise that.", "That is a myth."). After a
    // statement, only a sentence that points back at it and calls it untrue ("That is a myth.",
    // "This isn't true."), since "It doesn't hurt either" denies nothing said before.
    [[nodiscard]] bool denies_previous(bool after_question) const noexcept {
        if (words_.empty()) {
            return false;
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
        return false;
    }

    // Leftmost-longest: of overlapping matches keep the one that starts first, then the longest.
    void resolve_overlaps() {
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

    [[nodiscard]] bool negated(const phrase_match& m) const noexcept {
        if ((sentence_cues_ & (cue::negation | cue::sceptic)) == 0) {
            return false; // most sentences deny nothing: skip the scans
        }
        const auto clause = words_[m.first].clause;
        for (std::size_t i = m.first; i-- > 0 && m.first - i <= negation_reach;) {
            if (words_[i].clause != clause) {
                break;
            }
            const auto cues = words_[i].cues;
            if ((cues & cue::sceptic) != 0) {
                return true;
            }
            if ((cues & cue::negation) != 0) {
                if (i + 1 < m.first && (words_[i + 1].cues & cue::not_negating) != 0) {
                    continue;
                }
                return true;
            }
        }
        for (std::size_t i = m.last + 1; i < words_.size() && i - m.last <= negation_reach; ++i) {
            if (words_[i].clause != clause) {
                break;
            }
            const auto cues = words_[i].cues;
            if ((cues & cue::sceptic) != 0) {
                return true;
            }
            if ((cues & cue::negation) != 0) {
                for (std::size_t j = i + 1; j < words_.size() && j <= i + 2; ++j) {
                    if ((words_[j].cues & cue::affirming) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    void accept(const candidate& c) {
        if (committed_) {
            show(c.finding);
        } else {
            held_.push_back(c);
        }
    }

    // Passes a finding on, its paragraph slot renumbered to count only the paragraphs shown
    // (findings come in text order, so a new slot is the next paragraph).
    void show(check_finding finding) {
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
    void settle_waiting(const sentence_cues& found, bool heading) {
        if (waiting_.empty()) {
            return;
        }
        const bool answer_no = !heading && denies_previous(true);
        const bool statement_no = !heading && denies_previous(false);
        for (auto& c : waiting_) {
            if (!heading) {
                c.near_massage = c.near_massage || found.massage;
                c.own_massage = c.own_massage || (found.massage && c.paragraph == paragraphs_seen_);
                c.close_cue = c.close_cue || found.massage || found.body;
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

    void finish_sentence() {
        const bool heading = block_ == line_block::heading;
        // Only a yes/no question waits for its answer; "Sore muscles?" is a statement in
        // disguise.
        const bool question =
            question_ && !words_.empty() && (words_[0].cues & cue::auxiliary) != 0;
        const auto end = punctuated_end_;
        punctuated_end_.reset();
        question_ = false;
        break_phrases();
        clause_ = 0;
        clause_empty_ = true;
        subordinate_ = false;
        if (words_.empty()) {
            block_ = line_block::plain;
            return;
        }
        const auto found = cues_of_sentence();
        text_massage_ = text_massage_ || found.massage;
        text_body_ = text_body_ || found.body;
        commit_when_about_massage();
        settle_waiting(found, heading);
        if (heading) {
            recent_.fill({}); // a new section: what came before it no longer counts
        }

        resolve_overlaps();
        const bool list_lead_in = in_list_ && lead_in_massage_;
        const bool recent_massage =
            std::any_of(recent_.begin(), recent_.end(), [](const auto& r) { return r.massage; });
        const bool previous_cue = recent_[0].massage || recent_[0].body;
        const auto sentence_begin = words_.front().begin;
        const auto sentence_end = end.value_or(words_.back().end());
        const bool own_massage = found.massage || (paragraph_sentences_ > 0 && recent_[0].massage);
        const bool near_massage =
            found.massage || recent_massage || heading_path_massage() || list_lead_in;
        const bool close_cue =
            found.massage || found.body || previous_cue || list_lead_in || nearest_heading_massage_;
        for (const auto& m : matches_) {
            const auto& phrase = tables_.phrases[m.pattern];
            if (phrase.targets.empty()) {
                continue; // an idiom, kept only to block the phrases inside it
            }
            const bool denied = negated(m);
            const auto slot = paragraph_slot();
            for (const auto& target : phrase.targets) {
                const claim* subject = tables_.claims[target.claim];
                // A bare mention ("lactic acid") reads in the light of a denial just before it.
                const bool negated_here = denied || (!phrase.anchored && denied_before(subject));
                if (negated_here) {
                    deny(subject);
                }
                // Every finding waits one sentence: the next may still deny it. It is built
                // where it waits: copying a just-written candidate stalls on its stores.
                auto& c = waiting_.emplace_back();
                c.ambiguous = !phrase.anchored;
                c.question = question;
                c.own_massage = own_massage;
                c.paragraph = paragraphs_seen_;
                c.near_massage = near_massage;
                c.close_cue = close_cue;
                c.finding.subject = subject;
                c.finding.phrase = target.phrase;
                c.finding.line = words_[m.first].line;
                c.finding.column = words_[m.first].column;
                c.finding.begin = words_[m.first].begin;
                c.finding.end = words_[m.last].end();
                c.finding.sentence_begin = sentence_begin;
                c.finding.sentence_end = sentence_end;
                c.finding.paragraph = slot;
                c.finding.negated = negated_here;
            }
        }
        matches_.clear();

        std::rotate(recent_.rbegin(), recent_.rbegin() + 1, recent_.rend());
        recent_[0] = found;
        ++paragraph_sentences_;
        last_sentence_massage_ = found.massage;
        if (heading) {
            set_heading(heading_level_, found.massage, paragraph_denied_);
        }
        words_.clear();
        sentence_cues_ = 0;
        block_ = line_block::plain;
    }

    void finish() {
        finish_sentence();
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
    compile(*tables_, data);
}

claim_checker::claim_checker(claim_checker&&) noexcept = default;
claim_checker& claim_checker::operator=(claim_checker&&) noexcept = default;
claim_checker::~claim_checker() = default;

std::size_t claim_checker::phrase_count() const noexcept {
    return static_cast<std::size_t>(
        std::count_if(tables_->phrases.begin(), tables_->phrases.end(),
                      [](const auto& p) { return !p.targets.empty(); }));
}

text_check claim_checker::check(std::string origin, std::string text) const {
    text_check result;
    result.origin = std::move(origin);
    result.text = std::move(text);
    const finding_visitor keep = [&result](const check_finding& f) {
        result.findings.push_back(f);
    };
    text_scan scanner(*tables_, result.text, keep, &result.paragraphs);
    scanner.run();
    result.invalid_utf8 = scanner.outcome().invalid_utf8;
    result.first_invalid_line = scanner.outcome().first_invalid_line;
    result.first_invalid_column = scanner.outcome().first_invalid_column;
    return result;
}

scan_outcome claim_checker::scan(std::string_view text, const finding_visitor& visit) const {
    text_scan scanner(*tables_, text, visit, nullptr);
    scanner.run();
    return scanner.outcome();
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
