#pragma once
// One spelling per name (formats.md *What spreadsheets and survey tools really write*): company,
// department, round and respondent names are normalised wherever they enter the workspace, so
// that look-alikes (NFD from macOS, no-break spaces, zero-width spaces) are the same name.

#include <QString>

namespace sbr {

/// The normal form of a name: Unicode NFC; every Unicode space (category Z*, and tab, line
/// breaks) becomes U+0020; format characters (category Cf: zero-width space, BOM, bidi marks)
/// are removed; runs of spaces collapse to one; leading and trailing spaces are trimmed.
/// Idempotent; a name that is already normal is returned unchanged (without copying).
QString normalizeName(const QString &name);

/// The key under which two normal names differ only in upper and lower case (full case folding),
/// for the "did you mean …" refusal.
inline QString caseKey(const QString &normalName)
{
    return normalName.toCaseFolded();
}

} // namespace sbr
