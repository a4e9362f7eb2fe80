// The export report is checked the way a reader meets it: parsed by cmark-gfm (tables,
// footnotes and autolinks on, front matter stripped first), then every table cell, heading,
// list item, alert, link and Mermaid diagram is compared with the data it was made from.

#include "massage_evidence/load.hpp"
#include "massage_evidence/plain_language.hpp"
#include "massage_evidence/render.hpp"
#include "massage_evidence/report.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"
#include "render/report/markdown_text.hpp"
#include "render/report/mermaid.hpp"
#include "render/report/yaml.hpp"
#include "support/gfm.hpp"
#include "support/paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

using namespace massage_evidence;
using test_support::parse_tables;

namespace {

const dataset& fixture_data(const std::string& name) {
    static std::map<std::string, dataset> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        it = cache
                 .emplace(name,
                          name == "embedded"
                              ? load_embedded_dataset()
                              : load_dataset_file(test_support::fixture("fixtures/valid/" + name)))
                 .first;
    }
    return it->second;
}

std::string render(const dataset& data, const report_options& options) {
    std::string out;
    render_report(data, options, out);
    return out;
}

report_options options_for(audience who) {
    report_options options;
    options.date = "2026-02-01";
    options.tool_version = "test";
    options.audience = who;
    return options;
}

// What a reader should see for a data value: line breaks folded, controls escaped.
std::string shown(std::string_view value) {
    return detail::escape_unsafe_on_one_line(value);
}

// The same, for text that starts a block: Markdown drops leading spaces there.
std::string shown_block(std::string_view value) {
    auto text = shown(value);
    return text.substr(std::min(text.find_first_not_of(' '), text.size()));
}

std::string with_stop(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out.back() != '.' && out.back() != '?' && out.back() != '!') {
        out += '.';
    }
    return out;
}

std::string capital(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
}

std::string certainty_text(audience who, certainty level) {
    return who == audience::patient
               ? capital(confidence_phrase(level))
               : std::string(grade_symbols(level)) + " " + std::string(label_of(level));
}

// The numbers in "[1, 4–6]" marks of a plain text, in order of appearance.
std::vector<int> citation_numbers(const std::string& text) {
    static const std::regex mark(R"(\[(\d+(?:(?:, |–)\d+)*)\])");
    static const std::regex part(R"((\d+)(?:–(\d+))?)");
    std::vector<int> numbers;
    for (std::sregex_iterator it(text.begin(), text.end(), mark), end; it != end; ++it) {
        const std::string inside = (*it)[1];
        for (std::sregex_iterator p(inside.begin(), inside.end(), part), stop; p != stop; ++p) {
            const int from = std::stoi((*p)[1]);
            const int to = (*p)[2].matched ? std::stoi((*p)[2]) : from;
            REQUIRE(from <= to);
            for (int n = from; n <= to; ++n) {
                numbers.push_back(n);
            }
        }
    }
    return numbers;
}

bool is_citation_cell(const std::string& text) {
    static const std::regex cell(R"(\[\d+(?:(?:, |–)\d+)*\])");
    return std::regex_match(text, cell);
}

const test_support::gfm_table* table_headed(const std::vector<test_support::gfm_table>& tables,
                                            const std::string& first_header) {
    for (const auto& t : tables) {
        if (!t.rows.empty() && !t.rows[0].empty() && t.rows[0][0] == first_header) {
            return &t;
        }
    }
    return nullptr;
}

std::vector<const claim*> all_claims(const report_claims& claims) {
    std::vector<const claim*> out = claims.mechanisms;
    out.insert(out.end(), claims.conditions.begin(), claims.conditions.end());
    out.insert(out.end(), claims.practices.begin(), claims.practices.end());
    return out;
}

// A parsed Mermaid flowchart: node labels by id, and edges.
struct mermaid_chart {
    std::map<std::string, std::string> labels;
    std::vector<std::pair<std::string, std::string>> edges;
};

mermaid_chart parse_mermaid(const std::string& block) {
    static const std::regex header(R"(flowchart (TD|LR))");
    static const std::regex node(R"re(    ([a-z]+[0-9]+)\["([^"]*)"\])re");
    static const std::regex edge(R"(    ([a-z]+[0-9]+) --> ([a-z]+[0-9]+))");
    static const std::regex class_def(R"(    classDef [a-z]+ [a-z:#0-9,\- ]+)");
    static const std::regex class_use(R"(    class ([a-z0-9,]+) [a-z]+)");
    mermaid_chart chart;
    std::vector<std::string> styled;
    std::size_t start = 0;
    bool first = true;
    while (start < block.size()) {
        const auto end = block.find('\n', start);
        const auto line = block.substr(start, end - start);
        start = end == std::string::npos ? block.size() : end + 1;
        std::smatch m;
        if (first) {
            CHECK(std::regex_match(line, header));
            first = false;
        } else if (std::regex_match(line, m, node)) {
            CHECK(chart.labels.emplace(m[1], m[2]).second); // declared once
        } else if (std::regex_match(line, m, edge)) {
            chart.edges.emplace_back(m[1], m[2]);
        } else if (std::regex_match(line, m, class_use)) {
            std::string ids = m[1];
            for (std::size_t p = 0; p <= ids.size();) {
                const auto comma = std::min(ids.find(',', p), ids.size());
                styled.push_back(ids.substr(p, comma - p));
                p = comma + 1;
            }
        } else {
            INFO(line);
            CHECK(std::regex_match(line, class_def));
        }
    }
    for (const auto& [from, to] : chart.edges) {
        CHECK(chart.labels.count(from) == 1);
        CHECK(chart.labels.count(to) == 1);
    }
    for (const auto& id : styled) {
        CHECK(chart.labels.count(id) == 1);
    }
    return chart;
}

// A label as Mermaid shows it: our line breaks as spaces, then entity codes decoded (a "<br/>"
// that came from data was encoded, so it cannot be mistaken for ours).
std::string decode_label(std::string label) {
    for (std::size_t at; (at = label.find("<br/>")) != std::string::npos;) {
        label.replace(at, 5, " ");
    }
    static const std::regex entity(R"(#(quot|\d+);)");
    std::string out;
    std::size_t last = 0;
    for (std::sregex_iterator it(label.begin(), label.end(), entity), end; it != end; ++it) {
        out += label.substr(last, static_cast<std::size_t>(it->position()) - last);
        const std::string code = (*it)[1];
        out += code == "quot" ? '"' : static_cast<char>(std::stoi(code));
        last = static_cast<std::size_t>(it->position() + it->length());
    }
    return out + label.substr(last);
}

std::string collapse_spaces(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) {
            continue;
        }
        out += c;
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

// A YAML double-quoted scalar's value (the escapes the front matter uses).
std::string yaml_unquote(const std::string& quoted) {
    REQUIRE(quoted.size() >= 2);
    REQUIRE(quoted.front() == '"');
    REQUIRE(quoted.back() == '"');
    std::string out;
    for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
        if (quoted[i] != '\\') {
            REQUIRE(quoted[i] != '"');
            out += quoted[i];
            continue;
        }
        ++i;
        if (quoted[i] == 'u') {
            detail::append_utf8(out, std::stoul(quoted.substr(i + 1, 4), nullptr, 16));
            i += 4;
        } else {
            out += quoted[i];
        }
    }
    return out;
}

} // namespace

TEST_CASE("report tables show every cell as the exported value", "[report]") {
    const auto name = GENERATE(as<std::string>{}, "small.json", "dangerous.json", "embedded");
    const auto who = GENERATE(audience::clinician, audience::patient);
    INFO(name << " " << to_string(who));
    const auto& data = fixture_data(name);
    const auto out = render(data, options_for(who));
    const auto claims = select_report_claims(data, {});
    const auto tables = parse_tables(out);
    const bool patients = who == audience::patient;

    const auto* mechanisms = table_headed(tables, patients ? "Explanation" : "Mechanism");
    REQUIRE(mechanisms != nullptr);
    REQUIRE(mechanisms->rows.size() == claims.mechanisms.size() + 1);
    for (std::size_t i = 0; i < claims.mechanisms.size(); ++i) {
        const auto& c = *claims.mechanisms[i];
        const auto& row = mechanisms->rows[i + 1];
        const std::vector<std::string> expected =
            patients ? std::vector<std::string>{shown(c.name), shown(c.statement),
                                                std::string(
                                                    informative_statement(c.verdict, c.certainty)),
                                                certainty_text(who, c.certainty), row.back()}
                     : std::vector<std::string>{shown(c.name),
                                                std::string(label_of(c.category)),
                                                shown(c.statement),
                                                std::string(label_of(c.verdict)),
                                                certainty_text(who, c.certainty),
                                                row.back()};
        CHECK(row == expected);
        CHECK(is_citation_cell(row.back()));
    }

    const auto* conditions = table_headed(tables, "Condition");
    REQUIRE(conditions != nullptr);
    REQUIRE(conditions->rows.size() == claims.conditions.size() + 1);
    const std::map<follow_up, std::string> follow_up_words{{follow_up::immediate, "immediate"},
                                                           {follow_up::short_term, "short term"},
                                                           {follow_up::long_term, "long term"}};
    for (std::size_t i = 0; i < claims.conditions.size(); ++i) {
        const auto& c = *claims.conditions[i];
        const auto& row = conditions->rows[i + 1];
        std::string studies = "—";
        if (c.studies && c.participants) {
            studies = std::to_string(*c.studies) + " (" + std::to_string(*c.participants) + ")";
        } else if (c.studies) {
            studies = std::to_string(*c.studies);
        } else if (c.participants) {
            studies = "— (" + std::to_string(*c.participants) + ")";
        }
        const std::vector<std::string> expected =
            patients ? std::vector<std::string>{std::string(label_of(c.condition)),
                                                shown(c.statement),
                                                capital(comparator_in_words(c.comparator)),
                                                capital(follow_up_in_words(c.follow_up)),
                                                std::string(
                                                    informative_statement(c.verdict, c.certainty)),
                                                certainty_text(who, c.certainty),
                                                row.back()}
                     : std::vector<std::string>{std::string(label_of(c.condition)),
                                                shown(c.name),
                                                std::string(label_of(c.comparator)) + ", " +
                                                    follow_up_words.at(c.follow_up),
                                                c.effect.empty() ? "—" : shown(c.effect),
                                                std::string(label_of(c.verdict)),
                                                certainty_text(who, c.certainty),
                                                studies,
                                                row.back()};
        CHECK(row == expected);
        CHECK(is_citation_cell(row.back()));
    }

    const auto* practices = table_headed(tables, "Topic");
    REQUIRE(practices != nullptr);
    REQUIRE(practices->rows.size() == claims.practices.size() + 1);
    for (std::size_t i = 0; i < claims.practices.size(); ++i) {
        const auto& c = *claims.practices[i];
        const auto& row = practices->rows[i + 1];
        const std::vector<std::string> expected =
            patients ? std::vector<std::string>{std::string(label_of(c.topic)), shown(c.statement),
                                                std::string(
                                                    informative_statement(c.verdict, c.certainty)),
                                                certainty_text(who, c.certainty), row.back()}
                     : std::vector<std::string>{std::string(label_of(c.topic)),
                                                shown(c.name),
                                                shown(c.statement),
                                                std::string(label_of(c.verdict)),
                                                certainty_text(who, c.certainty),
                                                row.back()};
        CHECK(row == expected);
        CHECK(is_citation_cell(row.back()));
    }
}

TEST_CASE("every citation resolves and the references list each cited source once", "[report]") {
    const auto name = GENERATE(as<std::string>{}, "small.json", "dangerous.json", "embedded");
    const auto who = GENERATE(audience::clinician, audience::patient);
    using sections_t = std::vector<report_section>;
    const auto sections = GENERATE(
        all_report_sections(), sections_t{report_section::mechanisms, report_section::references},
        sections_t{report_section::details, report_section::references},
        sections_t{report_section::practice, report_section::diagrams, report_section::references},
        sections_t{report_section::key_messages, report_section::references});
    INFO(name << " " << to_string(who) << " " << sections.size() << " sections");
    const auto& data = fixture_data(name);
    auto options = options_for(who);
    options.sections = sections;
    const auto out = render(data, options);

    // The sources the chosen sections cite: every claim of a kind whose table or details are
    // included, in report order.
    const auto claims = select_report_claims(data, {});
    const auto has = [&](report_section s) {
        return std::find(sections.begin(), sections.end(), s) != sections.end();
    };
    std::vector<const claim*> citing;
    const auto add = [&](const std::vector<const claim*>& kind, report_section table) {
        if (has(table) || has(report_section::details)) {
            citing.insert(citing.end(), kind.begin(), kind.end());
        }
    };
    add(claims.mechanisms, report_section::mechanisms);
    add(claims.conditions, report_section::conditions);
    add(claims.practices, report_section::practice);
    const auto expected = cited_sources(data, citing);

    const auto refs_at = out.find("\n## References\n");
    REQUIRE(refs_at != std::string::npos);
    const auto body = out.substr(0, refs_at);
    const auto references = out.substr(refs_at);

    // Every number cited in the text, in reading order: first citations run 1, 2, 3, ...
    std::vector<int> cited;
    for (const auto& block : test_support::parse_text_blocks(body)) {
        const auto n = citation_numbers(block);
        cited.insert(cited.end(), n.begin(), n.end());
    }
    for (const auto& table : parse_tables(body)) {
        for (const auto& row : table.rows) {
            for (const auto& cell : row) {
                const auto n = citation_numbers(cell);
                cited.insert(cited.end(), n.begin(), n.end());
            }
        }
    }
    // Every number resolves to an entry, and every entry is cited.
    const std::set<int> distinct(cited.begin(), cited.end());
    CHECK(distinct.size() == expected.size());
    if (!distinct.empty()) {
        CHECK(*distinct.begin() == 1);
        CHECK(*distinct.rbegin() == static_cast<int>(expected.size()));
    }

    const auto lists = test_support::parse_lists(references);
    if (expected.empty()) {
        CHECK(lists.empty());
        CHECK(references.find("No sources are cited") != std::string::npos);
        return;
    }
    REQUIRE(lists.size() == 1);
    const auto& entries = lists[0];
    CHECK(entries.ordered);
    CHECK(entries.start == 1);
    REQUIRE(entries.items.size() == expected.size());
    std::size_t link_count = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& s = *expected[i];
        CHECK(entries.items[i].rfind(shown_block(vancouver_citation(s)), 0) == 0);
        CHECK((entries.items[i].find("doi: " + s.doi) != std::string::npos) == !s.doi.empty());
        CHECK((entries.items[i].find("PMID: " + s.pmid) != std::string::npos) == !s.pmid.empty());
        link_count += (s.doi.empty() ? 0 : 1) + (s.pmid.empty() ? 0 : 1);
    }
    // The only links in the whole report are the DOI and PubMed links: no data turned into one.
    const auto links = test_support::parse_links(out);
    CHECK(links.size() == link_count);
    for (const auto& link : links) {
        const bool doi = link.url.rfind("https://doi.org/10.", 0) == 0;
        const bool pubmed = link.url == "https://pubmed.ncbi.nlm.nih.gov/" + link.text + "/";
        CHECK((doi || pubmed));
    }
}

TEST_CASE("citations are numbered by first citation across the report", "[report]") {
    const auto& data = fixture_data("embedded");
    const auto out = render(data, options_for(audience::clinician));
    std::vector<int> in_order;
    for (const auto& block :
         test_support::parse_text_blocks(out.substr(0, out.find("## References")))) {
        const auto n = citation_numbers(block);
        in_order.insert(in_order.end(), n.begin(), n.end());
    }
    // The details repeat the numbers the tables gave, so the first appearances in the
    // paragraphs are 1, 2, 3, ... again: the tables list claims in the same order.
    int next = 1;
    for (const int n : in_order) {
        CHECK(n <= next);
        if (n == next) {
            ++next;
        }
    }
    CHECK(next - 1 == static_cast<int>(data.sources.size()));
}

TEST_CASE("alerts flag contradicted, not-supported and very low certainty claims", "[report]") {
    const auto name = GENERATE(as<std::string>{}, "small.json", "dangerous.json", "embedded");
    const auto who = GENERATE(audience::clinician, audience::patient);
    const auto& data = fixture_data(name);
    const auto out = render(data, options_for(who));
    const auto claims = all_claims(select_report_claims(data, {}));
    const auto warnings = std::count_if(claims.begin(), claims.end(), [](const claim* c) {
        return c->verdict == verdict::contradicted || c->verdict == verdict::not_supported;
    });
    const auto notes = std::count_if(claims.begin(), claims.end(), [](const claim* c) {
        return c->certainty == certainty::very_low;
    });
    long seen_warnings = 0;
    long seen_notes = 0;
    for (const auto& quote : test_support::parse_blockquotes(out)) {
        INFO(quote.text);
        CHECK((quote.first_line == "[!WARNING]" || quote.first_line == "[!NOTE]"));
        seen_warnings += quote.first_line == "[!WARNING]" ? 1 : 0;
        seen_notes += quote.first_line == "[!NOTE]" ? 1 : 0;
        CHECK(quote.text.size() > quote.first_line.size() + 10); // the alert says something
    }
    CHECK(seen_warnings == warnings);
    CHECK(seen_notes == notes);
}

TEST_CASE("Mermaid diagrams declare every node an edge uses and quote every label", "[report]") {
    const auto name = GENERATE(as<std::string>{}, "small.json", "dangerous.json", "embedded");
    const auto who = GENERATE(audience::clinician, audience::patient);
    INFO(name << " " << to_string(who));
    const auto& data = fixture_data(name);
    const auto out = render(data, options_for(who));
    const auto claims = select_report_claims(data, {});

    std::vector<mermaid_chart> charts;
    for (const auto& block : test_support::parse_code_blocks(out)) {
        CHECK(block.info == "mermaid");
        charts.push_back(parse_mermaid(block.literal));
    }
    std::vector<const claim*> chains;
    std::size_t explained = 0;
    for (const auto* m : claims.mechanisms) {
        if (!m->steps.empty()) {
            chains.push_back(m);
        }
        explained += m->explains.size();
    }
    REQUIRE(charts.size() == chains.size() + (explained > 0 ? 1 : 0));
    for (std::size_t i = 0; i < chains.size(); ++i) {
        const auto& steps = chains[i]->steps;
        const auto& chart = charts[i];
        REQUIRE(chart.labels.size() == steps.size());
        CHECK(chart.edges.size() == steps.size() - 1);
        for (std::size_t k = 0; k < steps.size(); ++k) {
            const auto label = decode_label(chart.labels.at("n" + std::to_string(k + 1)));
            CHECK(label.rfind(collapse_spaces(shown(steps[k].text)), 0) == 0);
        }
    }
    if (explained > 0) {
        CHECK(charts.back().edges.size() == explained);
        for (const auto& [from, to] : charts.back().edges) {
            CHECK(from.front() == 'm');
            CHECK(to.front() == 'c');
        }
    }
}

TEST_CASE("a dataset with every dangerous character round-trips unchanged", "[report]") {
    const auto who = GENERATE(audience::clinician, audience::patient);
    const auto& data = fixture_data("dangerous.json");
    const auto out = render(data, options_for(who));
    const auto blocks = test_support::parse_text_blocks(out);
    const auto has_block = [&blocks](const std::string& text) {
        return std::find(blocks.begin(), blocks.end(), text) != blocks.end();
    };
    const auto starts_a_block = [&blocks](const std::string& prefix) {
        return std::any_of(blocks.begin(), blocks.end(),
                           [&prefix](const std::string& b) { return b.rfind(prefix, 0) == 0; });
    };
    CHECK(blocks.front() == shown(data.info.title));
    CHECK(has_block(shown_block(data.info.disclaimer)));
    const auto claims = all_claims(select_report_claims(data, {}));
    for (const auto* c : claims) {
        INFO(c->id);
        CHECK(has_block(shown(c->name)));
        const auto said = who == audience::patient ? "What people say. " : "Claim. ";
        CHECK(has_block(said + shown(with_stop(c->statement))));
        if (who == audience::clinician) {
            CHECK(starts_a_block("What the evidence shows. " + shown(with_stop(c->evidence))));
            for (const auto& r : c->sources) {
                CHECK(std::any_of(blocks.begin(), blocks.end(), [&](const std::string& b) {
                    return b.find(shown(with_stop(r.finding))) != std::string::npos;
                }));
            }
        } else {
            CHECK(starts_a_block("What research shows. " +
                                 std::string(informative_statement(c->verdict, c->certainty)) +
                                 " " + shown(with_stop(c->plain_language))));
        }
        for (const auto& caveat : c->caveats) {
            CHECK(has_block(shown_block(with_stop(caveat))));
        }
        for (const auto& step : c->steps) {
            CHECK(starts_a_block(shown_block(step.text) + ": "));
        }
    }
    // Nothing in the data became markup: no HTML, no footnotes, no emphasis around data.
    CHECK(test_support::count_nodes(out, "html_block") == 0);
    CHECK(test_support::count_nodes(out, "html_inline") == 0);
    CHECK(test_support::count_nodes(out, "footnote_reference") == 0);
    CHECK(test_support::count_nodes(out, "footnote_definition") == 0);
    CHECK(test_support::count_nodes(out, "strikethrough") == 0);
    CHECK(test_support::count_nodes(out, "code") == 0);
    CHECK(test_support::count_nodes(out, "emph") == 0);
}

TEST_CASE("the patient report speaks plainly: no GRADE symbols, informative statements",
          "[report]") {
    const auto& data = fixture_data("embedded");
    const auto out = render(data, options_for(audience::patient));
    CHECK(out.find("⊕") == std::string::npos);
    CHECK(out.find("◯") == std::string::npos);
    for (const std::string jargon : {"indirectness", "imprecision", "risk of bias", "Comparator",
                                     "Verdict", "SMD", "95% CI"}) {
        INFO(jargon);
        CHECK(out.find(jargon) == std::string::npos);
    }
    CHECK(out.find("It is uncertain whether this is true, because the evidence is very "
                   "uncertain.") != std::string::npos);
    CHECK(out.find("This is probably true.") != std::string::npos);
}

TEST_CASE("front matter is YAML that opens the file and quotes every value", "[report]") {
    const auto& data = fixture_data("small.json");
    auto options = options_for(audience::patient);
    options.front_matter = true;
    options.title = "He said \"no\": C:\\path # not a comment\nnext line \u2028 end";
    options.filter.min_level = certainty::low;
    options.filter.condition = condition::low_back_pain;
    const auto out = render(data, options);
    REQUIRE(out.rfind("---\n", 0) == 0);

    std::string yaml;
    const auto body = test_support::strip_front_matter(out, &yaml);
    std::map<std::string, std::string> values;
    std::string parent;
    std::size_t start = 0;
    while (start < yaml.size()) {
        const auto end = yaml.find('\n', start);
        const auto line = yaml.substr(start, end - start);
        start = end + 1;
        static const std::regex scalar(R"re((  )?([a-z_]+): ("(?:[^"\\]|\\.)*"))re");
        static const std::regex mapping(R"(([a-z_]+):( \{\})?)");
        std::smatch m;
        if (std::regex_match(line, m, scalar)) {
            const std::string key = m[1].matched ? parent + "." + m[2].str() : m[2].str();
            values[key] = yaml_unquote(m[3]);
        } else {
            INFO(line);
            REQUIRE(std::regex_match(line, m, mapping));
            parent = m[1];
        }
    }
    CHECK(values["title"] == "He said \"no\": C:\\path # not a comment next line \\u{2028} end");
    CHECK(values["date"] == "2026-02-01");
    CHECK(values["audience"] == "patient");
    CHECK(values["dataset_version"] == data.info.version);
    CHECK(values["filters.min_level"] == "low");
    CHECK(values["filters.condition"] == "low-back-pain");
    CHECK(values["generator"] == "massage-evidence test");
    CHECK(body.rfind("\n# ", 0) == 0);
    CHECK(test_support::parse_headings(body).front().text == shown(options.title));
}

TEST_CASE("sections are chosen by name and written in report order", "[report]") {
    const auto& data = fixture_data("small.json");
    auto options = options_for(audience::clinician);
    options.sections = {report_section::references, report_section::mechanisms};
    const auto reversed = render(data, options);
    options.sections = {report_section::mechanisms, report_section::references,
                        report_section::mechanisms};
    const auto out = render(data, options);
    CHECK(out == reversed);
    std::vector<std::string> headings;
    for (const auto& h : test_support::parse_headings(out)) {
        headings.push_back(h.text);
    }
    CHECK(headings == std::vector<std::string>{data.info.title, "Summary of findings: mechanisms",
                                               "References"});
}

TEST_CASE("the condition filter narrows the clinical effects and the mechanism map", "[report]") {
    const auto& data = fixture_data("embedded");
    auto options = options_for(audience::clinician);
    options.filter.condition = condition::knee_osteoarthritis;
    const auto out = render(data, options);
    const auto tables = parse_tables(out);
    const auto* conditions = table_headed(tables, "Condition");
    REQUIRE(conditions != nullptr);
    REQUIRE(conditions->rows.size() > 1);
    for (std::size_t i = 1; i < conditions->rows.size(); ++i) {
        CHECK(conditions->rows[i][0] == "Knee osteoarthritis");
    }
    const auto* mechanisms = table_headed(tables, "Mechanism");
    REQUIRE(mechanisms != nullptr);
    CHECK(mechanisms->rows.size() == data.mechanisms.size() + 1);

    const auto blocks = test_support::parse_code_blocks(out);
    REQUIRE(!blocks.empty());
    const auto map = parse_mermaid(blocks.back().literal);
    const auto explaining =
        std::count_if(data.mechanisms.begin(), data.mechanisms.end(), [](const claim& m) {
            return std::find(m.explains.begin(), m.explains.end(), "knee-osteoarthritis") !=
                   m.explains.end();
        });
    CHECK(map.edges.size() == static_cast<std::size_t>(explaining));
    CHECK(map.labels.at("c1") == "Knee osteoarthritis");
    CHECK(map.labels.count("c2") == 0);
}

TEST_CASE("key messages count the verdicts and name small groups", "[report]") {
    const auto& data = fixture_data("small.json");
    auto options = options_for(audience::clinician);
    options.sections = {report_section::key_messages};
    auto blocks = test_support::parse_text_blocks(render(data, options));
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[4] ==
          "Of the three mechanisms proposed to explain how massage relieves pain, the evidence "
          "supports one (Better mood), is mixed for one and is insufficient to judge one. The "
          "most certain finding, at moderate certainty, is for Better mood (supported). One "
          "rests on very low certainty evidence. Of the two clinical effects graded in two "
          "conditions, the evidence supports one (Low back pain, short term) and is "
          "insufficient to judge one. The most certain finding, at moderate certainty, is for "
          "Low back pain, short term (supported). One rests on very low certainty evidence. One "
          "practice claim about dose is covered here: Sixty-minute sessions. The evidence "
          "supports it. The certainty of the evidence is low.");

    options.audience = audience::patient;
    options.filter.min_level = certainty::moderate;
    blocks = test_support::parse_text_blocks(render(data, options));
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[4] ==
          "One common explanation of how massage eases pain is covered here: Better mood. "
          "Research backs it. We have moderate confidence in this finding. One claim about what "
          "massage does for low back pain is covered here: Low back pain, short term. Research "
          "backs it. We have moderate confidence in this finding.");
}

TEST_CASE("the report is byte-for-byte deterministic", "[report]") {
    const auto& data = fixture_data("embedded");
    const auto options = options_for(audience::patient);
    CHECK(render(data, options) == render(data, options));
}

TEST_CASE("data that starts a block cannot become a list, heading or rule", "[report]") {
    for (const std::string text :
         {"1. one", "2) two", "- dash", "+ plus", "# hash", "---", "===", "    code", "> quote",
          "* star", "12345678901. x", "[!NOTE]", "<div>", "```fence", "~~~", "| a | b |"}) {
        INFO(text);
        const auto lists = test_support::parse_lists("- " + detail::block_text(text) + "\n");
        REQUIRE(lists.size() == 1);
        REQUIRE(lists[0].items.size() == 1);
        CHECK(lists[0].items[0] == shown_block(text));
    }
    const auto headings = test_support::parse_headings("### " + detail::inline_text("C #") + "\n");
    REQUIRE(headings.size() == 1);
    CHECK(headings[0].text == "C #");
}

TEST_CASE("Mermaid labels never hold a raw quote or markup", "[report]") {
    const std::string nasty = "a \"b\" #quot; <br/> `c` \\ d & e %%{init: {}}%% ] ) ; |";
    const auto label = detail::mermaid_label_text(nasty);
    for (const char c : {'"', '<', '>', '`', '\\', '&', '%'}) {
        CHECK(label.find(c) == std::string::npos);
    }
    CHECK(decode_label(label) == nasty);
    CHECK(detail::wrap_words("aaa bbb ccc", 7) == std::vector<std::string>{"aaa bbb", "ccc"});
    CHECK(detail::wrap_words("longerthanwidth x", 4) ==
          std::vector<std::string>{"longerthanwidth", "x"});
}

TEST_CASE("YAML scalars are double-quoted with escapes", "[report]") {
    CHECK(detail::yaml_double_quoted("plain") == "\"plain\"");
    CHECK(detail::yaml_double_quoted("a \"b\" \\ c") == R"("a \"b\" \\ c")");
    CHECK(detail::yaml_double_quoted("line\nbreak") == "\"line break\"");
    CHECK(detail::yaml_double_quoted("bom \xEF\xBB\xBF") == R"("bom \uFEFF")");
    CHECK(detail::yaml_double_quoted("esc \x1b") == R"("esc \\e")");
}
