// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui/common/Controls.h"
#include "ui/common/ItemViews.h"
#include "ui/common/Metrics.h"
#include "ui/common/NotePanel.h"
#include "ui/common/ScaledFont.h"
#include "ui/diagram/DiagramPage.h"
#include "ui/matrix/MatrixPage.h"
#include "ui/notes/NotesPage.h"
#include "ui/presenter/PresenterMode.h"
#include "ui/quiz/QuizPage.h"
#include "ui/reading/GlossaryPage.h"
#include "ui/reading/LessonsPage.h"
#include "ui/reading/SearchPage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include "ViewTable.h"

namespace demarc {

using mainwindow::ViewEntry;
using mainwindow::Views;

namespace {

constexpr int SearchDelayMs = 250;
const QString SearchName = QStringLiteral("search");

} // namespace

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (const ViewEntry& v : Views)
        names.append(QLatin1String(v.name));
    return names;
}

MainWindow::MainWindow(const ContentRepository& content, LearnerRepository& learner, PackStore& packs,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_course(content)
    , m_content(m_course)
    , m_learner(learner)
    , m_packStore(packs)
    , m_navigation(new ListWidget)
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

    QWidget* sidebar = buildSidebar();
    m_stack->setObjectName(QStringLiteral("viewStack"));

    buildReturnBar();

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

    connectSearch();
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

QWidget* MainWindow::buildSidebar()
{
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(metrics::Hairline);
    for (const ViewEntry& v : Views) {
        auto* item = new QListWidgetItem(tr(v.title), m_navigation);
        item->setData(Qt::UserRole, QLatin1String(v.name));
        item->setToolTip(QStringLiteral("%1 (%2)").arg(tr(v.title), QLatin1String(v.shortcut)));
    }
    setScaledFont(m_navigation, 1.15);
    updateViewIcons();

    auto* sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(200);
    auto* sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(metrics::Small, metrics::Small, metrics::Small, metrics::Small);
    auto* brand = new QLabel(tr("Demarc"));
    brand->setObjectName(QStringLiteral("brandLabel"));
    setScaledFont(brand, 1.5, true);
    sideLayout->addWidget(brand);
    sideLayout->addWidget(m_searchEdit);
    sideLayout->addSpacing(metrics::Small);
    sideLayout->addWidget(m_navigation, 1);
    return sidebar;
}

void MainWindow::buildReturnBar()
{
    // Shown while the quiz has sent the learner to a diagram, matrix cell, lesson or term.
    m_returnBar->setObjectName(QStringLiteral("returnBar"));
    m_returnBar->setAutoFillBackground(true);
    m_returnBar->setBackgroundRole(QPalette::AlternateBase);
    m_returnLabel->setObjectName(QStringLiteral("returnLabel"));
    m_returnLabel->setWordWrap(true);
    m_returnButton->setObjectName(QStringLiteral("backToQuizButton"));
    m_returnButton->setAccessibleName(controls::spokenText(m_returnButton->text()));
    auto* returnLayout = new QHBoxLayout(m_returnBar);
    returnLayout->setContentsMargins(metrics::bar());
    returnLayout->addWidget(m_returnButton);
    returnLayout->addWidget(m_returnLabel, 1);
    m_returnBar->hide();
    connect(m_returnButton, &QPushButton::clicked, this, [this] {
        showView(QStringLiteral("quiz"));
        focusCurrentView();
    });
}

void MainWindow::connectSearch()
{
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
}

MainWindow::Page MainWindow::pageNamed(const QString& name)
{
    if (name == SearchName)
        return Page::Search;
    const qsizetype i = viewNames().indexOf(name);
    return i < 0 ? Page::None : Page(i);
}

QString MainWindow::pageName(Page page)
{
    if (page == Page::Search)
        return SearchName;
    return page == Page::None ? QString() : QLatin1String(Views[std::size_t(page)].name);
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
    const QString view = !name.isEmpty() ? name
        : !m_firstView.isEmpty()         ? m_firstView
                                         : QStringLiteral("home");
    const Page page = pageNamed(view);
    if (page == Page::None)
        return Error { tr("there is no view \"%1\"").arg(view) };
    const bool readNow = !widget(page) || m_needsCourse.test(std::size_t(page));
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
    if (page == Page::Quiz && !m_quiz->isRunning() && !readNow) {
        // The start page's counts, fresh: another window on the same file may have answered.
        if (Status s = m_quiz->refreshLearnerState(); !s)
            return s;
    }
    controls::switchPage(m_stack, widget(page), [this, page] { focusView(page); });
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
    m_statusCounts->setText(QStringList { tr("%n lesson(s)", nullptr, counts->lessons),
                                          tr("%n glossary term(s)", nullptr, counts->glossaryTerms),
                                          tr("%n question(s)", nullptr, counts->questions) }
                                .join(QStringLiteral(" · ")));
    return {};
}

bool MainWindow::leaveQuizFor(const QString& view, const QString& what)
{
    const int shown =
        m_quiz->session() ? std::min(m_quiz->session()->position() + 1, m_quiz->session()->count()) : 0;
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
    if (!leaveQuizFor(QStringLiteral("diagram"),
                      layerId.isEmpty() ? tr("the diagram") : tr("the layer in the diagram")))
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
    QuizOptions o;
    o.mode = mode;
    beginQuiz(o);
}

void MainWindow::startPractice(const QStringList& topics, int length)
{
    QuizOptions o;
    o.mode = QuizMode::Practice;
    o.topics = topics;
    o.limit = length;
    beginQuiz(o);
}

void MainWindow::beginQuiz(QuizOptions options)
{
    const bool wasRunning = m_quiz && m_quiz->isRunning();
    if (!showView(QStringLiteral("quiz"))) // reads the learner's state afresh unless a quiz was running
        return;
    if (wasRunning) {
        if (Status s = m_quiz->refreshLearnerState(); !s)
            showError(s.errorMessage());
    }
    options.seed = quint32(QDateTime::currentMSecsSinceEpoch());
    if (!m_quiz->start(options))
        m_quiz->chooseMode(options.mode);
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

QString MainWindow::currentViewName() const { return pageName(currentPage()); }

void MainWindow::focusCurrentView() { focusView(currentPage()); }

void MainWindow::focusView(Page page)
{
    if (page == Page::Quiz)
        m_quiz->focusContent();
    else if (page == Page::Diagram)
        m_diagram->focusContent();
    else if (page == Page::Matrix)
        m_matrix->focusContent();
    else if (page != Page::None)
        controls::firstTabStop(widget(page))->setFocus(Qt::ShortcutFocusReason);
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

void MainWindow::wearTheme(ThemeChoice choice)
{
    theme::apply(choice);
    for (QAction* a : m_themes->actions())
        a->setChecked(a->data().toString() == theme::name(choice));
}

void MainWindow::runSearch()
{
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    if (SearchPage* search = searchPage())
        search->setQuery(text);
    showView(SearchName);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Demarc"), message);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
        !geometry.isEmpty())
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
    settings.setValue(QStringLiteral("window/view"),
                      page == Page::Search     ? m_viewBeforeSearch
                          : page == Page::None ? m_firstView
                                               : currentViewName());
    // A view never built keeps what it was given last time.
    const bool lessonsRead = m_lessons && !m_needsCourse.test(std::size_t(Page::Lessons));
    settings.setValue(QStringLiteral("lessons/current"),
                      lessonsRead ? m_lessons->currentLessonId() : m_pendingLesson);
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
    // Presenter mode ends with the window, as Esc ends it: a live class stops serving and its
    // summary is offered before the app goes.
    if (m_presenter)
        m_presenter->stop();
    flushNotes();
    if (m_persistSettings)
        saveSettings();
    event->accept();
}

void MainWindow::connectNotePanel(NotePanel* panel)
{
    connect(panel, &NotePanel::noteSaved, this, [this] { learnerChanged(MainWindowChange::Notes); });
    connect(panel, &NotePanel::bookmarkChanged, this,
            [this] { learnerChanged(MainWindowChange::Bookmarks); });
    // A note that cannot be saved stays in its editor and says so there; the status bar repeats it
    // without a dialog for every pause in typing.
    connect(panel, &NotePanel::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
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
    case NoteTargetKind::Lesson: showLesson(target.id); break;
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
    case NoteTargetKind::Term: showTerm(target.id); break;
    case NoteTargetKind::Question:
        if (m_quiz && m_quiz->isRunning()) {
            const auto answer =
                QMessageBox::question(this, tr("Practise this question"),
                                      tr("A quiz is under way. Leave it and practise this question on its "
                                         "own? Your answers so far are saved."),
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
