// mapping: suggests a mapping profile for a survey export (formats.md *Survey exports with a
// mapping profile*), and the profile handling of import --mapping.

#include "CliMapping.h"

#include "CliOptions.h"
#include "domain/Names.h"
#include "io/ImportText.h"
#include "io/MappingSuggestion.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sbr::cli {

std::optional<io::MappingProfile> readProfileOption(const QString &path, const Questionnaire &q, const Io &io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.error(QCoreApplication::translate("sbr::cli", "cannot read the mapping profile %1: %2")
                     .arg(path, file.errorString()));
        return std::nullopt;
    }
    const io::MappingParse parsed = io::readMappingProfile(file.readAll(), q);
    for (const io::MappingIssue &issue : parsed.issues)
        io.error(issue.toString(QFileInfo(path).fileName()));
    return parsed.profile;
}

bool applyConstantOptions(const Options &o, io::MappingProfile *profile, const Io &io)
{
    const std::array<std::pair<const char *, QString *>, 3> names = {
        {{"company", &profile->company}, {"department", &profile->department}, {"round", &profile->round}}};
    for (const auto &[name, target] : names)
        if (o.isSet(QString::fromLatin1(name)))
            *target = normalizeName(o.value(QString::fromLatin1(name)));
    if (!o.isSet(QStringLiteral("date")))
        return true;
    const QByteArray text = o.value(QStringLiteral("date")).trimmed().toUtf8();
    bool ambiguous = false;
    const QDate date = io::detail::parseDate(std::string_view(text.constData(), size_t(text.size())), &ambiguous);
    if (!date.isValid()) {
        io.error(QCoreApplication::translate("sbr::cli", "--date expects YYYY-MM-DD or D.M.YYYY, not \"%1\"")
                     .arg(QString::fromUtf8(text)));
        return false;
    }
    profile->date = date.toString(Qt::ISODate);
    return true;
}

int mapping(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("mapping WS FILE [--sheet NAME] [-o PROFILE.json]"),
              QCoreApplication::translate("sbr::cli",
                                          "Suggests a mapping profile for a survey export (Microsoft Forms, Google "
                                          "Forms, SurveyMonkey, LimeSurvey): its headers matched to the "
                                          "questionnaire's statements, its answer labels to levels."),
              2);
    o.value(
        QStringLiteral("sheet"),
        QCoreApplication::translate("sbr::cli", "Read this worksheet of an .xlsx workbook instead of the first one."),
        QStringLiteral("NAME"));
    o.value(QStringLiteral("o"),
            QCoreApplication::translate("sbr::cli", "Write the profile to this file instead of the standard output."),
            QStringLiteral("PROFILE.json"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    auto ws = openWorkspace(o.positional(0), session::WorkspaceSession::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    const QString path = o.positional(1), output = o.value(QStringLiteral("o"));
    if (!output.isEmpty() && outputIsWorkspace(output, o.positional(0), io))
        return Usage;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.error(QCoreApplication::translate("sbr::cli", "cannot read %1: %2").arg(path, file.errorString()));
        return BadInput;
    }
    QStringList header;
    QList<QStringList> rows;
    QString problem;
    if (!io::readSurveyTable(file.readAll(), o.value(QStringLiteral("sheet")), &header, &rows, &problem)) {
        io.error(QFileInfo(path).fileName() + QStringLiteral(": ") + problem);
        return BadInput;
    }
    const io::MappingSuggestion s = io::suggestMapping(header, rows, ws->questionnaire());
    const QByteArray json = io::writeMappingProfile(s.profile);
    if (output.isEmpty()) {
        io.out << QString::fromUtf8(json);
        io.out.flush();
    } else {
        QSaveFile out(output);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
            io.error(QCoreApplication::translate("sbr::cli", "cannot write %1: %2").arg(output, out.errorString()));
            return BadInput;
        }
    }
    // What could not be mapped goes to stderr as notes, so that the profile on stdout stays clean.
    int items = 0;
    for (const auto &c : s.profile.columns)
        items += ws->questionnaire().itemIndex(c.target) >= 0 ? 1 : 0;
    io.err << QCoreApplication::translate("sbr::cli", "%1 of %2 statements matched to a column.")
                  .arg(items)
                  .arg(ws->questionnaire().itemCount())
           << '\n';
    for (const QString &h : s.unmatchedHeaders)
        io.err << QCoreApplication::translate("sbr::cli",
                                              "not mapped: column \"%1\" (map it to an item id or to \"ignore\")")
                      .arg(h)
               << '\n';
    for (const QString &l : s.unmatchedLabels)
        io.err << QCoreApplication::translate("sbr::cli", "not mapped: answer \"%1\" (give it a level or null)").arg(l)
               << '\n';
    if (s.profile.company.isEmpty() && s.profile.target(QStringLiteral("company")).isEmpty())
        io.err << QCoreApplication::translate(
                      "sbr::cli", "the export has no company, round or date: give them as constants in the profile "
                                  "or as --company, --round and --date when importing")
               << '\n';
    io.err.flush();
    return Ok;
}

} // namespace sbr::cli
