// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus and what they start: study notes, packs, backups, presenter mode.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AutomaticBackup.h"
#include "GettingStartedDialog.h"
#include "RestoreBackupDialog.h"
#include "ShortcutsDialog.h"
#include "ViewTable.h"
#include "core/Translations.h"
#include "ui/common/NotePanel.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/PackEditor.h"
#include "ui/notes/ExportNotesDialog.h"
#include "ui/packs/PacksPage.h"
#include "ui/paint/TextZoom.h"
#include "ui/paint/ViewIcons.h"
#include "ui/presenter/DeckEditorDialog.h"
#include "ui/presenter/LiveClassDialog.h"
#include "ui/presenter/PresenterAudience.h"
#include "ui/presenter/PresenterConsole.h"
#include "ui/presenter/PresenterController.h"
#include "ui/presenter/PresenterMode.h"
#include "ui/presenter/PresenterStage.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QToolButton>

namespace demarc {

using mainwindow::ViewEntry;
using mainwindow::Views;

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
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
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* write = edit->addAction(tr("&Write a Note"), this, [this] {
        if (NotePanel* panel = currentNotePanel())
            panel->startEditing();
        else
            statusBar()->showMessage(
                tr("Notes go on a lesson, a layer, a matrix cell, a glossary term or an answered question."),
                5000);
    });
    write->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    write->setObjectName(QStringLiteral("writeNoteAction"));
    QAction* mark = edit->addAction(tr("&Bookmark"), this, [this] {
        NotePanel* panel = currentNotePanel();
        if (panel && panel->bookmarkButton()->isVisibleTo(panel))
            panel->toggleBookmark();
        else if (currentPage() == Page::Quiz)
            statusBar()->showMessage(
                tr("In the quiz, press F to flag a question; flagged questions are bookmarked."), 5000);
    });
    mark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    mark->setObjectName(QStringLiteral("bookmarkAction"));
}

void MainWindow::createViewMenu()
{
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
    addAppearanceMenus(go);
    go->addSeparator();
    QAction* present = go->addAction(tr("&Presenter Mode"), this, [this] {
        if (const Status s = startPresenter(); !s)
            showError(tr("Cannot start presenter mode: %1").arg(s.errorMessage()));
    });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setObjectName(QStringLiteral("presenterAction"));
    QAction* live = go->addAction(tr("&Live Answers"), this, [this] {
        // Presenter mode first, then the class joins (L there starts or ends it too).
        if (const Status s = startPresenter(); !s)
            showError(tr("Cannot start presenter mode: %1").arg(s.errorMessage()));
        else if (m_presenter && !m_presenter->controller()->liveClass())
            m_presenter->toggleLiveClass();
    });
    live->setObjectName(QStringLiteral("liveAnswersAction"));
    live->setVisible(false); // until the app says how a class is served
    QAction* network = go->addAction(tr("Live Answers &Network…"), this, [this] {
        LiveClassDialog dialog(m_liveAddresses ? m_liveAddresses() : QStringList(), this);
        dialog.exec();
    });
    network->setObjectName(QStringLiteral("liveNetworkAction"));
    network->setVisible(false);
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
            QAction* a = screens->addAction(
                tr("%1 (%2 × %3)").arg(screen->name()).arg(size.width()).arg(size.height()));
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
}

void MainWindow::addAppearanceMenus(QMenu* view)
{
    const auto zoomTo = [this](int percent) {
        zoom::set(percent);
        zoom::keep(zoom::current());
        statusBar()->showMessage(tr("Text size %1 %").arg(zoom::current()), 3000);
    };
    QAction* larger =
        view->addAction(tr("Zoom &In"), this, [zoomTo] { zoomTo(zoom::current() + zoom::Step); });
    larger->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    larger->setObjectName(QStringLiteral("zoomInAction"));
    QAction* smaller =
        view->addAction(tr("Zoom &Out"), this, [zoomTo] { zoomTo(zoom::current() - zoom::Step); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    smaller->setObjectName(QStringLiteral("zoomOutAction"));
    QAction* actual = view->addAction(tr("&Actual Size"), this, [zoomTo] { zoomTo(100); });
    actual->setObjectName(QStringLiteral("actualSizeAction"));
    QMenu* themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    m_themes = new QActionGroup(this);
    for (ThemeChoice t : ThemeChoices) {
        QAction* a = themes->addAction(theme::title(t));
        a->setObjectName(theme::name(t) + QLatin1String("ThemeAction"));
        a->setCheckable(true);
        a->setData(theme::name(t));
        a->setChecked(t == theme::applied());
        m_themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] {
            wearTheme(t);
            theme::keep(t);
        });
    }
    addLanguageMenu(view);
}

void MainWindow::addLanguageMenu(QMenu* view)
{
    QMenu* languages = view->addMenu(tr("Langu&age"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto* languageGroup = new QActionGroup(languages);
    // Each language in its own words, so that it can be found whatever the interface speaks.
    const std::pair<QString, QString> choices[] { { QStringLiteral("system"), tr("Follow the &System") },
                                                  { QStringLiteral("en"), QStringLiteral("&English") },
                                                  { QStringLiteral("de"), QStringLiteral("&Deutsch") } };
    const QString chosen = savedLanguage();
    for (const auto& [code, title] : choices) {
        QAction* a = languages->addAction(title);
        a->setObjectName(code + QLatin1String("LanguageAction"));
        a->setCheckable(true);
        a->setChecked(code == chosen
                      || (code == QLatin1String("system") && !interfaceLanguages().contains(chosen)));
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            keepLanguage(code);
            statusBar()->showMessage(tr("The new language is used from the next start of Demarc."), 10000);
        });
    }
}

void MainWindow::updateViewIcons()
{
    // Line art in the theme's text colour: drawn again when the theme or the text size changes.
    const QColor ink = m_navigation->palette().color(QPalette::Text);
    const QColor selectedInk = m_navigation->palette().color(QPalette::HighlightedText);
    const int side = m_navigation->fontMetrics().height();
    m_navigation->setIconSize(QSize(side, side));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        item->setIcon(viewicons::icon(item->data(Qt::UserRole).toString(), ink, selectedInk));
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateViewIcons();
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* tour = help->addAction(tr("&Getting Started"), this, [this] {
        GettingStartedDialog dialog(this);
        connect(&dialog, &GettingStartedDialog::viewRequested, this, [this](const QString& view) {
            showView(view);
            focusCurrentView();
        });
        dialog.exec();
    });
    tour->setObjectName(QStringLiteral("gettingStartedAction"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    QAction* about = help->addAction(tr("&About Demarc"), this, [this] {
        AboutDialog dialog(m_content, this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

ExportNotesDialog* MainWindow::exportDialog()
{
    flushNotes();
    if (!m_exportDialog) {
        m_exportDialog = new ExportNotesDialog(m_content, m_learner, this);
        connect(m_exportDialog, &ExportNotesDialog::exported, this, [this](const QString& path) {
            statusBar()->showMessage(tr("Study notes written to %1").arg(QDir::toNativeSeparators(path)),
                                     10000);
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

Result<DeckMaterial> MainWindow::deckMaterial() const { return readDeckMaterial(m_content); }

QList<DeckItem> MainWindow::presenterDeck(const DeckMaterial& material, QStringList* problems) const
{
    return deckToPresent(m_learner.presenterDeck(), material, problems);
}

void MainWindow::setLiveClassFactory(LiveClassFactory factory, std::function<QStringList()> addresses)
{
    m_liveClassFactory = std::move(factory);
    m_liveAddresses = std::move(addresses);
    for (const char* name : { "liveAnswersAction", "liveNetworkAction" }) {
        if (auto* action = findChild<QAction*>(QLatin1String(name)))
            action->setVisible(bool(m_liveClassFactory));
    }
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
    m_presenter = new PresenterMode(std::move(*material), deck, m_liveClassFactory, this);
    connect(m_presenter, &PresenterMode::finished, this, [this] {
        m_presenter->deleteLater();
        m_presenter = nullptr;
        activateWindow();
    });
    m_presenter->start(nullptr, console, fullScreen);
    const bool reduced = m_reducedMotion && m_reducedMotion->isChecked();
    for (QWidget* view :
         { static_cast<QWidget*>(m_presenter->audience()), static_cast<QWidget*>(m_presenter->console()) }) {
        if (!view)
            continue;
        for (PresenterStage* stage : view->findChildren<PresenterStage*>())
            stage->setReducedMotion(reduced);
    }
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Presenter steps skipped: %1").arg(problems.join(QStringLiteral("; "))),
                                 15000);
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
    statusBar()->showMessage(lines.isEmpty()
                                 ? tr("Presenter steps reset to the default deck")
                                 : tr("Presenter steps saved: %n item(s)", nullptr, int(lines.size())),
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
        && QMessageBox::question(
               this, tr("Restore a Backup"),
               tr("The pack in the Editor has unsaved changes, which the backup does not have. "
                  "Restore anyway?"))
            != QMessageBox::Yes)
        return;
    flushNotes();
    if (m_persistSettings)
        saveSettings(); // the window made again on the copy opens where this one was
    emit restoreRequested(dialog.chosenPath());
}

} // namespace demarc
