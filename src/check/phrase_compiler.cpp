// Compiling a dataset for `check`: every lay phrase and multi-word cue becomes a pattern of one
// word automaton, every word that matters gets its symbol and cue flags in the word table, and
// each phrase learns whether it carries a massage or health term of its own (is anchored).
// Compiling runs once per claim_checker; it is the start-up cost of a check.

#include "check/phrase_compiler.hpp"

#include "check/cues.hpp"
#include "check/tokenizer.hpp"
#include "check/word_form.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace massage_evidence::detail {

namespace {

// The words met while compiling, by folded spelling. Phrases share most of their words (a
// dataset with 10,000 phrases may have only a thousand distinct words), and working out a
// canonical form is the costly part of compiling, so each is worked out once; so is each word's
// phrase symbol, once every single-word cue (determiners included) is known.
class compile_words {
public:
    explicit compile_words(checker_tables& tables) : tables_(tables) {}

    /// The canonical form of a folded word; empty for one that can be in no phrase.
    const std::string& form(std::string_view folded) { return entry(folded).form; }

    /// The phrase symbol of a folded word, created if new; 0 for a word phrases skip (a
    /// determiner, as "the" and "your" are skipped in the text, or one with no form). It is
    /// remembered, so call it only once every single-word cue is in the word table.
    std::uint32_t symbol(std::string_view folded) {
        auto& known = entry(folded);
        if (!known.has_symbol) {
            known.symbol = known.form.empty() ? 0 : symbol_of_form(known.form);
            known.has_symbol = true;
        }
        return known.symbol;
    }

    /// The phrase symbol of a canonical form, as `symbol`.
    std::uint32_t symbol_of_form(std::string_view form) {
        if (const auto* found = tables_.words.find(form);
            found && (found->cues & cue::transparent) != 0) {
            return 0;
        }
        auto& word = tables_.words.insert(form);
        if (word.symbol == 0) {
            word.symbol = tables_.next_symbol++;
        }
        return word.symbol;
    }

private:
    struct known_word {
        std::string form;
        std::uint32_t symbol = 0;
        bool has_symbol = false;
    };
    struct folded_hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view folded) const noexcept {
            return std::hash<std::string_view>{}(folded);
        }
    };
    struct key_hash {
        std::size_t operator()(const word_key& key) const noexcept {
            return static_cast<std::size_t>((key.low ^ (key.high * 31U)) * 0x9E3779B97F4A7C15ULL);
        }
    };

    known_word& entry(std::string_view folded) {
        // Nearly every word of a phrase is short enough for a word key, and a phrase's words
        // repeat across phrases: comparing two integers costs less than comparing the bytes.
        if (folded.size() <= word_key::max_size) {
            const auto key = word_key::of(folded);
            if (const auto at = short_words_.find(key); at != short_words_.end()) {
                return at->second;
            }
            return short_words_.emplace(key, known_word{std::string(word_form(folded).view())})
                .first->second;
        }
        if (const auto at = long_words_.find(folded); at != long_words_.end()) {
            return at->second;
        }
        return long_words_
            .emplace(std::string(folded), known_word{std::string(word_form(folded).view())})
            .first->second;
    }

    checker_tables& tables_;
    std::unordered_map<word_key, known_word, key_hash> short_words_;
    std::unordered_map<std::string, known_word, folded_hash, std::equal_to<>> long_words_;
};

// The canonical forms of the words of a cue, punctuation ignored.
std::vector<std::string> forms_of(std::string_view text, compile_words& words) {
    std::vector<std::string> forms;
    text_tokenizer tokens(text);
    for (auto event = tokens.next(); event.kind != text_event_kind::end_of_text;
         event = tokens.next()) {
        if (event.kind == text_event_kind::word) {
            if (const auto& form = words.form(event.folded); !form.empty()) {
                forms.push_back(form);
            }
        }
    }
    return forms;
}

// Whether `phrase` is nothing but ASCII letters and spaces, with no word longer than a word
// key. The tokenizer reads such a phrase as its runs of letters, lower-cased, and gives nothing
// else, so its words can be had without one: most phrases are like this, and a tokenizer
// (made for whole pages, with their lines, comments and code) costs more than the phrase.
bool is_plain_phrase(std::string_view phrase) noexcept {
    std::size_t run = 0;
    for (const char c : phrase) {
        if (c == ' ') {
            run = 0;
            continue;
        }
        const auto lower = static_cast<unsigned char>(c) | 0x20U;
        if (lower < 'a' || lower > 'z' || ++run > word_key::max_size) {
            return false;
        }
    }
    return true;
}

// The symbols of a phrase's words into `symbols`, punctuation and skipped words left out.
void symbols_of(std::string_view phrase, compile_words& words,
                std::vector<std::uint32_t>& symbols) {
    symbols.clear();
    if (is_plain_phrase(phrase)) {
        std::array<char, word_key::max_size> word{};
        std::size_t size = 0;
        const auto end_word = [&] {
            if (size > 0) {
                if (const auto symbol = words.symbol(std::string_view(word.data(), size));
                    symbol != 0) {
                    symbols.push_back(symbol);
                }
                size = 0;
            }
        };
        for (const char c : phrase) {
            if (c == ' ') {
                end_word();
            } else {
                word[size++] = static_cast<char>(static_cast<unsigned char>(c) | 0x20U);
            }
        }
        end_word();
        return;
    }
    text_tokenizer tokens(phrase);
    text_event event;
    for (tokens.next(event); event.kind != text_event_kind::end_of_text; tokens.next(event)) {
        if (event.kind == text_event_kind::word) {
            if (const auto symbol = words.symbol(event.folded); symbol != 0) {
                symbols.push_back(symbol);
            }
        }
    }
}

// The cues that make a phrase specific (anchored) when it holds one.
constexpr std::uint16_t anchoring = cue::massage | cue::anchor;

compiled_phrase& phrase_slot(checker_tables& tables, std::uint32_t pattern) {
    if (tables.phrases.size() <= pattern) {
        tables.phrases.resize(pattern + 1);
    }
    return tables.phrases[pattern];
}

// Each pattern's targets together in `tables.targets`, in the order they were found (a
// counting sort, which is stable); `found` holds (pattern, target) pairs.
void lay_out_targets(checker_tables& tables,
                     const std::vector<std::pair<std::uint32_t, phrase_target>>& found) {
    for (const auto& [pattern, target] : found) {
        ++tables.phrases[pattern].target_count;
    }
    std::uint32_t next_target = 0;
    for (auto& phrase : tables.phrases) {
        phrase.first_target = next_target;
        next_target += phrase.target_count;
        phrase.target_count = 0;
    }
    tables.targets.resize(found.size());
    for (const auto& [pattern, target] : found) {
        auto& phrase = tables.phrases[pattern];
        tables.targets[phrase.first_target + phrase.target_count++] = target;
    }
}

// Marks each lay phrase anchored or not, once the automaton is built: those of pattern p are
// phrase_symbols[phrase_words[p].first ..][.. phrase_words[p].second].
void mark_anchored(checker_tables& tables, const std::vector<std::vector<std::string>>& cue_forms,
                   const std::vector<char>& in_anchoring_cue,
                   const std::vector<std::uint32_t>& phrase_symbols,
                   const std::vector<std::pair<std::uint32_t, std::uint32_t>>& phrase_words) {
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
    for (std::size_t p = 0; p < phrase_words.size(); ++p) {
        const auto [first, count] = phrase_words[p];
        if (count == 0) {
            continue;
        }
        std::uint16_t flags = 0;
        bool may_hold_cue = false;
        for (std::uint32_t i = first; i < first + count; ++i) {
            const auto symbol = phrase_symbols[i];
            flags |= cues_by_symbol[symbol];
            may_hold_cue =
                may_hold_cue || (symbol < in_anchoring_cue.size() && in_anchoring_cue[symbol] != 0);
        }
        if ((flags & anchoring) == 0 && may_hold_cue) {
            std::uint32_t state = phrase_automaton::root;
            for (std::uint32_t i = first; i < first + count; ++i) {
                state = tables.automaton.step(state, phrase_symbols[i]);
                tables.automaton.for_each_match(
                    state, [&](std::uint32_t pattern) { flags |= tables.phrases[pattern].cues; });
            }
        }
        tables.phrases[p].anchored = (flags & anchoring) != 0;
    }
}

} // namespace

void compile_phrases(checker_tables& tables, const dataset& data) {
    // Single-word cues are flags in the word table; longer ones are patterns of the automaton,
    // compiled once every single word (determiners included) is known.
    compile_words words(tables);
    const auto& cues = cue_texts();
    std::vector<std::vector<std::string>> cue_forms;
    cue_forms.reserve(cues.size());
    for (const auto& c : cues) {
        cue_forms.push_back(forms_of(c.text, words));
    }
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (cue_forms[i].size() == 1) {
            tables.words.insert(cue_forms[i].front()).cues |= cues[i].flags;
        }
    }
    // The symbols of the multi-word cues that anchor a phrase: a phrase with none of them holds
    // no such cue, and its anchoring is settled by its own words alone.
    std::vector<char> in_anchoring_cue;
    std::vector<std::uint32_t> symbols;
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (cue_forms[i].size() > 1) {
            symbols.clear();
            for (const auto& form : cue_forms[i]) {
                if (const auto symbol = words.symbol_of_form(form); symbol != 0) {
                    symbols.push_back(symbol);
                }
            }
            if (!symbols.empty()) {
                phrase_slot(tables, tables.automaton.add(symbols)).cues |= cues[i].flags;
                if ((cues[i].flags & anchoring) != 0) {
                    for (const auto symbol : symbols) {
                        in_anchoring_cue.resize(
                            std::max<std::size_t>(in_anchoring_cue.size(), symbol + 1));
                        in_anchoring_cue[symbol] = 1;
                    }
                }
            }
        }
    }
    // Each lay phrase's symbols, for mark_anchored (none for cues).
    std::vector<std::uint32_t> phrase_symbols;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> phrase_words;
    // Room for every phrase and word up front: a dataset with thousands of phrases would
    // otherwise grow each table many times over, and every copy touches fresh memory.
    std::size_t phrase_count = 0;
    std::size_t word_count = 0;
    for (const auto* list : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (const auto& c : *list) {
            phrase_count += c.lay_phrases.size();
            for (const auto& phrase : c.lay_phrases) {
                word_count +=
                    1 + static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' '));
            }
        }
    }
    // Each phrase's targets, as found: (pattern, target), laid out by pattern after the loop.
    constexpr auto no_claim = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> last_claim;
    std::vector<std::pair<std::uint32_t, phrase_target>> found;
    found.reserve(phrase_count);
    last_claim.reserve(tables.automaton.pattern_count() + phrase_count);
    tables.automaton.reserve(word_count);
    tables.phrases.reserve(tables.automaton.pattern_count() + phrase_count);
    phrase_words.reserve(tables.automaton.pattern_count() + phrase_count);
    phrase_symbols.reserve(word_count);
    for (const auto* list : {&data.mechanisms, &data.conditions, &data.practices}) {
        for (const auto& c : *list) {
            const auto claim_index = tables.claims.size();
            tables.claims.push_back(&c);
            for (const auto& phrase : c.lay_phrases) {
                symbols_of(phrase, words, symbols);
                if (symbols.empty()) {
                    continue;
                }
                const auto pattern = tables.automaton.add(symbols);
                // Claims are read in order, so a claim that already has this pattern added it
                // last: one phrase of a claim found twice is one finding, not two.
                if (last_claim.size() <= pattern) {
                    last_claim.resize(pattern + 1, no_claim);
                }
                if (last_claim[pattern] != claim_index) {
                    last_claim[pattern] = claim_index;
                    found.push_back({pattern, {claim_index, phrase}});
                }
                if (phrase_words.size() <= pattern) {
                    phrase_words.resize(pattern + 1);
                }
                if (phrase_words[pattern].second == 0) {
                    phrase_words[pattern] = {static_cast<std::uint32_t>(phrase_symbols.size()),
                                             static_cast<std::uint32_t>(symbols.size())};
                    phrase_symbols.insert(phrase_symbols.end(), symbols.begin(), symbols.end());
                }
            }
        }
    }
    tables.automaton.build();
    if (tables.phrases.size() < tables.automaton.pattern_count()) {
        tables.phrases.resize(tables.automaton.pattern_count());
    }
    lay_out_targets(tables, found);

    mark_anchored(tables, cue_forms, in_anchoring_cue, phrase_symbols, phrase_words);
}

} // namespace massage_evidence::detail
