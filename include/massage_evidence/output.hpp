#pragma once

/// Writing results safely: an output file is written to a temporary file in the same directory
/// and renamed over the target, so a failure never leaves half a file; devices and FIFOs are
/// written into, never replaced.

#include <string>
#include <string_view>

namespace massage_evidence {

/// Outcome of writing to a descriptor.
enum class write_status { ok, broken_pipe, failed };

/// Writes all of `content` to `fd`, retrying short writes. On `failed`, `error_number` is errno.
[[nodiscard]] write_status write_all(int fd, std::string_view content, int& error_number) noexcept;

/// Writes `content` to `path`. An existing regular file is replaced only when `force` is true
/// (else `error` kind output_exists, exit 73). A FIFO, character device or socket is written
/// into directly. A symbolic link keeps pointing where it did; its target is replaced.
/// Throws `error` (output_exists for paths that cannot be created, io for failed writes); on
/// any failure no temporary file is left behind.
void write_output_file(const std::string& path, std::string_view content, bool force);

} // namespace massage_evidence
