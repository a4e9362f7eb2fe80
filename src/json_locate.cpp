// Finds where JSON pointers begin in a JSON text. It is a small iterative scanner: the text has
// already passed the real parser, so it only needs to track the path, not to validate. Nesting
// deeper than any wanted pointer is counted, not stored, so hostile depth costs no memory.

#include "json_locate.hpp"

#include "printable.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace massage_evidence::detail {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

struct level {
    bool object = false;
    std::size_t index = 0;
    std::string key;
};

class scanner {
public:
    explicit scanner(std::string_view text) : text_(text) {
        if (text_.substr(0, utf8_bom.size()) == utf8_bom) {
            pos_ = utf8_bom.size();
        }
    }

    // Offsets of the values at `wanted` pointers (last occurrence wins).
    std::unordered_map<std::string, std::size_t> find(const std::vector<std::string>& wanted) {
        std::unordered_map<std::string, std::size_t> found;
        std::size_t max_depth = 0;
        for (const auto& pointer : wanted) {
            max_depth =
                std::max(max_depth,
                         static_cast<std::size_t>(std::count(pointer.begin(), pointer.end(), '/')));
        }
        const std::unordered_set<std::string> wanted_set(wanted.begin(), wanted.end());
        const auto is_wanted = [&](const std::string& p) {
            return wanted_set.count(p) != 0;
        };

        skip_space();
        while (pos_ < text_.size()) {
            // A value starts here.
            if (overflow_ == 0 && stack_.size() <= max_depth) {
                const auto here = current_pointer();
                if (is_wanted(here)) {
                    found[here] = pos_;
                }
            }
            const char c = text_[pos_];
            if (c == '{' || c == '[') {
                ++pos_;
                open(c == '{');
                skip_space();
                if (pos_ < text_.size() && (text_[pos_] == '}' || text_[pos_] == ']')) {
                    ++pos_;
                    close();
                    if (!after_value()) {
                        break;
                    }
                } else if (c == '{' && !read_key()) {
                    break;
                }
                continue;
            }
            if (c == '"') {
                skip_string();
            } else {
                while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' &&
                       text_[pos_] != ']' && !is_space(text_[pos_])) {
                    ++pos_;
                }
            }
            if (!after_value()) {
                break;
            }
        }
        return found;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::vector<level> stack_;
    std::size_t overflow_ = 0; // levels deeper than the stack keeps

    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    void skip_space() {
        while (pos_ < text_.size() && is_space(text_[pos_])) {
            ++pos_;
        }
    }

    void open(bool object) {
        if (overflow_ > 0 || stack_.size() >= 64) {
            ++overflow_;
            return;
        }
        stack_.push_back(level{object, 0, {}});
    }
    void close() {
        if (overflow_ > 0) {
            --overflow_;
            return;
        }
        stack_.pop_back();
    }

    [[nodiscard]] std::string current_pointer() const {
        std::string out;
        for (const auto& l : stack_) {
            out += '/';
            out += l.object ? escape_pointer_token(l.key) : std::to_string(l.index);
        }
        return out;
    }

    // After a value: a comma, or the end of one or more containers.
    bool after_value() {
        for (;;) {
            skip_space();
            if (pos_ >= text_.size() || (stack_.empty() && overflow_ == 0)) {
                return false;
            }
            const char c = text_[pos_++];
            if (c == ':') {
                // Only reached inside untracked levels, where keys are scanned as values.
                skip_space();
                return true;
            }
            if (c == ',') {
                skip_space();
                if (overflow_ > 0) {
                    return true;
                }
                auto& top = stack_.back();
                if (top.object) {
                    return read_key();
                }
                ++top.index;
                return true;
            }
            // '}' or ']'
            close();
        }
    }

    bool read_key() {
        if (pos_ >= text_.size() || text_[pos_] != '"') {
            return false;
        }
        const auto start = pos_;
        skip_string();
        const auto key = decode_string(text_.substr(start + 1, pos_ - start - 2));
        if (overflow_ == 0) {
            stack_.back().key = key;
        }
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ':') {
            ++pos_;
        }
        skip_space();
        return true;
    }

    void skip_string() {
        ++pos_; // opening quote
        while (pos_ < text_.size() && text_[pos_] != '"') {
            pos_ += text_[pos_] == '\\' ? 2 : 1;
        }
        ++pos_; // closing quote
    }

    static unsigned long hex4(std::string_view s) {
        unsigned long value = 0;
        for (const char c : s.substr(0, 4)) {
            value <<= 4U;
            if (c >= '0' && c <= '9') {
                value |= static_cast<unsigned long>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                value |= static_cast<unsigned long>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                value |= static_cast<unsigned long>(c - 'A' + 10);
            }
        }
        return value;
    }

    // The text of a JSON string body (between the quotes), escapes resolved.
    static std::string decode_string(std::string_view body) {
        std::string out;
        for (std::size_t i = 0; i < body.size(); ++i) {
            if (body[i] != '\\' || i + 1 >= body.size()) {
                out += body[i];
                continue;
            }
            const char e = body[++i];
            switch (e) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                unsigned long cp = hex4(body.substr(i + 1));
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < body.size() &&
                    body.substr(i + 1, 2) == "\\u") {
                    const unsigned long low = hex4(body.substr(i + 3));
                    cp = 0x10000 + ((cp - 0xD800) << 10U) + (low - 0xDC00);
                    i += 6;
                }
                append_utf8(out, cp);
                break;
            }
            default:
                out += e;
                break;
            }
        }
        return out;
    }
};

} // namespace

namespace {

// Fills `finding` for `offset`, which lies on the 1-based line `line` (counted by the caller, so
// that many findings in one large text cost one pass, not one pass each).
void place_on_line(std::string_view text, std::size_t offset, std::size_t line_number,
                   diagnostic& finding) {
    const auto newline_before = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    const std::size_t begin = newline_before == std::string_view::npos ? 0 : newline_before + 1;
    std::size_t end = text.find('\n', offset);
    if (end == std::string_view::npos) {
        end = text.size();
    }
    finding.line = line_number;
    // Columns count characters, not bytes, so the caret lines up under UTF-8 text.
    std::size_t column = 1;
    std::size_t pos = begin;
    while (pos < offset) {
        (void)decode_utf8(text, pos);
        ++column;
    }
    finding.column = column;
    auto line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    // Very long lines (minified JSON) are cut around the offset so the caret stays useful.
    constexpr std::size_t window = 100;
    std::size_t from = 0;
    if (line.size() > 2 * window && offset - begin > window) {
        from = offset - begin - window;
        while (from > 0 && (static_cast<unsigned char>(line[from]) & 0xC0U) == 0x80U) {
            --from; // do not cut a UTF-8 character in half
        }
    }
    if (line.size() - from > 2 * window) {
        std::size_t to = from + 2 * window;
        while (to > from && (static_cast<unsigned char>(line[to]) & 0xC0U) == 0x80U) {
            --to;
        }
        line = line.substr(0, to);
    }
    std::size_t caret = 1;
    for (std::size_t p = begin + from; p < offset;) {
        (void)decode_utf8(text, p);
        ++caret;
    }
    finding.source_line = std::string(line.substr(from));
    finding.excerpt_column = caret;
}

} // namespace

void place_at_offset(std::string_view text, std::size_t offset, diagnostic& finding) {
    offset = std::min(offset, text.size());
    const auto newlines = std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n');
    place_on_line(text, offset, static_cast<std::size_t>(newlines) + 1, finding);
}

void locate_pointers(std::string_view text, std::vector<diagnostic>& findings) {
    std::vector<std::string> wanted;
    for (const auto& finding : findings) {
        if (finding.line == 0) {
            wanted.push_back(finding.pointer);
        }
    }
    if (wanted.empty()) {
        return;
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    const auto offsets = scanner(text).find(wanted);

    // Findings in text order, so lines are counted in a single pass over the text.
    std::vector<std::pair<std::size_t, diagnostic*>> placed;
    for (auto& finding : findings) {
        if (finding.line != 0) {
            continue;
        }
        if (const auto it = offsets.find(finding.pointer); it != offsets.end()) {
            placed.emplace_back(std::min(it->second, text.size()), &finding);
        }
    }
    std::sort(placed.begin(), placed.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t counted_to = 0;
    std::size_t line = 1;
    for (const auto& [offset, finding] : placed) {
        line +=
            static_cast<std::size_t>(std::count(text.begin() + static_cast<long>(counted_to),
                                                text.begin() + static_cast<long>(offset), '\n'));
        counted_to = offset;
        diagnostic where;
        place_on_line(text, offset, line, where);
        finding->line = where.line;
        finding->column = where.column;
    }
}

} // namespace massage_evidence::detail
