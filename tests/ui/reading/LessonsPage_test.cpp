// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ReadingBrowser.h"
#include "ui/reading/LessonTocModel.h"
#include "ui/reading/LessonsPage.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "ui/WidgetLookup.h"

#include <QDateTime>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

class LessonsPageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_view.reload().ok());
        ASSERT_TRUE(test::showActive(m_view, QSize(1000, 700)));
    }

    template<typename T> T* child(const char* name) const { return test::findChildOrFail<T>(&m_view, name); }
    QString shownText() const { return child<QTextBrowser>("lessonBrowser")->toPlainText(); }

    test::FakeContentRepository m_repo { test::FakeContentRepository::samplePack() };
    LessonsPage m_view { m_repo };
};

} // namespace

TEST_F(LessonsPageTest, opens_on_the_first_lesson_with_its_sources)
{
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("of-and-in"));
    const QString text = shownText();
    EXPECT_TRUE(text.contains(QStringLiteral("Of and in")));
    EXPECT_TRUE(text.contains(QStringLiteral("AWS secures the cloud")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sources")));
    EXPECT_TRUE(text.contains(QStringLiteral("AWS Shared Responsibility Model")));
    EXPECT_TRUE(text.contains(QStringLiteral("A course handout"))) << "a course document by its title";
    EXPECT_FALSE(text.contains(QStringLiteral("000_seed.txt"))) << "its file name is for the pack's authors";
    EXPECT_TRUE(
        child<QTextBrowser>("lessonBrowser")
            ->toHtml()
            .contains(QStringLiteral("https://aws.amazon.com/compliance/shared-responsibility-model/")));
    EXPECT_EQ(child<QLabel>("lessonPositionLabel")->text(), QStringLiteral("Lesson 1 of 5"));
    EXPECT_FALSE(child<QPushButton>("previousLessonButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>("nextLessonButton")->isEnabled());
}

TEST_F(LessonsPageTest, next_and_previous_walk_across_topics)
{
    QSignalSpy changed(&m_view, &LessonsPage::currentLessonChanged);
    auto* next = child<QPushButton>("nextLessonButton");
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("your-share"));
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("facilities")); // into the next topic
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.last().first().toString(), QStringLiteral("facilities"));
    QTest::mouseClick(child<QPushButton>("previousLessonButton"), Qt::LeftButton);
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("your-share"));
    EXPECT_TRUE(next->text().contains(QStringLiteral("Facilities"))) << next->text().toStdString();
}

TEST_F(LessonsPageTest, the_last_lesson_has_no_next)
{
    ASSERT_TRUE(m_view.showLesson(QStringLiteral("regions")));
    EXPECT_FALSE(child<QPushButton>("nextLessonButton")->isEnabled());
    m_view.showNextLesson();
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("regions"));
    EXPECT_EQ(child<QLabel>("lessonPositionLabel")->text(), QStringLiteral("Lesson 5 of 5"));
}

TEST_F(LessonsPageTest, alt_arrows_turn_pages_from_the_keyboard)
{
    auto* toc = child<QTreeView>("lessonTocView");
    toc->setFocus();
    QTest::keyClick(toc, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("your-share"));
    QTest::keyClick(toc, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("of-and-in"));
}

TEST_F(LessonsPageTest, choosing_in_the_table_of_contents_opens_the_lesson)
{
    auto* toc = child<QTreeView>("lessonTocView");
    const QModelIndex hypervisor = m_view.tocModel()->indexOfLesson(QStringLiteral("hypervisor"));
    const QRect rect = toc->visualRect(hypervisor);
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(toc->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("hypervisor"));
    EXPECT_TRUE(shownText().contains(QStringLiteral("AWS patches the hypervisor")));
    // Clicking a topic heading keeps the lesson.
    QTest::mouseClick(toc->viewport(), Qt::LeftButton, {},
                      toc->visualRect(m_view.tocModel()->index(0, 0)).center());
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("hypervisor"));
}

TEST_F(LessonsPageTest, shows_html_in_content_as_text)
{
    ASSERT_TRUE(m_view.showLesson(QStringLiteral("facilities")));
    EXPECT_TRUE(shownText().contains(QStringLiteral("<script>alert(1)</script>")));
}

TEST_F(LessonsPageTest, refuses_unknown_lessons_and_reports_store_errors)
{
    EXPECT_FALSE(m_view.showLesson(QStringLiteral("nope")));
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("of-and-in"));
    QSignalSpy errors(&m_view, &LessonsPage::errorOccurred);
    m_repo.setFailing(true);
    EXPECT_FALSE(m_view.showLesson(QStringLiteral("regions")));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_FALSE(m_view.reload().ok());
}

TEST_F(LessonsPageTest, loads_a_body_only_when_the_lesson_is_shown)
{
    const int before = m_repo.lessonLoads();
    m_view.showLesson(QStringLiteral("of-and-in")); // already shown
    EXPECT_EQ(m_repo.lessonLoads(), before);
    m_view.showNextLesson();
    EXPECT_EQ(m_repo.lessonLoads(), before + 1);
}

TEST_F(LessonsPageTest, a_key_term_in_bold_opens_its_definition)
{
    ASSERT_TRUE(m_view.showLesson(QStringLiteral("your-share")));
    auto* browser = child<QTextBrowser>("lessonBrowser");
    const QString html = browser->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"term:guest-os\""))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"term:security-group\"")));
    EXPECT_EQ(html.count(QStringLiteral("href=\"term:")), 2) << "bold that names no term is only bold";
    EXPECT_TRUE(
        shownText().contains(QStringLiteral("You patch the guest OS and set security group rules, always.")));

    // Following the link asks for the term, as a link written in the lesson does.
    QSignalSpy requested(&m_view, &LessonsPage::termRequested);
    // Tab moves to the first link; Enter follows it.
    browser->setFocus();
    browser->moveCursor(QTextCursor::Start);
    QTest::keyClick(browser, Qt::Key_Tab);
    QTest::keyClick(browser, Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.first().first().toString(), QStringLiteral("guest-os"));
}

TEST_F(LessonsPageTest, the_lesson_is_read_line_by_line_with_a_caret_the_arrow_keys_move)
{
    auto* text = child<QTextBrowser>("lessonBrowser");
    EXPECT_TRUE(text->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    EXPECT_TRUE(text->textInteractionFlags() & Qt::LinksAccessibleByKeyboard) << "links still open by Enter";
    text->setFocus();
    text->moveCursor(QTextCursor::Start);
    const int firstLine = text->textCursor().blockNumber();
    QTest::keyClick(text, Qt::Key_Down);
    QTest::keyClick(text, Qt::Key_Down);
    EXPECT_GT(text->textCursor().blockNumber(), firstLine) << "Down moves to the next line of text";
    QTest::keyClick(text, Qt::Key_End, Qt::ShiftModifier);
    EXPECT_FALSE(text->textCursor().selectedText().isEmpty()) << "and Shift selects from the keyboard";
    // Alt+arrows still turn the page from the text as from the contents.
    QTest::keyClick(text, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(m_view.currentLessonId(), QStringLiteral("your-share"));
}

TEST_F(LessonsPageTest, lessons_opened_are_recorded_and_ticked_in_the_table_of_contents)
{
    test::FakeLearnerRepository learner;
    ASSERT_TRUE(
        learner.markLessonRead(m_repo.lessonOutline()->last().id, QDateTime::currentDateTimeUtc()).ok());
    m_view.setLearnerStore(&learner);
    LessonTocModel* toc = m_view.tocModel();
    const QStringList ids = toc->lessonIds();
    ASSERT_GE(ids.size(), 3);
    // Read before (the last one), and the one on show when the store came (the first).
    EXPECT_EQ(learner.lessonsRead().value(), (QSet<QString> { ids.first(), ids.last() }));
    EXPECT_EQ(toc->readCount(), 2);
    const QModelIndex second = toc->indexOfLesson(ids.at(1));
    EXPECT_FALSE(second.data(LessonTocModel::ReadRole).toBool());
    // The tick's room is kept, empty, so that every title starts in the same place.
    const auto drawnPixels = [](const QModelIndex& i) {
        const QImage image = i.data(Qt::DecorationRole).value<QIcon>().pixmap(QSize(24, 24)).toImage();
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
        return n;
    };
    EXPECT_EQ(drawnPixels(second), 0);

    m_view.showNextLesson();
    EXPECT_TRUE(learner.lessonsRead()->contains(ids.at(1)));
    EXPECT_TRUE(second.data(LessonTocModel::ReadRole).toBool());
    EXPECT_GT(drawnPixels(second), 10) << "a tick for the eye";
    EXPECT_FALSE(second.data().toString().startsWith(QStringLiteral("✓"))) << "the title stays the title";
    EXPECT_TRUE(second.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", read")))
        << "the word for a screen reader";
    EXPECT_TRUE(second.parent().data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("read")))
        << "its topic says how many are read";
}

TEST_F(LessonsPageTest, a_long_title_in_a_narrow_table_of_contents_wraps_instead_of_being_cut)
{
    auto* toc = child<QTreeView>("lessonTocView");
    LessonTocModel* model = m_view.tocModel();
    // The longest title, in a pane too narrow for it on one line.
    QModelIndex longest;
    for (const QString& id : model->lessonIds()) {
        const QModelIndex i = model->indexOfLesson(id);
        if (!longest.isValid() || i.data().toString().size() > longest.data().toString().size())
            longest = i;
    }
    ASSERT_TRUE(longest.isValid());
    const int oneLine = toc->fontMetrics().height();
    const int wanted = toc->fontMetrics().horizontalAdvance(longest.data().toString());
    toc->setMinimumWidth(0);
    toc->setFixedWidth(wanted / 2 + toc->indentation() * 3);
    QTest::qWait(50); // the delayed layout of the rows at the new width
    QCoreApplication::processEvents();
    EXPECT_EQ(toc->textElideMode(), Qt::ElideNone);
    EXPECT_GE(toc->visualRect(longest).height(), 2 * oneLine) << "two lines or more, not one cut short";
}

TEST(ReadingBrowserTables, a_table_is_ruled_once_between_cells_with_a_shaded_header)
{
    ReadingBrowser browser;
    browser.setReadingMarkdown(QStringLiteral("Before\n\n| Phrase | Owner |\n|---|---|\n| of | AWS |\n"));
    int tables = 0;
    for (QTextFrame* frame : browser.document()->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        ++tables;
        const QTextTableFormat format = table->format();
        EXPECT_TRUE(format.borderCollapse()) << "two borders side by side between cells";
        EXPECT_EQ(format.cellSpacing(), 0);
        EXPECT_EQ(format.borderBrush().color(), browser.palette().color(QPalette::Mid));
        EXPECT_EQ(table->cellAt(0, 0).format().background().color(),
                  browser.palette().color(QPalette::AlternateBase));
        EXPECT_EQ(table->cellAt(1, 0).format().background().style(), Qt::NoBrush)
            << "only the header is shaded";
    }
    EXPECT_EQ(tables, 1);
}
