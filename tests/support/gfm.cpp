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
    std::unique_ptr<cmark_parser, parser_deleter> parser(cmark_parser_new(CMARK_OPT_FOOTNOTES));
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

// Calls `visit` for every node on entering it, in document order.
template <class Visit>
void walk(const std::string& markdown, Visit visit) {
    const auto document = parse(markdown);
    cmark_iter* iter = cmark_iter_new(document.get());
    for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        if (event == CMARK_EVENT_ENTER) {
            visit(cmark_iter_get_node(iter));
        }
    }
    cmark_iter_free(iter);
}

std::string text_of(cmark_node* node) {
    std::string text;
    collect_text(node, text);
    return text;
}

} // namespace

std::string strip_front_matter(const std::string& markdown, std::string* front_matter) {
    if (markdown.rfind("---\n", 0) != 0) {
        return markdown;
    }
    const auto end = markdown.find("\n---\n", 3);
    if (end == std::string::npos) {
        return markdown;
    }
    if (front_matter != nullptr) {
        *front_matter = markdown.substr(4, end + 1 - 4);
    }
    return markdown.substr(end + 5);
}

std::vector<gfm_heading> parse_headings(const std::string& markdown) {
    std::vector<gfm_heading> out;
    walk(markdown, [&out](cmark_node* node) {
        if (is(node, "heading")) {
            out.push_back({cmark_node_get_heading_level(node), text_of(node)});
        }
    });
    return out;
}

std::vector<gfm_list> parse_lists(const std::string& markdown) {
    std::vector<gfm_list> out;
    walk(markdown, [&out](cmark_node* node) {
        if (!is(node, "list")) {
            return;
        }
        gfm_list list;
        list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        list.start = cmark_node_get_list_start(node);
        for (cmark_node* item = cmark_node_first_child(node); item != nullptr;
             item = cmark_node_next(item)) {
            list.items.push_back(text_of(item));
        }
        out.push_back(std::move(list));
    });
    return out;
}

std::vector<gfm_code_block> parse_code_blocks(const std::string& markdown) {
    std::vector<gfm_code_block> out;
    walk(markdown, [&out](cmark_node* node) {
        if (is(node, "code_block")) {
            const char* info = cmark_node_get_fence_info(node);
            const char* literal = cmark_node_get_literal(node);
            out.push_back({info ? info : "", literal ? literal : ""});
        }
    });
    return out;
}

std::vector<gfm_blockquote> parse_blockquotes(const std::string& markdown) {
    const auto document = parse(markdown);
    std::vector<gfm_blockquote> out;
    for (cmark_node* block = cmark_node_first_child(document.get()); block != nullptr;
         block = cmark_node_next(block)) {
        if (!is(block, "block_quote")) {
            continue;
        }
        gfm_blockquote quote;
        quote.text = text_of(block);
        if (cmark_node* first = cmark_node_first_child(block)) {
            for (cmark_node* inline_node = cmark_node_first_child(first); inline_node != nullptr;
                 inline_node = cmark_node_next(inline_node)) {
                if (is(inline_node, "softbreak") || is(inline_node, "linebreak")) {
                    break;
                }
                if (const char* literal = cmark_node_get_literal(inline_node)) {
                    quote.first_line += literal;
                } else {
                    quote.first_line += text_of(inline_node);
                }
            }
        }
        out.push_back(std::move(quote));
    }
    return out;
}

std::vector<gfm_link> parse_links(const std::string& markdown) {
    std::vector<gfm_link> out;
    walk(markdown, [&out](cmark_node* node) {
        if (is(node, "link")) {
            const char* url = cmark_node_get_url(node);
            out.push_back({url ? url : "", text_of(node)});
        }
    });
    return out;
}

std::size_t count_nodes(const std::string& markdown, const std::string& type) {
    std::size_t n = 0;
    walk(markdown, [&](cmark_node* node) {
        if (type == cmark_node_get_type_string(node)) {
            ++n;
        }
    });
    return n;
}

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
