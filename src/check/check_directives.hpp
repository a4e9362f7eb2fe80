#pragma once

// The directives a text gives `check` in its HTML comments, so that a writer can keep a finding
// they have judged out of the report and out of `--fail-on`, as markdownlint's comments do for its
// rules:
//
//     <!-- massage-evidence-disable -->            nothing from here on is reported ...
//     <!-- massage-evidence-enable -->             ... until here
//     <!-- massage-evidence-disable-line -->       nothing on the comment's own line(s)
//     <!-- massage-evidence-disable-next-line -->  nothing on the line after the comment
//
// Each may name claim ids ("<!-- massage-evidence-disable-next-line waste-removal -->") to keep
// out those claims only, and give a reason after "--" ("... waste-removal -- a quoted client").
// A directive that keeps nothing out is reported, as ESLint reports unused disable comments. A
// finding is kept out after the checker has settled it, so a directive never changes what other
// findings mean. Internal to the library.

#include "massage_evidence/check.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace massage_evidence::detail {

/// The directives of one text, ready to be asked about each finding.
class finding_filter {
public:
    /// Reads the directives in `text`'s comments, unless `read_directives` is false; `is_claim`
    /// says whether an id names a claim of the dataset (an id that does not is reported and
    /// ignored). A comment or code block that never closes is reported either way.
    finding_filter(std::string_view text, const std::function<bool(std::string_view)>& is_claim,
                   bool read_directives);

    /// Whether the text's directives keep `finding` out of the report, noting which directive
    /// did. Asked of every finding, and most texts have no directive: that case is answered
    /// here, inline.
    [[nodiscard]] bool hides(const check_finding& finding) {
        return !directives_.empty() && directives_hide(finding);
    }

    /// Comments that look like directives and cannot be obeyed, comments and code blocks that
    /// never close, and, once every finding has been asked about, directives that kept nothing
    /// out (stale once the text they were for has changed, and a stale `disable` would hide the
    /// next claim written there). By place.
    [[nodiscard]] std::vector<directive_problem> problems() const;

private:
    // Which claims are kept out, each with the directive (an index into `directives_`) that
    // keeps it out: those of `ids`; or when `all` is set, all but those of `ids`, by `all_by`.
    struct claim_set {
        bool all = false;
        std::size_t all_by = 0;
        std::vector<std::pair<std::string_view, std::size_t>> ids;
        // The directive that keeps `id` out, if any.
        [[nodiscard]] const std::size_t* keeper(std::string_view id) const;
        // Keeps `id` out, by directive `by`, or lets it through again.
        void mark(std::string_view id, bool keep_out, std::size_t by);

    private:
        [[nodiscard]] auto find(std::string_view id) const {
            return std::find_if(ids.begin(), ids.end(),
                                [id](const auto& entry) { return entry.first == id; });
        }
    };
    // From byte `from` on, until the next region, `disabled` claims are kept out.
    struct region {
        std::size_t from = 0;
        claim_set disabled;
    };
    struct line_rule {
        std::size_t line = 0;
        claim_set disabled;
    };
    // A directive that keeps claims out, and whether it has.
    struct directive {
        std::size_t line = 0;
        std::size_t column = 0;
        std::string_view name;
        bool used = false;
    };

    [[nodiscard]] bool directives_hide(const check_finding& finding);

    std::vector<directive> directives_;
    std::vector<region> regions_;  ///< by `from`
    std::vector<line_rule> lines_; ///< by `line`
    std::vector<directive_problem> problems_;
};

} // namespace massage_evidence::detail
