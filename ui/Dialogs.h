#pragma once
// The small modal questions of the workbench, with test seams: tests queue the answers the
// next dialogs give, so flows can run end to end without a person.

#include <QDate>
#include <QStringList>

class QWidget;

namespace sbr::ui {

class Dialogs {
public:
    static QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text = {});
    static bool confirm(QWidget *parent, const QString &title, const QString &question);
    /// A password, typed into a field that does not show it; empty when cancelled. Nothing keeps
    /// it: the caller hands it to where it is needed. Test seam: a queued answer; the question
    /// asked is noted (takeQuestions), the password never.
    static QString askPassword(QWidget *parent, const QString &title, const QString &label);
    /// Test seam: the questions askPassword() was asked since the last call.
    static QStringList takeQuestions();
    /// A round's label and date in one dialog; the date is a date field (calendar, German
    /// D.M.YYYY input when the workbench speaks German). *label and *date come in as the values
    /// shown and go out as the values entered; false when cancelled. Test seam: two queued
    /// answers, the label and the date as text (YYYY-MM-DD or D.M.YYYY).
    static bool askRound(QWidget *parent, const QString &title, QString *label, QDate *date);
    /// A date typed by a user: YYYY-MM-DD or D.M.YYYY (invalid otherwise, also for the ambiguous
    /// D/M/YYYY).
    static QDate parseDate(const QString &text);
    /// A question with several answers (button texts); the index of the chosen one, -1 for Cancel.
    /// Test seam: a queued answer is the index as text ("0", "1", …) or "cancel".
    static int choose(QWidget *parent, const QString &title, const QString &question, const QStringList &answers);
    /// File dialogs start in the user's documents folder. saveFileName proposes `suggestedName`
    /// (a file name without folder; characters no file name may hold become "-").
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
                                const QString &suggestedName = {});
    /// The documents folder (QStandardPaths::DocumentsLocation), or the home folder.
    static QString documentsFolder();
    /// `name` made safe as a file name: "/", "\", ":" and control characters become "-".
    static QString safeFileName(const QString &name);
    /// Tells the user that something did not work and what to do.
    static void warning(QWidget *parent, const QString &title, const QString &message);

    /// Test seams: the next answers, consumed in order. An empty string cancels a text/file
    /// question; "yes"/"no" answer a confirmation.
    static void queueAnswers(const QStringList &answers);
    static bool hasQueuedAnswers();
    /// Test seam: warnings are collected here instead of shown, so nothing waits for a click.
    static void collectWarnings(bool collect);
    static QStringList takeWarnings();

private:
    static QStringList s_queue;
    static QStringList s_warnings;
    static QStringList s_questions;
    static bool s_collect;
};

} // namespace sbr::ui
