// Mapping profiles kept for the next wave (formats.md *Survey exports with a mapping profile*)
// go through the session's own connection, so that a team workspace keeps them as a file does
// (this suite runs against both backends): newest first, replaced by name, refused read-only,
// still there after reopening.

#include "SessionTestSupport.h"
#include "io/MappingProfile.h"
#include "session/MappingProfiles.h"

#include <QThread>

using namespace sbr;
using namespace sbr::session;

namespace {

io::MappingProfile profile(const QString &header, const QString &item)
{
    io::MappingProfile p;
    p.columns = {{header, item}, {QStringLiteral("Abteilung"), QStringLiteral("department")}};
    p.levels = {{QStringLiteral("Trifft voll zu"), 4}, {QStringLiteral("Weiß nicht"), std::nullopt}};
    p.company = QStringLiteral("Muster GmbH");
    return p;
}

QStringList names(const WorkspaceSession &s)
{
    QList<StoredMappingProfile> kept;
    WorkspaceError error;
    EXPECT_TRUE(keptMappingProfiles(s, &kept, &error)) << qPrintable(error.message);
    QStringList out;
    for (const StoredMappingProfile &k : kept)
        out << k.name;
    return out;
}

} // namespace

TEST(MappingSession, ProfilesAreKeptNewestFirstReplacedByNameAndSurviveReopening)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    EXPECT_TRUE(names(s).isEmpty());
    WorkspaceError error;
    const io::MappingProfile first = profile(QStringLiteral("Q1. Ziele"), QStringLiteral("strategy.business-goals"));
    ASSERT_TRUE(keepMappingProfile(s, QStringLiteral("  Forms   Frühjahr "), first, &error))
        << qPrintable(error.message);
    QThread::msleep(5); // the saved time orders them
    const io::MappingProfile second =
        profile(QStringLiteral("Q2. Strategie"), QStringLiteral("strategy.overall-strategy"));
    ASSERT_TRUE(keepMappingProfile(s, QStringLiteral("Google"), second, &error)) << qPrintable(error.message);
    EXPECT_EQ(names(s), (QStringList{QStringLiteral("Google"), QStringLiteral("Forms Frühjahr")}));
    QThread::msleep(5);
    ASSERT_TRUE(keepMappingProfile(s, QStringLiteral("Forms Frühjahr"), second, &error)) << qPrintable(error.message);
    EXPECT_EQ(names(s), (QStringList{QStringLiteral("Forms Frühjahr"), QStringLiteral("Google")}));
    // The profile for a header is the newest that maps all of it.
    const auto found = keptMappingProfileFor(s, {QStringLiteral("Q2. Strategie"), QStringLiteral("Abteilung")});
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, QStringLiteral("Forms Frühjahr"));
    EXPECT_EQ(found->profile, second);
    EXPECT_FALSE(keptMappingProfileFor(s, {QStringLiteral("Q1. Ziele")}));
    EXPECT_FALSE(keepMappingProfile(s, QStringLiteral("   "), first, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Invalid);

    demo.session.reset();
    auto reopened = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadOnly, &error);
    ASSERT_TRUE(reopened) << qPrintable(error.message);
    EXPECT_EQ(names(*reopened), (QStringList{QStringLiteral("Forms Frühjahr"), QStringLiteral("Google")}));
    EXPECT_FALSE(keepMappingProfile(*reopened, QStringLiteral("Neu"), first, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::ReadOnly);
}
