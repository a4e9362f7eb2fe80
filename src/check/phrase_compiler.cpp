// Compiling a dataset for `check`: every lay phrase and multi-word cue becomes a pattern of one
// word automaton, every word that matters gets its symbol and cue flags in the word table, and
// each phrase learns whether it carries a massage or health term of its own (is anchored).
// Compiling runs once per claim_checker; it is the start-up cost of a check.

#include "check/phrase_compiler.hpp"

#include "check/cues.hpp"
#include "check/tokenizer.hpp"
#include "check/word_form.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
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

    known_word& entry(std::string_view folded) {
        if (const auto at = words_.find(folded); at != words_.end()) {
            return at->second;
        }
        return words_
            .emplace(std::string(folded), known_word{std::string(word_form(folded).view())})
            .first->second;
    }

    checker_tables& tables_;
    std::unordered_map<std::string, known_word, folded_hash, std::equal_to<>> words_;
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

// The symbols of a phrase's words into `symbols`, punctuation and skipped words left out.
void symbols_of(std::string_view phrase, compile_words& words,
                std::vector<std::uint32_t>& symbols) {
    symbols.clear();
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

compiled_phrase& phrase_slot(checker_tables& tables, std::uint32_t pattern) {
    if (tables.phrases.size() <= pattern) {
        tables.phrases.resize(pattern + 1);
    }
    return tables.phrases[pattern];
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
            }
        }
    }
    // Each lay phrase's symbols, for anchoring below: those of pattern p are
    // phrase_symbols[phrase_words[p].first ..][.. phrase_words[p].second] (none for cues).
    std::vector<std::uint32_t> phrase_symbols;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> phrase_words;
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
                auto& slot = phrase_slot(tables, pattern);
                if (std::none_of(slot.targets.begin(), slot.targets.end(),
                                 [&](const auto& t) { return t.claim == claim_index; })) {
                    slot.targets.push_back({claim_index, phrase});
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
        std::uint32_t state = phrase_automaton::root;
        for (std::uint32_t i = first; i < first + count; ++i) {
            const auto symbol = phrase_symbols[i];
            flags |= cues_by_symbol[symbol];
            state = tables.automaton.step(state, symbol);
            tables.automaton.for_each_match(
                state, [&](std::uint32_t pattern) { flags |= tables.phrases[pattern].cues; });
        }
        tables.phrases[p].anchored = (flags & (cue::massage | cue::anchor)) != 0;
    }
}

} // namespace massage_evidence::detail
