#include "QuestionnaireForm.h"

#include "ReportBlocks.h"
#include "ReportLayout.h"
#include "i18n/Translator.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace sbr::report {

namespace {

constexpr double kPageWidth = 210.0, kPageHeight = 297.0; // A4, mm
constexpr double kBox = mm(3.6);                          // the tick box
constexpr double kIndent = mm(8);                         // text after the box

QString t(const QString &language, const char *text)
{
    return i18n::translate(language, "sbr::report::Form", text);
}

const TextStyle kStatement{10, true, false, colors::ink(), 1.25};
const TextStyle kLevel{8.5, false, false, colors::ink(), 1.22};

/// One statement: its number and text, then a tick box per level with the level's label and
/// the statement's description of it, and a box for "not applicable". Never split across pages.
class StatementBlock : public Block {
public:
    StatementBlock(const QString &statement, const QStringList &options, const QList<int> &boldPrefixes)
        : m_statement(statement, kStatement)
    {
        for (qsizetype i = 0; i < options.size(); ++i)
            m_options.append(TextBox(options[i], kLevel, boldPrefixes.value(i)));
        spaceBefore = mm(3);
        spaceAfter = mm(2);
    }
    void layout(const Typesetter &type, double width) override
    {
        m_statement.layout(type, width);
        m_height = m_statement.height() + mm(1.5);
        for (TextBox &option : m_options) {
            option.layout(type, width - kIndent);
            m_height += std::max(option.height(), kBox) + mm(1.2);
        }
    }
    double unitHeight(int) const override { return m_height; }
    void paint(PaintContext &ctx, const QRectF &rect, int, int) const override
    {
        m_statement.draw(ctx.painter, ctx.type, rect.topLeft(), rect.width(), 0, m_statement.lineCount() - 1);
        double y = rect.top() + m_statement.height() + mm(1.5);
        QPen pen(colors::ink());
        pen.setWidthF(pt(0.7));
        for (const TextBox &option : m_options) {
            const double boxTop = y + (option.lineHeight() - kBox) / 2;
            ctx.painter.save();
            ctx.painter.setPen(pen);
            ctx.painter.setBrush(Qt::NoBrush);
            ctx.painter.drawRect(QRectF(rect.left() + mm(1), boxTop, kBox, kBox));
            ctx.painter.restore();
            option.draw(ctx.painter, ctx.type, QPointF(rect.left() + kIndent, y), rect.width() - kIndent, 0,
                        option.lineCount() - 1);
            y += std::max(option.height(), kBox) + mm(1.2);
        }
    }

private:
    TextBox m_statement;
    QList<TextBox> m_options;
    double m_height = 0;
};

/// A label and a line to write on ("Name or initials (optional): ________").
class WriteInBlock : public Block {
public:
    explicit WriteInBlock(const QString &label) : m_label(label, TextStyle{9.5, false, false, colors::ink(), 1.3})
    {
        spaceAfter = mm(4);
    }
    void layout(const Typesetter &type, double width) override { m_label.layout(type, width * 0.5); }
    double unitHeight(int) const override { return m_label.height() + mm(2); }
    void paint(PaintContext &ctx, const QRectF &rect, int, int) const override
    {
        m_label.draw(ctx.painter, ctx.type, rect.topLeft(), rect.width() * 0.5, 0, m_label.lineCount() - 1);
        const double x = rect.left() + m_label.naturalWidth() + mm(3);
        const double y = rect.top() + m_label.height();
        ctx.painter.fillRect(QRectF(x, y, rect.right() - x, pt(0.6)), colors::ink());
    }

private:
    TextBox m_label;
};

struct Footer {
    QString left, pageText;
    QRectF body;
    void operator()(PaintContext &ctx, int page, int pageCount) const
    {
        const TextStyle style{7.5, false, false, colors::muted(), 1.2};
        const double y = mm(kPageHeight - 17);
        ctx.painter.fillRect(QRectF(body.left(), y - mm(1.5), body.width(), pt(0.4)), colors::rule());
        ctx.type.drawLine(ctx.painter, style, QPointF(body.left(), y),
                          ctx.type.elided(style, left, body.width() * 0.7));
        const QString number = pageText.arg(page + 1).arg(pageCount);
        ctx.type.drawLine(ctx.painter, style, QPointF(body.right() - ctx.type.width(style, number), y), number);
    }
};

void addForm(PageLayout &layout, const io::TemplatePlan &plan, const QString &department)
{
    const QString &lang = plan.language;
    const Questionnaire &q = plan.questionnaire;
    layout.emplace<HeadingBlock>(
        t(lang, QT_TRANSLATE_NOOP("sbr::report::Form", "Questionnaire: %1")).arg(q.title.text(lang)), 1);
    const TextStyle info{10, false, false, colors::ink(), 1.35};
    const auto line = [&](const char *label, const QString &value) {
        const QString lead = t(lang, label);
        layout.emplace<ParagraphBlock>(lead + u' ' + value, info, QString(), int(lead.size()))->spaceAfter = mm(0.8);
    };
    line(QT_TRANSLATE_NOOP("sbr::report::Form", "Company:"), plan.company);
    line(QT_TRANSLATE_NOOP("sbr::report::Form", "Round:"), plan.round);
    line(QT_TRANSLATE_NOOP("sbr::report::Form", "Department:"), department);
    layout.emplace<SpacerBlock>(mm(3));
    layout.emplace<WriteInBlock>(t(lang, QT_TRANSLATE_NOOP("sbr::report::Form", "Name or initials (optional):")));
    layout.emplace<ParagraphBlock>(
        t(lang, QT_TRANSLATE_NOOP("sbr::report::Form",
                                  "Please tick one box for every statement: the level that describes your department "
                                  "today. If a statement does not concern your work, tick \"%1\"."))
            .arg(io::notApplicableLabel(lang)),
        TextStyle{9.5, false, true, colors::muted(), 1.3});
    int number = 0;
    for (const Dimension &dimension : q.dimensions) {
        layout.emplace<HeadingBlock>(dimension.title.text(lang), 2);
        if (const QString question = dimension.question.text(lang); !question.isEmpty())
            layout.emplace<ParagraphBlock>(question, TextStyle{9.5, false, true, colors::muted(), 1.3});
        for (const Item &item : dimension.items) {
            const QStringList descriptions = item.levels.list(lang);
            QStringList options;
            QList<int> bold;
            for (int level = q.scale.min; level <= q.scale.max; ++level) {
                const QString label = QStringLiteral("%1 – %2").arg(level).arg(q.scale.label(level, lang));
                const QString description = descriptions.value(level - q.scale.min);
                options.append(description.isEmpty() ? label : label + QStringLiteral(": ") + description);
                bold.append(int(label.size()) + (description.isEmpty() ? 0 : 1));
            }
            options.append(io::notApplicableLabel(lang));
            bold.append(0);
            layout.emplace<StatementBlock>(QStringLiteral("%1. %2").arg(++number).arg(item.text.text(lang)), options,
                                           bold);
        }
    }
}

} // namespace

QuestionnaireForm::QuestionnaireForm(const io::TemplatePlan &plan) : m_language(plan.language)
{
    m_title = t(m_language, QT_TRANSLATE_NOOP("sbr::report::Form", "Questionnaire – %1 – round %2"))
                  .arg(plan.company, plan.round);
    const PageLayout::PageGeometry a4{QSizeF(mm(kPageWidth), mm(kPageHeight)),
                                      QRectF(mm(20), mm(18), mm(kPageWidth - 40), mm(kPageHeight - 18 - 23))};
    m_layout = std::make_unique<PageLayout>(a4);
    for (qsizetype d = 0; d < plan.departments.size(); ++d) {
        if (d > 0)
            m_layout->emplace<PageBreakBlock>();
        addForm(*m_layout, plan, plan.departments[d]);
    }
    m_layout->layout();
    m_layout->setDecorator(Footer{plan.company + QStringLiteral(" · ") +
                                      t(m_language, QT_TRANSLATE_NOOP("sbr::report::Form", "Round %1")).arg(plan.round),
                                  t(m_language, QT_TRANSLATE_NOOP("sbr::report::Form", "Page %1 of %2")), a4.body});
}

QuestionnaireForm::~QuestionnaireForm() = default;

int QuestionnaireForm::pageCount() const
{
    return m_layout->pageCount();
}

bool QuestionnaireForm::writePdf(QIODevice *out)
{
    QPdfWriter writer(out);
    writer.setResolution(int(kDotsPerInch));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Social Business Radar %1").arg(QStringLiteral(SBRADAR_VERSION)));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int page = 0; page < m_layout->pageCount(); ++page) {
        if (page > 0 && !writer.newPage())
            return false;
        m_layout->paintPage(painter, page);
    }
    return painter.end();
}

bool QuestionnaireForm::writePdf(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writePdf(&file) || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

QImage QuestionnaireForm::renderPage(int index, qreal dpi) const
{
    if (index < 0 || index >= m_layout->pageCount() || dpi <= 0)
        return {};
    QImage image(QSize(qRound(kPageWidth / 25.4 * dpi), qRound(kPageHeight / 25.4 * dpi)), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_layout->paintPage(painter, index);
    return image;
}

} // namespace sbr::report
