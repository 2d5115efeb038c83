// The page layout of the report: a heading is never the last thing on a page. A filler of every
// height in small steps pushes a heading with a bulleted paragraph after it towards the foot of
// the page; whatever the height, the heading shares its page with the start of the paragraph.

#include "ReportBlocks.h"
#include "ReportLayout.h"
#include "ReportSections.h"

#include <gtest/gtest.h>

using namespace sbr::report;

namespace {

/// A block of fixed height that is never split.
class Filler : public Block {
public:
    explicit Filler(double height) : m_height(height) {}
    void layout(const Typesetter &, double) override {}
    double unitHeight(int) const override { return m_height; }
    void paint(PaintContext &, const QRectF &, int, int) const override {}

private:
    double m_height;
};

} // namespace

TEST(ReportLayout, AHeadingIsNeverLeftAtTheFootOfAPage)
{
    const PageLayout::PageGeometry page{QSizeF(2480, 3508), QRectF(236, 236, 2008, 3000)}; // A4 at 300 dpi
    int orphans = 0;
    for (double filler = 1200; filler < 3000; filler += 5) {
        PageLayout layout(page);
        layout.emplace<Filler>(filler);
        layout.emplace<HeadingBlock>(QStringLiteral("Größte Lücken"), 2);
        layout.emplace<ParagraphBlock>(QStringLiteral("S3: Wir veröffentlichen eigene, wertvolle Inhalte (Wert 45,0)"),
                                       body(), QStringLiteral("•"), 3);
        layout.layout();
        const QList<int> heading = layout.pagesOf(1), paragraph = layout.pagesOf(2);
        ASSERT_EQ(heading.size(), 1);
        ASSERT_FALSE(paragraph.isEmpty());
        if (heading.front() != paragraph.front())
            ++orphans;
        EXPECT_EQ(heading.front(), paragraph.front()) << "filler of " << filler << " dots";
    }
    EXPECT_EQ(orphans, 0);
}
