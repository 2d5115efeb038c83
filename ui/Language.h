#pragma once
// Switches the user-interface language at run time: installs the translators for "de" or
// "en"; Qt then sends every widget a LanguageChange event and the window rebuilds its texts.

#include <QString>

namespace sbr::ui {

class Language {
public:
    /// Installs the translations of `language` ("de" or "en") for Qt's own and our strings.
    static void apply(const QString &language);
    static QString current();
};

} // namespace sbr::ui
