// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"
#include "ui/WindowTest.h"
#include "ui/common/Card.h"
#include "ui/common/ReadingBrowser.h"
#include "ui/diagram/DiagramPage.h"
#include "ui/editor/EditorPage.h"
#include "ui/matrix/MatrixPage.h"
#include "ui/notes/NotesPage.h"
#include "ui/packs/PacksModel.h"
#include "ui/packs/PacksPage.h"
#include "ui/paint/TextZoom.h"
#include "ui/paint/Theme.h"
#include "ui/paint/ViewIcons.h"
#include "ui/progress/ProgressPage.h"
#include "ui/progress/ReviewPage.h"
#include "ui/quiz/QuizPage.h"
#include "ui/reading/GlossaryPage.h"
#include "ui/reading/LessonTocModel.h"
#include "ui/reading/LessonsPage.h"
#include "ui/reading/SearchPage.h"
#include "ui/reading/SearchResultsModel.h"
#include "ui/window/GettingStartedDialog.h"
#include "ui/window/MainWindow.h"

#include "demarc/Version.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "ui/FakePackStore.h"
#include "ui/FocusRecorder.h"
#include "ui/WidgetLookup.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace demarc;

namespace {

class MainWindowTest : public test::WindowTest
{
protected:
    MainWindowTest()
        : WindowTest(test::FakeContentRepository::samplePack())
    { }

    void SetUp() override { openWindow(Show::Active); }
};

/** A window over stores of its own, for tests that start it themselves (open(), not reload()). */
struct OwnWindow
{
    explicit OwnWindow(Pack pack)
        : repo(std::move(pack))
    {
        QSettings().clear();
    }
    ~OwnWindow() { QSettings().clear(); }

    test::FakeContentRepository repo;
    test::FakeLearnerRepository learner;
    test::FakePackStore packs;
    MainWindow window { repo, learner, packs };
};

} // namespace

TEST_F(MainWindowTest, lists_only_the_views_that_exist)
{
    auto* nav = child<QListWidget>("navigationList");
    ASSERT_EQ(nav->count(), 11);
    QStringList titles;
    for (int i = 0; i < nav->count(); ++i)
        titles.append(nav->item(i)->text());
    EXPECT_EQ(titles,
              (QStringList { QStringLiteral("Home"), QStringLiteral("Lessons"), QStringLiteral("Diagram"),
                             QStringLiteral("Matrix"), QStringLiteral("Glossary"), QStringLiteral("Quiz"),
                             QStringLiteral("Review"), QStringLiteral("Progress"), QStringLiteral("Notes"),
                             QStringLiteral("Packs"), QStringLiteral("Editor") }));
    EXPECT_EQ(MainWindow::viewNames(),
              (QStringList { QStringLiteral("home"), QStringLiteral("lessons"), QStringLiteral("diagram"),
                             QStringLiteral("matrix"), QStringLiteral("glossary"), QStringLiteral("quiz"),
                             QStringLiteral("review"), QStringLiteral("progress"), QStringLiteral("notes"),
                             QStringLiteral("packs"), QStringLiteral("editor") }));
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("home"));
    EXPECT_TRUE(child<QLabel>("statusCountsLabel")->text().contains(QStringLiteral("5 lessons")));
}

TEST_F(MainWindowTest, the_sidebar_and_shortcuts_switch_views)
{
    auto* nav = child<QListWidget>("navigationList");
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(4)).center());
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("glossary"));
    EXPECT_EQ(child<QStackedWidget>("viewStack")->currentWidget(), m_window->glossaryPage());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("lessons"));
    EXPECT_EQ(nav->currentRow(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("diagram"));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("matrix"));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("quiz"));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("review"));
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("progress"));
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("notes"));
    QTest::keyClick(m_window.get(), Qt::Key_Home, Qt::AltModifier);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("home"));
    EXPECT_EQ(nav->currentRow(), 0) << "Home heads the sidebar";
    EXPECT_FALSE(m_window->showView(QStringLiteral("presenter"))) << "views not built yet do not exist";
}

TEST_F(MainWindowTest, search_shows_results_and_opens_them)
{
    auto* search = child<QLineEdit>("searchEdit");
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("hypervisor"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("search"));
    EXPECT_EQ(child<QListWidget>("navigationList")->currentRow(), -1);
    auto* results = child<QListView>("searchResultsView");
    ASSERT_EQ(results->model()->rowCount(), 2);
    EXPECT_TRUE(child<QLabel>("searchSummaryLabel")->text().contains(QStringLiteral("2 results")));

    // The glossary hit opens the glossary on that term.
    const QModelIndex term = results->model()->index(1, 0);
    ASSERT_EQ(term.data(SearchResultsModel::KindNameRole).toString(), QStringLiteral("Glossary"));
    results->setCurrentIndex(term);
    QTest::keyClick(results, Qt::Key_Return);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("glossary"));
    EXPECT_EQ(m_window->glossaryPage()->currentTermId(), QStringLiteral("hypervisor"));
    EXPECT_TRUE(search->text().isEmpty());
}

TEST_F(MainWindowTest, typing_searches_by_itself_and_down_moves_into_the_results)
{
    auto* search = child<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("regions"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_window->currentViewName() == QLatin1String("search"); }, 5000));
    QTest::keyClick(search, Qt::Key_Down);
    auto* results = child<QListView>("searchResultsView");
    EXPECT_TRUE(results->hasFocus());
    EXPECT_EQ(results->currentIndex().row(), 0);
}

TEST_F(MainWindowTest, a_lesson_hit_opens_the_lesson)
{
    m_window->searchPage()->setQuery(QStringLiteral("Availability"));
    auto* results = child<QListView>("searchResultsView");
    m_window->showView(QStringLiteral("search"));
    ASSERT_GE(results->model()->rowCount(), 1);
    results->setFocus();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results, Qt::Key_Return);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("lessons"));
    EXPECT_EQ(m_window->lessonsPage()->currentLessonId(), QStringLiteral("regions"));
    // The word searched for is marked wherever it is, and the first is selected, in view.
    auto* text = child<QTextBrowser>("lessonBrowser");
    EXPECT_FALSE(text->extraSelections().isEmpty());
    for (const QTextEdit::ExtraSelection& mark : text->extraSelections())
        EXPECT_TRUE(
            mark.cursor.selectedText().startsWith(QStringLiteral("availability"), Qt::CaseInsensitive));
    EXPECT_TRUE(
        text->textCursor().selectedText().startsWith(QStringLiteral("Availability"), Qt::CaseInsensitive));
    // Another lesson: no marks left over.
    const QStringList ids = m_window->lessonsPage()->tocModel()->lessonIds();
    ASSERT_TRUE(m_window->lessonsPage()->showLesson(ids.first() == QLatin1String("regions") ? ids.last()
                                                                                            : ids.first()));
    EXPECT_TRUE(text->extraSelections().isEmpty());
}

TEST_F(MainWindowTest, escape_leaves_search_for_the_previous_view)
{
    m_window->showView(QStringLiteral("glossary"));
    auto* search = child<QLineEdit>("searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("search"));
    EXPECT_TRUE(child<QLabel>("searchSummaryLabel")->text().contains(QStringLiteral("Nothing matches")));
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_EQ(m_window->currentViewName(), QStringLiteral("glossary"));
}

TEST_F(MainWindowTest, remembers_geometry_view_and_lesson)
{
    m_window->resize(1100, 700);
    m_window->showView(QStringLiteral("glossary"));
    m_window->lessonsPage()->showLesson(QStringLiteral("hypervisor"));
    m_window->close();

    MainWindow again(m_repo, m_learner, m_packStore);
    ASSERT_TRUE(again.reload().ok());
    again.restoreSettings();
    EXPECT_EQ(again.currentViewName(), QStringLiteral("glossary"));
    EXPECT_EQ(again.lessonsPage()->currentLessonId(), QStringLiteral("hypervisor"));
    EXPECT_EQ(again.size(), QSize(1100, 700));
}

TEST_F(MainWindowTest, does_not_save_settings_when_told_not_to)
{
    m_window->setPersistSettings(false);
    m_window->showView(QStringLiteral("glossary"));
    m_window->close();
    EXPECT_FALSE(QSettings().contains(QStringLiteral("window/view")));
}

TEST_F(MainWindowTest, widgets_carry_accessible_names)
{
    for (const char* name : { "searchEdit", "navigationList" })
        EXPECT_FALSE(child<QWidget>(name)->accessibleName().isEmpty()) << name;
    for (QWidget* w : m_window->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisible() || !qobject_cast<QAbstractScrollArea*>(w))
            continue;
        EXPECT_FALSE(w->accessibleName().isEmpty())
            << w->metaObject()->className() << " " << w->objectName().toStdString();
    }
}

TEST_F(MainWindowTest, the_packs_view_lists_the_course_even_when_answers_came_before_it_was_first_shown)
{
    // Answers recorded before the Packs view is first opened (the quiz tells the window its
    // learner data changed) must not leave the view unread: it went empty this way.
    emit m_window->quizPage()->learnerDataChanged();
    emit m_window->quizPage()->learnerDataChanged();
    ASSERT_TRUE(m_window->showView(QStringLiteral("packs")));
    EXPECT_GT(m_window->packsPage()->model()->rowCount(), 0);
    ASSERT_TRUE(m_window->showView(QStringLiteral("editor")));
    emit m_window->quizPage()->learnerDataChanged();
    ASSERT_TRUE(m_window->showView(QStringLiteral("packs")));
    EXPECT_GT(m_window->packsPage()->model()->rowCount(), 0);
}

TEST(MainWindowStart, opening_on_the_diagram_builds_the_diagram_and_nothing_else)
{
    OwnWindow own { test::FakeContentRepository::samplePack() };
    MainWindow& window = own.window;
    const test::FakeContentRepository& repo = own.repo;
    ASSERT_TRUE(window.open(QStringLiteral("diagram")).ok());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentViewName(), QStringLiteral("diagram"));
    EXPECT_NE(window.findChild<DiagramPage*>(), nullptr);
    EXPECT_EQ(window.findChild<EditorPage*>(), nullptr);
    EXPECT_EQ(window.findChild<QuizPage*>(), nullptr);
    EXPECT_EQ(window.findChild<MatrixPage*>(), nullptr);
    EXPECT_EQ(window.findChild<LessonsPage*>(), nullptr);
    EXPECT_EQ(window.findChild<PacksPage*>(), nullptr);
    EXPECT_EQ(repo.lessonLoads(), 0) << "no lesson body is read for a view not shown";
    EXPECT_TRUE(test::findChildOrFail<QLabel>(&window, "statusCountsLabel")
                    ->text()
                    .contains(QStringLiteral("5 lessons")));

    // The sidebar works before the other views exist: a view is built when first shown.
    auto* nav = test::findChildOrFail<QListWidget>(&window, "navigationList");
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(3)).center());
    EXPECT_EQ(window.currentViewName(), QStringLiteral("matrix"));
    EXPECT_NE(window.findChild<MatrixPage*>(), nullptr);
    EXPECT_EQ(window.findChild<QuizPage*>(), nullptr);

    // So does search.
    auto* edit = test::findChildOrFail<QLineEdit>(&window, "searchEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("hypervisor"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(window.currentViewName(), QStringLiteral("search"));
    ASSERT_NE(window.findChild<SearchPage*>(), nullptr);
    EXPECT_GT(window.findChild<SearchPage*>()->model()->rowCount(), 0);
    EXPECT_EQ(window.findChild<EditorPage*>(), nullptr);
}

TEST_F(MainWindowTest, every_view_shares_one_course_read_once)
{
    const int before =
        m_repo.reads("questions") + m_repo.reads("glossary") + m_repo.reads("responsibilityStack");
    EXPECT_LE(before, 3);
    for (const QString& view : MainWindow::viewNames())
        ASSERT_TRUE(m_window->showView(view)) << view.toStdString();
    EXPECT_LE(m_repo.reads("questions"), 1)
        << "the quiz, review, progress, notes, matrix and editor share one question bank";
    EXPECT_LE(m_repo.reads("questionOutline"), 1) << "and one outline, when the bank is not read yet";
    EXPECT_LE(m_repo.reads("glossary"), 1);
    EXPECT_LE(m_repo.reads("responsibilityStack"), 1);
    EXPECT_LE(m_repo.reads("lessonOutline"), 1);
    const int reads = m_repo.reads();
    for (const QString& view : MainWindow::viewNames())
        ASSERT_TRUE(m_window->showView(view));
    EXPECT_EQ(m_repo.reads(), reads) << "showing the views again reads nothing of the course";

    // A pack imported or changed: the course is read again, once.
    ASSERT_TRUE(m_window->reload().ok());
    EXPECT_EQ(m_repo.reads("questions"), 2);
    EXPECT_EQ(m_repo.reads("glossary"), 2);
}

TEST(MainWindowChanges, a_change_reaches_only_the_views_already_built)
{
    OwnWindow own { test::FakeContentRepository::bundledCourse() };
    MainWindow& window = own.window;
    const test::FakeContentRepository& repo = own.repo;
    test::FakeLearnerRepository& learner = own.learner;
    ASSERT_TRUE(window.open(QStringLiteral("quiz")).ok());

    // Answers recorded while the Review, Progress and Notes views were never opened: nothing is
    // built for them, and each reads the answers when it is first shown.
    emit window.quizPage()->learnerDataChanged();
    EXPECT_EQ(window.findChild<ReviewPage*>(), nullptr);
    EXPECT_EQ(window.findChild<ProgressPage*>(), nullptr);
    EXPECT_EQ(window.findChild<NotesPage*>(), nullptr);

    // A built view shows what changed when it is shown next: an answer given meanwhile.
    ASSERT_TRUE(window.showView(QStringLiteral("progress")));
    ASSERT_TRUE(window.showView(QStringLiteral("quiz")));
    auto* answers = test::findChildOrFail<QLabel>(window.progressPage(), "answersLabel");
    const QString before = answers->text();
    Attempt a;
    a.questionId = repo.questions()->constFirst().id;
    a.answeredAt = QDateTime::currentDateTimeUtc();
    a.mode = QuizMode::Practice;
    a.score = 1;
    a.correct = true;
    ASSERT_TRUE(learner.recordAttempt(a, ReviewState {}).ok());
    emit window.quizPage()->learnerDataChanged();
    ASSERT_TRUE(window.showView(QStringLiteral("progress")));
    EXPECT_NE(answers->text(), before)
        << "the Progress view read the new answer: " << answers->text().toStdString();
}

TEST_F(MainWindowTest, about_shows_the_version_the_licence_and_every_source_of_the_course)
{
    auto* about = m_window->findChild<QAction*>(QStringLiteral("aboutAction"));
    ASSERT_NE(about, nullptr);
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), QStringLiteral("aboutDialog"));
        const auto* version = dialog->findChild<QLabel*>(QStringLiteral("aboutVersion"));
        ASSERT_NE(version, nullptr);
        EXPECT_EQ(version->text(), QStringLiteral("Demarc %1").arg(QLatin1String(DEMARC_VERSION)));
        const QString text = dialog->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License")));
        EXPECT_TRUE(text.contains(QLatin1String(qVersion())));
        const QString sources =
            dialog->findChild<QTextBrowser*>(QStringLiteral("aboutSources"))->toPlainText();
        const QList<Source> course = *m_repo.sources();
        ASSERT_FALSE(course.isEmpty());
        for (const Source& s : course)
            EXPECT_TRUE(sources.contains(s.title)) << s.id.toStdString();
        seen = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    about->trigger();
    EXPECT_TRUE(seen);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "Esc closes it";
}

TEST_F(MainWindowTest, the_theme_menu_wears_a_theme_and_keeps_the_choice)
{
    QSettings().remove(QStringLiteral("appearance/theme"));
    auto* dark = m_window->findChild<QAction*>(QStringLiteral("darkThemeAction"));
    ASSERT_NE(dark, nullptr);
    for (const char* name : { "systemThemeAction", "lightThemeAction", "high-contrastThemeAction" })
        EXPECT_NE(m_window->findChild<QAction*>(QLatin1String(name)), nullptr) << name;
    dark->trigger();
    EXPECT_TRUE(dark->isChecked());
    EXPECT_EQ(theme::applied(), ThemeChoice::Dark);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              theme::colors(ThemeChoice::Dark).palette.color(QPalette::Window));
    EXPECT_EQ(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));

    // The next start wears it again; a theme given for one session is not kept.
    EXPECT_EQ(theme::saved(), ThemeChoice::Dark);
    m_window->wearTheme(ThemeChoice::HighContrast);
    EXPECT_TRUE(m_window->findChild<QAction*>(QStringLiteral("high-contrastThemeAction"))->isChecked());
    EXPECT_EQ(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
    QSettings().remove(QStringLiteral("appearance/theme"));
    m_window->wearTheme(ThemeChoice::Light);
}

TEST_F(MainWindowTest, f1_lists_every_shortcut_of_the_menus_and_of_each_view)
{
    auto* keys = m_window->findChild<QAction*>(QStringLiteral("shortcutsAction"));
    ASSERT_NE(keys, nullptr);
    EXPECT_EQ(keys->shortcut(), QKeySequence(Qt::Key_F1));
    QString shown;
    QTimer::singleShot(0, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), QStringLiteral("shortcutsDialog"));
        const auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsList"));
        ASSERT_NE(list, nullptr);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* section = list->topLevelItem(i);
            shown += section->text(0) + QLatin1Char('\n');
            for (int k = 0; k < section->childCount(); ++k)
                shown += section->child(k)->text(0) + QLatin1Char('\t') + section->child(k)->text(1)
                    + QLatin1Char('\n');
        }
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    keys->trigger();
    // Every menu item with a shortcut is listed with it, read from the menus themselves.
    int listed = 0;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        const QString key = a->shortcut().toString(QKeySequence::NativeText);
        EXPECT_TRUE(shown.contains(key)) << a->text().toStdString() << " " << key.toStdString();
        ++listed;
    }
    EXPECT_GT(listed, 15);
    for (const char* key : { "Alt+Left", "Sorting board", "Presenter mode", "leave presenter mode" })
        EXPECT_TRUE(shown.contains(QLatin1String(key))) << key;
    EXPECT_FALSE(shown.contains(QLatin1Char('&'))) << "no mnemonic marks";
}

TEST_F(MainWindowTest, zoom_scales_every_text_and_is_kept_for_the_next_start)
{
    QSettings().remove(QStringLiteral("appearance/zoom"));
    ASSERT_TRUE(m_window->showView(QStringLiteral("lessons")));
    auto* reading = m_window->findChild<ReadingBrowser*>(QStringLiteral("lessonBrowser"));
    auto* brand = m_window->findChild<QLabel*>(QStringLiteral("brandLabel"));
    ASSERT_NE(reading, nullptr);
    ASSERT_NE(brand, nullptr);
    const qreal body = QApplication::font().pointSizeF();
    const qreal text = reading->font().pointSizeF();
    const qreal title = brand->font().pointSizeF();
    EXPECT_EQ(reading->document()->defaultFont().pointSizeF(), text);

    auto* larger = m_window->findChild<QAction*>(QStringLiteral("zoomInAction"));
    ASSERT_NE(larger, nullptr);
    larger->trigger();
    larger->trigger();
    EXPECT_EQ(zoom::current(), 120);
    EXPECT_NEAR(QApplication::font().pointSizeF(), body * 1.2, 0.01);
    EXPECT_NEAR(reading->font().pointSizeF(), text * 1.2, 0.01) << "a scaled font grows with the app's";
    EXPECT_NEAR(reading->document()->defaultFont().pointSizeF(), text * 1.2, 0.01) << "and the text in it";
    EXPECT_NEAR(brand->font().pointSizeF(), title * 1.2, 0.01);
    EXPECT_TRUE(brand->font().bold());
    EXPECT_EQ(zoom::saved(), 120);

    m_window->findChild<QAction*>(QStringLiteral("zoomOutAction"))->trigger();
    EXPECT_EQ(zoom::current(), 110);
    for (int i = 0; i < 30; ++i)
        m_window->findChild<QAction*>(QStringLiteral("zoomOutAction"))->trigger();
    EXPECT_EQ(zoom::current(), zoom::Smallest) << "never smaller than readable";
    m_window->findChild<QAction*>(QStringLiteral("actualSizeAction"))->trigger();
    EXPECT_EQ(zoom::current(), 100);
    EXPECT_NEAR(reading->font().pointSizeF(), text, 0.01);
    QSettings().remove(QStringLiteral("appearance/zoom"));
}

namespace {

/** Every object under @p node that can take the keyboard focus and has no name a screen reader can say. */
void unnamedFocusable(QAccessibleInterface* node, const QString& path, QStringList& out, int depth = 0)
{
    if (!node || depth > 40)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible || state.offscreen)
        return;
    const QString name = node->text(QAccessible::Name).trimmed();
    const QString where = path + QLatin1Char('/')
        + (node->object() ? node->object()->objectName() + QLatin1Char(':')
                   + QLatin1String(node->object()->metaObject()->className())
                          : QString::number(int(node->role())));
    if (state.focusable && !state.disabled && name.isEmpty())
        out.append(where);
    for (int i = 0; i < node->childCount(); ++i)
        unnamedFocusable(node->child(i), where, out, depth + 1);
}

} // namespace

TEST_F(MainWindowTest, every_control_that_takes_the_focus_has_a_name_on_every_view)
{
    for (const QString& view : m_window->viewNames()) {
        SCOPED_TRACE(view.toStdString());
        ASSERT_TRUE(m_window->showView(view));
        QCoreApplication::processEvents();
        QStringList unnamed;
        unnamedFocusable(QAccessible::queryAccessibleInterface(m_window.get()), QString(), unnamed);
        EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(MainWindowTest, in_german_the_menus_sidebar_views_and_counts_speak_german)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("demarc_de"), QStringLiteral(":/demarc/translations")));
    QCoreApplication::installTranslator(&german);
    MainWindow window(m_repo, m_learner, m_packStore);
    ASSERT_TRUE(window.reload().ok());
    QStringList menus;
    for (const QAction* a : window.menuBar()->actions())
        menus.append(a->text());
    EXPECT_EQ(menus,
              (QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                             QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe") }));
    const auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    ASSERT_NE(sidebar, nullptr);
    EXPECT_EQ(sidebar->item(0)->text(), QStringLiteral("Start"));
    EXPECT_EQ(sidebar->item(1)->text(), QStringLiteral("Lektionen"));
    EXPECT_EQ(sidebar->item(6)->text(), QStringLiteral("Wiederholung"));
    ASSERT_TRUE(window.showView(QStringLiteral("quiz")));
    EXPECT_EQ(window.findChild<QPushButton*>(QStringLiteral("startQuizButton"))->text(),
              QStringLiteral("&Starten"));
    EXPECT_TRUE(window.statusBar()->findChild<QLabel*>()->text().contains(QStringLiteral("Lektionen")))
        << "counts take the German plural";
    QCoreApplication::removeTranslator(&german);
}

TEST_F(MainWindowTest, the_language_menu_keeps_the_choice_for_the_next_start)
{
    QSettings().remove(QStringLiteral("appearance/language"));
    auto* system = m_window->findChild<QAction*>(QStringLiteral("systemLanguageAction"));
    auto* deutsch = m_window->findChild<QAction*>(QStringLiteral("deLanguageAction"));
    ASSERT_NE(system, nullptr);
    ASSERT_NE(deutsch, nullptr);
    EXPECT_TRUE(system->isChecked()) << "the system's language until one is chosen";
    EXPECT_EQ(deutsch->text(), QStringLiteral("&Deutsch")) << "each language named in its own words";
    deutsch->trigger();
    EXPECT_TRUE(deutsch->isChecked());
    EXPECT_EQ(savedLanguage(), QStringLiteral("de"));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("next start")));
    QSettings().remove(QStringLiteral("appearance/language"));
}

TEST_F(MainWindowTest, tab_reaches_every_control_of_every_view_and_leaves_each)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    for (const QString& view : m_window->viewNames()) {
        SCOPED_TRACE(view.toStdString());
        ASSERT_TRUE(m_window->showView(view));
        QCoreApplication::processEvents();
        // What Tab should reach: every shown, enabled control that takes the focus by Tab.
        QSet<QWidget*> wanted;
        for (QWidget* w : m_window->findChildren<QWidget*>()) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy()
                || w->window() != m_window.get())
                continue;
            // Of a row of radio buttons Tab reaches the one chosen; the arrow keys move along the row.
            auto* radio = qobject_cast<QRadioButton*>(w);
            if (radio && radio->autoExclusive() && !radio->isChecked())
                continue;
            wanted.insert(w);
        }
        QSet<QWidget*> reached;
        for (int i = 0; i < wanted.size() * 3 + 10; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(),
                            Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        QStringList missed;
        for (QWidget* w : std::as_const(wanted)) {
            if (!reached.contains(w))
                missed.append(w->objectName() + QLatin1Char(':')
                              + QLatin1String(w->metaObject()->className()));
        }
        EXPECT_TRUE(missed.isEmpty()) << missed.join(QStringLiteral(", ")).toStdString();
    }
}

TEST_F(MainWindowTest, switching_views_takes_the_focus_straight_to_a_named_control_of_the_new_view)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("viewStack"));
    ASSERT_NE(stack, nullptr);
    test::FocusRecorder recorder;
    qApp->installEventFilter(&recorder);
    // Twice round, so that each view is left while a control of it holds the focus.
    const QStringList views = m_window->viewNames() + m_window->viewNames();
    for (const QString& view : views) {
        SCOPED_TRACE(view.toStdString());
        auto* action = m_window->findChild<QAction*>(view + QStringLiteral("ViewAction"));
        ASSERT_NE(action, nullptr);
        recorder.took.clear();
        action->trigger();
        QCoreApplication::processEvents();
        QWidget* page = stack->currentWidget();
        for (const QPointer<QWidget>& w : std::as_const(recorder.took)) {
            ASSERT_FALSE(w.isNull());
            EXPECT_TRUE(page->isAncestorOf(w)) << "the focus passed through " << w->objectName().toStdString()
                                               << " (" << w->metaObject()->className() << ")";
        }
        QWidget* focused = QApplication::focusWidget();
        ASSERT_NE(focused, nullptr);
        EXPECT_TRUE(page->isAncestorOf(focused)) << focused->objectName().toStdString();
        QAccessibleInterface* said = QAccessible::queryAccessibleInterface(focused);
        ASSERT_NE(said, nullptr);
        EXPECT_FALSE(said->text(QAccessible::Name).trimmed().isEmpty())
            << "the focus is on a control without a name: " << focused->objectName().toStdString() << " ("
            << focused->metaObject()->className() << ")";
    }
    qApp->removeEventFilter(&recorder);
}

TEST_F(MainWindowTest, getting_started_tours_the_views_and_opens_each)
{
    const QList<GettingStartedDialog::Page> pages = GettingStartedDialog::pages();
    ASSERT_GE(pages.size(), 6);
    for (const GettingStartedDialog::Page& p : pages) {
        EXPECT_TRUE(p.view.isEmpty() || MainWindow::viewNames().contains(p.view)) << p.view.toStdString();
        EXPECT_FALSE(p.title.isEmpty());
        EXPECT_FALSE(p.text.isEmpty());
    }
    EXPECT_EQ(pages.first().view, QStringLiteral("home"));
    GettingStartedDialog tour(m_window.get());
    tour.show();
    auto* back = test::findChildOrFail<QPushButton>(&tour, "tourBackButton");
    auto* next = test::findChildOrFail<QPushButton>(&tour, "tourNextButton");
    auto* open = test::findChildOrFail<QPushButton>(&tour, "tourOpenButton");
    EXPECT_FALSE(back->isEnabled()) << "nothing before the first page";
    EXPECT_EQ(test::findChildOrFail<QLabel>(&tour, "tourStep")->text(),
              QStringLiteral("Step 1 of %1").arg(pages.size()));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(tour.currentPage(), 2);
    EXPECT_EQ(test::findChildOrFail<QLabel>(&tour, "tourTitle")->text(), pages.at(2).title);
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(tour.currentPage(), 1);
    QObject::connect(&tour, &GettingStartedDialog::viewRequested, m_window.get(),
                     [this](const QString& view) { m_window->showView(view); });
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_EQ(m_window->currentViewName(), pages.at(1).view) << "Open goes to the view the page is about";
    tour.showPage(int(pages.size()) - 1);
    EXPECT_FALSE(next->isEnabled());
    auto* action = m_window->findChild<QAction*>(QStringLiteral("gettingStartedAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("&Getting Started"));
}

namespace {

/** The share of a pixmap's drawn pixels in @p colour (0 when hardly anything is drawn). */
double inkShare(const QPixmap& pm, const QColor& colour)
{
    const QImage image = pm.toImage();
    int drawn = 0;
    int inColour = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            ++drawn;
            inColour += qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green())
                    + qAbs(c.blue() - colour.blue())
                < 30;
        }
    }
    return drawn > 10 ? double(inColour) / drawn : 0.0;
}

} // namespace

TEST_F(MainWindowTest, the_main_actions_have_icons_that_follow_the_theme)
{
    const char* const buttons[] = { "homeReviewButton", "homeExamButton",      "startQuizButton",
                                    "newQuizButton",    "retryMistakesButton", "skipButton",
                                    "endQuizButton",    "openLessonButton" };
    for (const QString& view : MainWindow::viewNames())
        m_window->showView(view); // every view built
    for (const ThemeChoice choice : { ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast }) {
        theme::apply(choice);
        const QColor ink = QGuiApplication::palette().color(QPalette::ButtonText);
        for (const char* name : buttons) {
            SCOPED_TRACE(name);
            auto* button = child<QPushButton>(name);
            ASSERT_NE(button, nullptr);
            ASSERT_FALSE(button->icon().isNull());
            EXPECT_GT(inkShare(button->icon().pixmap(QSize(48, 48)), ink), 0.9)
                << "in the theme's button text";
        }
    }
    theme::apply(ThemeChoice::Light);
    EXPECT_TRUE(viewicons::action(QStringLiteral("nothing")).isNull());
}

TEST_F(MainWindowTest, tables_to_read_have_no_grid_and_no_second_border)
{
    for (const QString& view : MainWindow::viewNames())
        m_window->showView(view); // every view built
    int tables = 0;
    for (const QTableView* table : m_window->findChildren<QTableView*>()) {
        bool editor = false;
        for (const QWidget* w = table->parentWidget(); w; w = w->parentWidget())
            editor = editor || qobject_cast<const EditorPage*>(w);
        if (editor)
            continue; // the editor's grid of cells to type in keeps its lines
        SCOPED_TRACE(table->objectName().toStdString());
        ++tables;
        EXPECT_FALSE(table->showGrid());
        bool inFrame = false;
        for (const QWidget* w = table->parentWidget(); w; w = w->parentWidget())
            inFrame = inFrame || qobject_cast<const QTabWidget*>(w);
        if (inFrame) {
            EXPECT_EQ(table->frameShape(), QFrame::NoFrame) << "a border beside the tab's own";
        }
    }
    EXPECT_GE(tables, 5);
}

TEST_F(MainWindowTest, lessons_and_questions_sit_on_cards_whose_edge_shows_the_focus)
{
    m_window->showView(QStringLiteral("lessons"));
    auto* browser = child<QTextBrowser>("lessonBrowser");
    auto* card = qobject_cast<Card*>(browser->parentWidget());
    ASSERT_NE(card, nullptr) << "the lesson's text is not on a card";
    EXPECT_EQ(browser->frameShape(), QFrame::NoFrame) << "a frame inside the card's edge";
    m_window->showView(QStringLiteral("quiz"));
    ASSERT_NE(qobject_cast<Card*>(child<QWidget>("questionArea")->parentWidget()), nullptr);
    m_window->showView(QStringLiteral("glossary"));
    ASSERT_NE(qobject_cast<Card*>(child<QWidget>("glossaryBrowser")->parentWidget()), nullptr);

    m_window->showView(QStringLiteral("lessons"));
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    // The edge's colour, sampled half-way down its left side.
    const auto edge = [card] { return card->grab().toImage().pixelColor(0, card->height() / 2); };
    child<QWidget>("lessonTocView")->setFocus();
    QCoreApplication::processEvents();
    const QColor away = edge();
    browser->setFocus();
    QCoreApplication::processEvents();
    const QColor inside = edge();
    const QColor highlight = card->palette().color(QPalette::Highlight);
    EXPECT_NE(away, inside);
    EXPECT_LT(qAbs(inside.red() - highlight.red()) + qAbs(inside.green() - highlight.green())
                  + qAbs(inside.blue() - highlight.blue()),
              60)
        << "the edge is not in the selection colour while the text has the focus";
}

TEST_F(MainWindowTest, each_view_in_the_sidebar_has_an_icon_in_the_themes_ink)
{
    auto* nav = child<QListWidget>("navigationList");
    const QColor ink = nav->palette().color(QPalette::Text);
    const QColor selectedInk = nav->palette().color(QPalette::HighlightedText);
    for (int row = 0; row < nav->count(); ++row) {
        const QListWidgetItem* item = nav->item(row);
        SCOPED_TRACE(item->text().toStdString());
        ASSERT_FALSE(item->icon().isNull());
        EXPECT_GT(inkShare(item->icon().pixmap(QSize(48, 48)), ink), 0.9);
        EXPECT_GT(inkShare(item->icon().pixmap(QSize(48, 48), QIcon::Selected), selectedInk), 0.9)
            << "on a selected row, in the selection's text colour";
    }
    EXPECT_TRUE(viewicons::icon(QStringLiteral("nothing"), ink, selectedInk).isNull());
}
