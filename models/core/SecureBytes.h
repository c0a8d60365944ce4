// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <cstddef>
#include <span>

namespace verdes {

// Memory for secrets: the data key, passphrases, the recovery key, signing keys. Allocated with
// sodium_malloc (guard pages, locked against swap), wiped and freed with sodium_free. Movable,
// never copyable, and never converted to QString or QByteArray, whose implicit sharing leaves
// copies nobody can wipe.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    ~SecureBytes();

    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;

    // Fresh random bytes from the operating system.
    static SecureBytes random(std::size_t size);
    // The UTF-8 encoding of text, written straight into secure memory (no QByteArray in between).
    static SecureBytes fromUtf8(QStringView text);
    static SecureBytes copyOf(std::span<const unsigned char> bytes);

    unsigned char *data() { return m_data; }

    const unsigned char *data() const { return m_data; }

    std::size_t size() const { return m_size; }

    bool isEmpty() const { return m_size == 0; }

    std::span<const unsigned char> bytes() const { return {m_data, m_size}; }

    std::span<unsigned char> bytes() { return {m_data, m_size}; }

    // Constant-time comparison (sodium_memcmp).
    bool equals(const SecureBytes &other) const;
    // Wipes and frees now; the object is then empty.
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace verdes
