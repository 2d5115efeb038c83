#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace sbr::ui {

QStringList Dialogs::s_queue;
QStringList Dialogs::s_warnings;
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
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &filter, const QString &suffix)
{
    if (!s_queue.isEmpty())
        return s_queue.takeFirst();
    QFileDialog dialog(parent, title, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

} // namespace sbr::ui
