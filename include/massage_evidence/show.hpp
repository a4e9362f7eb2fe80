#pragma once

/// One claim or one source in full, as `show` prints it. For a claim: the claim, what the
/// evidence shows, the verdict, the certainty with every GRADE domain it was rated down or up
/// for and why, every source with its direction and finding, the caveats and the plain-language
/// summary. For a source: its reference and every claim citing it, with direction and finding.
///
/// The patient audience gets the same claim in plain words: the wording of plain_language.hpp
/// instead of GRADE terms and symbols.

#include "massage_evidence/model.hpp"
#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/render.hpp"

#include <string>

namespace massage_evidence {

/// A claim as a page for a terminal, wrapped to `options.width` (0: no wrapping).
void render_claim_page(const dataset& data, const claim& c, audience reader,
                       const terminal_options& options, std::string& out);
/// The same page in GitHub-Flavored Markdown.
void render_claim_markdown(const dataset& data, const claim& c, audience reader, std::string& out);
/// The page as rows of (field, value), for CSV.
[[nodiscard]] listing claim_detail_listing(const dataset& data, const claim& c, audience reader);
/// The JSON contract of `show` for a claim: the listing object plus detail (docs/json.md).
void render_claim_detail_json(const dataset& data, const claim& c, std::string& out);

/// A source as a page for a terminal.
void render_source_page(const dataset& data, const source& s, const terminal_options& options,
                        std::string& out);
/// The same in Markdown.
void render_source_markdown(const dataset& data, const source& s, std::string& out);
/// Rows of (field, value), for CSV.
[[nodiscard]] listing source_detail_listing(const dataset& data, const source& s);
/// The JSON contract of `show` for a source (docs/json.md).
void render_source_detail_json(const dataset& data, const source& s, std::string& out);

} // namespace massage_evidence
