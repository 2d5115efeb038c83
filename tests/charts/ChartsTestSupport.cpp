#include "ChartsTestSupport.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QtMath>

#include <gtest/gtest.h>

namespace {

// Qt Charts are widgets in a graphics scene: every test needs a QApplication (offscreen).
class QtEnvironment : public ::testing::Environment {
public:
    void SetUp() override
    {
        static int argc = 1;
        static char name[] = "charts_tests";
        static char *argv[] = {name, nullptr};
        m_app = new QApplication(argc, argv);
    }
    void TearDown() override { delete m_app; }

private:
    QApplication *m_app = nullptr;
};

[[maybe_unused]] const auto *const environment = ::testing::AddGlobalTestEnvironment(new QtEnvironment);

} // namespace

namespace sbr::charts::test {

QStringList dimensions()
{
    return {QStringLiteral("Strategie"), QStringLiteral("Praktiken"), QStringLiteral("Team"), QStringLiteral("Führung"),
            QStringLiteral("Roadmap")};
}

QStringList departments()
{
    return {QStringLiteral("Geschäftsführung"),  QStringLiteral("Marketing & Kommunikation"),
            QStringLiteral("Vertrieb"),          QStringLiteral("Personal"),
            QStringLiteral("IT & Organisation"), QStringLiteral("Produktion und Logistik")};
}

RadarData exampleRadar()
{
    RadarData data;
    data.title = QStringLiteral("Müller Maschinenbau GmbH – 2026-Q1");
    data.axes = dimensions();
    data.series = {
        {QStringLiteral("Unternehmen 2026-Q1"), {62.5, 48.0, 71.3, 55.0, 38.8}, {}, true, false},
        {QStringLiteral("Marketing & Kommunikation"), {80.0, 65.0, std::nullopt, 70.0, 52.5}, {}, false, false},
        {QStringLiteral("Unternehmen 2025-Q3"), {50.0, 40.0, 60.0, 47.5, 25.0}, {}, false, true},
    };
    data.bandLower = {40.0, 35.0, 45.0, 38.0, 20.0};
    data.bandUpper = {65.0, 60.0, 70.0, 62.0, 45.0};
    data.bandName = QStringLiteral("Vergleichsgruppe (Mittel ± SD)");
    return data;
}

TrendData exampleTrend()
{
    TrendData data;
    data.title = QStringLiteral("Readiness-Index je Runde");
    data.rounds = {QStringLiteral("2025-Q1"), QStringLiteral("2025-Q3"), QStringLiteral("2026-Q1")};
    data.series = {
        {QStringLiteral("Unternehmen"), {41.0, 48.5, 57.5}, {}, true, false},
        {QStringLiteral("Geschäftsführung"), {55.0, std::nullopt, 72.0}, {}, false, false},
        {QStringLiteral("Marketing & Kommunikation"), {30.0, 38.0, 51.0}, {}, false, false},
    };
    return data;
}

HeatmapData exampleHeatmap()
{
    HeatmapData data;
    data.title = QStringLiteral("Dimensionen je Abteilung – 2026-Q1");
    data.rows = departments();
    data.columns = {QStringLiteral("Strategie"), QStringLiteral("Praktiken"), QStringLiteral("Team und Zusammenarbeit"),
                    QStringLiteral("Führung"), QStringLiteral("Roadmap")};
    data.values = {{72.5, 60.0, 81.3, 90.0, 57.5}, {10.0, 35.0, 47.5, std::nullopt, 62.5},
                   {55.0, 42.5, 38.8, 50.0, 20.0}, {33.3, 44.4, 55.5, 66.6, 77.7},
                   {85.0, 91.3, 67.5, 73.8, 95.0}, {25.0, 18.8, 30.0, 41.3, 12.5}};
    data.hiddenRows = {false, false, false, true, false, false};
    data.spread = {75.0, 72.5, 51.3, 48.7, 82.5};
    data.spreadLabel = QStringLiteral("Spannweite");
    data.noDataText = QStringLiteral("–");
    data.hiddenText = QStringLiteral("zu wenige Antworten");
    return data;
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

bool hasColourNear(const QImage &image, QPointF at, const QColor &colour, int radius, int tolerance)
{
    const double dpr = image.devicePixelRatio();
    const QPoint p = (at * dpr).toPoint();
    for (int y = p.y() - radius; y <= p.y() + radius; ++y)
        for (int x = p.x() - radius; x <= p.x() + radius; ++x)
            if (image.valid(x, y) && colourDistance(image.pixelColor(x, y), colour) <= tolerance)
                return true;
    return false;
}

QPointF spokePoint(const QRectF &plotArea, int k, int n, double fraction, double offsetDegrees)
{
    const double angle = qDegreesToRadians(360.0 * k / n + offsetDegrees);
    const double radius = plotArea.width() / 2.0 * fraction;
    return plotArea.center() + QPointF(radius * std::sin(angle), -radius * std::cos(angle));
}

QGraphicsScene *layOut(QChart *chart, QSizeF size)
{
    auto *scene = new QGraphicsScene;
    scene->addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->layout()->activate();
    return scene;
}

} // namespace sbr::charts::test
