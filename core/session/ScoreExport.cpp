#include "ScoreExport.h"

#include "export/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace sbr::session {

ScoreExportResult exportScores(const ScoreReport &report, const Questionnaire &questionnaire,
                               const ScoreExportRequest &request)
{
    ScoreExportResult result;
    const QString shown = QDir::toNativeSeparators(request.path);
    if (request.format == ScoreExportRequest::Format::Xlsx) {
        const QList<io::Table> tables = io::scoreTables(report, questionnaire, request.lang);
        result.ok = exporting::writeXlsx(tables, request.path, &result.error);
        for (const io::Table &t : tables)
            result.rowCounts.append(int(t.rows.size()));
        return result;
    }
    const io::Table table = request.level == u"departments" ? io::departmentTable(report, questionnaire)
                            : request.level == u"items"     ? io::itemTable(report, questionnaire, request.lang)
                                                            : io::companyTable(report, questionnaire);
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
