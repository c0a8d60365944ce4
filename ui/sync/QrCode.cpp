// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/QrCode.h"

#include "models/core/Log.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>
#include <vector>

namespace verdes::ui {

namespace {

struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

using QrPointer = std::unique_ptr<QRcode, QrFree>;

} // namespace

QImage QrCode::image(const QByteArray &data, int moduleSize)
{
    Q_ASSERT(moduleSize > 0);
    const std::vector<unsigned char> bytes(data.cbegin(), data.cend());
    QrPointer code;
    for (const QRecLevel level : {QR_ECLEVEL_M, QR_ECLEVEL_L}) {
        // Version 0: the smallest symbol that holds the bytes.
        code.reset(QRcode_encodeData(static_cast<int>(bytes.size()), bytes.data(), 0, level));
        if (code) {
            break;
        }
    }
    if (!code) {
        qCInfo(lcSync) << "no QR code for" << data.size() << "bytes";
        return {};
    }
    const int width = code->width;
    const int side = (width + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each module's byte is its colour (1: dark).
            if ((code->data[y * width + x] & 1U) != 0) {
                painter.drawRect(
                    (x + kQuietZone) * moduleSize, (y + kQuietZone) * moduleSize, moduleSize, moduleSize);
            }
        }
    }
    return image;
}

} // namespace verdes::ui
