#include "LimeSurveyStructure.h"

#include "i18n/Translator.h"
#include "io/LimeSurveyCodes.h"

namespace sbr::io {

namespace {

// The columns this file uses, named as LimeSurvey names them; it reads columns by their names.
enum Column {
    Id,
    RelatedId,
    Class,
    TypeScale,
    Name,
    Relevance,
    Text,
    Help,
    Language,
    Validation,
    Mandatory,
    Encrypted,
    Other,
    Default,
    SameDefault,
    ColumnCount
};
const char *const kColumns[ColumnCount] = {"id",        "related_id", "class", "type/scale", "name",
                                           "relevance", "text",       "help",  "language",   "validation",
                                           "mandatory", "encrypted",  "other", "default",    "same_default"};

QString field(const QString &value)
{
    if (!value.contains(u'\t') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

class Writer {
public:
    void row(std::initializer_list<std::pair<Column, QString>> cells)
    {
        QStringList fields(ColumnCount);
        for (const auto &[column, value] : cells)
            fields[column] = field(value);
        m_out += fields.join(u'\t') + u'\n';
    }
    void header()
    {
        QStringList names;
        for (const char *name : kColumns)
            names.append(QString::fromLatin1(name));
        m_out += names.join(u'\t') + u'\n';
    }
    QByteArray bytes() const { return "\xEF\xBB\xBF" + m_out.toUtf8(); }

private:
    QString m_out;
};

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString t(const QString &language, const char *text)
{
    return i18n::translate(language, "sbr::io::LimeSurvey", text);
}

/// The help text of an item: its level descriptions, one per line ("3 – Trifft eher zu: …").
QString levelHelp(const TemplatePlan &plan, const Item &item, const QString &language)
{
    const QStringList descriptions = item.levels.list(language);
    QStringList lines;
    for (int level = plan.questionnaire.scale.min; level <= plan.questionnaire.scale.max; ++level) {
        const QString description = descriptions.value(level - plan.questionnaire.scale.min);
        const QString label = plan.questionnaire.scale.label(level, language);
        lines.append(description.isEmpty() ? QStringLiteral("%1 – %2").arg(level).arg(label)
                                           : QStringLiteral("%1 – %2: %3").arg(level).arg(label, description));
    }
    return html(lines.join(u'\n'));
}

/// Groups, questions and answers in one language; ids are the same in every language.
void writeLanguage(Writer &w, const TemplatePlan &plan, const QString &language)
{
    const Questionnaire &q = plan.questionnaire;
    const QStringList codes = limeSurveyQuestionCodes(q);
    int group = 0, question = 0;
    if (plan.departments.size() > 1) {
        w.row({{Id, QString::number(++group)},
               {Class, QStringLiteral("G")},
               {Name, html(t(language, QT_TRANSLATE_NOOP("sbr::io::LimeSurvey", "About you")))},
               {Relevance, QStringLiteral("1")},
               {Language, language}});
        const QString id = QString::number(++question);
        w.row({{Id, id},
               {Class, QStringLiteral("Q")},
               {TypeScale, QStringLiteral("L")},
               {Name, limeSurveyDepartmentCode()},
               {Relevance, QStringLiteral("1")},
               {Text, html(t(language, QT_TRANSLATE_NOOP("sbr::io::LimeSurvey", "Which department do you work in?")))},
               {Language, language},
               {Mandatory, QStringLiteral("Y")},
               {Other, QStringLiteral("N")},
               {SameDefault, QStringLiteral("0")}});
        for (int d = 0; d < plan.departments.size(); ++d)
            w.row({{Id, id},
                   {Class, QStringLiteral("A")},
                   {TypeScale, QStringLiteral("0")},
                   {Name, limeSurveyDepartmentAnswerCode(d + 1)},
                   {Relevance, QStringLiteral("0")},
                   {Text, html(plan.departments[d])},
                   {Language, language}});
    }
    int flat = 0;
    for (const Dimension &dimension : q.dimensions) {
        w.row({{Id, QString::number(++group)},
               {Class, QStringLiteral("G")},
               {Name, html(dimension.title.text(language))},
               {Relevance, QStringLiteral("1")},
               {Text, html(dimension.question.text(language))},
               {Language, language}});
        for (const Item &item : dimension.items) {
            const QString id = QString::number(++question);
            w.row({{Id, id},
                   {Class, QStringLiteral("Q")},
                   {TypeScale, QStringLiteral("L")},
                   {Name, codes.value(flat++)},
                   {Relevance, QStringLiteral("1")},
                   {Text, html(item.text.text(language))},
                   {Help, levelHelp(plan, item, language)},
                   {Language, language},
                   {Mandatory, QStringLiteral("N")},
                   {Other, QStringLiteral("N")},
                   {SameDefault, QStringLiteral("0")}});
            for (int level = q.scale.min; level <= q.scale.max; ++level)
                w.row({{Id, id},
                       {Class, QStringLiteral("A")},
                       {TypeScale, QStringLiteral("0")},
                       {Name, limeSurveyAnswerCode(level)},
                       {Relevance, QString::number(level)},
                       {Text, html(q.scale.label(level, language))},
                       {Language, language}});
            w.row({{Id, id},
                   {Class, QStringLiteral("A")},
                   {TypeScale, QStringLiteral("0")},
                   {Name, limeSurveyNotApplicableCode()},
                   {Relevance, QStringLiteral("0")},
                   {Text, html(notApplicableLabel(language))},
                   {Language, language}});
        }
    }
}

} // namespace

QByteArray limeSurveyStructure(const TemplatePlan &plan)
{
    QStringList languages{plan.language};
    for (const QString &other : {QStringLiteral("de"), QStringLiteral("en")})
        if (other != plan.language && plan.questionnaire.title.texts.contains(other))
            languages.append(other);
    Writer w;
    w.header();
    const auto setting = [&](const char *name, const QString &value) {
        w.row({{Class, QStringLiteral("S")}, {Name, QString::fromLatin1(name)}, {Text, value}});
    };
    setting("language", plan.language);
    setting("additional_languages", languages.mid(1).join(u' '));
    setting("format", QStringLiteral("G"));
    setting("anonymized", QStringLiteral("Y"));
    for (const QString &language : languages) {
        const auto text = [&](const char *name, const QString &value) {
            w.row({{Class, QStringLiteral("SL")},
                   {Name, QString::fromLatin1(name)},
                   {Text, value},
                   {Language, language}});
        };
        text("surveyls_title", html(t(language, QT_TRANSLATE_NOOP("sbr::io::LimeSurvey", "%1 – %2, round %3"))
                                        .arg(plan.questionnaire.title.text(language), plan.company, plan.round)));
        text("surveyls_description",
             html(t(language, QT_TRANSLATE_NOOP("sbr::io::LimeSurvey",
                                                "How far is %1 on its way to a social business? Please rate each "
                                                "statement as it is today in your department."))
                      .arg(plan.company)));
        text("surveyls_welcometext",
             html(t(language,
                    QT_TRANSLATE_NOOP("sbr::io::LimeSurvey", "The survey is anonymous. Where a "
                                                             "statement does not apply to your work, choose \"%1\"."))
                      .arg(notApplicableLabel(language))));
    }
    for (const QString &language : languages)
        writeLanguage(w, plan, language);
    return w.bytes();
}

} // namespace sbr::io
