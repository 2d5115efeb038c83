#include "TemplateExport.h"

#include "export/AnswerTemplate.h"
#include "io/LimeSurveyStructure.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace sbr::session {

std::optional<TemplateFormat> templateFormatFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == u"xlsx")
        return TemplateFormat::Xlsx;
    if (k == u"pdf")
        return TemplateFormat::Pdf;
    if (k == u"limesurvey")
        return TemplateFormat::LimeSurvey;
    return std::nullopt;
}

QString templateExtension(TemplateFormat format)
{
    switch (format) {
    case TemplateFormat::Xlsx:
        return QStringLiteral("xlsx");
    case TemplateFormat::Pdf:
        return QStringLiteral("pdf");
    case TemplateFormat::LimeSurvey:
        break;
    }
    return QStringLiteral("txt");
}

std::optional<io::TemplatePlan> planTemplate(const WorkspaceSession &session, const QString &company,
                                             const QString &round, const QStringList &departments, int respondents,
                                             const QString &language, QString *error)
{
    io::ImportContext context;
    WorkspaceError problem;
    if (!session.importContext(&context, &problem)) {
        if (error)
            *error = problem.message;
        return std::nullopt;
    }
    return io::planTemplate(context, company, round, departments, respondents, language, error);
}

bool writeTemplateFile(const io::TemplatePlan &plan, TemplateFormat format, const QString &path, QString *error)
{
    if (format == TemplateFormat::Xlsx)
        return exporting::writeAnswerTemplate(plan, path, error);
    QSaveFile file(path);
    const QByteArray bytes = format == TemplateFormat::LimeSurvey ? io::limeSurveyStructure(plan) : QByteArray();
    if (format != TemplateFormat::LimeSurvey || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("sbr::session", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace sbr::session
