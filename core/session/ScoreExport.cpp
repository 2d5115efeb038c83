#include "ScoreExport.h"

#include "WorkspaceSession.h"
#include "export/XlsxWriter.h"
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace sbr::session {

namespace {

QString horizonText(Horizon h, const QString &lang)
{
    switch (h) {
    case Horizon::Now:
        return i18n::translate(lang, "sbr::plan", QT_TRANSLATE_NOOP("sbr::plan", "now"));
    case Horizon::Next:
        return i18n::translate(lang, "sbr::plan", QT_TRANSLATE_NOOP("sbr::plan", "next"));
    case Horizon::Later:
        break;
    }
    return i18n::translate(lang, "sbr::plan", QT_TRANSLATE_NOOP("sbr::plan", "later"));
}

QString statusText(PlanStatus s, const QString &lang)
{
    switch (s) {
    case PlanStatus::Planned:
        return i18n::translate(lang, "sbr::plan", QT_TRANSLATE_NOOP("sbr::plan", "planned"));
    case PlanStatus::Doing:
        return i18n::translate(lang, "sbr::plan", QT_TRANSLATE_NOOP("sbr::plan", "doing"));
    case PlanStatus::Done:
        return i18n::translate(lang, "sbr::plan", QT_TRANSLATE_NOOP("sbr::plan", "done"));
    case PlanStatus::Dropped:
        break;
    }
    return i18n::translate(lang, "sbr::plan", QT_TRANSLATE_NOOP("sbr::plan", "dropped"));
}

QVariant dateCell(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

} // namespace

io::Table planTable(const AnonymousReport &report, const WorkspaceSession &plans, const QString &lang)
{
    io::Table t;
    t.name = i18n::translate(lang, "sbr::export", QT_TRANSLATE_NOOP("sbr::export", "Action plan"));
    const auto column = [&](const char *id, const char *label, const QString &format = {}) {
        t.header.append(QString::fromLatin1(id));
        t.labels.append(i18n::translate(lang, "sbr::export", label));
        t.numberFormats.append(format);
    };
    column("company", QT_TRANSLATE_NOOP("sbr::export", "Company"));
    column("id", QT_TRANSLATE_NOOP("sbr::export", "No."), QStringLiteral("0"));
    column("measure", QT_TRANSLATE_NOOP("sbr::export", "Measure id"));
    column("title", QT_TRANSLATE_NOOP("sbr::export", "Measure"));
    column("items", QT_TRANSLATE_NOOP("sbr::export", "Statements"));
    column("owner", QT_TRANSLATE_NOOP("sbr::export", "Owner"));
    column("due", QT_TRANSLATE_NOOP("sbr::export", "Due"));
    column("horizon", QT_TRANSLATE_NOOP("sbr::export", "Horizon"));
    column("status", QT_TRANSLATE_NOOP("sbr::export", "Status"));
    column("done_on", QT_TRANSLATE_NOOP("sbr::export", "Done on"));
    column("note", QT_TRANSLATE_NOOP("sbr::export", "Note"));
    column("from_round", QT_TRANSLATE_NOOP("sbr::export", "Change from round"));
    column("to_round", QT_TRANSLATE_NOOP("sbr::export", "to round"));
    column("mean_change", QT_TRANSLATE_NOOP("sbr::export", "Mean change of its statements (points)"),
           QStringLiteral("+0.0;-0.0;0.0"));
    const Questionnaire &q = plans.questionnaire();
    for (const AnonymousCompany &c : report.companies) {
        QList<PlanMeasure> measures;
        WorkspaceError error;
        if (!plans.planMeasures(c.key, &measures, &error))
            continue;
        for (const PlanMeasure &m : std::as_const(measures)) {
            const std::optional<MeasureEffect> effect = plans.planEffect(m);
            t.rows.append({c.name, double(m.id), m.isOwn() ? QVariant() : QVariant(m.measure), planTitle(q, m, lang),
                           planItems(q, m).join(QStringLiteral(", ")), m.owner, dateCell(m.due),
                           horizonText(m.horizon, lang), statusText(m.status, lang), dateCell(m.doneOn), m.note,
                           effect ? QVariant(effect->fromRound) : QVariant(),
                           effect ? QVariant(effect->toRound) : QVariant(),
                           effect && effect->meanDelta ? QVariant(*effect->meanDelta) : QVariant()});
        }
    }
    return t;
}

ScoreExportResult exportScores(const AnonymousReport &report, const Questionnaire &questionnaire,
                               const ScoreExportRequest &request)
{
    ScoreExportResult result;
    const QString shown = QDir::toNativeSeparators(request.path);
    if (request.format == ScoreExportRequest::Format::Xlsx) {
        QList<io::Table> tables = io::anonymousTables(report, questionnaire, request.lang);
        if (request.plans)
            tables.append(planTable(report, *request.plans, request.lang));
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
