// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BackupStore.h"
#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/PackStore.h"
#include "core/PresenterDeck.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace demarc {

class AutomaticBackup;
class DiagramPage;
class ExportNotesDialog;
class GlossaryView;
class LessonsView;
class MatrixPage;
class NotePanel;
class NotesView;
class EditorView;
class PacksView;
class PresenterMode;
class ProgressView;
class QuizPage;
class ReviewPage;
class SearchView;

/** The main window: navigation sidebar with a search box, the views, a status bar. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** The views a user can open, by the names used on the command line. */
    static QStringList viewNames();

    MainWindow(const ContentRepository& content, LearnerRepository& learner, PackStore& packs, QWidget* parent = nullptr);

    /** Loads content into every view. */
    Status reload();

    /** Shows a view by name; false when there is no such view. */
    bool showView(const QString& name);
    QString currentViewName() const;

    /**
     * Gives the window the database's backups: File → Back Up Now and Restore Backup…, and an
     * automatic copy after every 30 minutes of use with changes. Without it those stay hidden.
     */
    void setBackups(BackupStore* backups);
    AutomaticBackup* automaticBackup() const { return m_automaticBackup; }

    /** Restores geometry and the last view from QSettings. */
    void restoreSettings();
    /** Whether closing the window saves geometry and view (off for screenshots). */
    void setPersistSettings(bool persist) { m_persistSettings = persist; }

    /** Preselects a service model or service in the diagram; false for an unknown id. */
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

    LessonsView* lessonsView() const { return m_lessons; }
    DiagramPage* diagramPage() const { return m_diagram; }
    MatrixPage* matrixPage() const { return m_matrix; }
    GlossaryView* glossaryView() const { return m_glossary; }
    SearchView* searchView() const { return m_search; }
    QuizPage* quizPage() const { return m_quiz; }
    ReviewPage* reviewPage() const { return m_review; }
    ProgressView* progressView() const { return m_progress; }
    NotesView* notesView() const { return m_notes; }
    PacksView* packsView() const { return m_packs; }
    EditorView* editorView() const { return m_editor; }

public slots:
    void focusSearch();
    /** Moves the keyboard focus into the view shown, as after choosing it from the View menu. */
    void focusCurrentView();
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

private:
    void createMenus();
    void runSearch();
    void showError(const QString& message);
    void saveSettings() const;
    void setReducedMotion(bool reduced);
    /** Leaves the quiz for another view, with a bar to come back by. */
    void leaveQuizFor(const QString& view, const QString& what);
    void showInDiagram(const QString& selectionId, const QString& layerId);
    void showInMatrix(const QString& selectionId, const QString& layerId);
    void startQuiz(QuizMode mode);
    /** Re-reads the learner's data for a view that shows it, when it changed since. */
    void refreshLearnerView(QWidget* page);
    void updateStatusCounts();
    /** The note panel of the view shown, when it has one on screen. */
    NotePanel* currentNotePanel() const;
    void connectNotePanel(NotePanel* panel);
    /** The export dialog, made on first use and kept so that its choices are. */
    ExportNotesDialog* exportDialog();
    void exportNotes();
    void printNotes();

    const ContentRepository& m_content;
    LearnerRepository& m_learner;
    BackupStore* m_backups = nullptr;
    AutomaticBackup* m_automaticBackup = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QListWidget* m_navigation;
    QLineEdit* m_searchEdit;
    QStackedWidget* m_stack;
    LessonsView* m_lessons;
    DiagramPage* m_diagram;
    MatrixPage* m_matrix;
    GlossaryView* m_glossary;
    SearchView* m_search;
    QuizPage* m_quiz;
    ReviewPage* m_review;
    ProgressView* m_progress;
    NotesView* m_notes;
    PacksView* m_packs;
    EditorView* m_editor;
    QWidget* m_returnBar;
    QLabel* m_returnLabel;
    QPushButton* m_returnButton;
    /** Views whose learner data changed since they last read it. */
    QSet<QWidget*> m_stale;
    QLabel* m_statusCounts;
    ExportNotesDialog* m_exportDialog = nullptr;
    PresenterMode* m_presenter = nullptr;
    QTimer* m_searchTimer;
    QString m_viewBeforeSearch;
    QAction* m_reducedMotion = nullptr;
    bool m_persistSettings = true;
};

} // namespace demarc
