// Text tools shared by the report's sections. Escaping is layered on escape_markdown, which
// makes inline markup literal; what is added here is what depends on where the text lands (the
// start of a block, a heading). Prose helpers keep counts readable ("three of them").

#include "render/report/markdown_text.hpp"

#include "massage_evidence/render.hpp"

#include <array>

namespace massage_evidence::detail {

std::string inline_text(std::string_view text) {
    const std::string escaped = escape_markdown(text);
    std::string out;
    out.reserve(escaped.size());
    for (const char c : escaped) {
        if (c == '#') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string block_text(std::string_view text) {
    // Leading spaces would only be dropped by the parser (or, four of them, start a code block).
    const auto first = text.find_first_not_of(' ');
    text = first == std::string_view::npos ? std::string_view{} : text.substr(first);
    std::string out = inline_text(text);
    if (out.empty()) {
        return out;
    }
    if (out[0] == '-' || out[0] == '+' || out[0] == '=') {
        return '\\' + out;
    }
    std::size_t digits = 0;
    while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') {
        ++digits;
    }
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) {
        out.insert(digits, 1, '\\');
    }
    return out;
}

std::string sentence(std::string_view text) {
    std::string out(text);
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    if (!out.empty() && out.back() != '.' && out.back() != '?' && out.back() != '!') {
        out += '.';
    }
    return out;
}

std::string capitalized(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
}

std::string lowercase_first(std::string_view text) {
    std::string out(text);
    const bool acronym = out.size() > 1 && out[1] >= 'A' && out[1] <= 'Z';
    if (!out.empty() && !acronym && out[0] >= 'A' && out[0] <= 'Z') {
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    }
    return out;
}

std::string number_in_words(std::size_t n) {
    static constexpr std::array<std::string_view, 13> words{
        "no",    "one",   "two",  "three", "four",   "five",  "six",
        "seven", "eight", "nine", "ten",   "eleven", "twelve"};
    return n < words.size() ? std::string(words[n]) : std::to_string(n);
}

std::string count_of(std::size_t n, std::string_view singular, std::string_view plural) {
    return number_in_words(n) + ' ' + std::string(n == 1 ? singular : plural);
}

std::string joined_with_and(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            out += i + 1 == parts.size() ? " and " : ", ";
        }
        out += parts[i];
    }
    return out;
}

std::string joined_with_semicolons(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            out += "; ";
        }
        out += parts[i];
    }
    return out;
}

} // namespace massage_evidence::detail
