#include "LimeSurveyCodes.h"

namespace sbr::io {

QString limeSurveyCode(const QString &itemId)
{
    QString code = QStringLiteral("Q");
    for (const QChar c : itemId)
        if (c.unicode() < 128 && c.isLetterOrNumber())
            code.append(c);
    return code.left(20);
}

} // namespace sbr::io
