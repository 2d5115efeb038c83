#pragma once
// Small text helpers of the answers importer (AnswerImport.cpp): fields as views into the file,
// the dates that people type (formats.md *What spreadsheets and survey tools really write*), and
// the spellings seen so far for the "did you mean …" refusal. Internal to core/io.

#include "domain/Names.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <cctype>
#include <string_view>

namespace sbr::io::detail {

inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

inline QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
/// A hash key that borrows the bytes: no copy for a lookup.
inline QByteArray borrow(std::string_view s)
{
    return QByteArray::fromRawData(s.data(), qsizetype(s.size()));
}

inline bool equalsIgnoreCase(std::string_view a, const char *b)
{
    size_t i = 0;
    for (; i < a.size() && b[i]; ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    return i == a.size() && !b[i];
}

inline int digits(std::string_view s)
{
    int value = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return s.empty() || s.size() > 4 ? -1 : value;
}

/// ISO YYYY-MM-DD or the German D.M.YYYY (also DD.MM.YYYY), a real calendar day; invalid
/// otherwise. *ambiguous is set for D/M/YYYY, which means another day in the US than in Europe.
inline QDate parseDate(std::string_view s, bool *ambiguous)
{
    *ambiguous = false;
    if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        const int y = digits(s.substr(0, 4)), m = digits(s.substr(5, 2)), d = digits(s.substr(8, 2));
        return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d); // invalid for 2026-02-30
    }
    for (const char separator : {'.', '/'}) {
        const size_t first = s.find(separator);
        const size_t second = first == std::string_view::npos ? first : s.find(separator, first + 1);
        if (second == std::string_view::npos)
            continue;
        const std::string_view day = s.substr(0, first), month = s.substr(first + 1, second - first - 1),
                               year = s.substr(second + 1);
        if (day.size() > 2 || month.size() > 2 || year.size() != 4)
            return {};
        const int d = digits(day), m = digits(month), y = digits(year);
        if (d < 0 || m < 0 || y < 0)
            return {};
        if (separator == '/') {
            *ambiguous = true;
            return {};
        }
        return QDate(y, m, d);
    }
    return {};
}

/// Why an error would go away: the options that cure it (advice names them only when every
/// error of the file is cured by them).
enum Cure { NoCure = 0, CureIgnoreUnknown = 1, CureReplace = 2 };

/// Names as the file has them, normalised, and the spellings seen so far for "did you mean".
struct Spellings {
    QHash<QString, QString> byKey; ///< scope + '\x1f' + case key -> first spelling
    /// The spelling that `name` differs from only in case within `scope`, or empty.
    QString clash(const QString &scope, const QString &name)
    {
        const QString key = scope + QChar(0x1f) + caseKey(name);
        const auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            byKey.insert(key, name);
            return {};
        }
        return it.value() == name ? QString() : it.value();
    }
};

} // namespace sbr::io::detail
