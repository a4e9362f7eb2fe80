// Finds where JSON pointers begin in a JSON text. It is a small iterative scanner: the text has
// already passed the real parser, so it only needs to track the path, not to validate. It enters
// only the containers on the way to a wanted pointer and skips every other one by matching
// brackets, so placing one finding in a large file costs about one fast pass over it. Nesting
// deeper than any wanted pointer is counted, not stored, so hostile depth costs no memory.

#include "json_locate.hpp"

#include "json_reader.hpp"
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
    std::size_t parent_length = 0; // the path's length without this level's segment
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
        const std::unordered_set<std::string> wanted_set(wanted.begin(), wanted.end());
        // The containers on the way to a wanted value: the only ones worth entering.
        std::unordered_set<std::string> on_the_way;
        for (const auto& pointer : wanted) {
            for (std::size_t i = 0; i < pointer.size(); ++i) {
                if (pointer[i] == '/') {
                    on_the_way.insert(pointer.substr(0, i));
                }
            }
        }

        skip_space();
        while (pos_ < text_.size()) {
            // A value starts here, and path_ is its pointer unless it lies in untracked levels.
            const bool tracked = overflow_ == 0;
            if (tracked && wanted_set.count(path_) != 0) {
                found[path_] = pos_;
            }
            const char c = text_[pos_];
            if (c == '{' || c == '[') {
                if (tracked && on_the_way.count(path_) == 0) {
                    skip_container();
                    if (!after_value()) {
                        break;
                    }
                    continue;
                }
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
    std::string path_;         // the pointer of the current value, kept as levels open and close

    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    void skip_space() {
        pos_ = static_cast<std::size_t>(
            json_reader_detail::skip_white_space(text_.data() + pos_, text_.data() + text_.size()) -
            text_.data());
    }

    void open(bool object) {
        if (overflow_ > 0 || stack_.size() >= 64) {
            ++overflow_;
            return;
        }
        stack_.push_back(level{object, 0, path_.size()});
        if (!object) {
            path_ += "/0";
        }
    }
    void close() {
        if (overflow_ > 0) {
            --overflow_;
            return;
        }
        path_.resize(stack_.back().parent_length);
        stack_.pop_back();
    }

    // The innermost level's segment becomes `token`.
    void set_segment(std::string_view token) {
        path_.resize(stack_.back().parent_length);
        path_ += '/';
        path_ += token;
    }

    // Skips the container whose bracket is at pos_, to just past its closing bracket.
    void skip_container() {
        std::size_t depth = 0;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') {
                skip_string();
                continue;
            }
            ++pos_;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return;
                }
            } else {
                skip_space();
            }
        }
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
                set_segment(std::to_string(top.index));
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
            set_segment(escape_pointer_token(key));
        }
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ':') {
            ++pos_;
        }
        skip_space();
        return true;
    }

    // From an opening quote to just past the closing one.
    void skip_string() {
        const char* end = text_.data() + text_.size();
        const char* p = text_.data() + pos_ + 1;
        for (;;) {
            p = json_reader_detail::skip_plain_text(p, end);
            if (p == end) {
                break;
            }
            if (*p == '"') {
                ++p;
                break;
            }
            p += (*p == '\\' && end - p > 1) ? 2 : 1;
        }
        pos_ = static_cast<std::size_t>(p - text_.data());
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
