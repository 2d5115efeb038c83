#include "domain/Names.h"

namespace sbr {

namespace {

bool isAsciiClean(const QString &name)
{
    // The common case: printable ASCII with single inner spaces needs no work.
    const qsizetype n = name.size();
    if (n == 0)
        return true;
    if (name.front() == u' ' || name.back() == u' ')
        return false;
    char16_t previous = 0;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7E || (u == u' ' && previous == u' '))
            return false;
        previous = u;
    }
    return true;
}

} // namespace

QString normalizeName(const QString &name)
{
    if (isAsciiClean(name))
        return name;
    const QString composed = name.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(composed.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < composed.size(); ++i) {
        const QChar c = composed.at(i);
        const QChar::Category category = c.category();
        if (category == QChar::Other_Format)
            continue;
        if (c.isSpace() || category == QChar::Separator_Space || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

} // namespace sbr
