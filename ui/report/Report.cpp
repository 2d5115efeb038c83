#include "Report.h"

#include "ReportLayout.h"
#include "ReportSections.h"
#include "ReportText.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace sbr::report {

namespace {

constexpr double kPageWidth = 210.0, kPageHeight = 297.0; // A4, mm

PageLayout::PageGeometry a4()
{
    // 20 mm at the sides; header and footer in the top and bottom margins.
    return {QSizeF(mm(kPageWidth), mm(kPageHeight)),
            QRectF(mm(20), mm(22), mm(kPageWidth - 40), mm(kPageHeight - 22 - 23))};
}

QString xmpMetadata(const QString &title, const QString &lang)
{
    const QString creator = QStringLiteral("Social Business Radar");
    return QStringLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                          " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                          "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                          "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                          "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                          "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                          "   <dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>\n"
                          "   <xmp:CreatorTool>%2 %4</xmp:CreatorTool>\n"
                          "  </rdf:Description>\n"
                          " </rdf:RDF>\n"
                          "</x:xmpmeta>\n"
                          "<?xpacket end='w'?>")
        .arg(title.toHtmlEscaped(), creator, lang, QStringLiteral(SBRADAR_VERSION));
}

/// Header (from page 2 on) and footer of every page: what this is, for whom, and where we are.
struct PageFrame {
    QString headerLeft, headerRight, footerLeft, footerMiddle, pageText;
    QRectF body;

    void operator()(PaintContext &ctx, int page, int pageCount) const
    {
        const TextStyle style{7.5, false, false, colors::muted(), 1.2};
        const double lh = ctx.type.lineHeight(style);
        if (page > 0) {
            const double y = mm(11);
            const double half = body.width() / 2 - mm(3);
            const QString left = ctx.type.elided(style, headerLeft, half);
            const QString right = ctx.type.elided(style, headerRight, half);
            ctx.type.drawLine(ctx.painter, style, QPointF(body.left(), y), left);
            ctx.type.drawLine(ctx.painter, style, QPointF(body.right() - ctx.type.width(style, right), y), right);
            ctx.painter.fillRect(QRectF(body.left(), y + lh + mm(1), body.width(), pt(0.4)), colors::rule());
        }
        const double y = mm(kPageHeight - 17);
        ctx.painter.fillRect(QRectF(body.left(), y - mm(1.5), body.width(), pt(0.4)), colors::rule());
        ctx.type.drawLine(ctx.painter, style, QPointF(body.left(), y), footerLeft);
        ctx.type.drawLine(ctx.painter, style, QPointF(body.center().x() - ctx.type.width(style, footerMiddle) / 2, y),
                          footerMiddle);
        const QString number = pageText.arg(page + 1).arg(pageCount);
        TextStyle bold = style;
        bold.color = colors::ink();
        ctx.type.drawLine(ctx.painter, bold, QPointF(body.right() - ctx.type.width(bold, number), y), number);
    }
};

} // namespace

ReportDocument::ReportDocument(const Questionnaire &q, const AnonymousReport &anonymous, const ReportOptions &options)
{
    const ReportText t(options.language);
    m_language = t.lang();
    const AnonymousCompany *anonymousCompany = nullptr;
    for (const AnonymousCompany &c : anonymous.companies)
        if (c.name == options.company)
            anonymousCompany = &c;
    // Only what people may see reaches the sections: no number of a hidden department is in it.
    AnonymousReport one;
    one.minGroup = anonymous.minGroup;
    if (anonymousCompany)
        one.companies.push_back(*anonymousCompany);
    const ScoreReport report = shownScores(one);
    const CompanyResult *company = report.companies.empty() ? nullptr : &report.companies.front();
    if (!company) {
        m_error = t(QT_TRANSLATE_NOOP("sbr::report", "There is no company %1.")).arg(t.quoted(options.company));
        return;
    }
    if (company->rounds.empty()) {
        m_error = t(QT_TRANSLATE_NOOP("sbr::report", "Company %1 has no rounds yet.")).arg(t.quoted(options.company));
        return;
    }
    const RoundResult *round = &company->rounds.back();
    const RoundResult *previous = company->rounds.size() > 1 ? &company->rounds[company->rounds.size() - 2] : nullptr;
    if (!options.round.isEmpty()) {
        round = nullptr;
        for (size_t r = 0; r < company->rounds.size(); ++r)
            if (company->rounds[r].label == options.round) {
                round = &company->rounds[r];
                previous = r > 0 ? &company->rounds[r - 1] : nullptr;
            }
        if (!round) {
            m_error = t(QT_TRANSLATE_NOOP("sbr::report", "Company %1 has no round %2."))
                          .arg(t.quoted(options.company), t.quoted(options.round));
            return;
        }
    }

    const size_t roundIndex = size_t(round - company->rounds.data());
    SectionInput in{q,
                    *company,
                    *round,
                    previous,
                    options,
                    t,
                    {},
                    *anonymousCompany,
                    anonymousCompany->rounds[roundIndex],
                    anonymous.minGroup};
    for (const DepartmentResult &d : round->departments)
        if (options.departments.isEmpty() || options.departments.contains(d.name))
            in.departments.append(&d);

    m_title = t(QT_TRANSLATE_NOOP("sbr::report", "Management report – %1 – round %2")).arg(company->name, round->label);
    m_layout = std::make_unique<PageLayout>(a4());
    addCover(*m_layout, in);
    addSummary(*m_layout, in);
    addProfile(*m_layout, in);
    addTrend(*m_layout, in);
    addDepartments(*m_layout, in);
    addDimensions(*m_layout, in);
    addRecommendations(*m_layout, in);
    addRoadmap(*m_layout, in);
    addDoneSince(*m_layout, in);
    if (options.departmentRecommendations && !in.departments.isEmpty())
        addDepartmentRecommendations(*m_layout, in);
    addReferences(*m_layout, in);
    addMethod(*m_layout, in);
    m_layout->layout();

    const QString headerLeft =
        t(QT_TRANSLATE_NOOP("sbr::report", "Management report")) + QStringLiteral(" · ") + q.title.text(t.lang());
    const QString headerRight =
        company->name + QStringLiteral(" · ") + t(QT_TRANSLATE_NOOP("sbr::report", "Round %1")).arg(round->label);
    const QString footerLeft = options.generated.isValid()
                                   ? t(QT_TRANSLATE_NOOP("sbr::report", "As of %1")).arg(t.date(options.generated))
                                   : QString();
    const QString footerMiddle = t(QT_TRANSLATE_NOOP("sbr::report", "Confidential"));
    const QString pageText = t(QT_TRANSLATE_NOOP("sbr::report", "Page %1 of %2"));
    m_layout->setDecorator(
        PageFrame{headerLeft, headerRight, footerLeft, footerMiddle, pageText, m_layout->geometry().body});
}

ReportDocument::~ReportDocument() = default;

int ReportDocument::pageCount()
{
    return m_layout ? m_layout->pageCount() : 0;
}

bool ReportDocument::paint(QPagedPaintDevice *device)
{
    if (!m_layout || !device)
        return false;
    QPainter painter;
    if (!painter.begin(device))
        return false;
    for (int page = 0; page < m_layout->pageCount(); ++page) {
        if (page > 0 && !device->newPage())
            return false;
        m_layout->paintPage(painter, page);
    }
    return painter.end();
}

bool ReportDocument::writePdf(QIODevice *out)
{
    if (!m_layout || !out)
        return false;
    QPdfWriter writer(out);
    writer.setResolution(int(kDotsPerInch));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Social Business Radar %1").arg(QStringLiteral(SBRADAR_VERSION)));
    writer.setDocumentXmpMetadata(xmpMetadata(m_title, m_language).toUtf8());
    return paint(&writer);
}

bool ReportDocument::writePdf(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_layout)
        return fail(m_error);
    QSaveFile file(path); // a temporary file beside `path`, renamed on commit
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!writePdf(&file)) {
        file.cancelWriting();
        return fail(file.error() != QFileDevice::NoError ? file.errorString() : QStringLiteral("PDF output failed"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QImage ReportDocument::renderPage(int index, qreal dpi) const
{
    if (!m_layout || index < 0 || index >= m_layout->pageCount() || dpi <= 0)
        return {};
    const QSize size(qRound(kPageWidth / 25.4 * dpi), qRound(kPageHeight / 25.4 * dpi));
    QImage image(size, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_layout->paintPage(painter, index);
    painter.end();
    return image;
}

} // namespace sbr::report
