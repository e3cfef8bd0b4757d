// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AutomaticBackup.h"

#include "DiagramPage.h"
#include "DeckEditorDialog.h"
#include "ExportNotesDialog.h"
#include "GlossaryModel.h"
#include "LayerModel.h"
#include "GlossaryView.h"
#include "LessonsView.h"
#include "MatrixPage.h"
#include "NotePanel.h"
#include "NotesView.h"
#include "EditorView.h"
#include "PackEditor.h"
#include "PacksView.h"
#include "Plural.h"
#include "PresenterController.h"
#include "PresenterMode.h"
#include "PresenterStage.h"
#include "ProgressView.h"
#include "QuizPage.h"
#include "ResponsibilityMatrixModel.h"
#include "RestoreBackupDialog.h"
#include "ReviewPage.h"
#include "SearchView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "demarc/Version.h"

namespace demarc {

namespace {

constexpr int SearchDelayMs = 250;
const QString SearchPage = QStringLiteral("search");

struct ViewEntry
{
    const char* name;
    const char* title;
    const char* shortcut;
};

// The order of the sidebar. Views that are not built yet are not listed.
constexpr ViewEntry Views[] = {
    { "lessons", QT_TRANSLATE_NOOP("MainWindow", "Lessons"), "Ctrl+1" },
    { "diagram", QT_TRANSLATE_NOOP("MainWindow", "Diagram"), "Ctrl+2" },
    { "matrix", QT_TRANSLATE_NOOP("MainWindow", "Matrix"), "Ctrl+3" },
    { "glossary", QT_TRANSLATE_NOOP("MainWindow", "Glossary"), "Ctrl+4" },
    { "quiz", QT_TRANSLATE_NOOP("MainWindow", "Quiz"), "Ctrl+5" },
    { "review", QT_TRANSLATE_NOOP("MainWindow", "Review"), "Ctrl+6" },
    { "progress", QT_TRANSLATE_NOOP("MainWindow", "Progress"), "Ctrl+7" },
    { "notes", QT_TRANSLATE_NOOP("MainWindow", "Notes"), "Ctrl+8" },
    { "packs", QT_TRANSLATE_NOOP("MainWindow", "Packs"), "Ctrl+9" },
    { "editor", QT_TRANSLATE_NOOP("MainWindow", "Editor"), "Ctrl+0" },
};

} // namespace

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (const ViewEntry& v : Views)
        names.append(QLatin1String(v.name));
    return names;
}

MainWindow::MainWindow(const ContentRepository& content, LearnerRepository& learner, PackStore& packs, QWidget* parent)
    : QMainWindow(parent)
    , m_course(content)
    , m_content(m_course)
    , m_learner(learner)
    , m_packStore(packs)
    , m_navigation(new QListWidget)
    , m_searchEdit(new QLineEdit)
    , m_stack(new QStackedWidget)
    , m_returnBar(new QWidget)
    , m_returnLabel(new QLabel)
    , m_returnButton(new QPushButton(tr("← &Back to the quiz")))
    , m_statusCounts(new QLabel)
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Demarc"));

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    // Escape in the search box or the results leaves the search for the view shown before it.
    auto* leaveSearch = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] {
        if (currentPage() == Page::Search || m_searchEdit->hasFocus()) {
            m_searchTimer->stop();
            m_searchEdit->clear();
            if (currentPage() == Page::Search)
                showView(m_viewBeforeSearch.isEmpty() ? QStringLiteral("lessons") : m_viewBeforeSearch);
        }
    });
    leaveSearch->setContext(Qt::WindowShortcut);
    // Down from the search box moves into the results, as in any search field with a list.
    auto* intoResults = new QShortcut(QKeySequence(Qt::Key_Down), m_searchEdit, this, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            runSearch();
        }
        if (currentPage() == Page::Search)
            m_search->setFocus(Qt::TabFocusReason);
    });
    intoResults->setContext(Qt::WidgetShortcut);

    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    for (const ViewEntry& v : Views) {
        auto* item = new QListWidgetItem(tr(v.title), m_navigation);
        item->setData(Qt::UserRole, QLatin1String(v.name));
        item->setToolTip(QStringLiteral("%1 (%2)").arg(tr(v.title), QLatin1String(v.shortcut)));
    }
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);

    auto* sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(200);
    auto* sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(8, 8, 8, 8);
    auto* brand = new QLabel(tr("Demarc"));
    brand->setObjectName(QStringLiteral("brandLabel"));
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.5);
    brandFont.setBold(true);
    brand->setFont(brandFont);
    sideLayout->addWidget(brand);
    sideLayout->addWidget(m_searchEdit);
    sideLayout->addSpacing(6);
    sideLayout->addWidget(m_navigation, 1);

    m_stack->setObjectName(QStringLiteral("viewStack"));

    // Shown while the quiz has sent the learner to a diagram, matrix cell, lesson or term.
    m_returnBar->setObjectName(QStringLiteral("returnBar"));
    m_returnBar->setAutoFillBackground(true);
    m_returnBar->setBackgroundRole(QPalette::AlternateBase);
    m_returnLabel->setObjectName(QStringLiteral("returnLabel"));
    m_returnLabel->setWordWrap(true);
    m_returnButton->setObjectName(QStringLiteral("backToQuizButton"));
    auto* returnLayout = new QHBoxLayout(m_returnBar);
    returnLayout->setContentsMargins(12, 6, 12, 6);
    returnLayout->addWidget(m_returnButton);
    returnLayout->addWidget(m_returnLabel, 1);
    m_returnBar->hide();
    connect(m_returnButton, &QPushButton::clicked, this, [this] {
        showView(QStringLiteral("quiz"));
        focusCurrentView();
    });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    auto* divider = new QFrame;
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(divider);
    auto* main = new QWidget;
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    mainLayout->addWidget(m_returnBar);
    mainLayout->addWidget(m_stack, 1);
    layout->addWidget(main, 1);
    setCentralWidget(central);

    m_statusCounts->setObjectName(QStringLiteral("statusCountsLabel"));
    statusBar()->addPermanentWidget(m_statusCounts);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        runSearch();
        if (m_search)
            m_search->setFocus();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && currentPage() == Page::Search) {
            m_searchTimer->stop();
            showView(m_viewBeforeSearch.isEmpty() ? QStringLiteral("lessons") : m_viewBeforeSearch);
        }
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showView(m_navigation->item(row)->data(Qt::UserRole).toString());
    });
    createMenus();
    // A first window fits the screen it opens on (a 1024×768 projector included).
    QSize size(1200, 800);
    if (const QScreen* shown = screen())
        size = size.boundedTo(shown->availableSize());
    resize(size);
}

MainWindow::Page MainWindow::pageNamed(const QString& name)
{
    if (name == SearchPage)
        return Page::Search;
    const qsizetype i = viewNames().indexOf(name);
    return i < 0 ? Page::None : Page(i);
}

QString MainWindow::pageName(Page page)
{
    if (page == Page::Search)
        return SearchPage;
    return page == Page::None ? QString() : QLatin1String(Views[std::size_t(page)].name);
}

QWidget* MainWindow::widget(Page page) const
{
    switch (page) {
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
    switch (page) {
    case Page::Lessons:
        m_lessons = new LessonsView(m_content);
        connect(m_lessons, &LessonsView::termRequested, this, &MainWindow::showTerm);
        connect(m_lessons, &LessonsView::errorOccurred, this, &MainWindow::showError);
        break;
    case Page::Diagram:
        m_diagram = new DiagramPage(m_content);
        connect(m_diagram, &DiagramPage::lessonRequested, this, &MainWindow::showLesson);
        m_diagram->setReducedMotion(m_reducedMotion->isChecked());
        break;
    case Page::Matrix:
        m_matrix = new MatrixPage(m_content);
        break;
    case Page::Glossary:
        m_glossary = new GlossaryView(m_content);
        connect(m_glossary, &GlossaryView::lessonRequested, this, &MainWindow::showLesson);
        connect(m_glossary, &GlossaryView::errorOccurred, this, &MainWindow::showError);
        break;
    case Page::Search:
        m_search = new SearchView(m_content);
        connect(m_search, &SearchView::lessonRequested, this, &MainWindow::showLesson);
        connect(m_search, &SearchView::termRequested, this, &MainWindow::showTerm);
        connect(m_search, &SearchView::errorOccurred, this, &MainWindow::showError);
        break;
    case Page::Quiz:
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
        connect(m_quiz, &QuizPage::learnerDataChanged, this, [this] { learnerChanged(MainWindowChange::Answers); });
        connectNotePanel(m_quiz->notePanel());
        break;
    case Page::Review:
        m_review = new ReviewPage(m_content, m_learner);
        connect(m_review, &ReviewPage::reviewRequested, this, [this] { startQuiz(QuizMode::Review); });
        connect(m_review, &ReviewPage::mistakesRequested, this, [this] { startQuiz(QuizMode::Mistakes); });
        connect(m_review, &ReviewPage::lessonRequested, this, &MainWindow::showLesson);
        break;
    case Page::Progress:
        m_progress = new ProgressView(m_content, m_learner);
        connect(m_progress, &ProgressView::reviewRequested, this, [this] { startQuiz(QuizMode::Review); });
        connect(m_progress, &ProgressView::mistakesRequested, this, [this] { startQuiz(QuizMode::Mistakes); });
        connect(m_progress, &ProgressView::examRequested, this, [this] {
            if (showView(QStringLiteral("quiz")))
                m_quiz->chooseMode(QuizMode::Exam);
        });
        break;
    case Page::Notes:
        m_notes = new NotesView(m_content, m_learner);
        connect(m_notes, &NotesView::openRequested, this, &MainWindow::openNoteTarget);
        connect(m_notes, &NotesView::exportRequested, this, &MainWindow::exportNotes);
        connect(m_notes, &NotesView::errorOccurred, this, &MainWindow::showError);
        connect(m_notes, &NotesView::learnerDataChanged, this, [this] {
            // A deleted note or bookmark may be on a page already read: read them again.
            for (NotePanel* panel : findChildren<NotePanel*>())
                panel->reload();
            learnerChanged(MainWindowChange::Notes | MainWindowChange::Bookmarks);
        });
        break;
    case Page::Packs:
        m_packs = new PacksView(m_packStore);
        // A pack imported, switched or removed: every view reads the course again.
        connect(m_packs, &PacksView::contentChanged, this, &MainWindow::reloadContent);
        break;
    case Page::Editor:
        m_editor = new EditorView(m_content, m_packStore);
        connect(m_editor, &EditorView::contentChanged, this, &MainWindow::reloadContent);
        break;
    case Page::None:
        return;
    }
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
    m_needsCourse.set(bit, page <= Page::Quiz);
    m_stale.set(bit, changesShownBy(int(page)) != 0); // read when first shown
    m_stack->addWidget(widget(page));
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
    case Page::Glossary:
        s = m_glossary->reload();
        break;
    case Page::Quiz:
        s = m_quiz->reload();
        break;
    default:
        break;
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

LessonsView* MainWindow::lessonsView()
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

GlossaryView* MainWindow::glossaryView()
{
    ensureQuietly(Page::Glossary);
    return m_glossary;
}

SearchView* MainWindow::searchView()
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

ProgressView* MainWindow::progressView()
{
    ensureQuietly(Page::Progress);
    return m_progress;
}

NotesView* MainWindow::notesView()
{
    ensureQuietly(Page::Notes);
    return m_notes;
}

PacksView* MainWindow::packsView()
{
    ensureQuietly(Page::Packs);
    return m_packs;
}

EditorView* MainWindow::editorView()
{
    ensureQuietly(Page::Editor);
    return m_editor;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction = file->addAction(tr("&Export Study Notes…"), this, &MainWindow::exportNotes);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setObjectName(QStringLiteral("exportNotesAction"));
    QAction* printAction = file->addAction(tr("&Print Study Notes…"), this, &MainWindow::printNotes);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setObjectName(QStringLiteral("printNotesAction"));
    file->addSeparator();
    QAction* importPack = file->addAction(tr("&Import Content Pack…"), this, [this] {
        if (showView(QStringLiteral("packs")))
            m_packs->importChosenFile();
    });
    importPack->setObjectName(QStringLiteral("importPackAction"));
    importPack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* exportPack = file->addAction(tr("E&xport Content Pack…"), this, [this] {
        if (showView(QStringLiteral("packs")))
            m_packs->exportToChosenFile();
    });
    exportPack->setObjectName(QStringLiteral("exportPackAction"));
    file->addSeparator();
    m_backUpAction = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    m_backUpAction->setObjectName(QStringLiteral("backUpAction"));
    m_restoreAction = file->addAction(tr("&Restore Backup…"), this, &MainWindow::chooseBackupToRestore);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    m_backUpAction->setVisible(false);
    m_restoreAction->setVisible(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* write = edit->addAction(tr("&Write a Note"), this, [this] {
        if (NotePanel* panel = currentNotePanel())
            panel->startEditing();
        else
            statusBar()->showMessage(tr("Notes go on a lesson, a layer, a matrix cell, a glossary term or an answered question."), 5000);
    });
    write->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    write->setObjectName(QStringLiteral("writeNoteAction"));
    QAction* mark = edit->addAction(tr("&Bookmark"), this, [this] {
        NotePanel* panel = currentNotePanel();
        if (panel && panel->bookmarkButton()->isVisibleTo(panel))
            panel->toggleBookmark();
        else if (currentPage() == Page::Quiz)
            statusBar()->showMessage(tr("In the quiz, press F to flag a question; flagged questions are bookmarked."), 5000);
    });
    mark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    mark->setObjectName(QStringLiteral("bookmarkAction"));

    QMenu* go = menuBar()->addMenu(tr("&View"));
    for (const ViewEntry& v : Views) {
        const QString name = QLatin1String(v.name);
        QAction* action = go->addAction(tr(v.title), this, [this, name] {
            showView(name);
            focusCurrentView();
        });
        action->setShortcut(QKeySequence(QLatin1String(v.shortcut)));
        action->setObjectName(name + QLatin1String("ViewAction"));
    }
    go->addSeparator();
    m_reducedMotion = go->addAction(tr("&Reduce motion"));
    m_reducedMotion->setObjectName(QStringLiteral("reducedMotionAction"));
    m_reducedMotion->setCheckable(true);
    connect(m_reducedMotion, &QAction::toggled, this, &MainWindow::setReducedMotion);
    go->addSeparator();
    QAction* present = go->addAction(tr("&Presenter Mode"), this, [this] {
        if (const Status s = startPresenter(); !s)
            showError(tr("Cannot start presenter mode: %1").arg(s.errorMessage()));
    });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setObjectName(QStringLiteral("presenterAction"));
    QAction* steps = go->addAction(tr("Presenter S&teps…"), this, &MainWindow::editPresenterSteps);
    steps->setObjectName(QStringLiteral("presenterStepsAction"));
    QMenu* screens = go->addMenu(tr("Presenter Scr&een"));
    screens->setObjectName(QStringLiteral("presenterScreenMenu"));
    connect(screens, &QMenu::aboutToShow, this, [screens] {
        screens->clear();
        auto* group = new QActionGroup(screens);
        const QScreen* preferred = PresenterMode::preferredScreen();
        for (QScreen* screen : QGuiApplication::screens()) {
            const QSize size = screen->size();
            QAction* a = screens->addAction(tr("%1 (%2 × %3)").arg(screen->name()).arg(size.width()).arg(size.height()));
            a->setCheckable(true);
            a->setChecked(screen == preferred);
            group->addAction(a);
            connect(a, &QAction::triggered, screens, [screen] { PresenterMode::setPreferredScreen(screen); });
        }
    });
    go->addSeparator();
    QAction* find = go->addAction(tr("&Search…"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("searchAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Demarc"), this, [this] {
        QMessageBox::about(this, tr("About Demarc"),
                           tr("<h3>Demarc %1</h3><p>Learn where AWS's responsibility ends and yours begins: "
                              "the AWS Shared Responsibility Model, from IaaS to SaaS.</p>"
                              "<p>Every lesson lists the AWS pages and course documents it was written from.</p>")
                               .arg(QLatin1String(DEMARC_VERSION)));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

ExportNotesDialog* MainWindow::exportDialog()
{
    flushNotes();
    if (!m_exportDialog) {
        m_exportDialog = new ExportNotesDialog(m_content, m_learner, this);
        connect(m_exportDialog, &ExportNotesDialog::exported, this, [this](const QString& path) {
            statusBar()->showMessage(tr("Study notes written to %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
        connect(m_exportDialog, &ExportNotesDialog::printed, this,
                [this] { statusBar()->showMessage(tr("Study notes sent to the printer"), 10000); });
    }
    if (Status s = m_exportDialog->reload(); !s) {
        showError(s.errorMessage());
        return nullptr;
    }
    return m_exportDialog;
}

void MainWindow::exportNotes()
{
    if (ExportNotesDialog* dialog = exportDialog())
        dialog->open();
}

void MainWindow::printNotes()
{
    ExportNotesDialog* dialog = exportDialog();
    if (!dialog)
        return;
    if (dialog->problem().isEmpty())
        dialog->choosePrinterAndPrint();
    else
        dialog->open(); // the last choices cannot be printed: show them to be changed

}

void MainWindow::reloadContent()
{
    if (Status s = reload(); !s)
        showError(s.errorMessage());
}

Status MainWindow::reload()
{
    // The course may have changed in the store (a pack imported, switched, removed or saved).
    m_course.reset();
    if (currentPage() == Page::None)
        return open();
    for (Page page : { Page::Lessons, Page::Diagram, Page::Matrix, Page::Glossary, Page::Quiz }) {
        if (widget(page))
            m_needsCourse.set(std::size_t(page));
    }
    for (Page page : { Page::Lessons, Page::Diagram, Page::Matrix, Page::Glossary, Page::Quiz }) {
        if (!widget(page))
            continue;
        if (Status s = readCourse(page); !s)
            return s;
    }
    // The learner's views read their data when they are next shown.
    if (m_notes)
        m_notes->forgetCourse();
    learnerChanged(MainWindowChange::Course);
    refreshLearnerView(currentPage());
    return updateStatusCounts();
}

Status MainWindow::open(const QString& name)
{
    const QString view = !name.isEmpty() ? name : !m_firstView.isEmpty() ? m_firstView : QStringLiteral("lessons");
    const Page page = pageNamed(view);
    if (page == Page::None)
        return Error { tr("there is no view \"%1\"").arg(view) };
    if (Status s = ensure(page); !s)
        return s;
    if (m_statusCounts->text().isEmpty()) {
        if (Status s = updateStatusCounts(); !s)
            return s;
    }
    if (page == Page::Search && currentPage() != Page::Search)
        m_viewBeforeSearch = currentViewName();
    // A note being typed on the page left is saved before the next page reads notes.
    flushNotes();
    refreshLearnerView(page);
    if (page == Page::Quiz && !m_quiz->isRunning()) {
        // The start page's counts, fresh: another window on the same file may have answered.
        if (Status s = m_quiz->refreshLearnerState(); !s)
            return s;
    }
    m_stack->setCurrentWidget(widget(page));
    if (page == Page::Quiz)
        m_returnBar->hide();
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(page == Page::Search ? -1 : int(page)); // no sidebar entry for search
    }
    if (page != Page::Search && !m_searchEdit->text().isEmpty()) {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    return {};
}

Status MainWindow::updateStatusCounts()
{
    const auto counts = m_content.counts();
    if (!counts)
        return Error { counts.errorMessage() };
    m_statusCounts->setText(tr("%1 lessons · %2 glossary terms · %3 questions")
                                .arg(counts->lessons)
                                .arg(counts->glossaryTerms)
                                .arg(counts->questions));
    return {};
}

void MainWindow::refreshLearnerView(Page page)
{
    const std::size_t bit = std::size_t(page);
    if (page == Page::None || !widget(page) || !m_stale.test(bit))
        return;
    m_stale.reset(bit);
    Status s;
    if (page == Page::Review) {
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
        auto bank = quizRead ? Result<QList<Question>>(m_quiz->bank()) : m_content.questions();
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

bool MainWindow::leaveQuizFor(const QString& view, const QString& what)
{
    const int shown = m_quiz->session() ? std::min(m_quiz->session()->position() + 1, m_quiz->session()->count()) : 0;
    if (!showView(view))
        return false;
    m_returnLabel->setText(shown > 0 ? tr("Showing %1 for question %2 of the quiz.").arg(what).arg(shown)
                                     : tr("Showing %1 from the quiz.").arg(what));
    m_returnBar->show();
    m_returnButton->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::showInDiagram(const QString& selectionId, const QString& layerId)
{
    if (!leaveQuizFor(QStringLiteral("diagram"), layerId.isEmpty() ? tr("the diagram") : tr("the layer in the diagram")))
        return;
    if (!selectionId.isEmpty())
        m_diagram->setSelection(selectionId);
    if (!layerId.isEmpty())
        m_diagram->selectLayer(layerId);
}

void MainWindow::showInMatrix(const QString& selectionId, const QString& layerId)
{
    if (!leaveQuizFor(QStringLiteral("matrix"), tr("the cell in the matrix")))
        return;
    if (!selectionId.isEmpty())
        m_matrix->selectColumn(selectionId);
    if (!layerId.isEmpty())
        m_matrix->selectLayer(layerId);
}

void MainWindow::startQuiz(QuizMode mode)
{
    const bool wasRunning = m_quiz && m_quiz->isRunning();
    if (!showView(QStringLiteral("quiz"))) // reads the learner's state afresh unless a quiz was running
        return;
    if (wasRunning) {
        if (Status s = m_quiz->refreshLearnerState(); !s)
            showError(s.errorMessage());
    }
    QuizOptions o;
    o.mode = mode;
    o.seed = quint32(QDateTime::currentMSecsSinceEpoch());
    if (!m_quiz->start(o))
        m_quiz->chooseMode(mode);
    m_quiz->focusContent();
}

bool MainWindow::showView(const QString& name)
{
    if (pageNamed(name) == Page::None)
        return false;
    if (Status s = open(name); !s) {
        showError(s.errorMessage());
        return false;
    }
    return true;
}

QString MainWindow::currentViewName() const
{
    return pageName(currentPage());
}

void MainWindow::focusCurrentView()
{
    const Page page = currentPage();
    if (page == Page::Quiz)
        m_quiz->focusContent();
    else if (page != Page::None)
        m_stack->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void MainWindow::showLesson(const QString& lessonId)
{
    if (showView(QStringLiteral("lessons")))
        m_lessons->showLesson(lessonId);
}

void MainWindow::showTerm(const QString& termId)
{
    if (showView(QStringLiteral("glossary")))
        m_glossary->showTerm(termId);
}

bool MainWindow::showService(const QString& id)
{
    const bool diagramRead = m_diagram && !m_needsCourse.test(std::size_t(Page::Diagram));
    const bool matrixRead = m_matrix && !m_needsCourse.test(std::size_t(Page::Matrix));
    if (diagramRead)
        return m_diagram->setSelection(id) && (!matrixRead || m_matrix->selectColumn(id));
    if (matrixRead)
        return m_matrix->selectColumn(id);
    // Neither has read the course: the first of them to be shown starts on it.
    if (!serviceIds().contains(id))
        return false;
    m_pendingSelection = id;
    return true;
}

QStringList MainWindow::serviceIds() const
{
    const auto stack = m_content.responsibilityStack();
    return stack ? stack->selectionIds() : QStringList();
}

void MainWindow::setReducedMotion(bool reduced)
{
    if (m_diagram)
        m_diagram->setReducedMotion(reduced);
    if (m_reducedMotion->isChecked() != reduced)
        m_reducedMotion->setChecked(reduced);
}

void MainWindow::runSearch()
{
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    if (SearchView* search = searchView())
        search->setQuery(text);
    showView(SearchPage);
}

Result<DeckMaterial> MainWindow::deckMaterial() const { return readDeckMaterial(m_content); }

QList<DeckItem> MainWindow::presenterDeck(const DeckMaterial& material, QStringList* problems) const
{
    return deckToPresent(m_learner.presenterDeck(), material, problems);
}

Status MainWindow::startPresenter(bool console, bool fullScreen)
{
    if (m_presenter)
        return {};
    auto material = deckMaterial();
    if (!material)
        return Error { material.errorMessage() };
    QStringList problems;
    const QList<DeckItem> deck = presenterDeck(*material, &problems);
    flushNotes();
    m_presenter = new PresenterMode(std::move(*material), deck, this);
    connect(m_presenter, &PresenterMode::finished, this, [this] {
        m_presenter->deleteLater();
        m_presenter = nullptr;
        activateWindow();
    });
    m_presenter->start(nullptr, console, fullScreen);
    const bool reduced = m_reducedMotion && m_reducedMotion->isChecked();
    for (QWidget* view : { static_cast<QWidget*>(m_presenter->audience()), static_cast<QWidget*>(m_presenter->console()) }) {
        if (!view)
            continue;
        for (PresenterStage* stage : view->findChildren<PresenterStage*>())
            stage->setReducedMotion(reduced);
    }
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Presenter steps skipped: %1").arg(problems.join(QStringLiteral("; "))), 15000);
    return {};
}

void MainWindow::editPresenterSteps()
{
    auto material = deckMaterial();
    if (!material) {
        showError(tr("Cannot read the course: %1").arg(material.errorMessage()));
        return;
    }
    DeckEditorDialog dialog(*material, this);
    dialog.setItems(presenterDeck(*material));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList lines;
    for (const DeckItem& item : dialog.items())
        lines.append(item.toText());
    if (const Status s = m_learner.savePresenterDeck(lines); !s) {
        showError(tr("Cannot save the presenter steps: %1").arg(s.errorMessage()));
        return;
    }
    statusBar()->showMessage(lines.isEmpty() ? tr("Presenter steps reset to the default deck")
                                             : plural(lines.size(), tr("Presenter steps saved: %1 item"), tr("Presenter steps saved: %1 items")),
                             5000);
}

void MainWindow::setBackups(BackupStore* backups)
{
    m_backups = backups;
    m_backUpAction->setVisible(backups != nullptr);
    m_restoreAction->setVisible(backups != nullptr);
    delete m_automaticBackup;
    m_automaticBackup = nullptr;
    if (!backups)
        return;
    m_automaticBackup = new AutomaticBackup(*backups, BackupPolicy(), this);
    connect(m_automaticBackup, &AutomaticBackup::backedUp, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    // An automatic copy that fails says so where it does not interrupt; the next minute tries again.
    connect(m_automaticBackup, &AutomaticBackup::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message), 30000);
    });
}

void MainWindow::backUpNow()
{
    if (!m_backups)
        return;
    flushNotes();
    auto copy = m_backups->backUp(QStringLiteral("manual"));
    if (!copy) {
        showError(tr("The backup failed: %1").arg(copy.errorMessage()));
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(*copy)), 10000);
}

void MainWindow::chooseBackupToRestore()
{
    if (!m_backups)
        return;
    RestoreBackupDialog dialog(m_backups->backups(), m_backups->folder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    if (m_editor && m_editor->editor()->isModified()
        && QMessageBox::question(this, tr("Restore a Backup"),
                                 tr("The pack in the Editor has unsaved changes, which the backup does not have. "
                                    "Restore anyway?"))
            != QMessageBox::Yes)
        return;
    flushNotes();
    if (m_persistSettings)
        saveSettings(); // the window made again on the copy opens where this one was
    emit restoreRequested(dialog.chosenPath());
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Demarc"), message);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    const QString view = settings.value(QStringLiteral("window/view")).toString();
    m_firstView = viewNames().contains(view) ? view : QString();
    // Called once a view is shown already: the remembered one replaces it now.
    if (currentPage() != Page::None && !m_firstView.isEmpty())
        showView(m_firstView);
    // Kept for the views until they are built; a view built already takes them now.
    m_pendingLesson = settings.value(QStringLiteral("lessons/current")).toString();
    if (m_lessons && !m_needsCourse.test(std::size_t(Page::Lessons)) && !m_pendingLesson.isEmpty())
        m_lessons->showLesson(std::exchange(m_pendingLesson, QString()));
    setReducedMotion(settings.value(QStringLiteral("accessibility/reducedMotion"), false).toBool());
    const QString service = settings.value(QStringLiteral("diagram/selection")).toString();
    m_pendingSelection.clear();
    if (!service.isEmpty())
        showService(service);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    const Page page = currentPage();
    settings.setValue(QStringLiteral("window/view"), page == Page::Search ? m_viewBeforeSearch
                                                         : page == Page::None ? m_firstView
                                                                              : currentViewName());
    // A view never built keeps what it was given last time.
    const bool lessonsRead = m_lessons && !m_needsCourse.test(std::size_t(Page::Lessons));
    settings.setValue(QStringLiteral("lessons/current"), lessonsRead ? m_lessons->currentLessonId() : m_pendingLesson);
    settings.setValue(QStringLiteral("accessibility/reducedMotion"), m_reducedMotion->isChecked());
    QString selection = m_pendingSelection;
    if (m_diagram && !m_needsCourse.test(std::size_t(Page::Diagram)))
        selection = m_diagram->selection();
    else if (m_matrix && !m_needsCourse.test(std::size_t(Page::Matrix)))
        selection = m_matrix->currentSelectionId();
    settings.setValue(QStringLiteral("diagram/selection"), selection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    flushNotes();
    if (m_persistSettings)
        saveSettings();
    event->accept();
}

void MainWindow::connectNotePanel(NotePanel* panel)
{
    connect(panel, &NotePanel::noteSaved, this, [this] { learnerChanged(MainWindowChange::Notes); });
    connect(panel, &NotePanel::bookmarkChanged, this, [this] { learnerChanged(MainWindowChange::Bookmarks); });
    // A note that cannot be saved stays in its editor and says so there; the status bar repeats it
    // without a dialog for every pause in typing.
    connect(panel, &NotePanel::errorOccurred, this, [this](const QString& message) { statusBar()->showMessage(message, 15000); });
}

NotePanel* MainWindow::currentNotePanel() const
{
    NotePanel* panel = nullptr;
    switch (currentPage()) {
    case Page::Lessons: panel = m_lessons->notePanel(); break;
    case Page::Diagram: panel = m_diagram->notePanel(); break;
    case Page::Matrix: panel = m_matrix->notePanel(); break;
    case Page::Glossary: panel = m_glossary->notePanel(); break;
    case Page::Quiz: panel = m_quiz->notePanel(); break;
    default: break;
    }
    return panel && panel->isVisibleTo(m_stack->currentWidget()) ? panel : nullptr;
}

bool MainWindow::flushNotes()
{
    bool saved = true;
    for (NotePanel* panel : findChildren<NotePanel*>())
        saved = panel->flush() && saved;
    return saved;
}

void MainWindow::openNoteTarget(const NoteTarget& target)
{
    switch (target.kind) {
    case NoteTargetKind::Lesson:
        showLesson(target.id);
        break;
    case NoteTargetKind::Layer:
        if (!showView(QStringLiteral("diagram")))
            return;
        m_diagram->selectLayer(target.id);
        break;
    case NoteTargetKind::Cell:
        if (!showView(QStringLiteral("matrix")))
            return;
        m_matrix->selectColumn(target.cellColumn());
        m_matrix->selectLayer(target.cellLayer());
        break;
    case NoteTargetKind::Term:
        showTerm(target.id);
        break;
    case NoteTargetKind::Question:
        if (m_quiz && m_quiz->isRunning()) {
            const auto answer = QMessageBox::question(this, tr("Practise this question"),
                tr("A quiz is under way. Leave it and practise this question on its own? Your answers so far are saved."),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
        }
        if (!showView(QStringLiteral("quiz")))
            return;
        if (!m_quiz->startWith({ target.id }, QuizMode::Practice))
            showError(tr("This question is no longer in the course."));
        break;
    }
    focusCurrentView();
}

} // namespace demarc
