#include "ScoreExport.h"

#include "export/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace sbr::session {

ScoreExportResult exportScores(const AnonymousReport &report, const Questionnaire &questionnaire,
                               const ScoreExportRequest &request)
{
    ScoreExportResult result;
    const QString shown = QDir::toNativeSeparators(request.path);
    if (request.format == ScoreExportRequest::Format::Xlsx) {
        const QList<io::Table> tables = io::anonymousTables(report, questionnaire, request.lang);
        result.ok = exporting::writeXlsx(tables, request.path, &result.error);
        for (qsizetype t = 1; t < tables.size(); ++t) // the explanation sheet is not counted
            result.rowCounts.append(int(tables[t].rows.size()));
        return result;
    }
    const io::Table table =
        request.level == u"departments" ? io::anonymousDepartmentTable(report, questionnaire, request.lang)
        : request.level == u"items"     ? io::anonymousItemTable(report, questionnaire, request.lang)
                                        : io::anonymousCompanyTable(report, questionnaire, request.lang);
    QSaveFile file(request.path); // a failed write leaves no partial file and keeps an old one
    if (file.open(QIODevice::WriteOnly)) {
        io::writeCsv(table, file);
        result.ok = file.commit();
    }
    if (!result.ok)
        result.error =
            QCoreApplication::translate("sbr::session", "%1 cannot be written: %2").arg(shown, file.errorString());
    result.rowCounts.append(int(table.rows.size()));
    return result;
}

} // namespace sbr::session
