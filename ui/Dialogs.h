#pragma once
// The small modal questions of the workbench, with test seams: tests queue the answers the
// next dialogs give, so flows can run end to end without a person.

#include <QStringList>

class QWidget;

namespace sbr::ui {

class Dialogs {
public:
    static QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text = {});
    static bool confirm(QWidget *parent, const QString &title, const QString &question);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &filter, const QString &suffix);

    /// Test seams: the next answers, consumed in order. An empty string cancels a text/file
    /// question; "yes"/"no" answer a confirmation.
    static void queueAnswers(const QStringList &answers);
    static bool hasQueuedAnswers();

private:
    static QStringList s_queue;
};

} // namespace sbr::ui
