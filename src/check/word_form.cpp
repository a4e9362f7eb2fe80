// Canonical word forms for `check`: possessives dropped, British spellings turned American, and
// a light, deliberately conservative stemmer (plural -s/-es/-ies, -ed, -ing, final -e). It is not
// a linguistic stemmer and need not be: the same function runs over the dataset's phrases and
// over the text, so any two spellings it maps together match. What it must avoid is mapping
// different words together where that changes meaning for the checker, which is why the
// length limits below are strict (for instance "noted" must not become "not", a negation).

#include "check/word_form.hpp"

#include <algorithm>
#include <cstring>

namespace massage_evidence::detail {
namespace {

using namespace std::string_view_literals;

bool is_vowel(char c) noexcept {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool is_plain_ascii_word(std::string_view word) noexcept {
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '\''; });
}

// British spellings that differ by a fixed piece inside the word, replaced once.
struct spelling_pair {
    std::string_view british;
    std::string_view american;
};
constexpr std::array<spelling_pair, 9> inner_spellings{{
    {"haem", "hem"},
    {"anaes", "anes"},
    {"paed", "ped"},
    {"oedem", "edem"},
    {"oesoph", "esoph"},
    {"oestr", "estr"},
    {"rrhoea", "rrhea"},
    {"scept", "skept"},
    {"practis", "practic"},
}};

// Irregular past forms, so that "felt calmer" reads as "feel calmer" and "broke up" as "break up".
constexpr std::array<spelling_pair, 34> irregular_forms{{
    {"felt", "feel"},   {"broke", "break"},  {"broken", "break"}, {"brought", "bring"},
    {"kept", "keep"},   {"made", "make"},    {"gave", "give"},    {"given", "give"},
    {"took", "take"},   {"taken", "take"},   {"got", "get"},      {"gotten", "get"},
    {"went", "go"},     {"gone", "go"},      {"ran", "run"},      {"wore", "wear"},
    {"worn", "wear"},   {"built", "build"},  {"sped", "speed"},   {"began", "begin"},
    {"begun", "begin"}, {"knew", "know"},    {"known", "know"},   {"thought", "think"},
    {"drank", "drink"}, {"drunk", "drink"},  {"slept", "sleep"},  {"woke", "wake"},
    {"told", "tell"},   {"fought", "fight"}, {"sought", "seek"},  {"lay", "lie"},
    {"held", "hold"},   {"led", "lead"},
}};

} // namespace

word_form::word_form(std::string_view folded) noexcept {
    if (folded.size() > bytes_.size()) {
        return; // too long to be part of any phrase
    }
    std::memcpy(bytes_.data(), folded.data(), folded.size());
    size_ = folded.size();
    if (ends_with("'s") && size_ > 2) {
        size_ -= 2; // possessive: "body's" is "body"
    }
    if (!is_plain_ascii_word(view())) {
        return; // digits or other scripts: kept as they are
    }
    for (const auto& pair : irregular_forms) {
        if (view() == pair.british) {
            std::memcpy(bytes_.data(), pair.american.data(), pair.american.size());
            size_ = pair.american.size();
            break;
        }
    }
    american_spelling();
    strip_inflection();
}

bool word_form::ends_with(std::string_view suffix) const noexcept {
    return size_ >= suffix.size() &&
           std::string_view(bytes_.data() + size_ - suffix.size(), suffix.size()) == suffix;
}

void word_form::replace_once(std::string_view from, std::string_view to) noexcept {
    const auto at = view().find(from);
    if (at == std::string_view::npos || size_ - from.size() + to.size() > bytes_.size()) {
        return;
    }
    const auto tail = size_ - at - from.size();
    std::memmove(bytes_.data() + at + to.size(), bytes_.data() + at + from.size(), tail);
    std::memcpy(bytes_.data() + at, to.data(), to.size());
    size_ = size_ - from.size() + to.size();
}

void word_form::american_spelling() noexcept {
    // Every British piece above holds "ae", "oe", "sc" or "is": most words hold none and skip
    // the nine searches.
    bool may_differ = false;
    for (std::size_t i = 0; i + 1 < size_; ++i) {
        const char a = bytes_[i];
        const char b = bytes_[i + 1];
        may_differ = may_differ || ((a == 'a' || a == 'o') && b == 'e') || (a == 's' && b == 'c') ||
                     (a == 'i' && b == 's');
    }
    if (may_differ) {
        for (const auto& pair : inner_spellings) {
            replace_once(pair.british, pair.american);
        }
    }
    // fibre, centre, metre (and plurals) -> fiber, center, meter
    if (size_ >= 5 && (ends_with("bre") || ends_with("tre"))) {
        std::swap(bytes_[size_ - 2], bytes_[size_ - 1]);
    } else if (size_ >= 6 && (ends_with("bres") || ends_with("tres"))) {
        std::swap(bytes_[size_ - 3], bytes_[size_ - 2]);
    }
    // -ise/-yse and their inflections -> -ize/-yze; -isation -> -ization. Words such as
    // "exercise" change too, harmlessly: both sides of a comparison change the same way.
    if (size_ >= 6) {
        static constexpr std::array suffixes{"isation"sv, "isations"sv, "ise"sv, "ised"sv,
                                             "ises"sv,    "ising"sv,    "yse"sv, "ysed"sv,
                                             "yses"sv,    "ysing"sv};
        for (const auto suffix : suffixes) {
            if (ends_with(suffix)) {
                bytes_[size_ - suffix.size() + 1] = 'z';
                break;
            }
        }
    }
    // colour, behaviour, tumour, honour -> color, behavior, tumor, honor; "hour", "four",
    // "your" and "pour" are left alone (too short, or not preceded by these letters).
    if (size_ >= 5) {
        const auto at = view().find("our");
        if (at != std::string_view::npos && at >= 2 &&
            std::string_view("bdgilmnv").find(bytes_[at - 1]) != std::string_view::npos) {
            std::memmove(bytes_.data() + at + 1, bytes_.data() + at + 2, size_ - at - 2);
            --size_;
        }
    }
}

void word_form::strip_inflection() noexcept {
    const auto has_vowel_before = [this](std::size_t end) {
        return std::any_of(bytes_.begin(), bytes_.begin() + static_cast<std::ptrdiff_t>(end),
                           is_vowel);
    };
    // Plurals and third person: therapies -> therapy, muscles -> muscle, flushes -> flushe.
    if (size_ >= 5 && (ends_with("ies") || ends_with("ied"))) {
        size_ -= 2;
        bytes_[size_ - 1] = 'y';
        return;
    }
    if (size_ >= 4 && ends_with("s") && !ends_with("ss") && !ends_with("us") && !ends_with("is")) {
        --size_;
    }
    // -ing and -ed leave at least four letters, so "noted" and "noting" never become "not".
    bool stripped = false;
    if (size_ >= 7 && ends_with("ing") && has_vowel_before(size_ - 3)) {
        size_ -= 3;
        stripped = true;
    } else if (size_ >= 6 && ends_with("ed") && bytes_[size_ - 3] != 'e' &&
               has_vowel_before(size_ - 2)) {
        size_ -= 2;
        stripped = true;
    }
    if (stripped && size_ >= 2 && bytes_[size_ - 1] == bytes_[size_ - 2] &&
        std::string_view("bdgmnprt").find(bytes_[size_ - 1]) != std::string_view::npos) {
        --size_; // rubbed -> rub, knotted -> knot
        return;
    }
    // A final silent e: muscle/muscles -> muscl, release/releasing -> releas.
    if (size_ >= 5 && ends_with("e") && !ends_with("ee")) {
        --size_;
    }
}

} // namespace massage_evidence::detail
