#include "QuestionnaireTemplate.h"

#include "domain/Names.h"
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sbr::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sbr::io::Template", text);
}

/// The existing spelling that differs from `name` only in case, or empty.
QString caseVariant(const QString &name, const QStringList &existing)
{
    for (const QString &e : existing)
        if (e != name && caseKey(e) == caseKey(name))
            return e;
    return {};
}

QStringList freshNames(const QString &prefix, const QSet<QString> &taken, int count)
{
    QStringList names;
    for (int n = 1; names.size() < count; ++n) {
        const QString name = prefix.arg(n);
        if (!taken.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace

std::optional<TemplatePlan> planTemplate(const ImportContext &context, const QString &company, const QString &round,
                                         const QStringList &departments, int respondents, const QString &language,
                                         QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<TemplatePlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    TemplatePlan plan;
    plan.questionnaire = context.questionnaire;
    plan.language = language == u"en" ? QStringLiteral("en") : QStringLiteral("de");
    plan.company = normalizeName(company);
    plan.round = normalizeName(round);
    const auto c = context.companies.constFind(plan.company);
    if (c == context.companies.constEnd()) {
        const QString other = caseVariant(plan.company, context.companies.keys());
        return fail(other.isEmpty() ? tr("there is no company \"%1\" in the workspace").arg(plan.company)
                                    : tr("there is no company \"%1\"; did you mean \"%2\"?").arg(plan.company, other));
    }
    if (!c->rounds.contains(plan.round)) {
        const QString other = caseVariant(plan.round, c->rounds.keys());
        if (!other.isEmpty())
            return fail(
                tr("company \"%1\" has no round \"%2\"; did you mean \"%3\"?").arg(plan.company, plan.round, other));
        return fail(c->rounds.isEmpty()
                        ? tr("company \"%1\" has no rounds yet; create the round first").arg(plan.company)
                        : tr("company \"%1\" has no round \"%2\"").arg(plan.company, plan.round));
    }
    plan.date = c->rounds.value(plan.round);
    if (respondents < 1 || respondents > kMaxTemplateRespondents)
        return fail(tr("the number of respondents per department must be 1 to %1, not %2")
                        .arg(kMaxTemplateRespondents)
                        .arg(respondents));
    plan.respondents = respondents;

    QStringList known(c->departments.begin(), c->departments.end());
    std::sort(known.begin(), known.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    if (departments.isEmpty()) {
        if (known.isEmpty())
            return fail(tr("company \"%1\" has no departments yet; name the department the questionnaire is for")
                            .arg(plan.company));
        plan.departments = known;
    }
    for (const QString &d : departments) {
        const QString name = normalizeName(d);
        if (name.isEmpty())
            return fail(tr("a department name is empty"));
        if (plan.departments.contains(name))
            return fail(tr("the department \"%1\" is named twice").arg(name));
        if (const QString other = caseVariant(name, known); !other.isEmpty() && !known.contains(name))
            return fail(tr("the department \"%1\" differs from \"%2\" only in upper and lower case; did you mean "
                           "\"%2\"?")
                            .arg(name, other));
        plan.departments.append(name);
    }
    const QString prefix =
        i18n::translate(plan.language, "sbr::io::Template", QT_TRANSLATE_NOOP("sbr::io::Template", "Respondent %1"));
    for (const QString &d : plan.departments) {
        const QSet<QString> taken = c->respondents.value(ImportContext::assessmentKey(d, plan.round));
        plan.respondentNames.insert(d, freshNames(prefix, taken, plan.respondents));
    }
    return plan;
}

QString notApplicableLabel(const QString &language)
{
    return i18n::translate(language, "sbr::io::Template",
                           QT_TRANSLATE_NOOP("sbr::io::Template", "don't know / not applicable"));
}

QStringList templateLevelLabels(const Scale &scale, const QString &language)
{
    QStringList labels;
    for (int level = scale.min; level <= scale.max; ++level)
        labels.append(scale.label(level, language));
    labels.append(notApplicableLabel(language));
    return labels;
}

QString suggestedTemplateFileName(const TemplatePlan &plan, const QString &extension)
{
    QString name = i18n::translate(plan.language, "sbr::io::Template",
                                   QT_TRANSLATE_NOOP("sbr::io::Template", "Questionnaire %1 %2"))
                       .arg(plan.company, plan.round);
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral("_"));
    return name + u'.' + extension;
}

} // namespace sbr::io
