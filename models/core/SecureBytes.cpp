// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/core/SecureBytes.h"

#include "models/core/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace verdes {

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc(); // ends the process, as Qt does on allocation failure
    }
    std::memset(m_data, 0, size);
    m_size = size;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size > 0) {
        randombytes_buf(bytes.m_data, size);
    }
    return bytes;
}

SecureBytes SecureBytes::copyOf(std::span<const unsigned char> source)
{
    SecureBytes bytes(source.size());
    if (bytes.m_data != nullptr && !source.empty()) {
        std::memcpy(bytes.m_data, source.data(), source.size());
    }
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    // First the length, then the bytes: no intermediate buffer holds the secret.
    std::size_t length = 0;
    const auto units = text.size();
    for (qsizetype i = 0; i < units; ++i) {
        const char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < units && QChar::isLowSurrogate(text[i + 1].unicode())) {
            length += 4;
            ++i;
        } else if (c < 0x80) {
            length += 1;
        } else if (c < 0x800) {
            length += 2;
        } else {
            length += 3; // lone surrogates are encoded as U+FFFD below, also 3 bytes
        }
    }
    SecureBytes bytes(length);
    unsigned char *out = bytes.m_data;
    for (qsizetype i = 0; i < units; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < units && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        if (c < 0x80) {
            *out++ = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            *out++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *out++ = static_cast<unsigned char>(0xE0 | (c >> 12));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else {
            *out++ = static_cast<unsigned char>(0xF0 | (c >> 18));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        }
    }
    Q_ASSERT(out == bytes.m_data + length);
    return bytes;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBytes::clear()
{
    if (m_data != nullptr) {
        sodium_free(m_data); // wipes before freeing
        m_data = nullptr;
        m_size = 0;
    }
}

} // namespace verdes
