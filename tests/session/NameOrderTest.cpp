// Companies and departments are listed as a dictionary of the workbench's language sorts them,
// independent of the process's collation locale (ctest runs under C.UTF-8, where a byte-wise
// order would put "Bäckerei" after "Brandt" and "Zander" before "ärztehaus").

#include "SessionTestSupport.h"

#include <QLocale>

using namespace sbr;
using session::WorkspaceSession;

namespace {

class NameOrder : public ::testing::Test {
protected:
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
};

QStringList names(const QList<CompanyRow> &rows, const QStringList &only)
{
    QStringList out;
    for (const CompanyRow &r : rows)
        if (only.contains(r.name))
            out.append(r.name);
    return out;
}

} // namespace

TEST_F(NameOrder, GermanNamesSortWithUmlautsAsTheirBaseLetters)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    WorkspaceError error;
    const QStringList added = {QStringLiteral("Brandt KG"), QStringLiteral("Zander AG"),
                               QStringLiteral("Bäckerei Ölmann"), QStringLiteral("ärztehaus Nord"),
                               QStringLiteral("Öko Bau")};
    qint64 baecker = 0;
    for (const QString &name : added) {
        const qint64 id = s.createCompany(name, 75, &error);
        ASSERT_GT(id, 0) << qPrintable(error.message);
        if (name.startsWith(u'B') && name.contains(u'ä'))
            baecker = id;
    }
    EXPECT_EQ(names(s.companies(), added),
              (QStringList{QStringLiteral("ärztehaus Nord"), QStringLiteral("Bäckerei Ölmann"),
                           QStringLiteral("Brandt KG"), QStringLiteral("Öko Bau"), QStringLiteral("Zander AG")}));

    for (const QString &department : {QStringLiteral("Vertrieb"), QStringLiteral("Einkauf"), QStringLiteral("Ärzte"),
                                      QStringLiteral("Buchhaltung"), QStringLiteral("Bäckerei")})
        ASSERT_GT(s.createDepartment(baecker, department, &error), 0) << qPrintable(error.message);
    QStringList departments;
    for (const DepartmentRow &d : s.departments(baecker))
        departments.append(d.name);
    EXPECT_EQ(departments,
              (QStringList{QStringLiteral("Ärzte"), QStringLiteral("Bäckerei"), QStringLiteral("Buchhaltung"),
                           QStringLiteral("Einkauf"), QStringLiteral("Vertrieb")}));
}

TEST(Names, ANameTakenAlreadyIsRefusedAsSuchNotAsAChangeOfAnotherWindow)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    WorkspaceError error;
    ASSERT_GT(s.createCompany(QStringLiteral("Brandt AG"), 75, &error), 0) << qPrintable(error.message);
    EXPECT_LT(s.createCompany(QStringLiteral(" Brandt  AG "), 75, &error), 0);
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Conflict);
    EXPECT_EQ(error.message, QStringLiteral("\"Brandt AG\" exists already; choose another name."));
    EXPECT_LT(s.createCompany(QStringLiteral("brandt ag"), 75, &error), 0);
    EXPECT_TRUE(error.message.contains(QStringLiteral("did you mean \"Brandt AG\""))) << qPrintable(error.message);
}
