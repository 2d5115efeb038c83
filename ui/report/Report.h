#pragma once
// The management report of one company and round: an A4 document with vector charts, in
// German or English, written as PDF or rendered page by page into images (GUI preview).
// Built from value types only (questionnaire and scores): no workspace, no settings, no
// clock — "today" comes in through the options. Needs a QApplication (Qt Charts' charts are
// graphics widgets); offscreen is fine.

#include "domain/Plan.h"
#include "domain/Questionnaire.h"
#include "scoring/Anonymity.h"
#include "scoring/Effect.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace sbr::report {

class PageLayout;

/// One measure of the company's action plan (formats.md *Action plan*) as the report shows it.
struct ReportPlanMeasure {
    PlanMeasure measure;
    /// scoring.md *Effect of a measure* from the anonymous view, as the session computes it:
    /// WorkspaceSession::planEffect(measure, /*anonymous=*/true). nullopt when the measure is not
    /// done or has no round on or before its done date and one after it.
    std::optional<MeasureEffect> effect;
};

struct ReportOptions {
    QString company;
    QString round;                           ///< empty = the company's latest round
    QString language = QStringLiteral("de"); ///< "de" or "en"
    QStringList departments;                 ///< empty = all departments of the round
    QByteArray logo;                         ///< PNG/JPEG bytes, optional
    QDate generated;                         ///< the injected "today"; invalid = not printed
    /// The manager's conclusions on the chosen round (WorkspaceSession::conclusions), plain text
    /// printed on the summary page; empty = no such part.
    QString conclusions;
    /// Adds the recommendations per department (scoring.md *Recommendations for a department*).
    bool departmentRecommendations = false;
    /// The company's action plan, every measure (dropped ones too) with its effect; printed as
    /// the roadmap page and the section "Done since the last round" (PlanSections.cpp). nullopt:
    /// not given, neither part is printed; an empty list: the company has no plan, the report
    /// says so in one sentence.
    std::optional<QList<ReportPlanMeasure>> plan;
};

class ReportDocument {
public:
    /// Lays the report out at once from the anonymous view of the whole workspace (scoring.md
    /// *Anonymity*, WorkspaceSession::anonymousReport()): the report shows exactly the numbers of
    /// `score --json --anonymous`, hidden departments as "too few respondents", the pool as "other
    /// departments"; its threshold is report.minGroup. `q` and `report` are copied from as needed;
    /// they need not outlive the document.
    ReportDocument(const Questionnaire &q, const AnonymousReport &report, const ReportOptions &options);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    /// Non-empty when the company or round is unknown; then there is nothing to draw.
    QString error() const { return m_error; }
    /// Pages of the laid-out report (0 on error).
    int pageCount();
    /// The document title ("Management report – company – round"), also the PDF title.
    QString title() const { return m_title; }

    /// A4 PDF with vector charts and title/author metadata; false on error or write failure.
    bool writePdf(QIODevice *out);
    /// Writes to a temporary file beside `path` and renames it: no half-written files.
    bool writePdf(const QString &path, QString *error);
    /// Paints every page on a paged device (a new page between pages); false on error.
    bool paint(QPagedPaintDevice *device);
    /// One page as an image at `dpi` (white background); null for a bad index or on error.
    QImage renderPage(int index, qreal dpi) const;

private:
    QString m_error;
    QString m_title;
    QString m_language;
    std::unique_ptr<PageLayout> m_layout;
};

} // namespace sbr::report
