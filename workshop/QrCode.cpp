#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace sbr::workshop {

QImage qrCode(const QByteArray &text, int scale)
{
    if (text.isEmpty() || scale < 1)
        return {};
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    constexpr int quietZone = 4;
    const int modules = code->width + 2 * quietZone;
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1)) // bit 0: dark module
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + quietZone) * scale + dy);
                std::fill_n(line + (x + quietZone) * scale, scale, uchar(0));
            }
        }
    return image;
}

} // namespace sbr::workshop
