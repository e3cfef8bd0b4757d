// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorPage.h"

#include "ChoiceEditor.h"
#include "ChoicesModel.h"
#include "EditorSection.h"
#include "FormDelegate.h"
#include "PackEditor.h"
#include "PackSectionModel.h"
#include "QuestionPreview.h"
#include "ui/common/Heading.h"
#include "ui/common/ItemViews.h"
#include "ui/common/Metrics.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace demarc {

EditorPage::EditorPage(const ContentRepository& course, PackStore& store, QWidget* parent)
    : QWidget(parent)
    , m_course(course)
    , m_store(store)
    , m_editor(new PackEditor(store.bases(), this))
    , m_packCombo(new QComboBox)
    , m_newButton(new QPushButton(tr("&New Pack…")))
    , m_undoButton(new QPushButton(tr("&Undo")))
    , m_redoButton(new QPushButton(tr("Re&do")))
    , m_saveButton(new QPushButton(tr("&Save")))
    , m_state(new QLabel)
    , m_empty(new QLabel)
    , m_tabs(new QTabWidget)
    , m_packTitle(lineBox("packTitleEdit"))
    , m_packAuthor(lineBox("packAuthorEdit"))
    , m_packDescription(lineBox("packDescriptionEdit", tr("One line on what the pack is for")))
    , m_packProblems(new QLabel)
    , m_choices(new ChoicesModel(*m_editor, this))
    , m_preview(new QuestionPreview(course))
    , m_questionPanes(new QTabWidget)
    , m_questions(std::make_unique<EditorSection>())
    , m_lessons(std::make_unique<EditorSection>())
    , m_terms(std::make_unique<EditorSection>())
{
    setObjectName(QStringLiteral("editorView"));

    QLabel* title = heading(tr("Edit my pack"), 1.4);

    m_packCombo->setObjectName(QStringLiteral("editorPackCombo"));
    m_packCombo->setAccessibleName(tr("Pack to edit"));
    m_packCombo->setMinimumContentsLength(24);
    m_newButton->setObjectName(QStringLiteral("newPackButton"));
    m_newButton->setToolTip(tr("Start a pack of your own that adds to the course"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_redoButton->setObjectName(QStringLiteral("redoButton"));
    m_saveButton->setObjectName(QStringLiteral("savePackButton"));
    m_saveButton->setToolTip(tr("Install the pack as its next version (Ctrl+S)"));
    m_state->setObjectName(QStringLiteral("editorState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);

    m_empty->setObjectName(QStringLiteral("editorEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setText(
        tr("You have no pack of your own yet.\n\nNew Pack… starts one that adds lessons, glossary terms "
           "and questions to the course, using its layers, services, topics and sources. The course "
           "that comes with Demarc is never changed. Packs imported from a file can be edited here too."));

    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(buildSection(*m_questions, tr("Add &Question"), tr("Remove Question")), tr("Questions"));
    m_tabs->addTab(buildSection(*m_lessons, tr("Add &Lesson"), tr("Remove Lesson")), tr("Lessons"));
    m_tabs->addTab(buildSection(*m_terms, tr("Add &Term"), tr("Remove Term")), tr("Glossary"));
    m_tabs->addTab(buildPackTab(), tr("Pack"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::page());
    layout->addWidget(title);
    layout->addLayout(buildTopRow());
    layout->addWidget(m_state);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_tabs, 1);

    connectUndo();
    connectActions();
    askWithDialogs();
    updateState();
}

EditorPage::~EditorPage()
{
    // The forms go first, while the view they report to is whole: a tab widget emptied on the
    // way out still signals its current tab.
    m_editor->disconnect(this);
    m_editor->undoStack()->disconnect(this);
    delete m_tabs;
}

QLayout* EditorPage::buildTopRow()
{
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Pack:")));
    top->addWidget(m_packCombo, 1);
    top->addWidget(m_newButton);
    top->addSpacing(metrics::Medium);
    top->addWidget(m_undoButton);
    top->addWidget(m_redoButton);
    top->addWidget(m_saveButton);
    return top;
}

void EditorPage::connectUndo()
{
    QUndoStack* undo = m_editor->undoStack();
    connect(m_undoButton, &QPushButton::clicked, undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undoButton->setToolTip(text.isEmpty() ? tr("Nothing to undo") : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(undo, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_redoButton->setToolTip(text.isEmpty() ? tr("Nothing to redo")
                                                : tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    for (const auto& [keys, slot] :
         { std::pair { QKeySequence(QKeySequence::Undo), &QUndoStack::undo },
           std::pair { QKeySequence(QKeySequence::Redo), &QUndoStack::redo },
           std::pair { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), &QUndoStack::redo } }) {
        auto* shortcut = new QShortcut(keys, this, undo, slot);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
}

void EditorPage::connectActions()
{
    // save() shows what stopped it in the state line; nothing else needs to hear.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, this, [this] { static_cast<void>(save()); });
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { static_cast<void>(save()); });
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        const auto answer = askNewPack ? askNewPack() : std::nullopt;
        if (answer) {
            if (Status s = newPack(answer->first, answer->second); !s)
                m_state->setText(tr("The pack was not started: %1").arg(s.errorMessage()));
        }
    });
    connect(m_packCombo, &QComboBox::activated, this, [this](int index) {
        if (!openPack(m_packCombo->itemData(index).toString()))
            m_packCombo->setCurrentIndex(m_packCombo->findData(currentPackId()));
    });
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &EditorPage::updateState);
    for (auto changed : { &PackEditor::packChanged, &PackEditor::problemsChanged }) {
        connect(m_editor, changed, this, [this] {
            updateProblems();
            updateState();
            if (m_questionPanes->currentWidget() == m_preview)
                refreshPreview();
        });
    }
    connect(m_questionPanes, &QTabWidget::currentChanged, this, [this] {
        if (m_questionPanes->currentWidget() == m_preview)
            refreshPreview();
    });
}

void EditorPage::askWithDialogs()
{
    askNewPack = [this]() -> std::optional<std::pair<QString, QString>> {
        bool ok = false;
        const QString packTitle = QInputDialog::getText(this, tr("New Pack"), tr("Title of the pack:"),
                                                        QLineEdit::Normal, QString(), &ok);
        if (!ok || packTitle.trimmed().isEmpty())
            return std::nullopt;
        const QString author = QInputDialog::getText(this, tr("New Pack"), tr("Your name, as the author:"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return std::pair { packTitle.trimmed(), author.trimmed() };
    };
    askUnsaved = [this]() -> std::optional<bool> {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("\"%1\" has changes that are not saved. Save them first?").arg(m_editor->pack().info.title),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return std::nullopt;
        return answer == QMessageBox::Save;
    };
}

QWidget* EditorPage::buildPackTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_packTitle);
    form->addRow(tr("Author"), m_packAuthor);
    form->addRow(tr("Description"), m_packDescription);
    m_packTitle->setAccessibleName(tr("Title"));
    m_packAuthor->setAccessibleName(tr("Author"));
    m_packDescription->setAccessibleName(tr("Description"));
    auto edit = [this](QLineEdit* line, const QString& what, void (*apply)(PackInfo&, const QString&)) {
        connect(line, &QLineEdit::textEdited, this, [this, what, apply](const QString& text) {
            m_editor->change(
                tr("Edit pack %1").arg(what), [&](Pack& p) { apply(p.info, text); },
                QStringLiteral("/pack/") + what);
        });
    };
    edit(m_packTitle, QStringLiteral("title"), [](PackInfo& i, const QString& t) { i.title = t; });
    edit(m_packAuthor, QStringLiteral("author"), [](PackInfo& i, const QString& t) { i.author = t; });
    edit(m_packDescription, QStringLiteral("description"),
         [](PackInfo& i, const QString& t) { i.description = t; });
    m_packProblems->setObjectName(QStringLiteral("packProblemsLabel"));
    m_packProblems->setWordWrap(true);
    m_packProblems->setTextFormat(Qt::PlainText);
    auto* note =
        new QLabel(tr("The pack's id and version are kept for you: every save is the next version, so a "
                      "colleague who imports a newer copy gets your changes and keeps their history."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_packProblems);
    layout->addStretch();
    return page;
}

QWidget* EditorPage::buildSection(EditorSection& ui, const QString& addText, const QString& removeText)
{
    const bool questions = &ui == m_questions.get();
    const bool lessons = &ui == m_lessons.get();
    const auto section = questions ? PackSectionModel::Section::Questions
        : lessons                  ? PackSectionModel::Section::Lessons
                                   : PackSectionModel::Section::Glossary;
    ui.model = new PackSectionModel(*m_editor, section, this);
    ui.list = new ListView;
    ui.list->setObjectName(questions     ? QStringLiteral("editorQuestionList")
                               : lessons ? QStringLiteral("editorLessonList")
                                         : QStringLiteral("editorTermList"));
    ui.list->setModel(ui.model);
    ui.list->setModelColumn(ui.model->labelColumn());
    ui.list->setAccessibleName(questions ? tr("Questions") : lessons ? tr("Lessons") : tr("Glossary terms"));
    ui.list->setSelectionMode(QAbstractItemView::SingleSelection);
    ui.list->setUniformItemSizes(true);
    ui.mapper = new QDataWidgetMapper(this);
    ui.mapper->setModel(ui.model);
    ui.delegate = new FormDelegate(ui.mapper);
    ui.mapper->setItemDelegate(ui.delegate);
    ui.mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    ui.add = new QPushButton(addText);
    ui.remove = new QPushButton(removeText);
    ui.problems = new QLabel;
    ui.problems->setObjectName(questions     ? QStringLiteral("questionProblems")
                                   : lessons ? QStringLiteral("lessonProblems")
                                             : QStringLiteral("termProblems"));
    ui.problems->setWordWrap(true);
    ui.problems->setTextFormat(Qt::PlainText);

    QWidget* scroll = buildSectionForm(ui, questions, lessons);
    QWidget* right = scroll;
    if (questions) {
        m_questionPanes->setObjectName(QStringLiteral("questionPanes"));
        m_questionPanes->addTab(scroll, tr("Edit"));
        m_questionPanes->addTab(m_preview, tr("Preview"));
        right = m_questionPanes;
    }

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(ui.list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(ui.add);
    buttons->addWidget(ui.remove);
    leftLayout->addLayout(buttons);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    connectSection(ui);
    return splitter;
}

QWidget* EditorPage::buildSectionForm(EditorSection& ui, bool questions, bool lessons)
{
    ui.form = new QWidget;
    ui.fields = new QFormLayout;
    ui.fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* formLayout = new QVBoxLayout(ui.form);
    formLayout->addWidget(ui.problems);
    formLayout->addLayout(ui.fields);
    if (questions)
        ui.bindQuestionFields(new ChoiceEditor(*m_choices));
    else if (lessons)
        ui.bindLessonFields();
    else
        ui.bindTermFields();
    formLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(ui.form);
    return scroll;
}

void EditorPage::connectSection(EditorSection& ui)
{
    connect(ui.list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, &ui](const QModelIndex& index) { select(ui, index.row()); });
    // Rows come and go with additions, removals, undo and redo: the form stays on its row.
    auto keepRow = [this, &ui] { select(ui, std::min(ui.row, ui.model->rowCount() - 1)); };
    for (auto rowsChanged : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(ui.model, rowsChanged, this, keepRow);
    connect(ui.model, &QAbstractItemModel::modelReset, this, keepRow);
    connect(ui.add, &QPushButton::clicked, this, [this, &ui] {
        const int row = ui.model->addItem();
        select(ui, row);
        if (QWidget* first = ui.fields->itemAt(0, QFormLayout::FieldRole)
                ? ui.fields->itemAt(0, QFormLayout::FieldRole)->widget()
                : nullptr)
            first->setFocus();
    });
    connect(ui.remove, &QPushButton::clicked, this, [&ui] { ui.model->removeItem(ui.row); });
}

void EditorPage::select(EditorSection& ui, int row)
{
    ui.row = row;
    ui.mapper->setCurrentIndex(row);
    const QModelIndex index = ui.model->index(row, ui.model->labelColumn());
    if (ui.list->currentIndex() != index)
        ui.list->setCurrentIndex(index);
    ui.form->setEnabled(row >= 0);
    ui.remove->setEnabled(row >= 0);
    if (&ui == m_questions.get()) {
        m_choices->setQuestion(row);
        if (m_questionPanes->currentWidget() == m_preview)
            refreshPreview();
    }
    updateProblems();
}

void EditorPage::updateProblems()
{
    for (EditorSection* ui : { m_questions.get(), m_lessons.get(), m_terms.get() }) {
        QStringList lines;
        if (ui->row >= 0) {
            const QString base = ui->model->pointer(ui->row);
            static const QRegularExpression choice(QStringLiteral("^/choices/(\\d+)"));
            for (const PackProblem& p : m_editor->problemsUnder(base)) {
                // A choice's problem says which choice, by its place in the table.
                const auto match = choice.match(p.pointer.mid(base.size()));
                lines.append(match.hasMatch()
                                 ? tr("Choice %1: %2").arg(match.captured(1).toInt() + 1).arg(p.message)
                                 : p.message);
            }
        }
        const QString text = lines.join(u'\n');
        ui->problems->setText(ui->row < 0          ? QString()
                                  : text.isEmpty() ? tr("✓ No problems.")
                                                   : tr("⚠ To fix before saving:\n%1").arg(text));
    }
    const QString packText = m_editor->problemTextUnder(QStringLiteral("/pack"));
    m_packProblems->setText(packText.isEmpty() ? QString() : tr("⚠ To fix before saving:\n%1").arg(packText));
    const Pack& p = m_editor->pack();
    if (m_packTitle->text() != p.info.title)
        m_packTitle->setText(p.info.title);
    if (m_packAuthor->text() != p.info.author)
        m_packAuthor->setText(p.info.author);
    if (m_packDescription->text() != p.info.description)
        m_packDescription->setText(p.info.description);
}

void EditorPage::refreshPreview()
{
    const int row = m_questions->row;
    const Pack& p = m_editor->pack();
    if (row < 0 || row >= p.questions.size())
        return;
    const QString problems = m_editor->problemTextUnder(m_questions->model->pointer(row));
    if (Status s = m_preview->preview(p.questions.at(row), p.topics, problems); !s)
        m_state->setText(s.errorMessage());
}

void EditorPage::updateState()
{
    const bool open = !currentPackId().isEmpty();
    m_empty->setVisible(!open);
    m_tabs->setVisible(open);
    m_saveButton->setEnabled(open && m_editor->isModified());
    m_undoButton->setEnabled(m_editor->undoStack()->canUndo());
    m_redoButton->setEnabled(m_editor->undoStack()->canRedo());
    if (!open) {
        m_state->clear();
        return;
    }
    // Each tab says how many of the problems are on it, in words beside the sign.
    const struct
    {
        int tab;
        const char* title;
        const char* pointer;
    } tabs[] = { { 0, QT_TR_NOOP("Questions"), "/questions" },
                 { 1, QT_TR_NOOP("Lessons"), "/lessons" },
                 { 2, QT_TR_NOOP("Glossary"), "/glossary" },
                 { 3, QT_TR_NOOP("Pack"), "/pack" } };
    for (const auto& t : tabs) {
        const qsizetype n = m_editor->problemsUnder(QLatin1String(t.pointer)).size();
        m_tabs->setTabText(t.tab, n == 0 ? tr(t.title) : tr("%1 (⚠ %2)").arg(tr(t.title)).arg(n));
    }
    const qsizetype problems = m_editor->problems().size();
    m_state->setText(QStringLiteral("%1 · %2").arg(
        m_editor->isModified() ? tr("Unsaved changes") : tr("Saved"),
        m_editor->isChecking() ? tr("checking the changes…")
            : problems == 0    ? tr("no problems")
                               : tr("%n problem(s) to fix", nullptr, int(problems))));
}

QString EditorPage::currentPackId() const { return m_loaded ? m_editor->pack().info.id : QString(); }

QListView* EditorPage::list(int tab) const
{
    return tab == 0 ? m_questions->list : tab == 1 ? m_lessons->list : m_terms->list;
}

void EditorPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        if (Status s = reload(); !s)
            m_state->setText(tr("The packs cannot be read: %1").arg(s.errorMessage()));
    }
}

Status EditorPage::reload()
{
    auto packs = m_store.packs();
    if (!packs)
        return Error { packs.errorMessage() };
    m_packs.clear();
    m_packCombo->clear();
    for (const PackSummary& p : std::as_const(*packs)) {
        if (p.bundled)
            continue;
        m_packs.append(p);
        m_packCombo->addItem(p.info.title, p.info.id);
    }
    m_packCombo->setEnabled(!m_packs.isEmpty());
    const QString open = currentPackId();
    if (!open.isEmpty() && m_packCombo->findData(open) >= 0) {
        m_packCombo->setCurrentIndex(m_packCombo->findData(open));
    } else if (!m_packs.isEmpty()) {
        m_loaded = false;
        openPack(m_packs.first().info.id);
    } else {
        m_loaded = false;
    }
    updateState();
    return {};
}

bool EditorPage::confirmLeaving()
{
    if (!m_loaded || !m_editor->isModified())
        return true;
    const std::optional<bool> saveFirst = askUnsaved ? askUnsaved() : std::optional<bool>(false);
    if (!saveFirst)
        return false;
    return !*saveFirst || save().ok();
}

bool EditorPage::openPack(const QString& id)
{
    if (m_loaded && id == currentPackId())
        return true;
    if (!confirmLeaving())
        return false;
    auto pack = m_store.pack(id);
    if (!pack) {
        m_state->setText(pack.errorMessage());
        return false;
    }
    m_loaded = true;
    m_editor->setPack(*pack);
    m_packCombo->setCurrentIndex(m_packCombo->findData(id));
    for (EditorSection* ui : { m_questions.get(), m_lessons.get(), m_terms.get() })
        select(*ui, ui->model->rowCount() > 0 ? 0 : -1);
    updateState();
    return true;
}

Status EditorPage::newPack(const QString& title, const QString& author)
{
    auto packs = m_store.packs();
    if (!packs)
        return Error { packs.errorMessage() };
    auto made = newPackExtendingCourse(*packs, title, author);
    if (!made)
        return Error { made.errorMessage() };
    if (!confirmLeaving())
        return Error { tr("the open pack has unsaved changes") };
    const Pack& pack = *made;
    auto saved = m_store.savePack(pack);
    if (!saved)
        return Error { saved.errorMessage() };
    m_loaded = false;
    if (Status s = reload(); !s)
        return s;
    m_loaded = false;
    openPack(pack.info.id);
    emit contentChanged();
    m_state->setText(tr("Started \"%1\". Add questions, lessons and terms; Save installs them.").arg(title));
    return {};
}

Status EditorPage::save()
{
    if (!m_loaded)
        return Error { tr("no pack is open") };
    m_editor->finishChecking();
    const qsizetype problems = m_editor->problems().size();
    if (problems > 0) {
        m_state->setText(tr("Not saved: %1 first.").arg(tr("fix the %n problem(s)", nullptr, int(problems))));
        return Error { m_state->text() };
    }
    auto saved = m_store.savePack(m_editor->pack());
    if (!saved) {
        m_state->setText(tr("Not saved: %1").arg(saved.errorMessage()));
        return Error { saved.errorMessage() };
    }
    m_editor->markSaved();
    updateState();
    if (saved->action != PackImportOutcome::Action::UpToDate) {
        m_state->setText(tr("Saved \"%1\" as version %2.").arg(saved->info.title).arg(saved->info.version));
        emit contentChanged();
    }
    return {};
}

} // namespace demarc
