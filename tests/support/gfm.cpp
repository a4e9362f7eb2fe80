// cmark-gfm walking. Debian's libcmark-gfm-extensions-dev ships the library without its header,
// so the one registration function we need is declared here.

#include "support/gfm.hpp"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>

extern "C" void cmark_gfm_core_extensions_ensure_registered(void);

namespace test_support {
namespace {

struct node_deleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct parser_deleter {
    void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

std::unique_ptr<cmark_node, node_deleter> parse(const std::string& markdown) {
    cmark_gfm_core_extensions_ensure_registered();
    std::unique_ptr<cmark_parser, parser_deleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (const char* name : {"table", "strikethrough", "autolink"}) {
        if (auto* extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser.get(), extension);
        }
    }
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    return std::unique_ptr<cmark_node, node_deleter>(cmark_parser_finish(parser.get()));
}

bool is(cmark_node* node, const char* type) {
    return std::strcmp(cmark_node_get_type_string(node), type) == 0;
}

// The text a reader sees: literal text, code spans and inline HTML (shown literally when it is
// data), line breaks as spaces.
void collect_text(cmark_node* node, std::string& out) {
    for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
         child = cmark_node_next(child)) {
        if (is(child, "text") || is(child, "code") || is(child, "html_inline")) {
            if (const char* literal = cmark_node_get_literal(child)) {
                out += literal;
            }
        } else if (is(child, "softbreak") || is(child, "linebreak")) {
            out += ' ';
        } else {
            collect_text(child, out);
        }
    }
}

} // namespace

std::vector<gfm_table> parse_tables(const std::string& markdown) {
    const auto document = parse(markdown);
    std::vector<gfm_table> tables;
    for (cmark_node* block = cmark_node_first_child(document.get()); block != nullptr;
         block = cmark_node_next(block)) {
        if (!is(block, "table")) {
            continue;
        }
        gfm_table table;
        for (cmark_node* row = cmark_node_first_child(block); row != nullptr;
             row = cmark_node_next(row)) {
            auto& cells = table.rows.emplace_back();
            for (cmark_node* c = cmark_node_first_child(row); c != nullptr;
                 c = cmark_node_next(c)) {
                std::string text;
                collect_text(c, text);
                cells.push_back(text);
            }
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

std::vector<std::string> parse_text_blocks(const std::string& markdown) {
    const auto document = parse(markdown);
    std::vector<std::string> blocks;
    cmark_iter* iter = cmark_iter_new(document.get());
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && (is(node, "paragraph") || is(node, "heading"))) {
            std::string text;
            collect_text(node, text);
            blocks.push_back(text);
        }
    }
    cmark_iter_free(iter);
    return blocks;
}

} // namespace test_support
