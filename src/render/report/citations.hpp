#pragma once

// Citations in the report: sources numbered in order of first citation, in-text marks such as
// "[1, 2]", and the Vancouver reference list of exactly the sources cited. Internal.

#include "massage_evidence/model.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace massage_evidence::detail {

/// Numbers sources in the order the report first cites them. A section cites by asking for a
/// number, so the list at the end holds exactly what the sections written so far cited.
class citation_numbers {
public:
    explicit citation_numbers(const dataset& data);

    /// The source's number, giving it the next one on its first citation; 0 for an unknown id.
    [[nodiscard]] std::size_t number(std::string_view source_id);
    /// The cited sources, in number order.
    [[nodiscard]] const std::vector<const source*>& in_order() const noexcept { return order_; }

private:
    std::unordered_map<std::string_view, const source*> by_id_;
    std::unordered_map<std::string_view, std::size_t> numbers_;
    std::vector<const source*> order_;
};

/// "[1, 2, 5–7]" for the sources of `c`, ascending with runs of three or more joined by an en
/// dash, as plain text (escape it where it lands); empty when the claim cites nothing known.
[[nodiscard]] std::string citation_marks(const claim& c, citation_numbers& citations);

/// "[3]" for one source.
[[nodiscard]] std::string citation_mark(std::string_view source_id, citation_numbers& citations);

/// "## References" and the numbered Vancouver list, with DOI and PubMed links where the data
/// has them.
void references_section(const citation_numbers& citations, std::string& out);

} // namespace massage_evidence::detail
