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
    , m_content(content)
    , m_learner(learner)
    , m_navigation(new QListWidget)
    , m_searchEdit(new QLineEdit)
    , m_stack(new QStackedWidget)
    , m_lessons(new LessonsView(content))
    , m_diagram(new DiagramPage(content))
    , m_matrix(new MatrixPage(content))
    , m_glossary(new GlossaryView(content))
    , m_search(new SearchView(content))
    , m_quiz(new QuizPage(content, learner))
    , m_review(new ReviewPage(content, learner))
    , m_progress(new ProgressView(content, learner))
    , m_notes(new NotesView(content, learner))
    , m_packs(new PacksView(packs))
    , m_editor(new EditorView(content, packs))
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
        if (m_stack->currentWidget() == m_search || m_searchEdit->hasFocus()) {
            m_searchTimer->stop();
            m_searchEdit->clear();
            if (m_stack->currentWidget() == m_search)
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
        if (m_stack->currentWidget() == m_search)
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
    m_stack->addWidget(m_lessons);
    m_stack->addWidget(m_diagram);
    m_stack->addWidget(m_matrix);
    m_stack->addWidget(m_glossary);
    m_stack->addWidget(m_search);
    m_stack->addWidget(m_quiz);
    m_stack->addWidget(m_review);
    m_stack->addWidget(m_progress);
    m_stack->addWidget(m_notes);
    m_stack->addWidget(m_packs);
    m_stack->addWidget(m_editor);
    // A pack imported, switched or removed: every view reads the course again.
    connect(m_packs, &PacksView::contentChanged, this, &MainWindow::reloadContent);
    connect(m_editor, &EditorView::contentChanged, this, &MainWindow::reloadContent);

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
        m_search->setFocus();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && m_stack->currentWidget() == m_search) {
            m_searchTimer->stop();
            showView(m_viewBeforeSearch.isEmpty() ? QStringLiteral("lessons") : m_viewBeforeSearch);
        }
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showView(m_navigation->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_glossary, &GlossaryView::lessonRequested, this, &MainWindow::showLesson);
    connect(m_diagram, &DiagramPage::lessonRequested, this, &MainWindow::showLesson);
    // The diagram and the matrix show the same layer and the same model or service.
    connect(m_diagram, &DiagramPage::layerSelected, m_matrix, &MatrixPage::selectLayer);
    connect(m_diagram, &DiagramPage::selectionChanged, m_matrix, &MatrixPage::selectColumn);
    connect(m_matrix, &MatrixPage::layerSelected, m_diagram, &DiagramPage::selectLayer);
    connect(m_matrix, &MatrixPage::columnSelected, m_diagram, &DiagramPage::setSelection);
    connect(m_lessons, &LessonsView::termRequested, this, &MainWindow::showTerm);
    connect(m_search, &SearchView::lessonRequested, this, &MainWindow::showLesson);
    connect(m_search, &SearchView::termRequested, this, &MainWindow::showTerm);
    connect(m_lessons, &LessonsView::errorOccurred, this, &MainWindow::showError);
    connect(m_glossary, &GlossaryView::errorOccurred, this, &MainWindow::showError);
    connect(m_search, &SearchView::errorOccurred, this, &MainWindow::showError);

    connect(m_quiz, &QuizPage::showInDiagramRequested, this, &MainWindow::showInDiagram);
    connect(m_quiz, &QuizPage::showInMatrixRequested, this, &MainWindow::showInMatrix);
    connect(m_quiz, &QuizPage::lessonRequested, this, [this](const QString& id) {
        leaveQuizFor(QStringLiteral("lessons"), tr("the lesson"));
        m_lessons->showLesson(id);
    });
    connect(m_quiz, &QuizPage::termRequested, this, [this](const QString& id) {
        leaveQuizFor(QStringLiteral("glossary"), tr("the glossary term"));
        m_glossary->showTerm(id);
    });
    connect(m_quiz, &QuizPage::learnerDataChanged, this, [this] {
        // Added to what is already stale: a view not read since the last reload (the Packs
        // view, the Editor) must still be read when it is first shown.
        m_stale.unite({ m_review, m_progress, m_matrix, m_notes });
    });
    connect(m_review, &ReviewPage::reviewRequested, this, [this] { startQuiz(QuizMode::Review); });
    connect(m_review, &ReviewPage::mistakesRequested, this, [this] { startQuiz(QuizMode::Mistakes); });
    connect(m_review, &ReviewPage::lessonRequested, this, &MainWindow::showLesson);
    connect(m_progress, &ProgressView::reviewRequested, this, [this] { startQuiz(QuizMode::Review); });
    connect(m_progress, &ProgressView::mistakesRequested, this, [this] { startQuiz(QuizMode::Mistakes); });
    connect(m_progress, &ProgressView::examRequested, this, [this] {
        m_quiz->chooseMode(QuizMode::Exam);
        showView(QStringLiteral("quiz"));
    });

    for (NotePanel* panel : { m_lessons->notePanel(), m_diagram->notePanel(), m_matrix->notePanel(), m_glossary->notePanel() }) {
        panel->setStore(&m_learner);
        connectNotePanel(panel);
    }
    connectNotePanel(m_quiz->notePanel());
    connect(m_notes, &NotesView::openRequested, this, &MainWindow::openNoteTarget);
    connect(m_notes, &NotesView::exportRequested, this, &MainWindow::exportNotes);
    connect(m_notes, &NotesView::errorOccurred, this, &MainWindow::showError);
    connect(m_notes, &NotesView::learnerDataChanged, this, [this] {
        // A deleted note or bookmark may be on a page already read: read them again.
        for (NotePanel* panel : findChildren<NotePanel*>())
            panel->reload();
        m_stale.insert(m_review);
    });

    createMenus();
    // A first window fits the screen it opens on (a 1024×768 projector included).
    QSize size(1200, 800);
    if (const QScreen* shown = screen())
        size = size.boundedTo(shown->availableSize());
    resize(size);
    showView(QStringLiteral("lessons"));
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
        showView(QStringLiteral("packs"));
        m_packs->importChosenFile();
    });
    importPack->setObjectName(QStringLiteral("importPackAction"));
    importPack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* exportPack = file->addAction(tr("E&xport Content Pack…"), this, [this] {
        showView(QStringLiteral("packs"));
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
        else if (m_stack->currentWidget() == m_quiz)
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
    if (Status s = m_lessons->reload(); !s)
        return s;
    if (Status s = m_diagram->reload(); !s)
        return s;
    if (Status s = m_matrix->reload(); !s)
        return s;
    m_matrix->selectColumn(m_diagram->selection());
    m_matrix->selectLayer(m_diagram->currentLayerId());
    if (Status s = m_glossary->reload(); !s)
        return s;
    if (Status s = m_quiz->reload(); !s)
        return s;
    // The learner's views read their data when they are first shown.
    m_notes->forgetCourse();
    m_stale = { m_review, m_progress, m_matrix, m_notes, m_packs, m_editor };
    refreshLearnerView(m_stack->currentWidget());
    updateStatusCounts();
    return {};
}

void MainWindow::updateStatusCounts()
{
    m_statusCounts->setText(tr("%1 lessons · %2 glossary terms · %3 questions")
                                .arg(m_lessons->lessonCount())
                                .arg(m_glossary->model()->rowCount())
                                .arg(m_quiz->questionCount()));
}

void MainWindow::refreshLearnerView(QWidget* page)
{
    if (!m_stale.contains(page))
        return;
    m_stale.remove(page);
    Status s;
    if (page == m_review) {
        s = m_review->reload();
    } else if (page == m_progress) {
        s = m_progress->reload();
    } else if (page == m_notes) {
        s = m_notes->reload();
    } else if (page == m_packs) {
        s = m_packs->reload();
    } else if (page == m_editor) {
        s = m_editor->reload();
    } else if (page == m_matrix) {
        // The bank the quiz read at reload(); only the learner's totals are read afresh.
        auto stats = m_learner.itemStats();
        if (!stats)
            s = Error { stats.errorMessage() };
        else
            m_matrix->setErrorHeat(ErrorHeat::build(m_quiz->bank(), *stats, m_diagram->model()->stack()));
    }
    if (!s)
        showError(s.errorMessage());
}

void MainWindow::leaveQuizFor(const QString& view, const QString& what)
{
    const int shown = m_quiz->session() ? std::min(m_quiz->session()->position() + 1, m_quiz->session()->count()) : 0;
    m_returnLabel->setText(shown > 0 ? tr("Showing %1 for question %2 of the quiz.").arg(what).arg(shown)
                                     : tr("Showing %1 from the quiz.").arg(what));
    showView(view);
    m_returnBar->show();
    m_returnButton->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showInDiagram(const QString& selectionId, const QString& layerId)
{
    if (!selectionId.isEmpty())
        m_diagram->setSelection(selectionId);
    if (!layerId.isEmpty())
        m_diagram->selectLayer(layerId);
    leaveQuizFor(QStringLiteral("diagram"), layerId.isEmpty() ? tr("the diagram") : tr("the layer in the diagram"));
}

void MainWindow::showInMatrix(const QString& selectionId, const QString& layerId)
{
    if (!selectionId.isEmpty())
        m_matrix->selectColumn(selectionId);
    if (!layerId.isEmpty())
        m_matrix->selectLayer(layerId);
    leaveQuizFor(QStringLiteral("matrix"), tr("the cell in the matrix"));
}

void MainWindow::startQuiz(QuizMode mode)
{
    const bool wasRunning = m_quiz->isRunning();
    showView(QStringLiteral("quiz")); // reads the learner's state afresh unless a quiz was running
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
    QWidget* page = nullptr;
    if (name == QLatin1String("lessons"))
        page = m_lessons;
    else if (name == QLatin1String("diagram"))
        page = m_diagram;
    else if (name == QLatin1String("matrix"))
        page = m_matrix;
    else if (name == QLatin1String("glossary"))
        page = m_glossary;
    else if (name == QLatin1String("quiz"))
        page = m_quiz;
    else if (name == QLatin1String("review"))
        page = m_review;
    else if (name == QLatin1String("progress"))
        page = m_progress;
    else if (name == QLatin1String("notes"))
        page = m_notes;
    else if (name == QLatin1String("packs"))
        page = m_packs;
    else if (name == QLatin1String("editor"))
        page = m_editor;
    else if (name == SearchPage)
        page = m_search;
    if (!page)
        return false;
    if (page == m_search && m_stack->currentWidget() != m_search)
        m_viewBeforeSearch = currentViewName();
    // A note being typed on the page left is saved before the next page reads notes.
    flushNotes();
    refreshLearnerView(page);
    if (page == m_quiz && !m_quiz->isRunning()) {
        // The start page's counts, fresh: another window on the same file may have answered.
        if (Status s = m_quiz->refreshLearnerState(); !s)
            showError(s.errorMessage());
    }
    m_stack->setCurrentWidget(page);
    if (page == m_quiz)
        m_returnBar->hide();
    const int row = int(viewNames().indexOf(name));
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row); // -1 for search: no sidebar entry is current
    }
    if (page != m_search && !m_searchEdit->text().isEmpty()) {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    return true;
}

QString MainWindow::currentViewName() const
{
    QWidget* page = m_stack->currentWidget();
    if (page == m_lessons)
        return QStringLiteral("lessons");
    if (page == m_diagram)
        return QStringLiteral("diagram");
    if (page == m_matrix)
        return QStringLiteral("matrix");
    if (page == m_glossary)
        return QStringLiteral("glossary");
    if (page == m_quiz)
        return QStringLiteral("quiz");
    if (page == m_review)
        return QStringLiteral("review");
    if (page == m_progress)
        return QStringLiteral("progress");
    if (page == m_notes)
        return QStringLiteral("notes");
    if (page == m_packs)
        return QStringLiteral("packs");
    if (page == m_editor)
        return QStringLiteral("editor");
    return SearchPage;
}

void MainWindow::focusCurrentView()
{
    if (m_stack->currentWidget() == m_quiz)
        m_quiz->focusContent();
    else
        m_stack->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void MainWindow::showLesson(const QString& lessonId)
{
    showView(QStringLiteral("lessons"));
    m_lessons->showLesson(lessonId);
}

void MainWindow::showTerm(const QString& termId)
{
    showView(QStringLiteral("glossary"));
    m_glossary->showTerm(termId);
}

bool MainWindow::showService(const QString& id)
{
    return m_diagram->setSelection(id);
}

QStringList MainWindow::serviceIds() const
{
    return m_diagram->model()->stack().selectionIds();
}

void MainWindow::setReducedMotion(bool reduced)
{
    m_diagram->setReducedMotion(reduced);
    if (m_reducedMotion->isChecked() != reduced)
        m_reducedMotion->setChecked(reduced);
}

void MainWindow::runSearch()
{
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    m_search->setQuery(text);
    showView(SearchPage);
}

Result<DeckMaterial> MainWindow::deckMaterial() const
{
    DeckMaterial m;
    auto stack = m_content.responsibilityStack();
    auto controls = m_content.controlCategories();
    auto areas = m_content.customerAreas();
    auto lessons = m_content.lessonOutline();
    auto questions = m_content.questions();
    if (!stack)
        return Error { stack.errorMessage() };
    if (!controls)
        return Error { controls.errorMessage() };
    if (!areas)
        return Error { areas.errorMessage() };
    if (!lessons)
        return Error { lessons.errorMessage() };
    if (!questions)
        return Error { questions.errorMessage() };
    m.stack = std::move(*stack);
    m.controls = std::move(*controls);
    m.areas = std::move(*areas);
    m.lessons = std::move(*lessons);
    m.questions = std::move(*questions);
    return m;
}

QList<DeckItem> MainWindow::presenterDeck(const DeckMaterial& material, QStringList* problems) const
{
    const auto saved = m_learner.presenterDeck();
    if (!saved) {
        if (problems)
            problems->append(tr("the saved presenter steps cannot be read: %1").arg(saved.errorMessage()));
        return defaultDeck(material);
    }
    QList<DeckItem> deck;
    for (const QString& line : *saved) {
        QString error;
        if (const auto item = DeckItem::fromText(line, &error))
            deck.append(*item);
        else if (problems)
            problems->append(tr("“%1”: %2").arg(line, error));
    }
    if (problems)
        problems->append(deckProblems(deck, material));
    return deck.isEmpty() ? defaultDeck(material) : deck;
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
    if (m_editor->editor()->isModified()
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
    if (viewNames().contains(view))
        showView(view);
    const QString lesson = settings.value(QStringLiteral("lessons/current")).toString();
    if (!lesson.isEmpty())
        m_lessons->showLesson(lesson);
    setReducedMotion(settings.value(QStringLiteral("accessibility/reducedMotion"), false).toBool());
    const QString service = settings.value(QStringLiteral("diagram/selection")).toString();
    if (!service.isEmpty())
        m_diagram->setSelection(service);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    const QString view = currentViewName();
    settings.setValue(QStringLiteral("window/view"), view == SearchPage ? m_viewBeforeSearch : view);
    settings.setValue(QStringLiteral("lessons/current"), m_lessons->currentLessonId());
    settings.setValue(QStringLiteral("accessibility/reducedMotion"), m_reducedMotion->isChecked());
    settings.setValue(QStringLiteral("diagram/selection"), m_diagram->selection());
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
    connect(panel, &NotePanel::noteSaved, this, [this] { m_stale.insert(m_notes); });
    connect(panel, &NotePanel::bookmarkChanged, this, [this](const NoteTarget& target) {
        m_stale.insert(m_notes);
        if (target.kind == NoteTargetKind::Question)
            m_stale.insert(m_review);
    });
    // A note that cannot be saved stays in its editor and says so there; the status bar repeats it
    // without a dialog for every pause in typing.
    connect(panel, &NotePanel::errorOccurred, this, [this](const QString& message) { statusBar()->showMessage(message, 15000); });
}

NotePanel* MainWindow::currentNotePanel() const
{
    NotePanel* panel = nullptr;
    QWidget* page = m_stack->currentWidget();
    if (page == m_lessons)
        panel = m_lessons->notePanel();
    else if (page == m_diagram)
        panel = m_diagram->notePanel();
    else if (page == m_matrix)
        panel = m_matrix->notePanel();
    else if (page == m_glossary)
        panel = m_glossary->notePanel();
    else if (page == m_quiz)
        panel = m_quiz->notePanel();
    return panel && panel->isVisibleTo(page) ? panel : nullptr;
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
        showView(QStringLiteral("diagram"));
        m_diagram->selectLayer(target.id);
        break;
    case NoteTargetKind::Cell:
        showView(QStringLiteral("matrix"));
        m_matrix->selectColumn(target.cellColumn());
        m_matrix->selectLayer(target.cellLayer());
        break;
    case NoteTargetKind::Term:
        showTerm(target.id);
        break;
    case NoteTargetKind::Question:
        if (m_quiz->isRunning()) {
            const auto answer = QMessageBox::question(this, tr("Practise this question"),
                tr("A quiz is under way. Leave it and practise this question on its own? Your answers so far are saved."),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
        }
        showView(QStringLiteral("quiz"));
        if (!m_quiz->startWith({ target.id }, QuizMode::Practice))
            showError(tr("This question is no longer in the course."));
        break;
    }
    focusCurrentView();
}

} // namespace demarc
