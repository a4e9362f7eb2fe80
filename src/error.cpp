// The documented exit codes and the factories that keep fatal messages uniform.

#include "massage_evidence/error.hpp"

#include "printable.hpp"

#include <fmt/format.h>

namespace massage_evidence {

int exit_code(error_kind kind) noexcept {
    switch (kind) {
    case error_kind::usage:
        return 2;
    case error_kind::invalid_data:
        return 65;
    case error_kind::input:
        return 66;
    case error_kind::output_exists:
        return 73;
    case error_kind::io:
        return 74;
    }
    return 1;
}

error usage_error(std::string_view message) {
    return {error_kind::usage, std::string(message)};
}

error input_error(std::string_view origin, std::string_view problem) {
    return {error_kind::input, fmt::format("{}: {}", detail::printable(origin, 200), problem)};
}

error output_error(std::string_view path, std::string_view problem) {
    return {error_kind::output_exists,
            fmt::format("{}: {}", detail::printable(path, 200), problem)};
}

error write_error(std::string_view target, std::string_view problem) {
    return {error_kind::io, fmt::format("{}: {}", detail::printable(target, 200), problem)};
}

} // namespace massage_evidence
