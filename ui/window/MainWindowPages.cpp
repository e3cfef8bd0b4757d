// SPDX-License-Identifier: GPL-3.0-or-later
// The window's views: each built, given the course and connected when it is first shown, and
// read again when what it shows has changed.
#include "MainWindow.h"

#include "ui/common/NotePanel.h"
#include "ui/diagram/DiagramPage.h"
#include "ui/editor/EditorPage.h"
#include "ui/home/HomePage.h"
#include "ui/matrix/MatrixPage.h"
#include "ui/matrix/ResponsibilityMatrixModel.h"
#include "ui/notes/NotesPage.h"
#include "ui/packs/PacksPage.h"
#include "ui/progress/ProgressPage.h"
#include "ui/progress/ReviewPage.h"
#include "ui/quiz/QuizPage.h"
#include "ui/reading/GlossaryPage.h"
#include "ui/reading/LessonsPage.h"
#include "ui/reading/SearchPage.h"

#include "core/quiz/QuizController.h"

#include <QAction>
#include <QStackedWidget>
#include <QStatusBar>

namespace demarc {

QWidget* MainWindow::widget(Page page) const
{
    switch (page) {
    case Page::Home: return m_home;
    case Page::Lessons: return m_lessons;
    case Page::Diagram: return m_diagram;
    case Page::Matrix: return m_matrix;
    case Page::Glossary: return m_glossary;
    case Page::Quiz: return m_quiz;
    case Page::Review: return m_review;
    case Page::Progress: return m_progress;
    case Page::Notes: return m_notes;
    case Page::Packs: return m_packs;
    case Page::Editor: return m_editor;
    case Page::Search: return m_search;
    case Page::None: break;
    }
    return nullptr;
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget* shown = m_stack->currentWidget();
    for (std::size_t i = 0; shown && i < PageCount; ++i) {
        if (widget(Page(i)) == shown)
            return Page(i);
    }
    return Page::None;
}

namespace {

/** What a page shows of the learner's data and the installed packs: the changes that make it stale. */
constexpr int changesShownBy(int page)
{
    namespace C = MainWindowChange;
    constexpr int shown[] = {
        C::Answers | C::Course, // Home: progress, what is due, the lessons read
        0, // Lessons: their notes are in note panels, which read themselves
        0, // Diagram
        C::Answers | C::Course, // Matrix: the error heat
        0, // Glossary
        0, // Quiz: reads the learner's state when it starts
        C::Answers | C::Bookmarks | C::Course, // Review: what is due, the mistakes, flagged questions
        C::Answers | C::Course, // Progress
        C::Answers | C::Notes | C::Bookmarks | C::Course, // Notes: flagged questions become bookmarks
        C::Course, // Packs
        C::Course, // Editor
        0, // Search: asks the store each time
    };
    return shown[page];
}

} // namespace

void MainWindow::learnerChanged(int changes)
{
    // Only views built so far react; the others read everything when they are first shown.
    for (std::size_t i = 0; i < PageCount; ++i) {
        if (widget(Page(i)) && (changesShownBy(int(i)) & changes))
            m_stale.set(i);
    }
}

Status MainWindow::ensure(Page page)
{
    if (page == Page::None)
        return {};
    if (!widget(page))
        build(page);
    return m_needsCourse.test(std::size_t(page)) ? readCourse(page) : Status {};
}

void MainWindow::ensureQuietly(Page page)
{
    if (const Status s = ensure(page); !s)
        statusBar()->showMessage(s.errorMessage(), 10000);
}

void MainWindow::build(Page page)
{
    // The views that show the course read it before they are first shown; the views that
    // show the learner's data (the matrix too, for its error heat) read that when shown.
    if (page == Page::Home)
        buildLearnerPage(page);
    else if (page <= Page::Glossary || page == Page::Search)
        buildReadingPage(page);
    else if (page == Page::Quiz)
        buildQuizPage();
    else if (page != Page::None)
        buildLearnerPage(page);
    if (page == Page::None)
        return;
    NotePanel* panel = nullptr;
    if (page == Page::Lessons)
        panel = m_lessons->notePanel();
    else if (page == Page::Diagram)
        panel = m_diagram->notePanel();
    else if (page == Page::Matrix)
        panel = m_matrix->notePanel();
    else if (page == Page::Glossary)
        panel = m_glossary->notePanel();
    if (panel) {
        panel->setStore(&m_learner);
        connectNotePanel(panel);
    }
    const std::size_t bit = std::size_t(page);
    m_needsCourse.set(bit, page != Page::Home && page <= Page::Quiz);
    m_stale.set(bit, changesShownBy(int(page)) != 0); // read when first shown
    m_stack->addWidget(widget(page));
}

void MainWindow::buildReadingPage(Page page)
{
    switch (page) {
    case Page::Lessons:
        m_lessons = new LessonsPage(m_content);
        m_lessons->setLearnerStore(&m_learner);
        connect(m_lessons, &LessonsPage::termRequested, this, &MainWindow::showTerm);
        connect(m_lessons, &LessonsPage::errorOccurred, this, &MainWindow::showError);
        break;
    case Page::Diagram:
        m_diagram = new DiagramPage(m_content);
        connect(m_diagram, &DiagramPage::lessonRequested, this, &MainWindow::showLesson);
        m_diagram->setReducedMotion(m_reducedMotion->isChecked());
        break;
    case Page::Matrix: m_matrix = new MatrixPage(m_content); break;
    case Page::Glossary:
        m_glossary = new GlossaryPage(m_content);
        connect(m_glossary, &GlossaryPage::lessonRequested, this, &MainWindow::showLesson);
        connect(m_glossary, &GlossaryPage::errorOccurred, this, &MainWindow::showError);
        break;
    case Page::Search:
        m_search = new SearchPage(m_content);
        connect(m_search, &SearchPage::lessonRequested, this, [this](const QString& lessonId) {
            // The words searched for, marked in the lesson opened.
            const QString words = m_search->query();
            showLesson(lessonId);
            if (m_lessons && m_lessons->currentLessonId() == lessonId)
                m_lessons->highlightWords(words);
        });
        connect(m_search, &SearchPage::termRequested, this, &MainWindow::showTerm);
        connect(m_search, &SearchPage::errorOccurred, this, &MainWindow::showError);
        break;
    default: break;
    }
}

void MainWindow::buildQuizPage()
{
    m_quiz = new QuizPage(m_content, m_learner);
    connect(m_quiz, &QuizPage::showInDiagramRequested, this, &MainWindow::showInDiagram);
    connect(m_quiz, &QuizPage::showInMatrixRequested, this, &MainWindow::showInMatrix);
    connect(m_quiz, &QuizPage::lessonRequested, this, [this](const QString& id) {
        if (leaveQuizFor(QStringLiteral("lessons"), tr("the lesson")))
            m_lessons->showLesson(id);
    });
    connect(m_quiz, &QuizPage::termRequested, this, [this](const QString& id) {
        if (leaveQuizFor(QStringLiteral("glossary"), tr("the glossary term")))
            m_glossary->showTerm(id);
    });
    connect(m_quiz, &QuizPage::learnerDataChanged, this,
            [this] { learnerChanged(MainWindowChange::Answers); });
    connectNotePanel(m_quiz->notePanel());
}

void MainWindow::buildLearnerPage(Page page)
{
    switch (page) {
    case Page::Home:
        m_home = new HomePage(m_content, m_learner);
        m_home->setCurrentLesson(m_lessons ? m_lessons->currentLessonId() : m_pendingLesson);
        connect(m_home, &HomePage::lessonRequested, this, [this](const QString& id) {
            showLesson(id);
            focusCurrentView();
        });
        connect(m_home, &HomePage::reviewRequested, this, [this] { startQuiz(QuizMode::Review); });
        connect(m_home, &HomePage::practiceRequested, this, &MainWindow::startPractice);
        connect(m_home, &HomePage::examRequested, this, [this] {
            if (showView(QStringLiteral("quiz")))
                m_quiz->chooseMode(QuizMode::Exam);
            focusCurrentView();
        });
        break;
    case Page::Review:
        m_review = new ReviewPage(m_content, m_learner);
        connect(m_review, &ReviewPage::reviewRequested, this, [this] { startQuiz(QuizMode::Review); });
        connect(m_review, &ReviewPage::mistakesRequested, this, [this] { startQuiz(QuizMode::Mistakes); });
        connect(m_review, &ReviewPage::lessonRequested, this, &MainWindow::showLesson);
        break;
    case Page::Progress:
        m_progress = new ProgressPage(m_content, m_learner);
        connect(m_progress, &ProgressPage::reviewRequested, this, [this] { startQuiz(QuizMode::Review); });
        connect(m_progress, &ProgressPage::mistakesRequested, this,
                [this] { startQuiz(QuizMode::Mistakes); });
        connect(m_progress, &ProgressPage::examRequested, this, [this] {
            if (showView(QStringLiteral("quiz")))
                m_quiz->chooseMode(QuizMode::Exam);
        });
        break;
    case Page::Notes:
        m_notes = new NotesPage(m_content, m_learner);
        connect(m_notes, &NotesPage::openRequested, this, &MainWindow::openNoteTarget);
        connect(m_notes, &NotesPage::exportRequested, this, &MainWindow::exportNotes);
        connect(m_notes, &NotesPage::errorOccurred, this, &MainWindow::showError);
        connect(m_notes, &NotesPage::learnerDataChanged, this, [this] {
            // A deleted note or bookmark may be on a page already read: read them again.
            for (NotePanel* panel : findChildren<NotePanel*>())
                panel->reload();
            learnerChanged(MainWindowChange::Notes | MainWindowChange::Bookmarks);
        });
        break;
    case Page::Packs:
        m_packs = new PacksPage(m_packStore);
        // A pack imported, switched or removed: every view reads the course again.
        connect(m_packs, &PacksPage::contentChanged, this, &MainWindow::reloadContent);
        break;
    case Page::Editor:
        m_editor = new EditorPage(m_content, m_packStore);
        connect(m_editor, &EditorPage::contentChanged, this, &MainWindow::reloadContent);
        break;
    default: break;
    }
}

Status MainWindow::readCourse(Page page)
{
    Status s;
    switch (page) {
    case Page::Lessons:
        s = m_lessons->reload();
        if (s && !m_pendingLesson.isEmpty())
            m_lessons->showLesson(std::exchange(m_pendingLesson, QString()));
        break;
    case Page::Diagram:
        s = m_diagram->reload();
        if (!s)
            break;
        if (m_matrix && !m_needsCourse.test(std::size_t(Page::Matrix))) {
            m_diagram->setSelection(m_matrix->currentSelectionId());
            m_diagram->selectLayer(m_matrix->currentLayerId());
        } else if (!m_pendingSelection.isEmpty()) {
            m_diagram->setSelection(std::exchange(m_pendingSelection, QString()));
        }
        break;
    case Page::Matrix:
        s = m_matrix->reload();
        if (!s)
            break;
        if (m_diagram && !m_needsCourse.test(std::size_t(Page::Diagram))) {
            m_matrix->selectColumn(m_diagram->selection());
            m_matrix->selectLayer(m_diagram->currentLayerId());
        } else if (!m_pendingSelection.isEmpty()) {
            m_matrix->selectColumn(std::exchange(m_pendingSelection, QString()));
        }
        break;
    case Page::Glossary: s = m_glossary->reload(); break;
    case Page::Quiz: s = m_quiz->reload(); break;
    default: break;
    }
    if (!s)
        return s;
    m_needsCourse.reset(std::size_t(page));
    linkDiagramAndMatrix();
    return {};
}

void MainWindow::linkDiagramAndMatrix()
{
    if (m_diagramAndMatrixLinked || !m_diagram || !m_matrix || m_needsCourse.test(std::size_t(Page::Diagram))
        || m_needsCourse.test(std::size_t(Page::Matrix)))
        return;
    // The diagram and the matrix show the same layer and the same model or service.
    connect(m_diagram, &DiagramPage::layerSelected, m_matrix, &MatrixPage::selectLayer);
    connect(m_diagram, &DiagramPage::selectionChanged, m_matrix, &MatrixPage::selectColumn);
    connect(m_matrix, &MatrixPage::layerSelected, m_diagram, &DiagramPage::selectLayer);
    connect(m_matrix, &MatrixPage::columnSelected, m_diagram, &DiagramPage::setSelection);
    m_diagramAndMatrixLinked = true;
}

LessonsPage* MainWindow::lessonsPage()
{
    ensureQuietly(Page::Lessons);
    return m_lessons;
}

DiagramPage* MainWindow::diagramPage()
{
    ensureQuietly(Page::Diagram);
    return m_diagram;
}

MatrixPage* MainWindow::matrixPage()
{
    ensureQuietly(Page::Matrix);
    return m_matrix;
}

GlossaryPage* MainWindow::glossaryPage()
{
    ensureQuietly(Page::Glossary);
    return m_glossary;
}

SearchPage* MainWindow::searchPage()
{
    ensureQuietly(Page::Search);
    return m_search;
}

QuizPage* MainWindow::quizPage()
{
    ensureQuietly(Page::Quiz);
    return m_quiz;
}

ReviewPage* MainWindow::reviewPage()
{
    ensureQuietly(Page::Review);
    return m_review;
}

ProgressPage* MainWindow::progressPage()
{
    ensureQuietly(Page::Progress);
    return m_progress;
}

NotesPage* MainWindow::notesPage()
{
    ensureQuietly(Page::Notes);
    return m_notes;
}

PacksPage* MainWindow::packsPage()
{
    ensureQuietly(Page::Packs);
    return m_packs;
}

EditorPage* MainWindow::editorPage()
{
    ensureQuietly(Page::Editor);
    return m_editor;
}

void MainWindow::refreshLearnerView(Page page)
{
    const std::size_t bit = std::size_t(page);
    if (page == Page::None || !widget(page) || !m_stale.test(bit))
        return;
    m_stale.reset(bit);
    Status s;
    if (page == Page::Home) {
        if (m_lessons)
            m_home->setCurrentLesson(m_lessons->currentLessonId());
        s = m_home->reload();
    } else if (page == Page::Review) {
        s = m_review->reload();
    } else if (page == Page::Progress) {
        s = m_progress->reload();
    } else if (page == Page::Notes) {
        s = m_notes->reload();
    } else if (page == Page::Packs) {
        s = m_packs->reload();
    } else if (page == Page::Editor) {
        s = m_editor->reload();
    } else if (page == Page::Matrix) {
        // The bank the quiz read, when it has; only the learner's totals are read afresh.
        const bool quizRead = m_quiz && !m_needsCourse.test(std::size_t(Page::Quiz));
        auto bank = quizRead ? Result<QList<Question>>(m_quiz->bank()) : m_content.questionOutline();
        auto stats = m_learner.itemStats();
        if (!bank)
            s = Error { bank.errorMessage() };
        else if (!stats)
            s = Error { stats.errorMessage() };
        else
            m_matrix->setErrorHeat(ErrorHeat::build(*bank, *stats, m_matrix->model()->stack()));
    }
    if (!s)
        showError(s.errorMessage());
}

} // namespace demarc
