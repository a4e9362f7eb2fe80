# Turns a file into a C++ source holding its bytes, so the binary carries its dataset.
# Usage: cmake -DINPUT=data.json -DOUTPUT=out.cpp -DNAMESPACE=ns -DFUNCTION=name
#              -DVERSION_FUNCTION=name -P embed_file.cmake
# The bytes are written as a hex array rather than a string literal: any byte sequence is safe
# and no compiler limit on literal length applies.

file(READ "${INPUT}" text)
# The dataset's version, read here so `--version` need not parse the data at run time. A file
# that is not valid JSON gets "unknown"; the loader's tests report what is wrong with it.
string(JSON version ERROR_VARIABLE version_error GET "${text}" dataset version)
if(version_error OR NOT version MATCHES "^[0-9A-Za-z.+-]+$")
    set(version "unknown")
endif()

file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Twenty bytes per line keeps the generated file readable in a diff or a debugger.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){20})" "\\1\n    " bytes "${bytes}")

file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/embed_file.cmake. Do not edit.
#include <string_view>

namespace ${NAMESPACE} {
namespace {
constexpr char embedded_bytes[] = {
    ${bytes}'\\0'};
} // namespace

std::string_view ${FUNCTION}() noexcept { return {embedded_bytes, ${size}}; }
std::string_view ${VERSION_FUNCTION}() noexcept { return \"${version}\"; }
} // namespace ${NAMESPACE}
")
# Only touch the output when it changed, so an unchanged dataset triggers no recompilation.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
