// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Progress.h"
#include "core/quiz/TermQuestions.h"

#include "support/FakeClock.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::FakeClock;

namespace {

Question about(const char* id, const char* topic, const char* layer = "", const char* model = "",
               const char* service = "")
{
    Question q;
    q.id = QLatin1String(id);
    q.topic = QLatin1String(topic);
    q.layer = QLatin1String(layer);
    q.model = QLatin1String(model);
    q.service = QLatin1String(service);
    q.choices = { { QStringLiteral("a"), QStringLiteral("A"), true, std::nullopt, QStringLiteral("yes") } };
    return q;
}

ItemStats stats(int attempts, int correct, bool lastCorrect)
{
    ItemStats s;
    s.attempts = attempts;
    s.correct = correct;
    s.lastCorrect = lastCorrect;
    return s;
}

ResponsibilityStack stack()
{
    Layer guest;
    guest.id = QStringLiteral("guest-os");
    Layer data;
    data.id = QStringLiteral("data");
    ServiceModel iaas { QStringLiteral("iaas"), QStringLiteral("IaaS"), {}, {} };
    ServiceModel paas { QStringLiteral("paas"), QStringLiteral("PaaS"), {}, {} };
    Service rds;
    rds.id = QStringLiteral("rds");
    rds.model = QStringLiteral("paas");
    return ResponsibilityStack({ guest, data }, { iaas, paas }, { rds });
}

} // namespace

TEST(Progress, a_question_is_mastered_while_its_latest_answer_is_right)
{
    FakeClock clock;
    ProgressInput in;
    in.topics = { { QStringLiteral("basics"), QStringLiteral("Basics"), {} },
                  { QStringLiteral("aws-side"), QStringLiteral("AWS's side"), {} },
                  { QStringLiteral("empty"), QStringLiteral("No questions"), {} } };
    in.bank = { about("q1", "basics"), about("q2", "basics"), about("q3", "basics"),
                about("q4", "aws-side") };
    in.learner.stats = { { QStringLiteral("q1"), stats(3, 1, true) },
                         { QStringLiteral("q2"), stats(2, 2, false) },
                         { QStringLiteral("retired"), stats(5, 0, false) } };
    const ProgressReport r = buildProgress(in, ReviewScheduler(clock), clock.now().date(), 7);
    ASSERT_EQ(r.topics.size(), 2) << "a topic without questions is left out";
    EXPECT_EQ(r.topics.at(0).topic, QStringLiteral("basics"));
    EXPECT_EQ(r.topics.at(0).questions, 3);
    EXPECT_EQ(r.topics.at(0).answered, 2);
    EXPECT_EQ(r.topics.at(0).mastered, 1);
    EXPECT_EQ(r.topics.at(1).answered, 0);
    EXPECT_EQ(r.questions, 4);
    EXPECT_EQ(r.mastered, 1);
    EXPECT_EQ(r.mistakes, 1);
    EXPECT_EQ(r.attempts, 10) << "every recorded answer counts, retired questions too";
}

TEST(Progress, days_run_back_from_today_with_gaps_filled)
{
    FakeClock clock;
    ProgressInput in;
    const QDate today(2026, 11, 10);
    in.activity = { { QDate(2026, 11, 1), 9, 9 }, { QDate(2026, 11, 8), 4, 3 }, { today, 2, 1 } };
    const ProgressReport r = buildProgress(in, ReviewScheduler(clock), today, 3);
    EXPECT_EQ(
        r.days,
        (QList<DayActivity> { { QDate(2026, 11, 8), 4, 3 }, { QDate(2026, 11, 9), 0, 0 }, { today, 2, 1 } }));
}

TEST(Progress, counts_what_is_due_by_the_scheduler_and_the_flags)
{
    FakeClock clock;
    ProgressInput in;
    in.bank = { about("q1", "basics"), about("q2", "basics"), about("q3", "basics") };
    in.glossary = { { QStringLiteral("t1"), QStringLiteral("T1"), {}, QStringLiteral("d"), {} },
                    { QStringLiteral("t2"), QStringLiteral("T2"), {}, QStringLiteral("d"), {} },
                    { QStringLiteral("t3"), QStringLiteral("T3"), {}, QStringLiteral("d"), {} } };
    ReviewState due;
    due.due = clock.now().addSecs(-1);
    ReviewState later;
    later.due = clock.now().addDays(1);
    in.learner.reviews = { { QStringLiteral("q1"), due },
                           { QStringLiteral("q2"), later },
                           { QStringLiteral("gone"), due },
                           { termItemId(QStringLiteral("t1")), due },
                           { termItemId(QStringLiteral("t2")), later } };
    in.learner.flagged = { QStringLiteral("q1"), QStringLiteral("q3") };
    const ProgressReport r = buildProgress(in, ReviewScheduler(clock), clock.now().date(), 1);
    EXPECT_EQ(r.dueQuestions, 2) << "q1 (due and flagged, once) and q3 (flagged)";
    EXPECT_EQ(r.dueTerms, 1);
    EXPECT_EQ(r.newTerms, 1);
}

TEST(ErrorHeat, counts_wrong_answers_per_cell_and_per_layer)
{
    const QList<Question> bank { about("on-rds", "s", "guest-os", "", "rds"),
                                 about("on-iaas", "s", "guest-os", "iaas"),
                                 about("layer-only", "s", "guest-os"), about("no-layer", "s"),
                                 about("unknown-layer", "s", "attic", "iaas") };
    const QHash<QString, ItemStats> st { { QStringLiteral("on-rds"), stats(4, 1, false) },
                                         { QStringLiteral("on-iaas"), stats(2, 1, true) },
                                         { QStringLiteral("layer-only"), stats(1, 0, false) },
                                         { QStringLiteral("no-layer"), stats(9, 0, false) },
                                         { QStringLiteral("unknown-layer"), stats(9, 0, false) } };
    const ErrorHeat heat = ErrorHeat::build(bank, st, stack());
    EXPECT_EQ(heat.cell(QStringLiteral("guest-os"), QStringLiteral("rds")), (CellErrors { 3, 4 }));
    EXPECT_EQ(heat.cell(QStringLiteral("guest-os"), QStringLiteral("paas")), (CellErrors { 3, 4 }))
        << "RDS follows PaaS";
    EXPECT_EQ(heat.cell(QStringLiteral("guest-os"), QStringLiteral("iaas")), (CellErrors { 1, 2 }));
    EXPECT_EQ(heat.layer(QStringLiteral("guest-os")), (CellErrors { 5, 7 }));
    EXPECT_EQ(heat.cell(QStringLiteral("data"), QStringLiteral("iaas")), CellErrors {});
    EXPECT_EQ(heat.maxWrong(), 3);
    EXPECT_TRUE(ErrorHeat::build(bank, {}, stack()).isEmpty());
}
