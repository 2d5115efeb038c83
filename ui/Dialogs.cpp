#include "Dialogs.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sbr::ui {

QStringList Dialogs::s_queue;
QStringList Dialogs::s_warnings;
QStringList Dialogs::s_questions;
bool Dialogs::s_collect = false;

void Dialogs::collectWarnings(bool collect)
{
    s_collect = collect;
}

QStringList Dialogs::takeWarnings()
{
    QStringList out;
    out.swap(s_warnings);
    return out;
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &message)
{
    if (s_collect) {
        s_warnings.append(message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // names from users are text, never markup
    box.exec();
}

void Dialogs::queueAnswers(const QStringList &answers)
{
    s_queue += answers;
}

bool Dialogs::hasQueuedAnswers()
{
    return !s_queue.isEmpty();
}

QString Dialogs::askText(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    if (!s_queue.isEmpty())
        return s_queue.takeFirst();
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok).trimmed();
    return ok ? answer : QString();
}

QString Dialogs::askPassword(QWidget *parent, const QString &title, const QString &label)
{
    if (!s_queue.isEmpty() || s_collect) { // test seam: never waits for a person
        s_questions.append(label);
        return s_queue.isEmpty() ? QString() : s_queue.takeFirst();
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? answer : QString();
}

QStringList Dialogs::takeQuestions()
{
    QStringList out;
    out.swap(s_questions);
    return out;
}

QDate Dialogs::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    if (iso.isValid() && t.size() == 10)
        return iso;
    static const QRegularExpression german(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)"));
    const QRegularExpressionMatch m = german.match(t);
    return m.hasMatch() ? QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()) : QDate();
}

bool Dialogs::askRound(QWidget *parent, const QString &title, QString *label, QDate *date)
{
    if (!s_queue.isEmpty() || s_collect) { // test seam: never waits for a person
        if (s_queue.size() < 2)
            return false;
        const QString text = s_queue.takeFirst(), dateText = s_queue.takeFirst();
        const QDate typed = parseDate(dateText);
        if (text.isEmpty() || !typed.isValid())
            return false;
        *label = text;
        *date = typed;
        return true;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *labelEdit = new QLineEdit(*label);
    auto *dateEdit = new QDateEdit(*date);
    dateEdit->setCalendarPopup(true);
    // Typed as people write dates: 30.11.2026 in German, 2026-11-30 otherwise.
    dateEdit->setDisplayFormat(QLocale().language() == QLocale::German ? QStringLiteral("dd.MM.yyyy")
                                                                       : QStringLiteral("yyyy-MM-dd"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(labelEdit, &QLineEdit::textChanged, buttons, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("sbr::ui::Dialogs", "&Label (e.g. 2026-Q1):"), labelEdit);
    form->addRow(QCoreApplication::translate("sbr::ui::Dialogs", "&Date:"), dateEdit);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *label = labelEdit->text().trimmed();
    *date = dateEdit->date();
    return !label->isEmpty();
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &question)
{
    if (!s_queue.isEmpty())
        return s_queue.takeFirst() == u"yes";
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // names from users are text, never markup
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

int Dialogs::choose(QWidget *parent, const QString &title, const QString &question, const QStringList &answers)
{
    if (!s_queue.isEmpty()) {
        bool ok = false;
        const int i = s_queue.takeFirst().toInt(&ok);
        return ok && i >= 0 && i < answers.size() ? i : -1;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QAbstractButton *> buttons;
    for (const QString &a : answers)
        buttons.append(box.addButton(a, QMessageBox::AcceptRole));
    box.setDefaultButton(qobject_cast<QPushButton *>(buttons.value(0)));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (!s_queue.isEmpty())
        return s_queue.takeFirst();
    return QFileDialog::getOpenFileName(parent, title, documentsFolder(), filter);
}

QString Dialogs::documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

QString Dialogs::safeFileName(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    return QString(name).replace(unsafe, QStringLiteral("-")).trimmed();
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
                              const QString &suggestedName)
{
    if (!s_queue.isEmpty())
        return s_queue.takeFirst();
    QFileDialog dialog(parent, title, documentsFolder(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (!suggestedName.isEmpty())
        dialog.selectFile(QDir(documentsFolder()).filePath(safeFileName(suggestedName)));
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

} // namespace sbr::ui
