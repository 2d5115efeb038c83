#include "AnswerTemplate.h"

#include "XlsxWriter.h"
#include "i18n/Translator.h"
#include "io/TemplateSheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace sbr::exporting {

namespace {

constexpr double kStatementWidth = 70; // characters
constexpr double kLineHeight = 15;     // points per line of wrapped text
constexpr lxw_row_t kFirstItemRow = io::kTemplateFirstItemRow - 1;
constexpr lxw_col_t kFirstAnswerColumn = io::kTemplateFirstAnswerColumn - 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("sbr::exporting", text);
}

struct Book {
    lxw_workbook *book;
    QString language;
    lxw_format *title, *bold, *wrap, *key, *keyValue, *answer, *heading;

    QString t(const char *text) const { return i18n::translate(language, "sbr::exporting::Template", text); }
};

lxw_error write(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format)
{
    return worksheet_write_string(sheet, row, col, text.toUtf8().constData(), format);
}

double rowHeight(const QString &text, double width)
{
    const int lines = std::max<int>(1, int((text.size() + width - 1) / width) + int(text.count(u'\n')));
    return kLineHeight * lines;
}

QString coverText(const Book &b, const io::TemplatePlan &plan, const QString &answerSheet)
{
    QStringList lines;
    lines << b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template",
                                   "1. On the sheet \"%1\" every column is one person. Write your name or initials "
                                   "into the row \"Respondent\", or leave the name there to stay anonymous."))
                 .arg(answerSheet)
          << b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template",
                                   "2. For every statement, choose the level that describes your department today "
                                   "from the list in the cell. If a statement does not concern your work, choose "
                                   "\"%1\"."))
                 .arg(io::notApplicableLabel(plan.language))
          << b.t(QT_TRANSLATE_NOOP(
                 "sbr::exporting::Template",
                 "3. Leave the rows for company, department, round and date as they are, and do not "
                 "insert or delete rows or columns: they tell Social Business Radar where the answers "
                 "belong."))
          << b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template",
                                   "4. Save the file as an Excel workbook (.xlsx) and send it back. It is imported "
                                   "as it is, with File > Import answers."));
    return lines.join(u'\n');
}

lxw_error writeCover(const Book &b, lxw_worksheet *sheet, const io::TemplatePlan &plan, const QString &answerSheet)
{
    lxw_row_col_options hidden{1, 0, 0};
    worksheet_set_column_opt(sheet, 0, 0, 10, nullptr, &hidden);
    worksheet_set_column(sheet, 1, 1, 100, b.wrap);
    lxw_error e = worksheet_write_string(sheet, 0, 0, io::kTemplateCoverMarker, nullptr);
    e = e ? e : write(sheet, 1, 0, answerSheet, nullptr);
    const QString title = plan.questionnaire.title.text(plan.language);
    e = e ? e : write(sheet, 0, 1, title, b.title);
    int row = 2;
    const auto line = [&](const QString &text, lxw_format *format) {
        if (!e)
            e = write(sheet, lxw_row_t(row), 1, text, format);
        if (!e && format == b.wrap)
            worksheet_set_row(sheet, lxw_row_t(row), rowHeight(text, 95), nullptr);
        ++row;
    };
    line(b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Company: %1")).arg(plan.company), b.bold);
    line(b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Round: %1 (%2)"))
             .arg(plan.round, plan.date.toString(plan.language == u"de" ? QStringLiteral("d.M.yyyy")
                                                                        : QStringLiteral("yyyy-MM-dd"))),
         b.bold);
    line(b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Departments: %1")).arg(plan.departments.join(u", ")),
         b.bold);
    ++row;
    line(b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "How to fill in the questionnaire")), b.heading);
    for (const QString &step : coverText(b, plan, answerSheet).split(u'\n'))
        line(step, b.wrap);
    ++row;
    line(b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "The levels")), b.heading);
    const io::TemplatePlan &p = plan;
    for (int level = p.questionnaire.scale.min; level <= p.questionnaire.scale.max; ++level)
        line(QStringLiteral("%1 – %2").arg(level).arg(p.questionnaire.scale.label(level, p.language)), b.wrap);
    worksheet_activate(sheet);
    return e;
}

/// Rows 2–6: the five keys per answer column, grouped by department.
lxw_error writeKeys(const Book &b, lxw_worksheet *sheet, const io::TemplatePlan &plan)
{
    const char *keys[] = {"company", "department", "round", "date", "respondent"};
    const QString labels[] = {b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Company")),
                              b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Department")),
                              b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Round")),
                              b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Date")),
                              b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Respondent"))};
    lxw_error e = LXW_NO_ERROR;
    for (lxw_row_t k = 0; k < 5 && !e; ++k) {
        e = worksheet_write_string(sheet, k + 1, 0, keys[k], nullptr);
        e = e ? e : write(sheet, k + 1, 1, labels[k], b.key);
        e = e ? e : write(sheet, k + 1, 2, QString(), b.key);
    }
    lxw_col_t column = kFirstAnswerColumn;
    for (const QString &department : plan.departments)
        for (const QString &name : plan.respondentNames.value(department)) {
            const QString values[] = {plan.company, department, plan.round, plan.date.toString(Qt::ISODate), name};
            for (lxw_row_t k = 0; k < 5 && !e; ++k)
                e = write(sheet, k + 1, column, values[k], k == 4 ? b.answer : b.keyValue);
            ++column;
        }
    return e;
}

lxw_error writeAnswers(const Book &b, lxw_worksheet *sheet, const io::TemplatePlan &plan, const QString &levelSheet)
{
    const Questionnaire &q = plan.questionnaire;
    const auto columns = lxw_col_t(plan.departments.size() * plan.respondents);
    const lxw_col_t lastColumn = kFirstAnswerColumn + columns - 1;
    lxw_row_col_options hidden{1, 0, 0};
    worksheet_set_column_opt(sheet, 0, 0, 18, nullptr, &hidden);
    worksheet_set_column(sheet, 1, 1, 24, b.wrap);
    worksheet_set_column(sheet, 2, 2, kStatementWidth, b.wrap);
    worksheet_set_column(sheet, kFirstAnswerColumn, lastColumn, 22, nullptr);
    worksheet_freeze_panes(sheet, kFirstItemRow, kFirstAnswerColumn);
    lxw_error e = worksheet_write_string(sheet, 0, 0, io::kTemplateMarker, nullptr);
    e = e ? e
          : write(sheet, 0, 1,
                  b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "%1 – %2, round %3"))
                      .arg(q.title.text(plan.language), plan.company, plan.round),
                  b.title);
    e = e ? e : writeKeys(b, sheet, plan);
    e = e ? e
          : write(sheet, kFirstItemRow - 1, 1, b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Dimension")),
                  b.heading);
    e = e ? e
          : write(sheet, kFirstItemRow - 1, 2, b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Statement")),
                  b.heading);
    lxw_row_t row = kFirstItemRow;
    for (const Dimension &dimension : q.dimensions)
        for (const Item &item : dimension.items) {
            const QString text = item.text.text(plan.language);
            worksheet_set_row(sheet, row, rowHeight(text, kStatementWidth - 4), nullptr);
            e = e ? e : write(sheet, row, 0, item.id, nullptr);
            e = e ? e : write(sheet, row, 1, dimension.title.text(plan.language), b.wrap);
            e = e ? e : write(sheet, row, 2, text, b.wrap);
            for (lxw_col_t c = kFirstAnswerColumn; c <= lastColumn && !e; ++c)
                e = worksheet_write_blank(sheet, row, c, b.answer);
            ++row;
        }
    if (e || row == kFirstItemRow)
        return e;
    const QByteArray range = QStringLiteral("='%1'!$A$1:$A$%2").arg(levelSheet).arg(q.scale.levelCount() + 1).toUtf8();
    const QByteArray inputTitle = b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Answer")).toUtf8();
    const QByteArray inputMessage =
        b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Choose a level from the list.")).toUtf8();
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = const_cast<char *>(range.constData());
    validation.input_title = const_cast<char *>(inputTitle.constData());
    validation.input_message = const_cast<char *>(inputMessage.constData());
    // A warning, not a stop: a typed level number ("3") imports as well.
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    return worksheet_data_validation_range(sheet, kFirstItemRow, kFirstAnswerColumn, row - 1, lastColumn, &validation);
}

void makeFormats(Book &b)
{
    b.title = workbook_add_format(b.book);
    format_set_bold(b.title);
    format_set_font_size(b.title, 14);
    b.bold = workbook_add_format(b.book);
    format_set_bold(b.bold);
    b.heading = workbook_add_format(b.book);
    format_set_bold(b.heading);
    format_set_bottom(b.heading, LXW_BORDER_THIN);
    b.wrap = workbook_add_format(b.book);
    format_set_text_wrap(b.wrap);
    format_set_align(b.wrap, LXW_ALIGN_VERTICAL_TOP);
    b.key = workbook_add_format(b.book);
    format_set_bold(b.key);
    format_set_bg_color(b.key, 0xE8E8E8);
    b.keyValue = workbook_add_format(b.book);
    format_set_bg_color(b.keyValue, 0xE8E8E8);
    format_set_font_color(b.keyValue, 0x555555);
    b.answer = workbook_add_format(b.book);
    format_set_border(b.answer, LXW_BORDER_THIN);
    format_set_border_color(b.answer, 0xAAAAAA);
    format_set_align(b.answer, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(b.answer);
}

} // namespace

bool writeAnswerTemplate(const io::TemplatePlan &plan, const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(tr("it is a folder"));
    QString problem;
    const QString temporary = detail::reserveTemporaryFile(path, &problem);
    if (temporary.isEmpty())
        return fail(problem);
    const auto removeTemporary = qScopeGuard([&] { QFile::remove(temporary); });
    const QByteArray fileName = QFile::encodeName(temporary);
    Book b{workbook_new(fileName.constData()), plan.language, {}, {}, {}, {}, {}, {}, {}};
    if (!b.book)
        return fail(tr("the spreadsheet library could not start (out of memory?)"));
    makeFormats(b);
    const QString coverName = b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Instructions"));
    const QString answerName = b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Answers"));
    const QString levelName = b.t(QT_TRANSLATE_NOOP("sbr::exporting::Template", "Levels"));
    lxw_worksheet *cover = workbook_add_worksheet(b.book, coverName.toUtf8().constData());
    lxw_worksheet *answers = workbook_add_worksheet(b.book, answerName.toUtf8().constData());
    lxw_worksheet *levels = workbook_add_worksheet(b.book, levelName.toUtf8().constData());
    lxw_error e = cover && answers && levels ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    e = e ? e : writeCover(b, cover, plan, answerName);
    e = e ? e : writeAnswers(b, answers, plan, levelName);
    const QStringList labels = io::templateLevelLabels(plan.questionnaire.scale, plan.language);
    for (qsizetype i = 0; i < labels.size() && !e; ++i)
        e = write(levels, lxw_row_t(i), 0, labels[i], nullptr);
    if (!e)
        worksheet_hide(levels);
    const lxw_error closed = workbook_close(b.book); // writes the file and frees the workbook
    if (e)
        return fail(QString::fromUtf8(lxw_strerror(e)));
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(fileName.toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), ec);
    if (ec)
        return fail(QString::fromLocal8Bit(ec.message()));
    return true;
}

} // namespace sbr::exporting
