#pragma once
// Texts in a language given per call, whatever translators the application has installed: a
// report is written in the language chosen for it, which may differ from the user interface,
// and core has no application language at all. The texts are marked for lupdate
// (QT_TRANSLATE_NOOP, QT_TRANSLATE_N_NOOP) and translated in translations/sbradar_<language>.ts
// like every other text; the compiled files are embedded under :/i18n by sbradar_translations.

#include <QString>
#include <QStringList>

namespace sbr::i18n {

/// `source`, marked under `context`, in `language` ("de", "en") from :/i18n/sbradar_<language>.qm;
/// the source itself when the file has no translation for it. With n >= 0 the plural form for n
/// is chosen and, as QCoreApplication::translate does, "%n" becomes n and "%Ln" n in the
/// number format of `language`. Thread-safe.
QString translate(const QString &language, const char *context, const char *source, int n = -1);

/// "context: source" of the texts asked for since the program started that their language
/// lacks: any text in a language other than English (the source language), and counted texts
/// in English, whose plural forms come from sbradar_en.ts. Tests check that it stays empty.
QStringList untranslated();

} // namespace sbr::i18n
