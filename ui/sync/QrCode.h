// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

namespace verdes::ui {

// A QR code of some bytes, drawn crisp: whole pixels per module, black on white, with the quiet zone
// of four modules the standard asks for (libqrencode). The enrolment request is binary, so it goes in
// 8-bit mode, at level M, or at level L when M cannot hold it.
class QrCode final
{
public:
    static constexpr int kQuietZone = 4; // modules

    // The symbol of `data` with `moduleSize` pixels per module; a null image when even level L
    // cannot hold the bytes (the caller then offers only the file).
    static QImage image(const QByteArray &data, int moduleSize = 4);
};

} // namespace verdes::ui
