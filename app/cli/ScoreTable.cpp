#include "ScoreTable.h"

#include "scoring/Anonymity.h"

#include <QCoreApplication>
#include <QLocale>

namespace sbr::cli {

namespace {

class Formatter {
public:
    explicit Formatter(const QString &lang) : m_locale(lang == u"de" ? QLocale::German : QLocale::English) {}
    QString number(const OptDouble &v, int width) const
    {
        return (v ? m_locale.toString(*v, 'f', 1) : QStringLiteral("–")).rightJustified(width);
    }
    QString signedNumber(const OptDouble &v) const
    {
        if (!v)
            return QStringLiteral("–");
        return (*v >= 0 ? QStringLiteral("+") : QString()) + m_locale.toString(*v, 'f', 1);
    }

private:
    QLocale m_locale;
};

} // namespace

void writeScoreTable(const ScoreReport &report, const Questionnaire &q, int anonymityThreshold, const QString &lang,
                     QTextStream &out)
{
    const Formatter f(lang);
    if (report.companies.empty())
        out << QCoreApplication::translate(
                   "sbr::cli", "The workspace holds no assessments yet. Import answers with \"sbradar-cli import\".")
            << '\n';
    // Which departments the outputs people read hide (scoring.md *Anonymity*).
    const AnonymousReport shown = anonymize(report, q, anonymityThreshold);
    for (size_t ci = 0; ci < report.companies.size(); ++ci) {
        const CompanyResult &c = report.companies[ci];
        for (size_t ri = 0; ri < c.rounds.size(); ++ri) {
            const RoundResult &r = c.rounds[ri];
            const AnonymousRound &hidden = shown.companies[ci].rounds[ri];
            out << c.name << " — " << r.label << " (" << r.date.toString(Qt::ISODate) << ")\n";
            out << "  " << QCoreApplication::translate("sbr::cli", "Readiness index") << ": "
                << f.number(r.company.index, 0).trimmed();
            if (r.company.stage)
                out << "  "
                    << QCoreApplication::translate("sbr::cli", "stage %1 \"%2\"")
                           .arg(*r.company.stage)
                           .arg(stageName(*r.company.stage, lang));
            out << "  " << QCoreApplication::translate("sbr::cli", "change") << ": " << f.signedNumber(r.company.delta);
            out << "  " << QCoreApplication::translate("sbr::cli", "peers") << ": " << r.benchmark.peers;
            if (r.benchmark.index.percentile)
                out << ", " << QCoreApplication::translate("sbr::cli", "percentile") << ' '
                    << f.number(r.benchmark.index.percentile, 0).trimmed();
            out << "\n\n";

            out << "  " << QCoreApplication::translate("sbr::cli", "Dimension").leftJustified(28)
                << QCoreApplication::translate("sbr::cli", "Score").rightJustified(7)
                << QCoreApplication::translate("sbr::cli", "Spread").rightJustified(8)
                << QCoreApplication::translate("sbr::cli", "Change").rightJustified(8)
                << QCoreApplication::translate("sbr::cli", "Percentile").rightJustified(11) << '\n';
            for (int d = 0; d < q.dimensions.size(); ++d) {
                const auto &dim = r.company.dimensions[size_t(d)];
                out << "  " << q.dimensions[d].title.text(lang).left(27).leftJustified(28) << f.number(dim.score, 7)
                    << f.number(dim.spread, 8) << f.signedNumber(dim.delta).rightJustified(8)
                    << f.number(r.benchmark.dimensions[size_t(d)].percentile, 11) << '\n';
            }
            out << '\n';
            out << "  " << QCoreApplication::translate("sbr::cli", "Department").leftJustified(28)
                << QCoreApplication::translate("sbr::cli", "Resp.").rightJustified(6)
                << QCoreApplication::translate("sbr::cli", "Index").rightJustified(7);
            for (const Dimension &d : q.dimensions)
                out << d.id.left(9).rightJustified(10);
            out << '\n';
            for (const DepartmentResult &d : r.departments) {
                out << "  " << d.name.left(27).leftJustified(28) << QString::number(d.respondents).rightJustified(6)
                    << f.number(d.index, 7);
                for (const DimensionResult &dim : d.dimensions)
                    out << f.number(dim.score, 10);
                if (hidden.isHidden(d.name))
                    out << "  "
                        << (d.respondents < anonymityThreshold
                                ? QCoreApplication::translate("sbr::cli",
                                                              "(fewer than %1 respondents: hidden in reports)")
                                      .arg(anonymityThreshold)
                                : QCoreApplication::translate("sbr::cli",
                                                              "(hidden in reports with a smaller department)"));
                out << '\n';
            }
            if (!r.recommendations.empty()) {
                out << '\n'
                    << "  "
                    << QCoreApplication::translate("sbr::cli", "Top recommendations (target %1)")
                           .arg(f.number(c.target, 0).trimmed())
                    << '\n';
                const QList<const Item *> items = q.flatItems();
                for (size_t k = 0; k < r.recommendations.size() && k < 5; ++k) {
                    const Recommendation &rec = r.recommendations[k];
                    out << "  " << QString::number(k + 1) << ". " << items[rec.item]->text.text(lang) << "  ("
                        << QCoreApplication::translate("sbr::cli", "+%1 index points")
                               .arg(f.number(rec.gain, 0).trimmed())
                        << ")\n";
                }
            }
            out << '\n';
        }
    }
}

} // namespace sbr::cli
