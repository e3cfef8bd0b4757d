// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BackupStore.h"
#include "core/ContentRepository.h"
#include "core/CourseCache.h"
#include "core/LearnerRepository.h"
#include "core/LiveClass.h"
#include "core/PresenterDeck.h"
#include "core/pack/PackStore.h"

#include "ui/paint/Theme.h"

#include <QMainWindow>

#include <bitset>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace demarc {

/** What changed, for MainWindow::learnerChanged(). */
namespace MainWindowChange {
enum Flag {
    Answers = 1, ///< an answer recorded (a question flagged too)
    Notes = 2, ///< a note saved or deleted
    Bookmarks = 4,
    Course = 8, ///< a pack imported, switched, removed or saved
};
}

class AutomaticBackup;
class DiagramPage;
class ExportNotesDialog;
class GlossaryPage;
class LessonsPage;
class MatrixPage;
class NotePanel;
class NotesPage;
class EditorPage;
class PacksPage;
class PresenterMode;
class HomePage;
class ProgressPage;
class QuizPage;
class ReviewPage;
class SearchPage;

/** The main window: navigation sidebar with a search box, the views, a status bar. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** The views a user can open, by the names used on the command line. */
    static QStringList viewNames();

    MainWindow(const ContentRepository& content, LearnerRepository& learner, PackStore& packs,
               QWidget* parent = nullptr);

    /**
     * Shows the view @p name, or with no name the one restoreSettings() found (else Lessons).
     * A view is built, and reads the course, when it is first shown: nothing else is made at
     * start-up. Returns what went wrong instead of showing it, for the start-up path.
     */
    Status open(const QString& name = {});
    /**
     * Reads the course again in every view built so far (the others read it when first
     * shown), and the status bar's counts. Opens the first view when none is shown yet.
     */
    Status reload();

    /** Shows a view by name; false when there is no such view or it cannot be read (which is said). */
    bool showView(const QString& name);
    /** The view shown; empty before the first one is. */
    QString currentViewName() const;

    /**
     * Gives the window the database's backups: File → Back Up Now and Restore Backup…, and an
     * automatic copy after every 30 minutes of use with changes. Without it those stay hidden.
     */
    void setBackups(BackupStore* backups);
    AutomaticBackup* automaticBackup() const { return m_automaticBackup; }

    /**
     * Restores geometry from QSettings, and remembers the last view, lesson and diagram
     * selection for open() and for the views when they are built.
     */
    void restoreSettings();
    /**
     * Wears @p theme now, and ticks it in View → Theme. Only a choice made in that menu is kept
     * for the next start (theme::keep()); a theme given on the command line is for the session.
     */
    void wearTheme(ThemeChoice theme);
    /** Whether closing the window saves geometry and view (off for screenshots). */
    void setPersistSettings(bool persist) { m_persistSettings = persist; }

    /** Preselects a service model or service in the diagram and matrix; false for an unknown id. */
    bool showService(const QString& id);
    /** Every id showService() accepts. */
    QStringList serviceIds() const;

    /** What presenter mode draws on, read from the course. */
    Result<DeckMaterial> deckMaterial() const;
    /**
     * The instructor's saved presenter deck, or the default one when none is saved; lines
     * that no longer fit the course are left out and described in @p problems.
     */
    QList<DeckItem> presenterDeck(const DeckMaterial& material, QStringList* problems = nullptr) const;
    /** Presenter mode while it runs, else nullptr. */
    PresenterMode* presenter() const { return m_presenter; }

    /**
     * The views, each built and given the course when first asked for (without showing it);
     * a course that cannot be read is reported in the status bar.
     */
    LessonsPage* lessonsPage();
    DiagramPage* diagramPage();
    MatrixPage* matrixPage();
    GlossaryPage* glossaryPage();
    SearchPage* searchPage();
    QuizPage* quizPage();
    ReviewPage* reviewPage();
    ProgressPage* progressPage();
    NotesPage* notesPage();
    PacksPage* packsPage();
    EditorPage* editorPage();

public slots:
    void focusSearch();
    /** Moves the keyboard focus into the view shown, as after choosing it from the View menu. */
    void focusCurrentView();
    /** The sidebar's icons, in the theme's text colour at the sidebar's text size. */
    void updateViewIcons();
    void showLesson(const QString& lessonId);
    void showTerm(const QString& termId);
    /** Opens the lesson, layer, matrix cell, term or question a note or bookmark belongs to. */
    void openNoteTarget(const demarc::NoteTarget& target);
    /** Saves every note being typed; false when one could not be saved. */
    bool flushNotes();
    /**
     * Opens presenter mode on its screen (see PresenterMode::start()); @p console also on a
     * single screen, @p fullScreen off for plain windows. An error when the course cannot be read.
     */
    Status startPresenter(bool console = false, bool fullScreen = true);
    /**
     * How presenter mode starts a live class (L), and which network addresses it may listen on
     * (View → Live Answers Network…); without a factory, live answers are not offered.
     */
    void setLiveClassFactory(LiveClassFactory factory, std::function<QStringList()> addresses);
    /** Lets the instructor choose and order the presenter steps, and saves them. */
    void editPresenterSteps();
    /** Packs were imported, saved, switched or removed: every view reads the course again. */
    void reloadContent();
    /** File → Back Up Now: notes being typed are saved, then the database is copied. */
    void backUpNow();
    /** File → Restore Backup…: the copies to choose from; a choice emits restoreRequested(). */
    void chooseBackupToRestore();

signals:
    /**
     * The learner chose to go back to the backup at @p path and confirmed it: the database
     * must be closed, the copy put in its place, and the window made again.
     */
    void restoreRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    /** A new theme or text size: the sidebar's icons are drawn again to match. */
    void changeEvent(QEvent* event) override;

private:
    /** The views, in the order of the sidebar, then the search results. */
    enum class Page {
        Home,
        Lessons,
        Diagram,
        Matrix,
        Glossary,
        Quiz,
        Review,
        Progress,
        Notes,
        Packs,
        Editor,
        Search,
        None
    };
    static constexpr std::size_t PageCount = std::size_t(Page::None);
    static Page pageNamed(const QString& name);
    static QString pageName(Page page);
    /** The view's widget; nullptr while it is not built. */
    QWidget* widget(Page page) const;
    /** Puts the focus where @p page's content starts (the view's own choice, else its first control). */
    void focusView(Page page);
    Page currentPage() const;
    /** Builds @p page when it is not yet, and gives it the course when it has not read it. */
    Status ensure(Page page);
    /** ensure() for the accessors: an error goes to the status bar. */
    void ensureQuietly(Page page);
    void build(Page page);
    void buildReadingPage(Page page);
    void buildQuizPage();
    void buildLearnerPage(Page page);
    Status readCourse(Page page);
    /** Once the diagram and matrix have both read the course, each follows the other. */
    void linkDiagramAndMatrix();
    QWidget* buildSidebar();
    void buildReturnBar();
    void connectSearch();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    /** View → Zoom, Theme and Language. */
    void addAppearanceMenus(QMenu* view);
    void addLanguageMenu(QMenu* view);
    void createHelpMenu();
    void runSearch();
    void showError(const QString& message);
    void saveSettings() const;
    void setReducedMotion(bool reduced);
    /** Leaves the quiz for another view, with a bar to come back by; false when it cannot be shown. */
    bool leaveQuizFor(const QString& view, const QString& what);
    void showInDiagram(const QString& selectionId, const QString& layerId);
    void showInMatrix(const QString& selectionId, const QString& layerId);
    void startQuiz(QuizMode mode);
    /** A practice round of @p length questions on @p topics (all when empty), started at once. */
    void startPractice(const QStringList& topics, int length);
    /** Shows the quiz and starts @p options there (with a fresh seed); the start page when it has nothing. */
    void beginQuiz(QuizOptions options);
    /** Re-reads the learner's data for a view that shows it, when it changed since. */
    void refreshLearnerView(Page page);
    /**
     * The one notification of a change to what the views show (MainWindowChange flags): every
     * view built so far that shows it reads its data again when next shown.
     */
    void learnerChanged(int changes);
    Status updateStatusCounts();
    /** The note panel of the view shown, when it has one on screen. */
    NotePanel* currentNotePanel() const;
    void connectNotePanel(NotePanel* panel);
    /** The export dialog, made on first use and kept so that its choices are. */
    ExportNotesDialog* exportDialog();
    void exportNotes();
    void printNotes();

    /** The course, read once and shared by every view; forgotten by reload(). */
    CourseCache m_course;
    const ContentRepository& m_content; ///< m_course, for the views

    LearnerRepository& m_learner;
    PackStore& m_packStore;
    BackupStore* m_backups = nullptr;
    AutomaticBackup* m_automaticBackup = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QListWidget* m_navigation;
    QLineEdit* m_searchEdit;
    QStackedWidget* m_stack;
    LessonsPage* m_lessons = nullptr;
    DiagramPage* m_diagram = nullptr;
    MatrixPage* m_matrix = nullptr;
    GlossaryPage* m_glossary = nullptr;
    SearchPage* m_search = nullptr;
    QuizPage* m_quiz = nullptr;
    ReviewPage* m_review = nullptr;
    ProgressPage* m_progress = nullptr;
    HomePage* m_home = nullptr;
    NotesPage* m_notes = nullptr;
    PacksPage* m_packs = nullptr;
    EditorPage* m_editor = nullptr;
    QWidget* m_returnBar;
    QLabel* m_returnLabel;
    QPushButton* m_returnButton;
    /** Views built but not yet given the course (or whose reading of it failed). */
    std::bitset<PageCount> m_needsCourse;
    /** Views whose learner data changed since they last read it. */
    std::bitset<PageCount> m_stale;
    bool m_diagramAndMatrixLinked = false;
    /** What restoreSettings() found, for the views not built yet. */
    QString m_firstView;
    QString m_pendingLesson;
    QString m_pendingSelection;
    QLabel* m_statusCounts;
    ExportNotesDialog* m_exportDialog = nullptr;
    PresenterMode* m_presenter = nullptr;
    LiveClassFactory m_liveClassFactory;
    std::function<QStringList()> m_liveAddresses;
    QTimer* m_searchTimer;
    QString m_viewBeforeSearch;
    QAction* m_reducedMotion = nullptr;
    QActionGroup* m_themes = nullptr;
    bool m_persistSettings = true;
};

} // namespace demarc
