// The page layout of the report: a heading is never the last thing on a page. A filler of every
// height in small steps pushes a heading with a bulleted paragraph after it towards the foot of
// the page; whatever the height, the heading shares its page with the start of the paragraph.
// And no page is left nearly empty by a spill of a few lines before a page break: the spill
// moves up, or the next section starts below it.

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

/// Lines of a paragraph: `count` units of 100 dots, split between pages with at least two
/// lines on either side of a break.
class Lines : public Block {
public:
    explicit Lines(int count) : m_count(count) { minUnitsPerPart = 2; }
    void layout(const Typesetter &, double) override {}
    int units() const override { return m_count; }
    double unitHeight(int) const override { return 100; }
    void paint(PaintContext &, const QRectF &, int, int) const override {}

private:
    int m_count;
};

/// Ten blocks of 250 dots with 40 dots after each (2900 dots of a 3000-dot body), then `lines`
/// lines, a page break and a heading.
void spill(PageLayout &layout, int lines)
{
    for (int i = 0; i < 10; ++i)
        layout.emplace<Filler>(250)->spaceAfter = 40;
    layout.emplace<Lines>(lines);
    layout.emplace<PageBreakBlock>();
    layout.emplace<HeadingBlock>(QStringLiteral("Nächster Abschnitt"), 1);
    layout.layout();
}

const PageLayout::PageGeometry kPage{QSizeF(2480, 3508), QRectF(236, 236, 2008, 3000)};

} // namespace

TEST(ReportLayout, NoPageIsLeftNearlyEmptyByASpillOfAFewLines)
{
    // With the full spacing, 3 lines (300 dots) do not fit below 2900 dots and would stand alone
    // on a page of their own (10 % of it) before the page break. With a third of the spacing
    // (2500 + 10 × 12 = 2620 dots) they fit: the section keeps one page, the heading is on page 2.
    PageLayout layout(kPage);
    spill(layout, 3);
    EXPECT_EQ(layout.pageCount(), 2);
    EXPECT_EQ(layout.pagesOf(10), QList<int>{0});
    EXPECT_EQ(layout.pagesOf(12), QList<int>{1});
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(layout.pagesOf(i), QList<int>{0}) << "block " << i;
}

TEST(ReportLayout, ALongerSpillKeepsItsPageAndTheSpacing)
{
    // 15 lines (1500 dots) cannot fit on the first page even without any spacing (2500 + 1500 >
    // 3000): they go on to page 2, which is half full, and the heading follows on page 3.
    PageLayout layout(kPage);
    spill(layout, 15);
    EXPECT_EQ(layout.pageCount(), 3);
    EXPECT_EQ(layout.pagesOf(10), QList<int>{1});
    EXPECT_EQ(layout.pagesOf(12), QList<int>{2});
}

TEST(ReportLayout, ASpillThatCannotMoveUpIsFollowedByTheNextSectionOnItsPage)
{
    // 6 lines (600 dots) do not fit on the first page even without spacing (2500 + 600 > 3000)
    // and would fill a fifth of page 2 alone: the page break is skipped and the heading of the
    // next section follows on page 2, below the spill.
    PageLayout layout(kPage);
    spill(layout, 6);
    EXPECT_EQ(layout.pageCount(), 2);
    EXPECT_EQ(layout.pagesOf(10), QList<int>{1});
    EXPECT_EQ(layout.pagesOf(12), QList<int>{1});
}

TEST(ReportLayout, AHeadingAndItsIntroductionStayWithTheStartOfTheirTable)
{
    // A heading keeps with its introduction, the introduction with its table: whatever the
    // filler before them, all three start on one page (they are never torn apart at the foot).
    int torn = 0;
    for (double filler = 2000; filler < 3000; filler += 10) {
        PageLayout layout(kPage);
        layout.emplace<Filler>(filler);
        layout.emplace<HeadingBlock>(QStringLiteral("Referenzwerte"), 1);
        layout
            .emplace<ParagraphBlock>(QStringLiteral("Veröffentlichte Zahlen zu einzelnen Aussagen, um die "
                                                    "eigenen Werte einzuordnen."),
                                     body())
            ->keepWithNext = true;
        layout.emplace<Lines>(12);
        layout.layout();
        const int heading = layout.pagesOf(1).front(), intro = layout.pagesOf(2).front(),
                  table = layout.pagesOf(3).front();
        if (heading != intro || intro != table)
            ++torn;
        EXPECT_EQ(heading, table) << "filler of " << filler << " dots";
    }
    EXPECT_EQ(torn, 0);
}

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
