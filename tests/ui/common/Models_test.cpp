// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reading/GlossaryModel.h"
#include "ui/reading/LessonTocModel.h"
#include "ui/reading/SearchResultsModel.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const Pack Sample = test::FakeContentRepository::samplePack();

QList<Lesson> outline() { return *test::FakeContentRepository(Sample).lessonOutline(); }

} // namespace

TEST(LessonTocModel, passes_the_model_tester_through_changes)
{
    LessonTocModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOutline(Sample.topics, outline());
    model.setOutline({}, {});
    model.setOutline(Sample.topics, outline());
    EXPECT_EQ(model.rowCount(), 3);
}

TEST(LessonTocModel, groups_lessons_under_their_topics_in_reading_order)
{
    LessonTocModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOutline(Sample.topics, outline());
    EXPECT_EQ(reset.count(), 1);
    const QModelIndex basics = model.index(0, 0);
    EXPECT_EQ(basics.data().toString(), QStringLiteral("Basics"));
    EXPECT_FALSE(basics.data(LessonTocModel::IsLessonRole).toBool());
    ASSERT_EQ(model.rowCount(basics), 2);
    const QModelIndex first = model.index(0, 0, basics);
    EXPECT_EQ(first.data(LessonTocModel::IdRole).toString(), QStringLiteral("of-and-in"));
    EXPECT_TRUE(first.data(LessonTocModel::IsLessonRole).toBool());
    EXPECT_EQ(first.data(Qt::ToolTipRole).toString(), QStringLiteral("Summary of Of and in"));
    EXPECT_EQ(first.parent(), basics);
    EXPECT_EQ(model.rowCount(model.index(2, 0)), 0); // the empty topic
    EXPECT_EQ(model.lessonIds(),
              (QStringList { QStringLiteral("of-and-in"), QStringLiteral("your-share"),
                             QStringLiteral("facilities"), QStringLiteral("hypervisor"),
                             QStringLiteral("regions") }));
    EXPECT_EQ(model.indexOfLesson(QStringLiteral("hypervisor")).row(), 1);
    EXPECT_EQ(model.topicTitleOfLesson(QStringLiteral("hypervisor")), QStringLiteral("AWS's side"));
    EXPECT_FALSE(model.indexOfLesson(QStringLiteral("nope")).isValid());
}

TEST(GlossaryModel, passes_the_model_tester_and_exposes_its_roles)
{
    GlossaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTerms(Sample.glossary);
    ASSERT_EQ(model.rowCount(), 4);
    const QModelIndex guest = model.indexOfTerm(QStringLiteral("guest-os"));
    EXPECT_EQ(guest.data().toString(), QStringLiteral("Guest operating system"));
    EXPECT_EQ(guest.data(GlossaryModel::AliasesRole).toStringList(),
              QStringList { QStringLiteral("guest OS") });
    EXPECT_TRUE(guest.data(GlossaryModel::SearchTextRole).toString().contains(QStringLiteral("guest OS")));
    EXPECT_EQ(model.rowCount(guest), 0);
    EXPECT_EQ(model.term(QStringLiteral("hypervisor"))->term, QStringLiteral("Hypervisor"));
    EXPECT_EQ(model.term(QStringLiteral("nope")), nullptr);
    model.setTerms({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SearchResultsModel, passes_the_model_tester_and_exposes_its_roles)
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString snippet = QStringLiteral("AWS patches the ") + SearchHit::SnippetStart
        + QStringLiteral("hypervisor") + SearchHit::SnippetEnd;
    model.setHits({ { SearchHit::Kind::Lesson, QStringLiteral("hypervisor"), QStringLiteral("The hypervisor"),
                      snippet, QStringLiteral("hypervisor") },
                    { SearchHit::Kind::GlossaryTerm,
                      QStringLiteral("hypervisor"),
                      QStringLiteral("Hypervisor"),
                      QStringLiteral("x"),
                      {} } });
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    EXPECT_EQ(first.data().toString(), QStringLiteral("The hypervisor"));
    EXPECT_EQ(first.data(SearchResultsModel::KindNameRole).toString(), QStringLiteral("Lesson"));
    EXPECT_EQ(first.data(Qt::ToolTipRole).toString(),
              QStringLiteral("AWS patches the hypervisor")); // markers stripped
    EXPECT_EQ(first.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Lesson: The hypervisor"));
    EXPECT_EQ(model.index(1).data(SearchResultsModel::KindRole).toInt(), int(SearchHit::Kind::GlossaryTerm));
    model.setHits({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SearchResultsModel, reads_a_long_list_of_hits_a_page_at_a_time)
{
    const int total = 2 * SearchResultsModel::PageSize + 20;
    QList<SearchHit> hits;
    for (int i = 0; i < total; ++i)
        hits.append({ SearchHit::Kind::Question,
                      QStringLiteral("q%1").arg(i),
                      QStringLiteral("Q %1").arg(i),
                      {},
                      {} });
    QList<int> asked;
    bool failFrom = false;
    const auto pager = [&](int offset, int limit) -> Result<QList<SearchHit>> {
        asked.append(offset);
        if (failFrom && offset > 0)
            return Error { QStringLiteral("the disk went away") };
        return hits.mid(offset, limit);
    };
    SearchResultsModel model;
    ASSERT_TRUE(model.setSearch(pager, total).ok());
    EXPECT_EQ(model.total(), total);
    EXPECT_EQ(model.rowCount(), SearchResultsModel::PageSize) << "the first page only";
    {
        // (Qt 6.4's tester fetches more inside a reset and fails itself: only while fetching.)
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        while (model.canFetchMore({}))
            model.fetchMore({});
    }
    EXPECT_EQ(model.rowCount(), total);
    EXPECT_EQ(model.index(total - 1).data().toString(), QStringLiteral("Q %1").arg(total - 1));
    EXPECT_EQ(asked, (QList<int> { 0, SearchResultsModel::PageSize, 2 * SearchResultsModel::PageSize }));

    // A page that cannot be read is said once, and the list stays as it was.
    failFrom = true;
    QSignalSpy failed(&model, &SearchResultsModel::fetchFailed);
    ASSERT_TRUE(model.setSearch(pager, total).ok());
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(model.rowCount(), SearchResultsModel::PageSize);
    EXPECT_FALSE(model.canFetchMore({}));
}
