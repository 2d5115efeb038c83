// The fast delegate draws the grid and the navigator as Qt's own delegate does: the same pixels
// for short texts, elided statements, selected cells and empty ones, from its cache of laid-out
// texts.

#include "pages/FastItemDelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace sbr;

namespace {

/// A tree like the answer grid: a bold dimension row, statement rows with level cells.
QStandardItemModel *gridModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 4, parent);
    auto *dimension = new QStandardItem(QStringLiteral("Strategie"));
    QFont bold;
    bold.setBold(true);
    dimension->setFont(bold);
    model->appendRow({dimension, new QStandardItem(QStringLiteral("71,3")), new QStandardItem(),
                      new QStandardItem(QStringLiteral("k. A."))});
    const QStringList statements = {
        QStringLiteral("Kurz"),
        QStringLiteral("Wir nutzen soziale Medien nicht nur für das Marketing, sondern in allen Bereichen"),
        QStringLiteral("Müller & Söhne – Übergrößen/Ärmelbündchen äöü ß"), QStringLiteral("שלום עולם")};
    for (int i = 0; i < statements.size(); ++i) {
        QList<QStandardItem *> row{new QStandardItem(statements[i])};
        for (int c = 1; c < 4; ++c) {
            auto *cell = new QStandardItem(c == 3 ? QStringLiteral("n/a") : QString::number((i + c) % 5));
            cell->setTextAlignment(Qt::AlignCenter);
            row.append(cell);
        }
        dimension->appendRow(row);
    }
    // Empty cells: one with a background of its own, one selected (below).
    auto *coloured = dimension->child(0, 3);
    coloured->setText(QString());
    coloured->setBackground(QColor(255, 232, 168));
    return model;
}

QImage render(QAbstractItemDelegate *delegate, bool wrap)
{
    QTreeView view;
    QStandardItemModel *model = gridModel(&view);
    view.setModel(model);
    view.setItemDelegate(delegate);
    view.setWordWrap(wrap);
    view.setUniformRowHeights(true);
    view.expandAll();
    view.resize(420, 200);
    view.header()->resizeSection(0, 180);
    view.selectionModel()->select(model->index(1, 2, model->index(0, 0)), QItemSelectionModel::Select);
    view.selectionModel()->select(model->index(0, 2), QItemSelectionModel::Select); // empty
    view.setCurrentIndex(model->index(2, 1, model->index(0, 0)));                   // the focused cell: Qt's path
    return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// Share of pixels that differ by more than a few levels in some channel.
double differentPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 different = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > 8 || std::abs(qGreen(p) - qGreen(q)) > 8 ||
                std::abs(qBlue(p) - qBlue(q)) > 8)
                ++different;
        }
    return double(different) / double(a.width() * a.height());
}

} // namespace

TEST(FastItemDelegate, DrawsWhatQtsDelegateDraws)
{
    for (const bool wrap : {false, true}) {
        const QImage qt = render(new QStyledItemDelegate, wrap);
        const QImage fast = render(new ui::FastItemDelegate, wrap);
        ASSERT_FALSE(qt.isNull());
        // Text may land a subpixel apart; anything more (missing text, wrong colour, text not
        // elided, a shifted column) changes far more than this share of the image.
        EXPECT_LT(differentPixels(qt, fast), 0.002) << "word wrap " << wrap;
    }
}

TEST(FastItemDelegate, SizeHintsAreQtsOwn)
{
    QTreeView view;
    QStandardItemModel *model = gridModel(&view);
    view.setModel(model);
    QStyledItemDelegate qt;
    ui::FastItemDelegate fast;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    for (int width : {-1, 120, 400})
        for (int r = 0; r < model->rowCount(model->index(0, 0)); ++r)
            for (int c = 0; c < 4; ++c) {
                option.rect = QRect(0, 0, width, 20);
                const QModelIndex index = model->index(r, c, model->index(0, 0));
                EXPECT_EQ(fast.sizeHint(option, index), qt.sizeHint(option, index)) << r << "," << c;
                EXPECT_EQ(fast.sizeHint(option, index), qt.sizeHint(option, index)) << "cached " << r;
            }
}
