// See lexicon.hpp. Linear probing in a power-of-two table kept at most half full, with the full
// 64-bit hash stored beside each key so that most mismatches cost one comparison of integers.

#include "check/lexicon.hpp"

namespace massage_evidence::detail {
namespace {

std::uint64_t hash_of(std::string_view form) noexcept {
    std::uint64_t hash = 0xcbf29ce484222325ULL; // FNV-1a
    for (const char c : form) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

lexicon::lexicon() : slots_(64) {}

std::size_t lexicon::position(std::string_view form, std::uint64_t hash) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = static_cast<std::size_t>(hash) & mask;
    while (slots_[at].used) {
        const auto& s = slots_[at];
        if (s.hash == hash && std::string_view(pool_).substr(s.key_offset, s.key_size) == form) {
            return at;
        }
        at = (at + 1) & mask;
    }
    return at;
}

word_entry& lexicon::insert(std::string_view form) {
    if (2 * (used_ + 1) > slots_.size()) {
        grow();
    }
    const auto hash = hash_of(form);
    auto& s = slots_[position(form, hash)];
    if (!s.used) {
        s.used = true;
        s.hash = hash;
        s.key_offset = static_cast<std::uint32_t>(pool_.size());
        s.key_size = static_cast<std::uint32_t>(form.size());
        pool_ += form;
        ++used_;
    }
    return s.entry;
}

const word_entry* lexicon::find(std::string_view form) const noexcept {
    const auto& s = slots_[position(form, hash_of(form))];
    return s.used ? &s.entry : nullptr;
}

void lexicon::grow() {
    std::vector<slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const auto& s : old) {
        if (s.used) {
            std::size_t at = static_cast<std::size_t>(s.hash) & mask;
            while (slots_[at].used) {
                at = (at + 1) & mask;
            }
            slots_[at] = s;
        }
    }
}

} // namespace massage_evidence::detail
