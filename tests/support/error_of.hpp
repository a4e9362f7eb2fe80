#pragma once

// What a call that must fail says: the kind and message of the project's `error` it throws. A
// call that returns instead fails the test.

#include "massage_evidence/error.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

namespace test_support {

struct raised_error {
    massage_evidence::error_kind kind = massage_evidence::error_kind::usage;
    std::string message;
};

template <class Call>
raised_error error_of(Call&& call) {
    try {
        std::forward<Call>(call)();
    } catch (const massage_evidence::error& e) {
        return {e.kind(), e.what()};
    }
    FAIL("expected an error");
    return {};
}

} // namespace test_support
