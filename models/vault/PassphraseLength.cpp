// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/PassphraseLength.h"

namespace verdes {

namespace {

bool counts(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return !QChar::isSpace(c) && category != QChar::Other_Control && category != QChar::Other_Format;
}

} // namespace

qsizetype PassphraseLength::of(const SecureBytes &utf8)
{
    // A small UTF-8 decoder over the secret itself: no QString (and no copy nobody could wipe).
    // A malformed sequence counts as one character, as the replacement character would.
    const auto bytes = utf8.bytes();
    qsizetype count = 0;
    std::size_t i = 0;
    while (i < bytes.size()) {
        const unsigned char lead = bytes[i];
        int extra = 0;
        char32_t c = lead;
        if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
            c = lead & 0x1FU;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            c = lead & 0x0FU;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            c = lead & 0x07U;
        } else if (lead >= 0x80) {
            extra = -1; // a stray continuation byte or an invalid lead
        }
        ++i;
        bool valid = extra >= 0;
        for (int k = 0; k < extra && valid; ++k) {
            if (i < bytes.size() && (bytes[i] & 0xC0U) == 0x80U) {
                c = (c << 6U) | (bytes[i] & 0x3FU);
                ++i;
            } else {
                valid = false;
            }
        }
        if (!valid || counts(c)) {
            ++count;
        }
    }
    return count;
}

qsizetype PassphraseLength::of(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (counts(c)) {
            ++count;
        }
    }
    return count;
}

} // namespace verdes
