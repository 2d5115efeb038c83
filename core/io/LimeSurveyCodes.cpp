#include "LimeSurveyCodes.h"

#include <QSet>

namespace sbr::io {

namespace {

constexpr int kSuffixedStem = 15; // 15 + "X" + 4 digits = 20

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// German letters spelled out, other letters reduced to their base letter (é → e).
QString spelled(QChar c)
{
    switch (c.unicode()) {
    case u'ä':
        return QStringLiteral("ae");
    case u'ö':
        return QStringLiteral("oe");
    case u'ü':
        return QStringLiteral("ue");
    case u'Ä':
        return QStringLiteral("Ae");
    case u'Ö':
        return QStringLiteral("Oe");
    case u'Ü':
        return QStringLiteral("Ue");
    case u'ß':
        return QStringLiteral("ss");
    default:
        break;
    }
    QString out;
    for (QChar d : QString(c).normalized(QString::NormalizationForm_KD))
        if (isAsciiAlnum(d))
            out.append(d);
    return out;
}

/// The code of an item id before it is cut to 20 characters.
QString uncutCode(const QString &itemId)
{
    QString code;
    bool upperNext = false;
    for (QChar c : itemId) {
        const QString part = isAsciiAlnum(c) ? QString(c) : spelled(c);
        if (part.isEmpty()) {
            upperNext = !code.isEmpty();
            continue;
        }
        code += upperNext ? part.left(1).toUpper() + part.mid(1) : part;
        upperNext = false;
    }
    if (code.isEmpty() || code.front().isDigit())
        code.prepend(u'Q');
    return code;
}

} // namespace

QString limeSurveyDepartmentCode()
{
    return QStringLiteral("department");
}

QString limeSurveyBaseCode(const QString &itemId)
{
    return uncutCode(itemId).left(kLimeSurveyCodeLength);
}

QStringList limeSurveyQuestionCodes(const Questionnaire &q)
{
    const QList<const Item *> items = q.flatItems();
    QStringList codes;
    QSet<QString> taken{limeSurveyDepartmentCode().toCaseFolded()};
    // First pass: every item whose base code is whole and free keeps it, so that a clash only
    // renames the later item and never the earlier one.
    QList<bool> plain;
    for (const Item *item : items) {
        const QString whole = uncutCode(item->id);
        const QString base = whole.left(kLimeSurveyCodeLength);
        const bool cut = whole.size() > kLimeSurveyCodeLength;
        const bool free = !cut && !taken.contains(base.toCaseFolded());
        if (free)
            taken.insert(base.toCaseFolded());
        codes.append(base);
        plain.append(free);
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (plain[i])
            continue;
        const QString stem = codes[i].left(kSuffixedStem) + u'X';
        for (int n = 1;; ++n) {
            const QString candidate = stem + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
            if (!taken.contains(candidate.toCaseFolded())) {
                taken.insert(candidate.toCaseFolded());
                codes[i] = candidate;
                break;
            }
        }
    }
    return codes;
}

QString limeSurveyAnswerCode(int level)
{
    return level < 0 ? QStringLiteral("AM%1").arg(-qint64(level)) : QStringLiteral("A%1").arg(level);
}

QString limeSurveyNotApplicableCode()
{
    return QStringLiteral("NA");
}

QString limeSurveyDepartmentAnswerCode(int n)
{
    return QStringLiteral("D%1").arg(n);
}

std::optional<int> levelOfLimeSurveyAnswerCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (!c.startsWith(u'A'))
        return std::nullopt;
    const bool negative = c.startsWith(QStringLiteral("AM"));
    const QString digits = c.mid(negative ? 2 : 1);
    if (digits.isEmpty() || digits.size() > 4)
        return std::nullopt;
    for (QChar d : digits)
        if (d < u'0' || d > u'9')
            return std::nullopt;
    const int value = digits.toInt();
    return negative ? -value : value;
}

} // namespace sbr::io
