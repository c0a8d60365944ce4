// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace verdes {

// The value of a fallible function: a T, or the Error that prevented it. The member names follow
// std::expected so that moving to it later is mechanical. [[nodiscard]] makes a dropped failure a
// compile error.
template <typename T>
class [[nodiscard]] Result
{
public:
    using value_type = T;

    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): like std::expected
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}

    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): like std::unexpected
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool has_value() const { return m_state.index() == 0; }

    explicit operator bool() const { return has_value(); }

    const T &value() const &
    {
        Q_ASSERT_X(has_value(), "Result::value", "no value: check has_value() first");
        return std::get<0>(m_state);
    }

    T &value() &
    {
        Q_ASSERT_X(has_value(), "Result::value", "no value: check has_value() first");
        return std::get<0>(m_state);
    }

    T &&value() &&
    {
        Q_ASSERT_X(has_value(), "Result::value", "no value: check has_value() first");
        return std::get<0>(std::move(m_state));
    }

    const T &operator*() const & { return value(); }

    T &operator*() & { return value(); }

    const T *operator->() const { return &value(); }

    T *operator->() { return &value(); }

    const Error &error() const
    {
        Q_ASSERT_X(!has_value(), "Result::error", "no error: check has_value() first");
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    using value_type = void;

    Result() = default;

    // NOLINTNEXTLINE(google-explicit-constructor,hicpp-explicit-conversions): like std::unexpected
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool has_value() const { return !m_failed; }

    explicit operator bool() const { return has_value(); }

    const Error &error() const
    {
        Q_ASSERT_X(m_failed, "Result::error", "no error: check has_value() first");
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

// Returns early from the enclosing function with the error of a failed Result.
#define VERDES_TRY(expr)                                                                                     \
    do {                                                                                                     \
        if (auto verdesTryResult_ = (expr); !verdesTryResult_) {                                             \
            return verdesTryResult_.error();                                                                 \
        }                                                                                                    \
    } while (false)

// Declares `name` holding the value of a Result, or returns early with its error.
//
//     VERDES_TRY_ASSIGN(db, Database::openEncrypted(path, key, Database::Mode::Open));
#define VERDES_TRY_ASSIGN(name, expr)                                                                        \
    auto name##Result_ = (expr);                                                                             \
    if (!name##Result_) {                                                                                    \
        return name##Result_.error();                                                                        \
    }                                                                                                        \
    auto name = std::move(name##Result_).value() // NOLINT(bugprone-macro-parentheses)

} // namespace verdes
