#include "check/phrase_automaton.hpp"
#include "check/tokenizer.hpp"
#include "check/unread_text.hpp"
#include "check/word_form.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <deque>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace massage_evidence::detail;

namespace {

std::string form(std::string_view folded) {
    return std::string(word_form(folded).view());
}

// Every event of a text. A word's `folded` points into the tokenizer, so each is copied into
// `words` (a deque: its strings never move) and the event made to point at the copy.
struct tokenized {
    std::vector<text_event> events;
    std::deque<std::string> words;
};

tokenized tokenize(std::string_view text) {
    tokenized out;
    text_tokenizer tokens(text);
    for (auto e = tokens.next(); e.kind != text_event_kind::end_of_text; e = tokens.next()) {
        if (e.kind == text_event_kind::word) {
            e.folded = out.words.emplace_back(e.folded);
        }
        out.events.push_back(e);
    }
    return out;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    text_tokenizer tokens(text);
    for (auto e = tokens.next(); e.kind != text_event_kind::end_of_text; e = tokens.next()) {
        if (e.kind == text_event_kind::word) {
            words.emplace_back(e.folded);
        }
    }
    return words;
}

const text_event& first_word(const tokenized& text) {
    return *std::find_if(text.events.begin(), text.events.end(),
                         [](const text_event& e) { return e.kind == text_event_kind::word; });
}

std::size_t count(const tokenized& text, text_event_kind kind) {
    std::size_t n = 0;
    for (const auto& e : text.events) {
        n += e.kind == kind ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("inflections of a word share one form", "[check][words]") {
    const auto same =
        GENERATE(as<std::vector<std::string>>{},
                 std::vector<std::string>{"flush", "flushes", "flushing", "flushed"},
                 std::vector<std::string>{"muscle", "muscles"},
                 std::vector<std::string>{"therapy", "therapies"},
                 std::vector<std::string>{"rub", "rubbed", "rubbing"},
                 std::vector<std::string>{"knot", "knots", "knotted"},
                 std::vector<std::string>{"relieve", "relieves", "relieved", "relieving"},
                 std::vector<std::string>{"speed", "speeds", "speeding"},
                 std::vector<std::string>{"injury", "injuries"},
                 std::vector<std::string>{"body", "body's", "bodies"},
                 std::vector<std::string>{"feel", "felt", "feels"},
                 std::vector<std::string>{"break", "broke", "broken", "breaks"});
    for (const auto& word : same) {
        CAPTURE(word);
        CHECK(form(word) == form(same.front()));
    }
}

TEST_CASE("British and American spellings share one form", "[check][words]") {
    const auto [british, american] = GENERATE(table<std::string, std::string>({
        {"fibre", "fiber"},
        {"fibres", "fibers"},
        {"centre", "center"},
        {"colour", "color"},
        {"behaviour", "behavior"},
        {"tumours", "tumors"},
        {"mobilise", "mobilize"},
        {"mobilising", "mobilizing"},
        {"paralysed", "paralyzed"},
        {"oedema", "edema"},
        {"haematoma", "hematoma"},
        {"sceptical", "skeptical"},
        {"practise", "practice"},
    }));
    CAPTURE(british, american);
    CHECK(form(british) == form(american));
}

TEST_CASE("word forms never turn a word into a negation or another short word", "[check][words]") {
    CHECK(form("noted") != form("not"));
    CHECK(form("noting") != form("not"));
    CHECK(form("note") != form("not"));
    CHECK(form("notes") != form("not"));
    CHECK(form("hour") == "hour");
    CHECK(form("your") == "your");
    CHECK(form("four") == "four");
    CHECK(form("stress") == "stress");
    CHECK(form("fibrosis") == "fibrosis");
    CHECK(form("doesn't") == "doesn't");
}

TEST_CASE("a word too long for any phrase has an empty form", "[check][words]") {
    CHECK(form(std::string(max_word_bytes + 1, 'a')).empty());
    CHECK_FALSE(form(std::string(max_word_bytes, 'a')).empty());
}

TEST_CASE("the tokenizer folds case, accents and typographic apostrophes", "[check][words]") {
    CHECK(words_of("Pétrissage DOESN’T") == std::vector<std::string>{"petrissage", "doesn't"});
    CHECK(words_of("‘knots’") == std::vector<std::string>{"knots"});
    CHECK(words_of("rest-and-digest") == std::vector<std::string>{"rest", "and", "digest"});
    CHECK(words_of("rest & digest") == std::vector<std::string>{"rest", "and", "digest"});
    CHECK(words_of("cross\xE2\x80\x91"
                   "fibre") == std::vector<std::string>{"cross", "fibre"}); // non-breaking hyphen
    CHECK(words_of("see https://example.org/lactic-acid now") ==
          std::vector<std::string>{"see", "https", "now"});
}

TEST_CASE("words carry their line and their column in code points", "[check][words]") {
    const auto text = tokenize("\xEF\xBB\xBF"
                               "é ü massage\n  two");
    std::vector<text_event> words;
    for (const auto& e : text.events) {
        if (e.kind == text_event_kind::word) {
            words.push_back(e);
        }
    }
    REQUIRE(words.size() == 4);
    CHECK(words[2].folded == "massage");
    CHECK(words[2].line == 1);
    CHECK(words[2].column == 5); // after "é ü ", four code points; the BOM is not counted
    CHECK(words[2].begin == 3 + 6);
    CHECK(words[3].line == 2);
    CHECK(words[3].column == 3);
}

TEST_CASE("sentences end at full stops, not at abbreviations or decimals", "[check][words]") {
    CHECK(count(tokenize("It works. Really."), text_event_kind::sentence_end) == 2);
    CHECK(count(tokenize("Massage, e.g. kneading, helps"), text_event_kind::sentence_end) == 0);
    CHECK(count(tokenize("Ask Dr. Smith about it"), text_event_kind::sentence_end) == 0);
    CHECK(count(tokenize("About 1.5 hours"), text_event_kind::sentence_end) == 0);
    CHECK(count(tokenize("Does it work? No!"), text_event_kind::sentence_end) == 2);
    CHECK(count(tokenize("\"It works.\" Then"), text_event_kind::sentence_end) == 1);
}

TEST_CASE("dashes standing free break clauses, hyphens in words do not", "[check][words]") {
    CHECK(count(tokenize("pain-free"), text_event_kind::clause_break) == 0);
    CHECK(count(tokenize("massage - not stretching"), text_event_kind::clause_break) == 1);
    CHECK(count(tokenize("massage \xE2\x80\x94 not stretching"),
                text_event_kind::clause_break) == 1); // em dash
    CHECK(count(tokenize("a; b (c)"), text_event_kind::clause_break) == 3);
}

TEST_CASE("the tokenizer reports Markdown blocks", "[check][words]") {
    const auto events = tokenize("## Benefits of massage\n\n- boosts circulation\n1. sleeps\n");
    std::vector<text_event> lines;
    for (const auto& e : events.events) {
        if (e.kind == text_event_kind::line_start) {
            lines.push_back(e);
        }
    }
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].block == line_block::heading);
    CHECK(lines[0].level == 2);
    CHECK(lines[1].block == line_block::list_item);
    CHECK(lines[2].block == line_block::list_item);
    CHECK(count(events, text_event_kind::paragraph_end) == 2);
    // The end of a heading line ends its sentence.
    CHECK(count(events, text_event_kind::sentence_end) == 1);
}

TEST_CASE("the tokenizer reads an HTML comment as a space, and a line of comments as none",
          "[check][words]") {
    CHECK(words_of("flush <!-- out, \xFF not. -->toxins") ==
          std::vector<std::string>{"flush", "toxins"});
    const auto inline_comment = tokenize("a <!-- b. c; d --> e");
    CHECK(count(inline_comment, text_event_kind::word) == 2); // "a" and "e"
    for (const auto kind : {text_event_kind::sentence_end, text_event_kind::clause_break,
                            text_event_kind::comma, text_event_kind::phrase_break}) {
        CHECK(count(inline_comment, kind) == 0);
    }

    // Lines of only comments give no event at all, so the paragraph runs on across them; the
    // lines are still counted.
    const auto lines = tokenize("one\n <!-- x --> <!-- y\n\nz -->\t\ntwo\n");
    CHECK(count(lines, text_event_kind::line_start) == 2);
    CHECK(count(lines, text_event_kind::paragraph_end) == 1);
    const auto& two = lines.events[lines.events.size() - 2];
    CHECK(two.folded == "two");
    CHECK(two.line == 5);
    CHECK(two.column == 1);

    // A comment that begins a line with text after it: the line starts, where the text does.
    const auto after = tokenize("<!-- x\n -->- item\n");
    REQUIRE(after.events.size() >= 2);
    CHECK(after.events[0].block == line_block::list_item);
    CHECK(after.events[1].line == 2);
    CHECK(after.events[1].column == 7);

    // A URL ends at a comment, which is then skipped.
    CHECK(words_of("see https://example.org<!-- massage -->now") ==
          std::vector<std::string>{"see", "https", "now"});
}

TEST_CASE("the tokenizer passes over fenced code blocks, which end a paragraph", "[check][words]") {
    const auto block = tokenize("Massage helps.\n```sh\nflush toxins\n\nmore\n```\nafter it\n");
    CHECK(block.words == std::deque<std::string>{"massage", "helps", "after", "it"});
    // The paragraph before the block ends at its last line; the line after starts a new one.
    CHECK(count(block, text_event_kind::paragraph_end) == 2);
    CHECK(block.events[0].kind == text_event_kind::line_start);
    const auto after = std::find_if(block.events.begin(), block.events.end(), [](const auto& e) {
        return e.kind == text_event_kind::word && e.folded == "after";
    });
    REQUIRE(after != block.events.end());
    CHECK(after->line == 7);
    CHECK(after->column == 1);
    CHECK(after[-1].kind == text_event_kind::line_start);
    CHECK(after[-1].line == 7);
    CHECK(after[-2].kind == text_event_kind::paragraph_end);
    CHECK(after[-2].begin == 14); // the end of "Massage helps."

    // What closes a block: a line of the same mark, at least as many, and blanks only.
    CHECK(words_of("~~~~\na\n~~~\nb\n~~~~~ \nc") == std::vector<std::string>{"c"});
    CHECK(words_of("```\na\n~~~\nb\n``` c\nd\n```\ne") == std::vector<std::string>{"e"});
    CHECK(words_of("- item\n  ```\n  code\n    ```\n  more") ==
          std::vector<std::string>{"item", "more"});
    CHECK(words_of("```\r\na\r\n```\r\nb\r\n") == std::vector<std::string>{"b"});
    CHECK(words_of("\xEF\xBB\xBF```\na\n```\nb") == std::vector<std::string>{"b"});
    // One that never closes runs to the end of the text, as a page shows it.
    CHECK(words_of("a\n```\nb\n\nc\n") == std::vector<std::string>{"a"});
    // Not fences: two marks, backticks with a backtick after them on the line (inline code),
    // marks after text, in a block quote, or after a comment.
    CHECK(words_of("``\na\n``").empty()); // inline code, over two line breaks
    CHECK(words_of("``\na\n\n``") == std::vector<std::string>{"a"});
    CHECK(words_of("```a``` b\nc") == std::vector<std::string>{"b", "c"}); // inline code
    CHECK(words_of("a ```\nb") == std::vector<std::string>{"a", "b"});
    CHECK(words_of("> ```\nb") == std::vector<std::string>{"b"});
    CHECK(words_of("<!-- x --> ```\nb") == std::vector<std::string>{"b"});
    CHECK(words_of("~~~ ``` ~~~\na\n~~~\nb") == std::vector<std::string>{"b"});
    // Whichever opens first hides the other.
    CHECK(words_of("```\n<!-- a\n```\nb -->") == std::vector<std::string>{"b"});
    CHECK(words_of("<!-- a\n```\n-->\nb\n```") == std::vector<std::string>{"b"});
}

TEST_CASE("the tokenizer passes over inline code, which breaks a phrase", "[check][words]") {
    using words = std::vector<std::string>;
    CHECK(words_of("Massage `flushes toxins` daily") == words{"massage", "daily"});
    const auto span = tokenize("a `b` c");
    REQUIRE(span.events.size() == 5); // line start, a, the code, c, paragraph end
    CHECK(span.events[2].kind == text_event_kind::phrase_break);
    CHECK(span.events[2].begin == 2);
    CHECK(span.events[2].end == 5);
    CHECK(span.events[3].column == 7);
    // Closed by a run of as many backticks, on the same line and not too far on.
    CHECK(words_of("a `` b ` c `` d") == words{"a", "d"});
    CHECK(words_of("a ` b") == words{"a", "b"});
    CHECK(words_of("a `` b ` c") == words{"a", "b", "c"});
    // It runs on over a line break, but not over an empty line or a line that opens a block.
    CHECK(words_of("a `b\nc` d") == words{"a", "d"});
    CHECK(words_of("a `b\n \t\nc` d") == words{"a", "b", "c", "d"});
    CHECK(words_of("a `b\n~~~\nc\n~~~\nd` e") == words{"a", "b", "d", "e"});
    // Nor into a line that starts a block, nor out of a heading, whose line is all of it.
    for (const auto* block : {"- ", "* ", "+ ", "12. ", "3) ", "> ", "# ", "---\n", "***\n"}) {
        CAPTURE(block);
        CHECK(words_of(std::string("a `b\n") + block + "c` d") == words{"a", "b", "c", "d"});
    }
    CHECK(words_of("a `b\n-c` d") == words{"a", "d"}); // not a list item
    CHECK(words_of("a `b\n#c` d") == words{"a", "d"}); // not a heading
    CHECK(words_of("## a `b\nc` d") == words{"a", "b", "c", "d"});
    CHECK(words_of("> # a `b\nc` d") == words{"a", "b", "c", "d"});
    CHECK(words_of("#a `b\nc` d") == words{"a", "d"});
    std::string far = "`";
    for (int i = 0; i < 150; ++i) {
        far += "a ";
    }
    CHECK(words_of(far + "`").size() == 150);
    // Code after a full stop is not taken for closing punctuation, nor after a URL for its path.
    CHECK(words_of("Done.`massage` b") == words{"done", "b"});
    CHECK(words_of("Done.`` b") == words{"done", "b"});
    CHECK(words_of("see https://x.org`massage` b") == words{"see", "https", "b"});
    // Whichever opens first hides the other.
    CHECK(words_of("`<!--` massage") == words{"massage"});
    CHECK(words_of("<!-- `x --> massage `") == words{"massage"});
}

TEST_CASE("the tokenizer and the splitter's finder agree on what is not read", "[check][words]") {
    // The piece splitter and the directive reader find comments and code blocks with
    // unread_finder, the tokenizer as it reads. So in texts of fragments that open, close and
    // almost open them, every letter the tokenizer reads as part of a word must lie outside what
    // the finder finds, and every letter outside must be read.
    const std::vector<std::string_view> fragments{
        "```",  "~~~",  "````", "`",  "``",    "<!--", "-->", "<!-->",   "\n",
        "\n\n", "\r\n", " ",    "\t", "> ",    "- ",   "#",   "massage", "a",
        "b c",  "~",    "<",    "!",  "x```y", "\xFF", "."};
    std::mt19937 random(20261122);
    std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1);
    std::uniform_int_distribution<int> length(1, 24);
    std::size_t blocks = 0;
    for (int i = 0; i < 4000; ++i) {
        std::string text = i % 7 == 0 ? "\xEF\xBB\xBF" : "";
        for (int n = length(random); n > 0; --n) {
            text += fragments[pick(random)];
        }
        std::vector<char> unread(text.size(), 0);
        unread_finder finder(text);
        std::size_t after_last = 0;
        for (auto span = finder.next(0); span.found(); span = finder.next(span.end)) {
            REQUIRE(span.begin >= after_last);
            REQUIRE(span.end > span.begin);
            std::fill(unread.begin() + static_cast<std::ptrdiff_t>(span.begin),
                      unread.begin() + static_cast<std::ptrdiff_t>(span.end), 1);
            after_last = span.end;
            blocks += span.kind == unread_kind::code_block ? 1 : 0;
        }
        std::vector<char> in_word(text.size(), 0);
        text_tokenizer tokens(text);
        for (auto e = tokens.next(); e.kind != text_event_kind::end_of_text; e = tokens.next()) {
            if (e.kind == text_event_kind::word) {
                std::fill(in_word.begin() + static_cast<std::ptrdiff_t>(e.begin),
                          in_word.begin() + static_cast<std::ptrdiff_t>(e.end), 1);
            }
        }
        for (std::size_t at = 0; at < text.size(); ++at) {
            const auto byte = static_cast<unsigned char>(text[at]);
            if (std::isalpha(byte) != 0 && byte < 0x80) {
                INFO("text: " << text << "\nletter at byte " << at);
                REQUIRE(in_word[at] != unread[at]);
            }
        }
    }
    CHECK(blocks > 500);
    // An empty view, whose data() may be null, has nothing to find.
    CHECK_FALSE(unread_finder(std::string_view{}).next(0).found());
    CHECK_FALSE(unread_finder("<!--").next(4).found());
}

TEST_CASE("a byte that is not UTF-8 is reported in a comment or code block too", "[check][words]") {
    // The words there are not read, but the file still holds the byte, and `check` says so.
    const auto events = tokenize("a <!-- \xFF\xC3 -->\n```\n\xFE\n```\n\xC3\xA9 \x80"
                                 "b");
    std::vector<std::pair<std::size_t, std::size_t>> invalid;
    for (const auto& e : events.events) {
        if (e.kind == text_event_kind::invalid_utf8) {
            invalid.emplace_back(e.line, e.column);
        }
    }
    CHECK(invalid ==
          std::vector<std::pair<std::size_t, std::size_t>>{{1, 8}, {1, 9}, {3, 1}, {5, 3}});
    CHECK(events.words == std::deque<std::string>{"a", "e", "b"});
    // A comment or block of many such bytes: each is an event, and the text after is read.
    const auto many = tokenize("<!-- " + std::string(20, '\xFF') + " --> massage");
    CHECK(count(many, text_event_kind::invalid_utf8) == 20);
    CHECK(many.words == std::deque<std::string>{"massage"});
}

TEST_CASE("invalid UTF-8 is an event with its place, and the scan goes on", "[check][words]") {
    const auto events = tokenize("ab \xFF\xFE cd\n\xC3");
    std::vector<text_event> invalid;
    for (const auto& e : events.events) {
        if (e.kind == text_event_kind::invalid_utf8) {
            invalid.push_back(e);
        }
    }
    REQUIRE(invalid.size() == 3);
    CHECK(invalid[0].line == 1);
    CHECK(invalid[0].column == 4);
    CHECK(invalid[1].column == 5);
    CHECK(invalid[2].line == 2);
    CHECK(words_of("ab \xFF\xFE cd") == std::vector<std::string>{"ab", "cd"});
}

TEST_CASE("the tokenizer survives any bytes", "[check][words]") {
    std::string bytes;
    for (int i = 0; i < 256; ++i) {
        bytes += static_cast<char>(i);
        bytes += static_cast<char>(255 - i);
    }
    const auto text = bytes + bytes;
    CHECK_FALSE(tokenize(text).events.empty());
    CHECK(tokenize("").events.empty());
    CHECK(tokenize("\n\n\n").events.empty());
}

TEST_CASE("a word read the fast way is the word read the general way", "[check][words]") {
    // The tokenizer reads a short ASCII word with sixteen-byte loads only when sixteen bytes of
    // text are left; the same word at the very end of a text is read byte by byte. Both ways
    // must give the same word, ended by the same byte, with the same key, for every length a
    // key holds and every byte that can follow.
    // What follows the byte matters too: an apostrophe joins "don't" but not "muscles' ".
    const std::string letters = "MassAge0123456789xYz";
    for (std::size_t length = 1; length < word_key::max_size; ++length) {
        const std::string word = letters.substr(length % 4, length);
        for (int after = 0; after < 256; ++after) {
            for (const std::string_view then : {"", "t", "\xC3\xA9"}) {
                std::string tail = word + static_cast<char>(after);
                tail += then;
                if (tail.size() >= word_key::max_size) {
                    continue; // the general way is taken only when fewer than sixteen bytes are
                              // left
                }
                const std::string padded = tail + std::string(word_key::max_size, ' ');
                const auto general = tokenize(tail);
                const auto fast = tokenize(padded);
                INFO("word " << word << ", then byte " << after << " and \"" << then << '"');
                REQUIRE(!general.words.empty());
                REQUIRE(!fast.words.empty());
                const auto& slow_word = first_word(general);
                const auto& fast_word = first_word(fast);
                CHECK(fast_word.folded == slow_word.folded);
                CHECK(fast_word.begin == slow_word.begin);
                CHECK(fast_word.end == slow_word.end);
                CHECK(fast_word.column == slow_word.column);
                CHECK(fast_word.key == slow_word.key);
                CHECK(fast_word.key == word_key::of(fast_word.folded));
            }
        }
    }
}

TEST_CASE("word keys tell words apart and are filled for short words only", "[check][words]") {
    CHECK(word_key::of("a") != word_key::of("aa"));
    CHECK(word_key::of("massage") == word_key::of("massage"));
    CHECK(word_key::of("abcdefgh") != word_key::of("abcdefghi"));
    CHECK(word_key::of("abcdefghijklmnop").high != 0);
    const auto text = tokenize("Fibre antiinflammatoryness flushes\n" + std::string(20, ' '));
    std::vector<text_event> words;
    for (const auto& e : text.events) {
        if (e.kind == text_event_kind::word) {
            words.push_back(e);
        }
    }
    REQUIRE(words.size() == 3);
    CHECK(words[0].key == word_key::of("fibre"));
    CHECK(words[1].folded == "antiinflammatoryness");
    CHECK(words[1].key == word_key{});
    CHECK(words[2].key == word_key::of("flushes"));
}

TEST_CASE("the automaton finds every phrase, overlapping ones included", "[check][automaton]") {
    phrase_automaton automaton;
    const auto he = automaton.add({1, 2});
    const auto she = automaton.add({3, 1, 2});
    const auto hers = automaton.add({1, 2, 4, 5});
    const auto e = automaton.add({2});
    CHECK(automaton.add({1, 2}) == he); // the same sequence is one pattern
    automaton.build();

    std::vector<std::pair<std::size_t, std::uint32_t>> found; // (end position, pattern)
    const std::vector<std::uint32_t> text{3, 1, 2, 4, 5, 0, 2};
    std::uint32_t state = phrase_automaton::root;
    for (std::size_t i = 0; i < text.size(); ++i) {
        state = automaton.step(state, text[i]);
        automaton.for_each_match(state, [&](std::uint32_t p) { found.emplace_back(i, p); });
    }
    const std::set<std::pair<std::size_t, std::uint32_t>> expected{
        {2, she}, {2, he}, {2, e}, {4, hers}, {6, e}};
    CHECK(std::set<std::pair<std::size_t, std::uint32_t>>(found.begin(), found.end()) == expected);
    CHECK(automaton.length(hers) == 4);
}

namespace {

// Every (end position, pattern) of `patterns` in `text`, found the slow way: each pattern
// compared at each position. Symbol 0 is a word in no pattern.
std::set<std::pair<std::size_t, std::uint32_t>>
naive_matches(const std::vector<std::vector<std::uint32_t>>& patterns,
              const std::vector<std::uint32_t>& ids, const std::vector<std::uint32_t>& text) {
    std::set<std::pair<std::size_t, std::uint32_t>> found;
    for (std::size_t end = 0; end < text.size(); ++end) {
        for (std::size_t p = 0; p < patterns.size(); ++p) {
            const auto& pattern = patterns[p];
            if (pattern.size() <= end + 1 &&
                std::equal(pattern.rbegin(), pattern.rend(),
                           text.rbegin() + static_cast<std::ptrdiff_t>(text.size() - 1 - end))) {
                found.emplace(end, ids[p]);
            }
        }
    }
    return found;
}

} // namespace

TEST_CASE("the automaton agrees with a naive matcher on random phrases and texts",
          "[check][automaton]") {
    // Small alphabets make phrases share words and overlap, as the synthetic benchmark's do.
    // Thousands of phrases over 50 words give states with tables of more than 32 entries
    // (searched by bisection), and failure targets too long to copy (followed at run time).
    std::mt19937 random(20261121);
    for (const auto& [alphabet, count, longest] :
         std::vector<std::tuple<std::uint32_t, std::size_t, std::size_t>>{{3, 10, 4},
                                                                          {8, 60, 3},
                                                                          {40, 400, 3},
                                                                          {300, 3000, 2},
                                                                          {6, 200, 6},
                                                                          {50, 6000, 2},
                                                                          {50, 6000, 3}}) {
        CAPTURE(alphabet, count, longest);
        std::uniform_int_distribution<std::uint32_t> symbol(1, alphabet);
        std::uniform_int_distribution<std::size_t> length(1, longest);
        phrase_automaton automaton;
        std::vector<std::vector<std::uint32_t>> patterns;
        std::vector<std::uint32_t> ids;
        for (std::size_t i = 0; i < count; ++i) {
            std::vector<std::uint32_t> pattern(length(random));
            std::generate(pattern.begin(), pattern.end(), [&] { return symbol(random); });
            ids.push_back(automaton.add(pattern));
            patterns.push_back(std::move(pattern));
        }
        automaton.build();
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            CHECK(automaton.length(ids[i]) == patterns[i].size());
        }
        // Text symbols also include 0 (no phrase) and one above the alphabet (a symbol the
        // automaton never saw).
        std::uniform_int_distribution<std::uint32_t> text_symbol(0, alphabet + 1);
        std::vector<std::uint32_t> text(2000);
        std::generate(text.begin(), text.end(), [&] { return text_symbol(random); });
        std::set<std::pair<std::size_t, std::uint32_t>> found;
        std::uint32_t state = phrase_automaton::root;
        for (std::size_t i = 0; i < text.size(); ++i) {
            state = automaton.step(state, text[i]);
            std::size_t visited = 0;
            automaton.for_each_match(state, [&](std::uint32_t p) {
                found.emplace(i, p);
                ++visited;
            });
            CHECK(automaton.has_match(state) == (visited > 0));
        }
        const auto expected = naive_matches(patterns, ids, text);
        CHECK(found == expected);
        CHECK(found.size() > 10); // the texts must exercise the matcher
    }
}
