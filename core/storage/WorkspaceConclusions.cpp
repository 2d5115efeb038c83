// The manager's conclusions on a round (schema step 4): one plain text per round.

#include "SqliteWorkspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sbr::storage {

bool SqliteWorkspace::conclusions(qint64 round, QString *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT text FROM conclusions WHERE round_id = ?"), {round}, error,
             QCoreApplication::translate("sbr::storage::Workspace", "Reading the conclusions")))
        return false;
    out->clear();
    if (q.next() && ++m_rowsRead)
        *out = q.value(0).toString();
    return true;
}

bool SqliteWorkspace::setConclusions(qint64 round, const QString &text, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Saving the conclusions");
    return (text.isEmpty()
                ? writeOne(QStringLiteral("DELETE FROM conclusions WHERE round_id = ?"), {round}, what, error)
                : writeOne(QStringLiteral("INSERT INTO conclusions(round_id, text) VALUES (?, ?) "
                                          "ON CONFLICT (round_id) DO UPDATE SET text = excluded.text"),
                           {round, text}, what, error)) >= 0;
}

} // namespace sbr::storage
