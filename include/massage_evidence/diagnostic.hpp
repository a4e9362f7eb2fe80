#pragma once

/// Findings about a dataset: where (JSON pointer, and line:column when the text is known), what
/// was found, and what was expected. Loading and validation collect every finding instead of
/// stopping at the first; `diagnostics` keeps a bounded number and counts the rest.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace massage_evidence {

/// What kind of rule a finding breaks. Tests assert kinds and pointers, not message texts.
enum class diagnostic_kind {
    // the text
    syntax,
    duplicate_key,
    unknown_key,
    missing_field,
    wrong_type,
    bad_enum,
    bad_format,
    // the document as a whole
    duplicate_id,
    dangling_reference,
    no_sources,
    duplicate_citation,
    grade_mismatch,
    duplicate_domain,
    // curation rules, reported by `validate`
    uncited_source,
    missing_lay_phrases,
    grade_above_design,
    verdict_without_contrary_source,
    high_without_review,
};

/// Errors make a dataset unusable; curation findings do not, but `validate` fails on them.
enum class severity { error, curation };

/// One finding. `line` and `column` are 1-based, 0 when unknown.
struct diagnostic {
    diagnostic_kind kind = diagnostic_kind::syntax;
    massage_evidence::severity severity = severity::error;
    std::string pointer; ///< RFC 6901 JSON pointer, "" for the whole document
    std::string message; ///< what was found and what was expected
    std::size_t line = 0;
    std::size_t column = 0;
    std::string source_line; ///< the offending line (or a window of it), for a caret under it
    std::size_t excerpt_column = 0; ///< 1-based character position of the caret in source_line
};

/// A bounded list of findings: at most `limit` kept, all counted.
class diagnostics {
public:
    explicit diagnostics(std::size_t limit = 200) : limit_(limit) {}

    void add(diagnostic finding);
    void add(diagnostic_kind kind, std::string pointer, std::string message,
             massage_evidence::severity level = severity::error);

    /// Whether the next finding will be kept. When it will not, `count` it instead: its pointer
    /// and message need not be built, so input with millions of findings stays fast.
    [[nodiscard]] bool has_room() const noexcept { return kept_.size() < limit_; }
    /// Counts a finding without keeping it.
    void count(massage_evidence::severity level) noexcept;

    [[nodiscard]] const std::vector<diagnostic>& kept() const noexcept { return kept_; }
    [[nodiscard]] std::vector<diagnostic>& kept() noexcept { return kept_; }
    [[nodiscard]] std::size_t total() const noexcept { return total_; }
    [[nodiscard]] std::size_t errors() const noexcept { return errors_; }
    [[nodiscard]] bool empty() const noexcept { return total_ == 0; }

private:
    std::size_t limit_;
    std::size_t total_ = 0;
    std::size_t errors_ = 0;
    std::vector<diagnostic> kept_;
};

/// The kind's stable name, e.g. "duplicate_key" (used by tests and machine-readable output).
[[nodiscard]] std::string_view to_string(diagnostic_kind kind) noexcept;

/// "file.json:12:5: /mechanisms/3/certainty: message" (line:column omitted when unknown).
[[nodiscard]] std::string format_diagnostic(const diagnostic& finding, std::string_view origin);

/// The source line with a caret under `column`, as two lines without a final newline, or "" when
/// the finding has no source line.
[[nodiscard]] std::string caret_excerpt(const diagnostic& finding);

/// JSON pointer token escaping (RFC 6901): "~" -> "~0", "/" -> "~1".
[[nodiscard]] std::string escape_pointer_token(std::string_view token);

} // namespace massage_evidence
