// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace demarc {

/** An error that crosses a layer boundary as a value: a message meant for the user. */
struct Error
{
    QString message;
};

/** Either a value or an Error. Errors are values; nothing here throws. */
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() { return std::get<T>(m_data); }
    const T& value() const { return std::get<T>(m_data); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }

    const QString& errorMessage() const { return std::get<Error>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

/** The result of an operation that yields nothing but can fail. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error.message))
    { }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString errorMessage() const { return m_error.value_or(QString()); }

private:
    std::optional<QString> m_error;
};

} // namespace demarc
