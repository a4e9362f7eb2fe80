// `cite`'s output: the chosen style applied to each source in order. Text styles give one line
// per source; BibTeX and RIS give one entry each; CSL-JSON gives one array.

#include "massage_evidence/cite.hpp"

#include "printable.hpp"

namespace massage_evidence {

void render_citations(const std::vector<const source*>& sources, citation_style style,
                      std::string& out) {
    switch (style) {
    case citation_style::csl_json:
        render_csl_json(sources, out);
        return;
    case citation_style::vancouver:
    case citation_style::apa:
    case citation_style::bibtex:
    case citation_style::ris:
        break;
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const auto* s = sources[i];
        switch (style) {
        case citation_style::vancouver:
            out += detail::escape_unsafe(vancouver_reference(*s));
            out += '\n';
            break;
        case citation_style::apa:
            out += detail::escape_unsafe(apa_reference(*s));
            out += '\n';
            break;
        case citation_style::bibtex:
            out += i > 0 ? "\n" : "";
            render_bibtex(*s, out);
            break;
        case citation_style::ris:
            out += i > 0 ? "\r\n" : "";
            render_ris(*s, out);
            break;
        case citation_style::csl_json:
            break;
        }
    }
}

} // namespace massage_evidence
