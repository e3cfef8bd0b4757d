// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ReadingBrowser.h"
#include "ui/reading/GlossaryModel.h"
#include "ui/reading/GlossaryPage.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"
#include "ui/WidgetLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

class GlossaryPageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_view.reload().ok());
        ASSERT_TRUE(test::showActive(m_view, QSize(1000, 700)));
    }

    template<typename T> T* child(const char* name) const { return test::findChildOrFail<T>(&m_view, name); }
    QStringList visibleTerms() const
    {
        QStringList out;
        const auto* list = child<QListView>("glossaryListView");
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out.append(list->model()->index(row, 0).data().toString());
        return out;
    }
    QString details() const { return child<ReadingBrowser>("glossaryBrowser")->toPlainText(); }

    test::FakeContentRepository m_repo { test::FakeContentRepository::samplePack() };
    GlossaryPage m_view { m_repo };
};

} // namespace

TEST_F(GlossaryPageTest, lists_terms_sorted_and_shows_the_first)
{
    EXPECT_EQ(visibleTerms(),
              (QStringList { QStringLiteral("Availability Zone"), QStringLiteral("Guest operating system"),
                             QStringLiteral("Hypervisor"), QStringLiteral("Security group") }));
    EXPECT_EQ(m_view.currentTermId(), QStringLiteral("availability-zone"));
    EXPECT_TRUE(details().contains(QStringLiteral("One or more data centers")));
}

TEST_F(GlossaryPageTest, typing_filters_by_term_alias_and_definition)
{
    auto* filter = child<QLineEdit>("glossaryFilterEdit");
    QTest::keyClicks(filter, QStringLiteral("guest os"));
    EXPECT_EQ(visibleTerms(), QStringList { QStringLiteral("Guest operating system") });
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("firewall"));
    EXPECT_EQ(visibleTerms(), QStringList { QStringLiteral("Security group") });
    EXPECT_FALSE(child<QLabel>("glossaryEmptyLabel")->isVisible());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    EXPECT_TRUE(visibleTerms().isEmpty());
    EXPECT_TRUE(child<QLabel>("glossaryEmptyLabel")->isVisible());
    EXPECT_TRUE(child<QLabel>("glossaryEmptyLabel")->text().contains(QStringLiteral("zzz")));
}

TEST_F(GlossaryPageTest, a_term_lists_and_links_the_lessons_that_use_it)
{
    ASSERT_TRUE(m_view.showTerm(QStringLiteral("hypervisor")));
    EXPECT_TRUE(details().contains(QStringLiteral("Used in these lessons")));
    EXPECT_TRUE(details().contains(QStringLiteral("The hypervisor")));
    EXPECT_FALSE(details().contains(QStringLiteral("Regions")));
    EXPECT_TRUE(
        child<ReadingBrowser>("glossaryBrowser")->toHtml().contains(QStringLiteral("lesson:hypervisor")));

    QSignalSpy requested(&m_view, &GlossaryPage::lessonRequested);
    emit child<ReadingBrowser>("glossaryBrowser")->anchorClicked(QUrl(QStringLiteral("lesson:hypervisor")));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.first().first().toString(), QStringLiteral("hypervisor"));
}

TEST_F(GlossaryPageTest, aliases_link_lessons_too)
{
    ASSERT_TRUE(m_view.showTerm(QStringLiteral("guest-os")));
    EXPECT_TRUE(details().contains(QStringLiteral("Also written: guest OS")));
    EXPECT_TRUE(details().contains(QStringLiteral("Your share")));
}

TEST_F(GlossaryPageTest, showing_a_hidden_term_clears_the_filter)
{
    QTest::keyClicks(child<QLineEdit>("glossaryFilterEdit"), QStringLiteral("hyper"));
    ASSERT_TRUE(m_view.showTerm(QStringLiteral("security-group")));
    EXPECT_TRUE(child<QLineEdit>("glossaryFilterEdit")->text().isEmpty());
    EXPECT_EQ(child<QListView>("glossaryListView")->currentIndex().data().toString(),
              QStringLiteral("Security group"));
    EXPECT_FALSE(m_view.showTerm(QStringLiteral("nope")));
}

TEST_F(GlossaryPageTest, keyboard_moves_from_the_filter_into_the_list)
{
    auto* filter = child<QLineEdit>("glossaryFilterEdit");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("zone"));
    QTest::keyClick(filter, Qt::Key_Return);
    auto* list = child<QListView>("glossaryListView");
    EXPECT_TRUE(list->hasFocus());
    EXPECT_EQ(m_view.currentTermId(), QStringLiteral("availability-zone"));
}
