// Parses dataset JSON straight into the typed model in one SAX pass.
//
// The handler keeps a small stack of frames, one per object or array the schema knows, and
// dispatches each key and value to the field it names. Anything the schema does not expect (an
// unknown key, a wrong type, a nested value where a string belongs) becomes a diagnostic with its
// JSON pointer, and its value is skipped with a depth counter rather than a frame per level, so
// hostile nesting costs no memory. Whole-document rules (ids, references, grades) live in
// validate.cpp; finding line and column for a pointer lives in json_locate.cpp.
//
// Two parsers feed the handler. The fast one (json_reader.hpp) reads every document it can, a
// file a chunk at a time so that it is never held whole. A document it declines (a syntax error,
// or a number that is not a 64-bit integer) is parsed again from the start by nlohmann, whose
// syntax diagnostics, message and place, are the ones users see. Reading and parsing bytes is
// done elsewhere (input.cpp, json_reader.hpp); this file prints nothing.
//
// Once the document has an error it can no longer be used, so later elements are read into one
// reused slot and findings beyond the kept ones are only counted: millions of hostile `{}` or
// bad values cost time in proportion, not memory.

#include "massage_evidence/load.hpp"

#include "chunked_input.hpp"
#include "field_format.hpp"
#include "input_file.hpp"
#include "json_locate.hpp"
#include "json_reader.hpp"
#include "massage_evidence/dataset.hpp"
#include "massage_evidence/error.hpp"
#include "massage_evidence/validate.hpp"
#include "massage_evidence/vocabulary.hpp"
#include "printable.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

namespace massage_evidence {
namespace {

using json = nlohmann::json;

// What a field's value must be.
enum class shape : std::uint8_t {
    string,
    integer,
    boolean,
    object,
    object_array,
    string_array,
};

std::string_view describe(shape expected) {
    switch (expected) {
    case shape::string:
        return "a string";
    case shape::integer:
        return "a whole number";
    case shape::boolean:
        return "true or false";
    case shape::object:
        return "an object";
    case shape::object_array:
        return "an array of objects";
    case shape::string_array:
        return "an array of strings";
    }
    return "a value";
}

// Claim fields are shared by the three kinds; `kinds` says which kinds accept a field and
// `required` which kinds must have it (bit i = claim_kind i).
constexpr std::uint8_t all_kinds = 0b111;
constexpr std::uint8_t mechanism_only = 0b001;
constexpr std::uint8_t condition_only = 0b010;
constexpr std::uint8_t practice_only = 0b100;

struct field_spec {
    std::string_view key;
    shape expected;
    std::uint8_t kinds;    // which claim kinds accept it (all_kinds outside claims)
    std::uint8_t required; // which claim kinds require it (all_kinds or 0 outside claims)
};

// Each object type's fields, in the order of its enum below.
enum class root_field : std::uint8_t { dataset, mechanisms, conditions, practices, sources };
constexpr std::array root_fields{
    field_spec{"dataset", shape::object, all_kinds, all_kinds},
    field_spec{"mechanisms", shape::object_array, all_kinds, 0},
    field_spec{"conditions", shape::object_array, all_kinds, 0},
    field_spec{"practices", shape::object_array, all_kinds, 0},
    field_spec{"sources", shape::object_array, all_kinds, all_kinds},
};

enum class info_field : std::uint8_t {
    name,
    title,
    version,
    review_date,
    grading_system,
    license,
    method,
    disclaimer
};
constexpr std::array info_fields{
    field_spec{"name", shape::string, all_kinds, all_kinds},
    field_spec{"title", shape::string, all_kinds, all_kinds},
    field_spec{"version", shape::string, all_kinds, all_kinds},
    field_spec{"review_date", shape::string, all_kinds, all_kinds},
    field_spec{"grading_system", shape::string, all_kinds, all_kinds},
    field_spec{"license", shape::string, all_kinds, all_kinds},
    field_spec{"method", shape::string, all_kinds, all_kinds},
    field_spec{"disclaimer", shape::string, all_kinds, 0},
};

enum class claim_field : std::uint8_t {
    id,
    name,
    statement,
    evidence,
    verdict,
    certainty,
    grading,
    sources,
    caveats,
    plain_language,
    lay_phrases,
    steps,
    category,
    explains,
    condition,
    population,
    comparator,
    follow_up,
    effect,
    studies,
    participants,
    topic,
};
constexpr std::array claim_fields{
    field_spec{"id", shape::string, all_kinds, all_kinds},
    field_spec{"name", shape::string, all_kinds, all_kinds},
    field_spec{"claim", shape::string, all_kinds, all_kinds},
    field_spec{"evidence", shape::string, all_kinds, all_kinds},
    field_spec{"verdict", shape::string, all_kinds, all_kinds},
    field_spec{"certainty", shape::string, all_kinds, all_kinds},
    field_spec{"grading", shape::object, all_kinds, all_kinds},
    field_spec{"sources", shape::object_array, all_kinds, all_kinds},
    field_spec{"caveats", shape::string_array, all_kinds, 0},
    field_spec{"plain_language", shape::string, all_kinds, all_kinds},
    field_spec{"lay_phrases", shape::string_array, all_kinds, 0},
    field_spec{"steps", shape::object_array, all_kinds, 0},
    field_spec{"category", shape::string, mechanism_only, mechanism_only},
    field_spec{"explains", shape::string_array, mechanism_only, 0},
    field_spec{"condition", shape::string, condition_only, condition_only},
    field_spec{"population", shape::string, condition_only, 0},
    field_spec{"comparator", shape::string, condition_only, condition_only},
    field_spec{"follow_up", shape::string, condition_only, condition_only},
    field_spec{"effect", shape::string, condition_only, 0},
    field_spec{"studies", shape::integer, condition_only, 0},
    field_spec{"participants", shape::integer, condition_only, 0},
    field_spec{"topic", shape::string, practice_only, practice_only},
};

enum class grading_field : std::uint8_t { start, basis, domains, notes };
constexpr std::array grading_fields{
    field_spec{"start", shape::string, all_kinds, all_kinds},
    field_spec{"basis", shape::string, all_kinds, all_kinds},
    field_spec{"domains", shape::object_array, all_kinds, all_kinds},
    field_spec{"notes", shape::string, all_kinds, 0},
};

enum class domain_field : std::uint8_t { domain, change, reason };
constexpr std::array domain_fields{
    field_spec{"domain", shape::string, all_kinds, all_kinds},
    field_spec{"change", shape::integer, all_kinds, all_kinds},
    field_spec{"reason", shape::string, all_kinds, all_kinds},
};

enum class ref_field : std::uint8_t { ref, direction, finding };
constexpr std::array ref_fields{
    field_spec{"ref", shape::string, all_kinds, all_kinds},
    field_spec{"direction", shape::string, all_kinds, all_kinds},
    field_spec{"finding", shape::string, all_kinds, all_kinds},
};

enum class step_field : std::uint8_t { text, claim };
constexpr std::array step_fields{
    field_spec{"text", shape::string, all_kinds, all_kinds},
    field_spec{"claim", shape::string, all_kinds, all_kinds},
};

enum class source_field : std::uint8_t {
    id,
    type,
    title,
    authors,
    et_al,
    group_author,
    journal,
    publisher,
    year,
    volume,
    issue,
    pages,
    doi,
    pmid,
    pmcid,
    n,
    funding,
    notes,
};
constexpr std::array source_fields{
    field_spec{"id", shape::string, all_kinds, all_kinds},
    field_spec{"type", shape::string, all_kinds, all_kinds},
    field_spec{"title", shape::string, all_kinds, all_kinds},
    field_spec{"authors", shape::string_array, all_kinds, 0},
    field_spec{"et_al", shape::boolean, all_kinds, 0},
    field_spec{"group_author", shape::string, all_kinds, 0},
    field_spec{"journal", shape::string, all_kinds, 0},
    field_spec{"publisher", shape::string, all_kinds, 0},
    field_spec{"year", shape::integer, all_kinds, 0},
    field_spec{"volume", shape::string, all_kinds, 0},
    field_spec{"issue", shape::string, all_kinds, 0},
    field_spec{"pages", shape::string, all_kinds, 0},
    field_spec{"doi", shape::string, all_kinds, 0},
    field_spec{"pmid", shape::string, all_kinds, 0},
    field_spec{"pmcid", shape::string, all_kinds, 0},
    field_spec{"n", shape::string, all_kinds, 0},
    field_spec{"funding", shape::string, all_kinds, 0},
    field_spec{"notes", shape::string, all_kinds, 0},
};

static_assert(claim_fields.size() <= 32 && source_fields.size() <= 32,
              "seen-field bitmasks are 32 bits wide");

enum class frame_type : std::uint8_t {
    root,
    info,
    claim,
    grading,
    domain,
    ref,
    step,
    source,
    object_array,
    string_array,
};

// What each element of an object array becomes.
enum class element_type : std::uint8_t { claim, domain, ref, step, source };

constexpr std::size_t no_field = static_cast<std::size_t>(-1);

struct frame {
    frame_type type = frame_type::root;
    element_type elements = element_type::claim; // object_array only
    claim_kind kind = claim_kind::mechanism;     // claim frames and claim arrays
    std::uint32_t seen = 0;                      // objects: bit per field already given
    std::size_t field = no_field;                // objects: the field whose value comes next
    // Objects: the last key read, for pointers. A key the schema knows is kept as its field
    // index (no copy per key); only an unknown key's text is stored.
    std::size_t key_field = no_field;
    std::string unknown_key;
    std::size_t index = 0;                       // arrays: index of the next element
    std::vector<std::string>* strings = nullptr; // string_array target
};

// Each frame type's fields, indexed by frame_type (arrays have none).
constexpr std::array<std::span<const field_spec>, 10> fields_by_frame{
    root_fields,
    info_fields,
    claim_fields,
    grading_fields,
    domain_fields,
    ref_fields,
    step_fields,
    source_fields,
    {},
    {},
};
static_assert(static_cast<std::size_t>(frame_type::string_array) + 1 == fields_by_frame.size(),
              "one entry per frame type, in frame_type order");

std::span<const field_spec> fields_of(frame_type type) {
    return fields_by_frame[static_cast<std::size_t>(type)];
}

// Finds a key among an object type's fields with one hash probe instead of comparing it with
// every field name: keys are looked up once per member of every object, the commonest event.
class field_index {
public:
    static constexpr std::size_t slots = 64; // a power of two, more than twice any field count

    constexpr explicit field_index(std::span<const field_spec> specs) : specs_(specs) {
        for (std::size_t i = 0; i < specs.size(); ++i) {
            auto slot = hash(specs[i].key);
            while (slots_[slot] != 0) {
                slot = (slot + 1) % slots;
            }
            slots_[slot] = static_cast<std::uint8_t>(i + 1);
        }
    }

    /// The index of the field named `key`, or no_field.
    [[nodiscard]] constexpr std::size_t find(std::string_view key) const noexcept {
        if (key.empty()) {
            return no_field;
        }
        for (auto slot = hash(key); slots_[slot] != 0; slot = (slot + 1) % slots) {
            const std::size_t i = slots_[slot] - 1U;
            if (specs_[i].key == key) {
                return i;
            }
        }
        return no_field;
    }

private:
    std::span<const field_spec> specs_;
    std::array<std::uint8_t, slots> slots_{};

    static constexpr std::size_t hash(std::string_view key) noexcept {
        const auto first = static_cast<std::size_t>(static_cast<unsigned char>(key.front()));
        const auto last = static_cast<std::size_t>(static_cast<unsigned char>(key.back()));
        return (key.size() * 31 + first * 7 + last) % slots;
    }
};

constexpr std::array field_indexes{
    field_index(root_fields),    field_index(info_fields),   field_index(claim_fields),
    field_index(grading_fields), field_index(domain_fields), field_index(ref_fields),
    field_index(step_fields),    field_index(source_fields),
};
static_assert(static_cast<std::size_t>(frame_type::source) + 1 == field_indexes.size(),
              "one field index per object frame type, in frame_type order");

std::uint8_t kind_bit(claim_kind kind) {
    return static_cast<std::uint8_t>(1U << static_cast<unsigned>(kind));
}

std::string_view json_type_name(json::value_t type) {
    switch (type) {
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "an array";
    case json::value_t::string:
        return "a string";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "a number";
    case json::value_t::number_float:
        return "a number that is not a whole number (or does not fit in 64 bits)";
    default:
        return "a value";
    }
}

// Receives the parse events of one document (from json_reader, or from nlohmann through
// nlohmann_events below) and builds the dataset, reporting what the schema does not allow.
class dataset_builder {
public:
    dataset_builder(dataset& out, diagnostics& problems) : out_(out), problems_(problems) {}

    // ---- values -------------------------------------------------------------------------------
    bool null() { return mismatch(json::value_t::null); }
    bool boolean(bool value) {
        if (skipping() || frames_.empty()) {
            return mismatch(json::value_t::boolean);
        }
        if (expects(shape::boolean)) {
            auto& f = frames_.back();
            if (f.type == frame_type::source) {
                current_source().et_al = value;
            }
            return finish_value();
        }
        return mismatch(json::value_t::boolean);
    }
    bool number_integer(std::int64_t value) { return integer(value); }
    bool number_unsigned(std::uint64_t value) {
        if (value > static_cast<std::uint64_t>(INT64_MAX)) {
            return mismatch(json::value_t::number_float);
        }
        return integer(static_cast<std::int64_t>(value));
    }
    bool number_float() { return mismatch(json::value_t::number_float); }
    bool binary() { return mismatch(json::value_t::binary); }

    bool string(std::string_view value) {
        if (skipping() || frames_.empty()) {
            return mismatch(json::value_t::string);
        }
        auto& f = frames_.back();
        // The value is a view of the input (or of the reader's scratch) and is copied at its
        // exact size: the model keeps no spare capacity and no reference to the input.
        if (f.type == frame_type::string_array) {
            if (problems_.errors() == 0) {
                f.strings->emplace_back(value);
            }
            ++f.index;
            return true;
        }
        if (!expects(shape::string)) {
            return mismatch(json::value_t::string);
        }
        assign_string(value);
        return finish_value();
    }

    // ---- containers -----------------------------------------------------------------------------
    bool start_object() {
        if (skipping()) {
            ++skip_depth_;
            return true;
        }
        if (frames_.empty()) {
            frames_.push_back(frame{});
            return true;
        }
        auto& f = frames_.back();
        if (f.type == frame_type::object_array) {
            push_element(f);
            return true;
        }
        if (!expects(shape::object)) {
            mismatch(json::value_t::object, true);
            skip_depth_ = 1;
            return true;
        }
        const auto parent = f.type;
        if (parent == frame_type::root) {
            push(frame_type::info);
        } else if (parent == frame_type::claim) {
            push(frame_type::grading);
        }
        return true;
    }

    bool end_object() {
        if (skipping()) {
            end_skipped();
            return true;
        }
        check_required(frames_.back());
        frames_.pop_back();
        if (!frames_.empty()) {
            finish_container_value();
        }
        return true;
    }

    bool start_array() {
        if (skipping()) {
            ++skip_depth_;
            return true;
        }
        if (frames_.empty()) {
            frames_.push_back(frame{});
            mismatch_at_root(json::value_t::array);
            return true;
        }
        auto& f = frames_.back();
        const auto* spec = pending_spec();
        if (f.type == frame_type::object_array || f.type == frame_type::string_array ||
            spec == nullptr ||
            (spec->expected != shape::object_array && spec->expected != shape::string_array)) {
            mismatch(json::value_t::array, true);
            skip_depth_ = 1;
            return true;
        }
        if (spec->expected == shape::string_array) {
            frame child;
            child.type = frame_type::string_array;
            child.strings = string_list_target();
            frames_.push_back(std::move(child));
        } else {
            frame child;
            child.type = frame_type::object_array;
            child.elements = array_elements(child.kind);
            frames_.push_back(std::move(child));
        }
        return true;
    }

    bool end_array() {
        if (skipping()) {
            end_skipped();
            return true;
        }
        frames_.pop_back();
        if (!frames_.empty()) {
            finish_container_value();
        }
        return true;
    }

    bool key(std::string_view name) {
        if (skipping()) {
            return true;
        }
        auto& f = frames_.back();
        f.field = no_field;
        f.key_field = no_field;
        const auto specs = fields_of(f.type);
        const auto i = f.type <= frame_type::source
                           ? field_indexes[static_cast<std::size_t>(f.type)].find(name)
                           : no_field;
        if (i != no_field &&
            (f.type != frame_type::claim || (specs[i].kinds & kind_bit(f.kind)) != 0)) {
            f.key_field = i;
            const auto bit = std::uint32_t{1} << i;
            if ((f.seen & bit) != 0) {
                report(diagnostic_kind::duplicate_key, [&] {
                    return fmt::format("key \"{}\" appears twice in this object; keep only one",
                                       detail::printable(name));
                });
                return true;
            }
            f.seen |= bit;
            f.field = i;
            return true;
        }
        f.unknown_key = name;
        report(diagnostic_kind::unknown_key, [&] {
            return fmt::format("unknown key \"{}\" (expected one of: {})", detail::printable(name),
                               key_list(f));
        });
        return true;
    }

private:
    dataset& out_;
    diagnostics& problems_;
    std::vector<frame> frames_;
    std::size_t skip_depth_ = 0;

    [[nodiscard]] bool skipping() const noexcept { return skip_depth_ > 0; }

    void end_skipped() {
        --skip_depth_;
        if (skip_depth_ == 0 && !frames_.empty()) {
            finish_container_value();
        }
    }

    // The key last read in object frame `f`.
    [[nodiscard]] static std::string_view key_of(const frame& f) {
        if (f.key_field != no_field) {
            return fields_of(f.type)[f.key_field].key;
        }
        return f.unknown_key;
    }

    // The pointer of the value being read now.
    [[nodiscard]] std::string pointer() const {
        std::string out;
        // The root frame's own pointer is ""; each frame adds the segment of its current child.
        for (const auto& f : frames_) {
            if (f.type == frame_type::object_array || f.type == frame_type::string_array) {
                out += '/';
                out += std::to_string(f.index);
            } else if (f.field != no_field || !key_of(f).empty()) {
                out += '/';
                out += escape_pointer_token(key_of(f));
            }
        }
        return out;
    }

    // The pointer of the innermost object itself (for missing fields).
    [[nodiscard]] std::string object_pointer() const {
        std::string out;
        for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
            const auto& f = frames_[i];
            out += '/';
            if (f.type == frame_type::object_array || f.type == frame_type::string_array) {
                out += std::to_string(f.index);
            } else {
                out += escape_pointer_token(key_of(f));
            }
        }
        return out;
    }

    // A finding at the current pointer; `message()` builds its text only when it will be kept.
    template <class Message>
    void report(diagnostic_kind kind, Message&& message) {
        if (!problems_.has_room()) {
            problems_.count(severity::error);
            return;
        }
        problems_.add(kind, pointer(), message());
    }

    [[nodiscard]] const field_spec* pending_spec() const {
        const auto& f = frames_.back();
        if (f.field == no_field) {
            return nullptr;
        }
        return &fields_of(f.type)[f.field];
    }

    [[nodiscard]] bool expects(shape wanted) const {
        const auto* spec = pending_spec();
        return spec != nullptr && spec->expected == wanted;
    }

    // A value of the wrong type, or a value for an unknown or repeated key (already reported).
    bool mismatch(json::value_t found, bool container = false) {
        if (skipping()) {
            return true;
        }
        if (frames_.empty()) {
            frames_.push_back(frame{});
            mismatch_at_root(found);
            return true;
        }
        auto& f = frames_.back();
        if (f.type == frame_type::object_array) {
            report(diagnostic_kind::wrong_type, [&] {
                return fmt::format("found {}, expected an object", json_type_name(found));
            });
            if (!container) {
                ++f.index; // a container's index advances when it closes
            }
            return true;
        }
        if (f.type == frame_type::string_array) {
            report(diagnostic_kind::wrong_type, [&] {
                return fmt::format("found {}, expected a string", json_type_name(found));
            });
            if (!container) {
                ++f.index;
            }
            return true;
        }
        if (const auto* spec = pending_spec()) {
            report(diagnostic_kind::wrong_type, [&] {
                return fmt::format("\"{}\" is {}, expected {}", spec->key, json_type_name(found),
                                   describe(spec->expected));
            });
        }
        f.field = no_field;
        return true;
    }

    void mismatch_at_root(json::value_t found) {
        problems_.add(diagnostic_kind::wrong_type, "",
                      fmt::format("the document is {}, expected an object with \"dataset\" and "
                                  "\"sources\" (see docs/data-format.md)",
                                  json_type_name(found)));
        skip_depth_ = 1;
        frames_.clear();
    }

    bool integer(std::int64_t value) {
        if (skipping() || frames_.empty()) {
            return mismatch(json::value_t::number_integer);
        }
        if (!expects(shape::integer)) {
            return mismatch(json::value_t::number_integer);
        }
        auto& f = frames_.back();
        if (f.type == frame_type::domain) {
            if (value < -2 || value > 2 || value == 0) {
                report(diagnostic_kind::bad_enum, [&] {
                    return fmt::format("change {} is out of range (expected -2, -1, 1 or 2)",
                                       value);
                });
            } else {
                current_claim().grading.domains.back().change = static_cast<int>(value);
            }
        } else if (f.type == frame_type::claim) {
            if (value < 0) {
                report(diagnostic_kind::bad_format,
                       [&] { return fmt::format("{} must not be negative", value); });
            } else if (static_cast<claim_field>(f.field) == claim_field::studies) {
                current_claim().studies = value;
            } else {
                current_claim().participants = value;
            }
        } else if (f.type == frame_type::source) {
            if (value < 1000 || value > 9999) {
                report(diagnostic_kind::bad_format,
                       [&] { return fmt::format("year {} is not a four-digit year", value); });
            } else {
                current_source().year = value;
            }
        }
        return finish_value();
    }

    bool finish_value() {
        frames_.back().field = no_field;
        return true;
    }

    // After a nested object or array closes: advance the parent past it.
    void finish_container_value() {
        auto& parent = frames_.back();
        if (parent.type == frame_type::object_array || parent.type == frame_type::string_array) {
            ++parent.index;
        } else {
            parent.field = no_field;
        }
    }

    void push(frame_type type) {
        frame child;
        child.type = type;
        child.kind = frames_.back().kind;
        frames_.push_back(std::move(child));
    }

    element_type array_elements(claim_kind& kind) const {
        const auto& f = frames_.back();
        switch (f.type) {
        case frame_type::root:
            switch (static_cast<root_field>(f.field)) {
            case root_field::mechanisms:
                kind = claim_kind::mechanism;
                return element_type::claim;
            case root_field::conditions:
                kind = claim_kind::condition;
                return element_type::claim;
            case root_field::practices:
                kind = claim_kind::practice;
                return element_type::claim;
            default:
                return element_type::source;
            }
        case frame_type::claim:
            kind = f.kind;
            if (static_cast<claim_field>(f.field) == claim_field::steps) {
                return element_type::step;
            }
            return element_type::ref;
        default:
            kind = f.kind;
            return element_type::domain;
        }
    }

    // A new element at the end of `list`; once the document has an error (and so will not be
    // used) the last element is reused instead, so hostile arrays cannot grow the model.
    template <class Element>
    Element& next_element(std::vector<Element>& list) {
        if (problems_.errors() > 0 && !list.empty()) {
            list.back() = Element{};
            return list.back();
        }
        return list.emplace_back();
    }

    void push_element(frame& array) {
        frame child;
        child.kind = array.kind;
        switch (array.elements) {
        case element_type::claim:
            child.type = frame_type::claim;
            next_element(claims_of(array.kind)).kind = array.kind;
            break;
        case element_type::domain:
            child.type = frame_type::domain;
            next_element(current_claim().grading.domains);
            break;
        case element_type::ref:
            child.type = frame_type::ref;
            next_element(current_claim().sources);
            break;
        case element_type::step:
            child.type = frame_type::step;
            next_element(current_claim().steps);
            break;
        case element_type::source:
            child.type = frame_type::source;
            next_element(out_.sources);
            break;
        }
        frames_.push_back(std::move(child));
    }

    std::vector<claim>& claims_of(claim_kind kind) {
        switch (kind) {
        case claim_kind::mechanism:
            return out_.mechanisms;
        case claim_kind::condition:
            return out_.conditions;
        case claim_kind::practice:
            break;
        }
        return out_.practices;
    }

    // The claim being built: claims are built strictly one at a time, so it is the last one of
    // its kind.
    claim& current_claim() { return claims_of(frames_.back().kind).back(); }
    source& current_source() { return out_.sources.back(); }

    std::vector<std::string>* string_list_target() {
        auto& f = frames_.back();
        if (f.type == frame_type::source) {
            return &current_source().authors;
        }
        switch (static_cast<claim_field>(f.field)) {
        case claim_field::caveats:
            return &current_claim().caveats;
        case claim_field::lay_phrases:
            return &current_claim().lay_phrases;
        default:
            return &current_claim().explains;
        }
    }

    template <class Enum>
    void assign_enum(Enum& target, std::string_view token) {
        if (auto value = parse_exact<Enum>(token)) {
            target = *value;
            return;
        }
        report(diagnostic_kind::bad_enum, [&] {
            return fmt::format("\"{}\" is not a {} (expected {})", detail::printable(token),
                               vocabulary<Enum>::what, valid_tokens<Enum>());
        });
    }

    // A string field that is present says something: "" or spaces is a mistake, not a value.
    void require_text(std::string_view value) {
        // A plain loop: find_first_not_of would call memchr once per character.
        const bool blank = std::all_of(value.begin(), value.end(), [](char c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n';
        });
        const auto* spec = pending_spec();
        if (blank && spec != nullptr) {
            report(diagnostic_kind::bad_format, [&] {
                return fmt::format("\"{}\" is empty; write the {} or remove the entry", spec->key,
                                   spec->key);
            });
        }
    }

    void check_format(bool ok, std::string_view what, std::string_view value,
                      std::string_view expected) {
        if (!ok) {
            report(diagnostic_kind::bad_format, [&] {
                return fmt::format("\"{}\" is not {} (expected {})", detail::printable(value), what,
                                   expected);
            });
        }
    }

    void assign_string(std::string_view value) {
        auto& f = frames_.back();
        require_text(value);
        switch (f.type) {
        case frame_type::info:
            assign_info(static_cast<info_field>(f.field), value);
            break;
        case frame_type::claim:
            assign_claim(static_cast<claim_field>(f.field), value);
            break;
        case frame_type::grading: {
            auto& g = current_claim().grading;
            switch (static_cast<grading_field>(f.field)) {
            case grading_field::start:
                assign_enum(g.start, value);
                break;
            case grading_field::basis:
                g.basis = value;
                break;
            default:
                g.notes = value;
                break;
            }
            break;
        }
        case frame_type::domain: {
            auto& d = current_claim().grading.domains.back();
            if (static_cast<domain_field>(f.field) == domain_field::domain) {
                assign_enum(d.domain, value);
            } else {
                d.reason = value;
            }
            break;
        }
        case frame_type::ref: {
            auto& r = current_claim().sources.back();
            switch (static_cast<ref_field>(f.field)) {
            case ref_field::ref:
                r.ref = value;
                break;
            case ref_field::direction:
                assign_enum(r.direction, value);
                break;
            case ref_field::finding:
                r.finding = value;
                break;
            }
            break;
        }
        case frame_type::step: {
            auto& s = current_claim().steps.back();
            if (static_cast<step_field>(f.field) == step_field::text) {
                s.text = value;
            } else {
                s.claim_id = value;
            }
            break;
        }
        case frame_type::source:
            assign_source(static_cast<source_field>(f.field), value);
            break;
        default:
            break;
        }
    }

    void assign_info(info_field field, std::string_view value) {
        auto& info = out_.info;
        switch (field) {
        case info_field::name:
            info.name = value;
            break;
        case info_field::title:
            info.title = value;
            break;
        case info_field::version:
            check_format(detail::is_semver(value), "a semantic version", value, "e.g. 1.2.0");
            info.version = value;
            break;
        case info_field::review_date:
            check_format(detail::is_iso_date(value), "a valid ISO date", value, "YYYY-MM-DD");
            info.review_date = value;
            break;
        case info_field::grading_system:
            info.grading_system = value;
            break;
        case info_field::license:
            info.license = value;
            break;
        case info_field::method:
            info.method = value;
            break;
        case info_field::disclaimer:
            info.disclaimer = value;
            break;
        }
    }

    void assign_claim(claim_field field, std::string_view value) {
        auto& c = current_claim();
        switch (field) {
        case claim_field::id:
            check_format(detail::is_claim_id(value), "a valid claim id", value,
                         "lower-case words joined by '-', e.g. gate-control");
            c.id = value;
            break;
        case claim_field::name:
            c.name = value;
            break;
        case claim_field::statement:
            c.statement = value;
            break;
        case claim_field::evidence:
            c.evidence = value;
            break;
        case claim_field::verdict:
            assign_enum(c.verdict, value);
            break;
        case claim_field::certainty:
            assign_enum(c.certainty, value);
            break;
        case claim_field::plain_language:
            c.plain_language = value;
            break;
        case claim_field::category:
            assign_enum(c.category, value);
            break;
        case claim_field::condition:
            assign_enum(c.condition, value);
            break;
        case claim_field::population:
            c.population = value;
            break;
        case claim_field::comparator:
            assign_enum(c.comparator, value);
            break;
        case claim_field::follow_up:
            assign_enum(c.follow_up, value);
            break;
        case claim_field::effect:
            c.effect = value;
            break;
        case claim_field::topic:
            assign_enum(c.topic, value);
            break;
        default:
            break;
        }
    }

    void assign_source(source_field field, std::string_view value) {
        auto& s = current_source();
        switch (field) {
        case source_field::id:
            check_format(detail::is_source_id(value), "a valid source id", value,
                         "lower-case letters and digits joined by '-' or '_', e.g. furlan2015");
            s.id = value;
            break;
        case source_field::type:
            assign_enum(s.type, value);
            break;
        case source_field::title:
            s.title = value;
            break;
        case source_field::group_author:
            s.group_author = value;
            break;
        case source_field::journal:
            s.journal = value;
            break;
        case source_field::publisher:
            s.publisher = value;
            break;
        case source_field::volume:
            s.volume = value;
            break;
        case source_field::issue:
            s.issue = value;
            break;
        case source_field::pages:
            s.pages = value;
            break;
        case source_field::doi:
            check_format(detail::is_doi(value), "a DOI", value,
                         "10.NNNN/suffix, without https://doi.org/");
            s.doi = value;
            break;
        case source_field::pmid:
            check_format(detail::is_pmid(value), "a PMID", value, "digits only, e.g. 26329399");
            s.pmid = value;
            break;
        case source_field::pmcid:
            check_format(detail::is_pmcid(value), "a PMCID", value, "PMC and digits");
            s.pmcid = value;
            break;
        case source_field::n:
            s.n = value;
            break;
        case source_field::funding:
            s.funding = value;
            break;
        case source_field::notes:
            s.notes = value;
            break;
        default:
            break;
        }
    }

    void check_required(const frame& f) {
        const auto specs = fields_of(f.type);
        for (std::size_t i = 0; i < specs.size(); ++i) {
            const bool required = f.type == frame_type::claim
                                      ? (specs[i].required & kind_bit(f.kind)) != 0
                                      : specs[i].required != 0;
            if (!required || (f.seen & (std::uint32_t{1} << i)) != 0) {
                continue;
            }
            if (!problems_.has_room()) {
                problems_.count(severity::error);
            } else {
                problems_.add(diagnostic_kind::missing_field, object_pointer(),
                              fmt::format("missing required field \"{}\" ({})", specs[i].key,
                                          describe(specs[i].expected)));
            }
        }
    }

    [[nodiscard]] static std::string key_list(const frame& f) {
        std::string out;
        for (const auto& spec : fields_of(f.type)) {
            if (f.type == frame_type::claim && (spec.kinds & kind_bit(f.kind)) == 0) {
                continue;
            }
            if (!out.empty()) {
                out += ", ";
            }
            out += spec.key;
        }
        return out;
    }
};

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 2:
// syntax error while parsing value - invalid literal; last read: 'tru'; expected ...". Keep what
// was wrong and what was expected; the place is shown by our own line, column and caret.
std::string syntax_message(const std::string& raw) {
    std::string_view text = raw;
    std::string_view context = "the document";
    // "[json.exception.out_of_range.406] number overflow ..." has no "parse error at" part.
    if (text.rfind("[json.exception.", 0) == 0) {
        if (const auto close = text.find("] "); close != std::string_view::npos) {
            text.remove_prefix(close + 2);
        }
    }
    constexpr std::string_view marker = "syntax error while parsing ";
    if (const auto pos = text.find(marker); pos != std::string_view::npos) {
        text.remove_prefix(pos + marker.size());
        if (const auto dash = text.find(" - "); dash != std::string_view::npos) {
            context = text.substr(0, dash);
            text.remove_prefix(dash + 3);
        }
    } else if (const auto colon = text.find(": "); colon != std::string_view::npos) {
        text.remove_prefix(colon + 2);
    }
    std::string what(text);
    std::string expected;
    if (const auto last = what.find("; last read: "); last != std::string::npos) {
        if (const auto exp = what.find("; expected ", last); exp != std::string::npos) {
            expected = what.substr(exp);
        }
        what.erase(last);
    }
    return fmt::format("invalid JSON in {}: {}{}", context, detail::printable(what, 200),
                       detail::printable(expected, 200));
}

// nlohmann's SAX events, forwarded to the builder. nlohmann is the reference parser: it reads a
// document the fast reader declines, so syntax diagnostics (message and place) are its own.
class nlohmann_events final : public nlohmann::json_sax<json> {
public:
    explicit nlohmann_events(dataset_builder& builder) : builder_(builder) {}

    bool null() override { return builder_.null(); }
    bool boolean(bool value) override { return builder_.boolean(value); }
    bool number_integer(number_integer_t value) override { return builder_.number_integer(value); }
    bool number_unsigned(number_unsigned_t value) override {
        return builder_.number_unsigned(value);
    }
    bool number_float(number_float_t /*value*/, const string_t& /*text*/) override {
        return builder_.number_float();
    }
    bool binary(binary_t& /*value*/) override { return builder_.binary(); }
    bool string(string_t& value) override { return builder_.string(value); }
    bool start_object(std::size_t /*size*/) override { return builder_.start_object(); }
    bool end_object() override { return builder_.end_object(); }
    bool start_array(std::size_t /*size*/) override { return builder_.start_array(); }
    bool end_array() override { return builder_.end_array(); }
    bool key(string_t& name) override { return builder_.key(name); }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const nlohmann::detail::exception& ex) override {
        syntax_error_offset_ = position;
        syntax_error_message_ = ex.what();
        return false;
    }

    [[nodiscard]] bool failed_syntax() const noexcept { return syntax_error_offset_.has_value(); }
    [[nodiscard]] std::size_t syntax_error_offset() const noexcept {
        return syntax_error_offset_.value_or(0);
    }
    [[nodiscard]] const std::string& syntax_error_message() const noexcept {
        return syntax_error_message_;
    }

private:
    dataset_builder& builder_;
    std::optional<std::size_t> syntax_error_offset_;
    std::string syntax_error_message_;
};

// Whole-document rules, then line and column for every finding. `text()` returns the document's
// bytes; it is called only when there are findings, after an unusable model has been released
// (so a clean file read in chunks is never held whole).
template <class Text>
load_result finish_document(dataset data, diagnostics problems, Text&& text) {
    load_result result;
    result.problems = std::move(problems);
    if (result.problems.errors() == 0) {
        check_integrity(data, result.problems);
    }
    if (!result.problems.empty()) {
        if (result.problems.errors() > 0) {
            data = dataset{};
        }
        detail::locate_pointers(text(), result.problems.kept());
    }
    if (result.problems.errors() == 0) {
        result.data = std::move(data);
    }
    return result;
}

// The reference route: nlohmann parses the whole text. It reads the documents the fast reader
// declines: those with a syntax error, and those with a number that is not a 64-bit integer
// (which the builder reports as a wrong type).
load_result parse_with_nlohmann(std::string_view text) {
    // nlohmann's lexer takes a NUL byte for the end of the input, so "{...}\0junk" would pass
    // as JSON. A raw NUL is valid nowhere in JSON text, so the first one is the error.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        load_result refused;
        diagnostic finding;
        finding.kind = diagnostic_kind::syntax;
        finding.message = "invalid JSON: a NUL byte, which JSON text never holds (in a string, "
                          "write \\u0000; a file saved as UTF-16 must be saved as UTF-8)";
        detail::place_at_offset(text, nul, finding);
        refused.problems.add(std::move(finding));
        return refused;
    }
    dataset data;
    diagnostics problems;
    dataset_builder builder(data, problems);
    nlohmann_events events(builder);
    json::sax_parse(text, &events, nlohmann::detail::input_format_t::json, true, false);
    if (!events.failed_syntax()) {
        return finish_document(std::move(data), std::move(problems), [text] { return text; });
    }

    load_result result;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.problems.add(diagnostic_kind::syntax, "",
                            text.empty() ? "the file is empty; expected a JSON object with "
                                           "\"dataset\" and \"sources\""
                                         : "the file holds only white space; expected a JSON "
                                           "object with \"dataset\" and \"sources\"");
        return result;
    }
    // Findings before the syntax error describe a document that does not exist; the syntax
    // error alone is what the user must fix first.
    diagnostic finding;
    finding.kind = diagnostic_kind::syntax;
    finding.message = syntax_message(events.syntax_error_message());
    // nlohmann counts the characters it read, the offending one included.
    const auto offset = events.syntax_error_offset();
    detail::place_at_offset(text, offset > 0 ? offset - 1 : 0, finding);
    result.problems.add(std::move(finding));
    return result;
}

// The fast route: json_reader feeds the builder straight from `source`. If the reader declines
// the document, the reference route reads `text()` instead, from the start.
template <class Source, class Text>
load_result parse_source(Source& source, Text&& text) {
    dataset data;
    diagnostics problems;
    dataset_builder builder(data, problems);
    if (detail::read_json(source, builder)) {
        return finish_document(std::move(data), std::move(problems), text);
    }
    data = dataset{};
    return parse_with_nlohmann(text());
}

} // namespace

load_result parse_dataset(std::string_view text) {
    detail::memory_source source(text);
    return parse_source(source, [text] { return text; });
}

std::vector<std::string> describe_problems(const diagnostics& problems, std::string_view origin,
                                           std::size_t shown) {
    std::vector<std::string> lines;
    for (const auto& finding : problems.kept()) {
        if (lines.size() == shown) {
            break;
        }
        std::string line = format_diagnostic(finding, origin);
        if (auto excerpt = caret_excerpt(finding); !excerpt.empty()) {
            line += '\n';
            line += excerpt;
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

load_result parse_dataset_file(const std::string& path, std::size_t max_size) {
    detail::input_file input(path, max_size);
    if (input.rereadable()) {
        // A regular file is parsed as it is read; only a file with findings is read again,
        // whole, to place them by line and column.
        detail::chunked_input chunks(input);
        std::string text;
        return parse_source(chunks, [&]() -> std::string_view {
            text = read_input(path, max_size);
            return text;
        });
    }
    // A pipe or device yields its bytes once: keep them.
    const std::string text = input.read_rest();
    return parse_dataset(text);
}

dataset load_dataset_file(const std::string& path, std::size_t max_size) {
    auto result = parse_dataset_file(path, max_size);
    if (!result.data) {
        const std::string origin = path == "-" ? "<stdin>" : path;
        auto lines = describe_problems(result.problems, origin);
        const auto total = result.problems.total();
        const auto more = total > lines.size() ? fmt::format(", {} not shown", total - lines.size())
                                               : std::string();
        throw error(error_kind::invalid_data,
                    fmt::format("{} is not a valid dataset ({} problem{}{}); fix the places "
                                "listed (the format is described in docs/data-format.md)",
                                detail::printable(origin, 200), total, total == 1 ? "" : "s", more),
                    std::move(lines));
    }
    return std::move(*result.data);
}

dataset load_embedded_dataset() {
    auto result = parse_dataset(embedded_dataset_text());
    if (!result.data) {
        throw error(error_kind::invalid_data,
                    "the embedded dataset is invalid; this is a build defect, please report it",
                    describe_problems(result.problems, embedded_dataset_origin));
    }
    return std::move(*result.data);
}

} // namespace massage_evidence
