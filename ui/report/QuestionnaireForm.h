#pragma once
// The printable questionnaire for paper rounds (formats.md *sbradar-cli*, `template --format pdf`):
// A4, one form per department of the plan, each starting on a new page with company, round and
// department at its head and a line for the respondent's name; then per dimension its statements,
// each with a box to tick for every level (its label and the statement's own description of that
// level) and one for "not applicable". Laid out with the report's engine (ReportLayout), so it
// prints the same as the management report. Needs a QGuiApplication (fonts); offscreen is fine.

#include "io/QuestionnaireTemplate.h"

#include <QImage>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace sbr::report {

class PageLayout;

class QuestionnaireForm {
public:
    explicit QuestionnaireForm(const io::TemplatePlan &plan);
    ~QuestionnaireForm();
    QuestionnaireForm(const QuestionnaireForm &) = delete;
    QuestionnaireForm &operator=(const QuestionnaireForm &) = delete;

    int pageCount() const;
    QString title() const { return m_title; }
    /// A4 PDF; false on a write failure.
    bool writePdf(QIODevice *out);
    /// Writes to a temporary file beside `path` and renames it: no half-written files. On failure
    /// returns false and sets *error to the reason.
    bool writePdf(const QString &path, QString *error);
    /// One page as an image at `dpi` (white background); null for a bad index.
    QImage renderPage(int index, qreal dpi) const;

private:
    QString m_title;
    QString m_language;
    std::unique_ptr<PageLayout> m_layout;
};

} // namespace sbr::report
