// Citation styles are checked against the fields of the source they cite: every field the
// dataset holds appears, nothing else does. CSL-JSON is checked against the CSL data schema's
// rules (required id and type, the type vocabulary, name and date shapes, known variables).

#include "massage_evidence/cite.hpp"
#include "massage_evidence/load.hpp"
#include "support/browse_data.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>
#include <sstream>

using namespace massage_evidence;

namespace {

const dataset& browse() {
    return test_support::browse_dataset();
}

const source& source_named(std::string_view id) {
    const auto* s = browse().find_source(id);
    REQUIRE(s != nullptr);
    return *s;
}

std::vector<const source*> all_sources() {
    std::vector<const source*> out;
    for (const auto& s : browse().sources) {
        out.push_back(&s);
    }
    return out;
}

std::string cite(const std::vector<const source*>& sources, citation_style style) {
    std::string out;
    render_citations(sources, style, out);
    return out;
}

// Whether braces balance, ignoring escaped ones.
bool braces_balance(std::string_view text) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
            continue;
        }
        depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
        if (depth < 0) {
            return false;
        }
    }
    return depth == 0;
}

} // namespace

TEST_CASE("authors split into surname and initials", "[cite]") {
    CHECK(split_author("Shoemaker JK").family == "Shoemaker");
    CHECK(split_author("Shoemaker JK").initials == "JK");
    CHECK(split_author("Fernández-de-las-Peñas C").family == "Fernández-de-las-Peñas");
    CHECK(split_author("van der Berg JA").family == "van der Berg");
    // Not "Surname Initials": kept whole.
    CHECK(split_author("AAOS").initials.empty());
    CHECK(split_author("Working Group ABCDE").initials.empty());
    CHECK(dotted_initials("JK") == "J. K.");
    CHECK(dotted_initials("A") == "A.");
}

TEST_CASE("the publication form follows journal, publisher and type", "[cite]") {
    CHECK(publication_form_of(source_named("lab-flow")) == publication_form::article);
    CHECK(publication_form_of(source_named("report-agency")) == publication_form::report);
    CHECK(publication_form_of(source_named("book-theory")) == publication_form::book);
    CHECK(publication_form_of(source_named("misc-guideline")) == publication_form::other);
}

TEST_CASE("Vancouver gives the NLM reference with DOI and PMID", "[cite]") {
    CHECK(vancouver_reference(source_named("lab-flow")) ==
          "Doe JK, Roe R. Limb blood flow during massage measured by Doppler ultrasound. J Test "
          "Physiol. 1999;12(3):101-109. doi: 10.5555/test.1999.101. PMID: 1111111.");
    CHECK(vancouver_reference(source_named("misc-guideline")) ==
          "Test Society. Pressure in massage: a consensus statement.");
}

TEST_CASE("APA 7 lists authors with initials, year, title, journal and DOI link", "[cite]") {
    CHECK(apa_reference(source_named("lab-flow")) ==
          "Doe, J. K., & Roe, R. (1999). Limb blood flow during massage measured by Doppler "
          "ultrasound. J Test Physiol, 12(3), 101–109. https://doi.org/10.5555/test.1999.101");
    // A list the data knows to be incomplete says so instead of ending in "&".
    CHECK(apa_reference(source_named("review-mood")).rfind("Poe, E., et al. (2004).", 0) == 0);
    // Individuals and a committee, the committee last.
    CHECK(apa_reference(source_named("guideline-acp"))
              .rfind("Qaseem, A., & Clinical Guidelines Committee of the TCP. (2017).", 0) == 0);
    // No year: "n.d.", never a guess; a book ends with its publisher.
    CHECK(apa_reference(source_named("book-theory")) ==
          "Smith, A. (n.d.). The Tension Manual: Trigger Points & Spasm. Test Press.");
    // No author: the title takes the author's place.
    CHECK(apa_reference(source_named("misc-guideline")) ==
          "Test Society. (n.d.). Pressure in massage: a consensus statement.");
}

TEST_CASE("text styles print one escaped line per source", "[cite][safety]") {
    const auto dangerous =
        load_dataset_file(test_support::fixture("fixtures/valid/dangerous.json"));
    source s = dangerous.sources.front();
    s.title = "Bell \x07 and escape \x1b[31m";
    for (const auto style : {citation_style::vancouver, citation_style::apa}) {
        const auto out = cite({&s}, style);
        CHECK(out.find('\x1b') == std::string::npos);
        CHECK(out.find('\x07') == std::string::npos);
        CHECK(std::count(out.begin(), out.end(), '\n') == 1);
    }
}

TEST_CASE("BibTeX entries are typed, keyed by id and hold every known field", "[cite][bibtex]") {
    const auto out = cite(all_sources(), citation_style::bibtex);
    CHECK(braces_balance(out));
    CHECK_THAT(out, Catch::Contains("@article{lab-flow,\n"));
    CHECK_THAT(out, Catch::Contains("@techreport{report-agency,\n"));
    CHECK_THAT(out, Catch::Contains("@book{book-theory,\n"));
    CHECK_THAT(out, Catch::Contains("@misc{misc-guideline,\n"));
    CHECK_THAT(out, Catch::Contains("  author = {Doe, J. K. and Roe, R.},\n"));
    CHECK_THAT(out, Catch::Contains("  pages = {101--109},\n"));
    CHECK_THAT(out, Catch::Contains("  doi = {10.5555/test.1999.101},\n"));
    CHECK_THAT(out, Catch::Contains("  pmid = {1111111}\n"));
    CHECK_THAT(out, Catch::Contains("  pmcid = {PMC3333333}\n"));
    // Institutions for reports, publishers for books, a committee as one name, "and others"
    // for an incomplete list.
    CHECK_THAT(out, Catch::Contains("  institution = {Test Agency for Research},\n"));
    CHECK_THAT(out, Catch::Contains("  publisher = {Test Press}\n"));
    CHECK_THAT(out, Catch::Contains("{Clinical Guidelines Committee of the TCP}}"));
    CHECK_THAT(out, Catch::Contains("  author = {Poe, E. and others},\n"));
    // No year in the data, no year in the entry.
    const auto book = out.substr(out.find("@book{"));
    CHECK(book.substr(0, book.find("\n}")).find("year") == std::string::npos);
    // One entry per source.
    CHECK(std::count(out.begin(), out.end(), '@') ==
          static_cast<std::ptrdiff_t>(browse().sources.size()));
}

TEST_CASE("BibTeX protects capitals and escapes LaTeX's special characters", "[cite][bibtex]") {
    const auto out =
        cite({&source_named("lab-flow"), &source_named("latex-special")}, citation_style::bibtex);
    CHECK_THAT(out, Catch::Contains("title = {{Limb} blood flow during massage measured by "
                                    "{Doppler} ultrasound}"));
    CHECK_THAT(out, Catch::Contains("title = {{Costs} \\& effects: 50\\% of \\{braces\\}, "
                                    "\\$1\\_000 \\#1 \\textasciitilde{} \\textasciicircum{} "
                                    "\\textbackslash{} {(TeX)}}"));
    CHECK_THAT(out, Catch::Contains("journal = {J Test\\_Econ}"));
    CHECK(braces_balance(out));
}

TEST_CASE("RIS records use CRLF, open with TY and close with ER", "[cite][ris]") {
    const auto out = cite(all_sources(), citation_style::ris);
    // Every line ends in CRLF; no bare LF.
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '\n') {
            REQUIRE(i > 0);
            CHECK(out[i - 1] == '\r');
        }
    }
    std::vector<std::vector<std::string>> records(1);
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
        REQUIRE_FALSE(line.empty());
        line.pop_back(); // the CR
        if (line.empty()) {
            records.emplace_back();
            continue;
        }
        CHECK(std::regex_match(line, std::regex("[A-Z][A-Z0-9]  - .*")));
        records.back().push_back(line);
    }
    REQUIRE(records.size() == browse().sources.size());
    for (std::size_t r = 0; r < records.size(); ++r) {
        const auto& record = records[r];
        const auto& s = browse().sources[r];
        REQUIRE(record.size() >= 3);
        CHECK(record.front().rfind("TY  - ", 0) == 0);
        CHECK(record.back() == "ER  - ");
        CHECK(record[1] == "ID  - " + s.id);
        const auto count = [&record](std::string_view tag) {
            return std::count_if(record.begin(), record.end(),
                                 [&](const std::string& line) { return line.rfind(tag, 0) == 0; });
        };
        CHECK(count("AU  - ") ==
              static_cast<std::ptrdiff_t>(s.authors.size() + (s.group_author.empty() ? 0 : 1)));
        CHECK(count("DO  - ") == (s.doi.empty() ? 0 : 1));
        CHECK(count("AN  - ") == (s.pmid.empty() ? 0 : 1));
        CHECK(count("PY  - ") == (s.year ? 1 : 0));
    }
    CHECK_THAT(out, Catch::Contains("TY  - JOUR\r\nID  - lab-flow\r\nAU  - Doe, J. K.\r\nAU  - "
                                    "Roe, R.\r\n"));
    CHECK_THAT(out, Catch::Contains("SP  - 101\r\nEP  - 109\r\n"));
    CHECK_THAT(out, Catch::Contains("TY  - RPRT\r\nID  - report-agency\r\n"));
    CHECK_THAT(out, Catch::Contains("TY  - BOOK\r\nID  - book-theory\r\n"));
    CHECK_THAT(out, Catch::Contains("TY  - GEN\r\nID  - misc-guideline\r\n"));
}

TEST_CASE("CSL-JSON items follow the CSL data schema", "[cite][csl]") {
    const auto doc = nlohmann::json::parse(cite(all_sources(), citation_style::csl_json));
    REQUIRE(doc.is_array());
    REQUIRE(doc.size() == browse().sources.size());
    // The variables this renderer may write, all defined by the CSL data schema.
    const std::set<std::string> known{"id",
                                      "type",
                                      "title",
                                      "author",
                                      "container-title",
                                      "container-title-short",
                                      "publisher",
                                      "issued",
                                      "volume",
                                      "issue",
                                      "page",
                                      "DOI",
                                      "PMID",
                                      "PMCID",
                                      "note"};
    const std::set<std::string> csl_types{"article-journal", "report", "book", "document"};
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const auto& item = doc[i];
        const auto& s = browse().sources[i];
        INFO(s.id);
        REQUIRE(item.is_object());
        // Required by the schema.
        REQUIRE(item.contains("id"));
        REQUIRE(item.contains("type"));
        CHECK(item["id"] == s.id);
        CHECK(csl_types.count(item["type"].get<std::string>()) == 1);
        for (const auto& [key, value] : item.items()) {
            CHECK(known.count(key) == 1);
        }
        CHECK(item["title"] == s.title);
        // Names: {family, given} for people, {literal} for a committee; never invented.
        if (s.authors.empty() && s.group_author.empty()) {
            CHECK_FALSE(item.contains("author"));
        } else {
            const auto& names = item.at("author");
            REQUIRE(names.is_array());
            CHECK(names.size() == s.authors.size() + (s.group_author.empty() ? 0 : 1));
            for (std::size_t a = 0; a < s.authors.size(); ++a) {
                const auto expected = split_author(s.authors[a]);
                CHECK(names[a].at("family") == expected.family);
                CHECK(names[a].at("given") == dotted_initials(expected.initials));
            }
            if (!s.group_author.empty()) {
                CHECK(names.back().at("literal") == s.group_author);
                CHECK(names.back().size() == 1);
            }
        }
        // Dates: {"date-parts": [[year]]}, present only with a year.
        if (s.year) {
            const auto& parts = item.at("issued").at("date-parts");
            REQUIRE(parts.is_array());
            REQUIRE(parts.size() == 1);
            REQUIRE(parts[0].is_array());
            CHECK(parts[0].size() == 1);
            CHECK(parts[0][0] == *s.year);
        } else {
            CHECK_FALSE(item.contains("issued"));
        }
        const auto optional = [&](const char* key, const std::string& value) {
            if (value.empty()) {
                CHECK_FALSE(item.contains(key));
            } else {
                CHECK(item.at(key) == value);
            }
        };
        optional("container-title", s.journal);
        optional("publisher", s.publisher);
        optional("volume", s.volume);
        optional("issue", s.issue);
        optional("page", s.pages);
        optional("DOI", s.doi);
        optional("PMID", s.pmid);
        optional("PMCID", s.pmcid);
        // Numbers and strings as the schema types them.
        for (const char* key : {"volume", "issue", "page", "DOI", "PMID", "PMCID"}) {
            if (item.contains(key)) {
                CHECK(item[key].is_string());
            }
        }
    }
    CHECK(doc[0]["type"] == "article-journal");
}
