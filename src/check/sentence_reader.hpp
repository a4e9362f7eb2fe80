#pragma once

// The first half of a check: everything that can be decided inside one sentence. A reader takes
// the words of a piece of text from the tokenizer, looks each up (word table, through its own
// cache), steps the phrase automaton, reads lists, and at the end of each sentence weighs what
// the sentence alone settles: its massage and body cues, which phrases it holds (overlaps
// resolved), which of them it negates, and whether it denies the sentence before it. What it
// records is the piece's `read_piece`; what depends on other sentences (context, held findings,
// paragraphs and headings) is the checker's second half, which reads the pieces in text order.
//
// A piece starts at a line that follows a blank line, where neither the tokenizer nor the reader
// carries anything over, so pieces can be read in any order and on any thread. Internal to the
// library.

#include "check/checker_tables.hpp"
#include "check/tokenizer.hpp"
#include "check/word_cache.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// A phrase a finished sentence holds.
struct sentence_match {
    std::uint32_t pattern = 0;
    bool negated = false;     ///< denied in its own sentence
    std::uint32_t column = 0; ///< of its first word; columns past 4 billion read as that
    std::size_t line = 0;     ///< of its first word, counted from 1 at the piece's start
    std::size_t begin = 0;    ///< byte offsets of its words in the text
    std::size_t end = 0;
};

enum class read_kind : std::uint8_t {
    sentence,      ///< a sentence ended (possibly with no words: its end still resets the block)
    line_start,    ///< a non-blank line began
    paragraph_end, ///< a paragraph ended at `begin`
    invalid_utf8,  ///< a byte that is not UTF-8, at `line` and `column`
};

/// What the reader records, in text order.
struct read_event {
    read_kind kind = read_kind::sentence;
    line_block block = line_block::plain; ///< line_start: what the line starts with
    int level = 0;                        ///< line_start: the heading's level
    // A sentence:
    bool punctuated = false;   ///< ended by ". ! ? …" rather than by a break
    bool massage = false;      ///< names massage (not figuratively)
    bool body = false;         ///< names pain or the body
    bool question = false;     ///< a yes/no question, which its answer settles
    bool answer_no = false;    ///< read as an answer, it says no to a question before it
    bool statement_no = false; ///< it points back at the sentence before and calls it untrue
    std::uint32_t words = 0;
    std::uint32_t matches_end = 0; ///< its matches end here in `read_piece::matches`
    std::size_t begin = 0;  ///< sentence: its first byte; line_start, paragraph_end: the position
    std::size_t end = 0;    ///< sentence: after its last word, or after its punctuation
    std::size_t line = 0;   ///< line_start, invalid_utf8: counted from 1 at the piece's start
    std::size_t column = 0; ///< invalid_utf8
};

/// Keeps what one thread writes on every word off the cache lines of another thread's (two
/// lines: processors fetch lines in pairs).
inline constexpr std::size_t thread_separation = 128;

/// What a reader recorded of one piece of text.
struct alignas(thread_separation) read_piece {
    std::vector<read_event> events;
    std::vector<sentence_match> matches; ///< of all its sentences, in order
    std::size_t lines = 0;               ///< line breaks from its start to the next piece's

    void clear() noexcept {
        events.clear();
        matches.clear();
        lines = 0;
    }
};

/// Reads pieces of texts; one per thread, reused from piece to piece (it keeps its word cache).
class alignas(thread_separation) sentence_reader {
public:
    explicit sentence_reader(const checker_tables& tables) : tables_(tables) {}

    /// Reads `text` from `begin` (0, or the start of a line after a blank line) up to the first
    /// event at or after `stop`, or to the end of the text when `stop` is npos, into `out`.
    void read(std::string_view text, std::size_t begin, std::size_t stop, read_piece& out);

private:
    // One word of the sentence being read. Kept small (24 bytes): every word of the sentence is
    // stored until the sentence ends.
    struct sentence_word {
        std::size_t begin = 0;
        std::uint32_t length = 0; ///< bytes; a word is at most a few hundred bytes
        std::uint32_t column = 0; ///< columns past 4 billion are reported as that
        std::uint32_t line = 0;   ///< likewise for lines
        std::uint16_t cues = 0;
        std::uint16_t clause = 0;
        [[nodiscard]] std::size_t end() const noexcept { return begin + length; }
    };

    struct phrase_match {
        std::uint32_t first = 0; ///< word indices in the sentence
        std::uint32_t last = 0;
        std::uint32_t pattern = 0;
    };

    const checker_tables& tables_;
    word_cache cache_;
    read_piece* out_ = nullptr;
    std::string_view text_; ///< the text being read

    // The sentence being read.
    std::vector<sentence_word> words_;
    std::vector<phrase_match> matches_;
    std::uint16_t sentence_cues_ = 0; ///< the cues of all its words together
    std::uint32_t state_ = phrase_automaton::root;
    // A list ("reduces stress, anxiety and inflammation"): each item is also read as if it
    // followed the list's head ("reduces"), by a second state that restarts at every joint.
    std::uint32_t before_last_ = phrase_automaton::root; ///< state before the last word
    std::optional<std::uint32_t> list_head_;
    std::uint32_t item_state_ = phrase_automaton::root;
    std::uint32_t item_words_ = 0; ///< words of the current item read so far
    std::uint32_t item_first_ = 0; ///< index in words_ of its first word
    std::uint16_t clause_ = 0;
    bool clause_empty_ = true;
    bool subordinate_ = false;
    bool question_ = false;
    std::optional<std::size_t> punctuated_end_;

    // On the path of every word: inlined into `read`'s loop, which a call per word slows by a
    // sixth.
    [[gnu::always_inline]] inline word_entry lookup(const text_event& word);
    void new_clause();
    void break_phrases();
    void open_list_item();
    [[gnu::always_inline]] inline void add_word(const text_event& event);
    [[nodiscard]] std::uint32_t first_word_of(std::uint32_t last,
                                              std::uint32_t length) const noexcept;
    void read_list_item(std::uint32_t index, std::uint32_t symbol);
    void finish_sentence();
    void record_sentence(read_event& sentence);
    [[nodiscard]] bool massage_named() const noexcept;
    [[nodiscard]] bool denies_previous(bool after_question) const noexcept;
    [[nodiscard]] bool bare_denial() const noexcept;
    [[nodiscard]] bool colon_after(std::size_t pos) const noexcept;
    void resolve_overlaps();
    [[nodiscard]] bool negated(const phrase_match& m) const noexcept;
    // Whether a word of m's clause within reach of it, walking away from it (direction -1:
    // before, +1: after), is sceptical ("myth") or `denies(index)` the phrase.
    template <class Denies>
    [[nodiscard]] bool denied_within_reach(const phrase_match& m, int direction,
                                           Denies denies) const noexcept;
};

} // namespace massage_evidence::detail
