// Checks on the shape of single field values. They are deliberately strict and simple: a value
// that fails is shown to the curator with the expected form, so there is no guessing here.

#include "field_format.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace massage_evidence::detail {
namespace {

bool is_lower_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool is_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}

bool is_joined_words(std::string_view text, std::string_view joiners) noexcept {
    if (text.empty() || !is_lower_alnum(text.front()) || !is_lower_alnum(text.back())) {
        return false;
    }
    bool previous_was_joiner = false;
    for (const char c : text) {
        if (std::find(joiners.begin(), joiners.end(), c) != joiners.end()) {
            if (previous_was_joiner) {
                return false;
            }
            previous_was_joiner = true;
        } else if (is_lower_alnum(c)) {
            previous_was_joiner = false;
        } else {
            return false;
        }
    }
    return true;
}

bool all_digits(std::string_view text) noexcept {
    return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

int to_int(std::string_view digits) noexcept {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

// A semver numeric identifier: digits, no leading zero unless it is "0".
bool is_numeric_identifier(std::string_view text) noexcept {
    return all_digits(text) && (text.size() == 1 || text.front() != '0');
}

bool is_dot_separated(std::string_view text) noexcept {
    if (text.empty()) {
        return false;
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('.', start), text.size());
        const auto part = text.substr(start, end - start);
        if (part.empty() || !std::all_of(part.begin(), part.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
            })) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

} // namespace

bool is_claim_id(std::string_view text) noexcept {
    return is_joined_words(text, "-");
}

bool is_source_id(std::string_view text) noexcept {
    return is_joined_words(text, "-_");
}

bool is_iso_date(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    const auto year_text = text.substr(0, 4);
    const auto month_text = text.substr(5, 2);
    const auto day_text = text.substr(8, 2);
    if (!all_digits(year_text) || !all_digits(month_text) || !all_digits(day_text)) {
        return false;
    }
    const int year = to_int(year_text);
    const int month = to_int(month_text);
    const int day = to_int(day_text);
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int limit = days_in_month[month - 1] + ((month == 2 && leap) ? 1 : 0);
    return day <= limit;
}

bool is_semver(std::string_view text) noexcept {
    auto core = text;
    if (const auto plus = core.find('+'); plus != std::string_view::npos) {
        if (!is_dot_separated(core.substr(plus + 1))) {
            return false;
        }
        core = core.substr(0, plus);
    }
    if (const auto dash = core.find('-'); dash != std::string_view::npos) {
        if (!is_dot_separated(core.substr(dash + 1))) {
            return false;
        }
        core = core.substr(0, dash);
    }
    const auto first = core.find('.');
    const auto second = first == std::string_view::npos ? first : core.find('.', first + 1);
    if (second == std::string_view::npos) {
        return false;
    }
    return is_numeric_identifier(core.substr(0, first)) &&
           is_numeric_identifier(core.substr(first + 1, second - first - 1)) &&
           is_numeric_identifier(core.substr(second + 1));
}

bool is_doi(std::string_view text) noexcept {
    if (text.size() < 6 || text.substr(0, 3) != "10.") {
        return false;
    }
    const auto slash = text.find('/');
    if (slash == std::string_view::npos || slash == 3 || slash + 1 == text.size()) {
        return false;
    }
    const auto registrant = text.substr(3, slash - 3);
    if (!std::all_of(registrant.begin(), registrant.end(),
                     [](char c) { return is_digit(c) || c == '.'; })) {
        return false;
    }
    const auto suffix = text.substr(slash + 1);
    return std::none_of(suffix.begin(), suffix.end(), [](char c) {
        return std::isspace(static_cast<unsigned char>(c)) != 0 ||
               static_cast<unsigned char>(c) < 0x20;
    });
}

bool is_pmid(std::string_view text) noexcept {
    return all_digits(text) && text.size() <= 9 && text.front() != '0';
}

bool is_pmcid(std::string_view text) noexcept {
    return text.size() > 3 && text.substr(0, 3) == "PMC" && all_digits(text.substr(3));
}

} // namespace massage_evidence::detail
