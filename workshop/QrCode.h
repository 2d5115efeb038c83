#pragma once
// QR codes for the voting URL on the facilitator's slide (libqrencode).

#include <QByteArray>
#include <QImage>

namespace sbr::workshop {

/// The QR code of `text` (error correction level M), `scale` pixels per module, black on white
/// with the standard quiet zone of four modules. A null image when the text does not fit.
QImage qrCode(const QByteArray &text, int scale = 8);

} // namespace sbr::workshop
