#pragma once

// A small streaming JSON writer with two-space indentation. The renderers write JSON straight
// into their output string instead of building a DOM first, so large listings cost no extra
// memory. Internal to the library.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

class json_writer {
public:
    explicit json_writer(std::string& out) : out_(out) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Starts a member of the current object; the next value call writes its value.
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(std::int64_t number);
    void value(bool flag);
    void null();

    /// key + value in one call.
    template <class T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }
    void member(std::string_view name, const std::vector<std::string>& list);

private:
    std::string& out_;
    // Per open container: whether it already has an element (to place commas).
    std::vector<bool> has_element_;
    bool after_key_ = false;

    void before_value();
    void newline_indent();
    void write_string(std::string_view text);
};

} // namespace massage_evidence::detail
