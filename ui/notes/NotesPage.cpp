// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesPage.h"

#include "NotesModel.h"
#include "ui/common/Controls.h"
#include "ui/common/Heading.h"
#include "ui/common/ItemViews.h"
#include "ui/common/Metrics.h"
#include "ui/paint/ViewIcons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace demarc {

NotesPage::NotesPage(const ContentRepository& content, LearnerRepository& learner, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_learner(learner)
    , m_model(new NotesModel(this))
    , m_filterEdit(new QLineEdit)
    , m_show(new QComboBox)
    , m_list(new ListView)
    , m_summary(new QLabel)
    , m_empty(new QLabel)
    , m_open(new QPushButton(tr("&Open")))
    , m_remove(new QPushButton(tr("&Delete…")))
{
    setObjectName(QStringLiteral("notesView"));
    m_open->setIcon(viewicons::action(QStringLiteral("open")));
    m_remove->setIcon(viewicons::action(QStringLiteral("delete")));

    QLabel* title = heading(tr("My notes and bookmarks"), 1.4);

    m_filterEdit->setObjectName(QStringLiteral("notesFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Search my notes"));
    m_filterEdit->setPlaceholderText(tr("Search my notes and bookmarks"));
    m_filterEdit->setClearButtonEnabled(true);
    m_show->setObjectName(QStringLiteral("notesShowCombo"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("Notes and bookmarks"), int(NotesModel::Show::All));
    m_show->addItem(tr("Notes only"), int(NotesModel::Show::Notes));
    m_show->addItem(tr("Bookmarks only"), int(NotesModel::Show::Bookmarks));

    m_summary->setObjectName(QStringLiteral("notesSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("notesEmptyLabel"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setText(
        tr("No notes or bookmarks yet.\n\nWrite a note in the box under any lesson, layer, matrix cell or "
           "glossary term, or under the explanation of an answered question; it is saved as you type. "
           "Bookmark a place with ☆ Bookmark (Ctrl+D); flagged questions are listed here too."));

    setUpList();

    m_open->setObjectName(QStringLiteral("openNoteButton"));
    m_open->setToolTip(tr("Open where it belongs (Enter)"));
    m_remove->setObjectName(QStringLiteral("deleteNoteButton"));
    m_remove->setToolTip(tr("Delete the note and the bookmark (Delete)"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_show);
    QLayout* buttons = buildButtons();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::page());
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_filterEdit);

    connectActions();
    updateState();
}

void NotesPage::setUpList()
{
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("My notes and bookmarks"));
    controls::showAsResults(m_list, m_model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotesPage::updateState);
}

QLayout* NotesPage::buildButtons()
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* exportButton = new QPushButton(tr("E&xport Study Notes…"));
    exportButton->setIcon(viewicons::action(QStringLiteral("export")));
    exportButton->setObjectName(QStringLiteral("exportNotesButton"));
    exportButton->setToolTip(
        tr("Notes to revise from: lessons, diagrams, the matrix, my notes and missed questions, "
           "as PDF, HTML or Markdown (Ctrl+E)"));
    connect(exportButton, &QPushButton::clicked, this, &NotesPage::exportRequested);
    buttons->addWidget(exportButton);
    return buttons;
}

void NotesPage::connectActions()
{
    connect(m_filterEdit, &QLineEdit::textChanged, this, &NotesPage::refilter);
    connect(m_show, &QComboBox::currentIndexChanged, this, &NotesPage::refilter);
    connect(m_list, &QListView::activated, this, &NotesPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &NotesPage::openCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(true); });
    auto* remove = new QShortcut(QKeySequence::Delete, m_list, this, [this] { removeCurrent(true); });
    remove->setContext(Qt::WidgetShortcut);
    // Down from the search field moves into the list, as in the sidebar's search.
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_filterEdit, this, [this] {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
    });
    down->setContext(Qt::WidgetShortcut);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_list->setCurrentIndex(m_model->index(0));
            openCurrent();
        }
    });
}

Status NotesPage::reload()
{
    if (!m_names) {
        auto names = NoteTargetNames::read(m_content);
        if (!names)
            return Error { names.errorMessage() };
        m_names = std::move(*names);
    }
    auto notes = m_learner.notes();
    if (!notes)
        return Error { notes.errorMessage() };
    auto bookmarks = m_learner.bookmarks();
    if (!bookmarks)
        return Error { bookmarks.errorMessage() };
    const QString current = m_list->currentIndex().data(NotesModel::TargetIdRole).toString();
    m_model->setData(*notes, *bookmarks, *m_names);
    refilter();
    if (const int row = current.isEmpty() ? -1 : m_model->rowOf(current); row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    return {};
}

void NotesPage::setFilterText(const QString& text) { m_filterEdit->setText(text); }

void NotesPage::refilter()
{
    m_model->setFilter(m_filterEdit->text(), static_cast<NotesModel::Show>(m_show->currentData().toInt()));
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    updateState();
}

void NotesPage::updateState()
{
    const bool any = m_model->totalCount() > 0;
    m_empty->setVisible(!any);
    m_list->setVisible(any);
    m_summary->setVisible(any);
    m_filterEdit->setEnabled(any);
    m_show->setEnabled(any);
    const bool current = m_list->currentIndex().isValid();
    m_open->setEnabled(current);
    m_remove->setEnabled(current);
    const QString counts = tr("%1, %2.").arg(tr("%n note(s)", nullptr, m_model->noteCount()),
                                             tr("%n bookmark(s)", nullptr, m_model->bookmarkCount()));
    if (m_model->matchCount() == m_model->totalCount())
        m_summary->setText(counts + QLatin1Char(' ') + tr("Press Enter to open one where it belongs."));
    else if (m_model->matchCount() == 0)
        m_summary->setText(counts + QLatin1Char(' ')
                           + tr("None matches “%1”.").arg(m_filterEdit->text().trimmed()));
    else
        m_summary->setText(counts + QLatin1Char(' ') + tr("%1 shown.").arg(m_model->matchCount()));
}

void NotesPage::openCurrent()
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid() || i.data(NotesModel::RetiredRole).toBool())
        return;
    emit openRequested(m_model->entry(i.row()).target);
}

void NotesPage::removeCurrent(bool ask)
{
    const QModelIndex i = m_list->currentIndex();
    if (!i.isValid())
        return;
    const NotesModel::Entry e = m_model->entry(i.row());
    if (ask) {
        const QString what = !e.body.isEmpty() && e.bookmarked ? tr("the note and the bookmark on “%1”")
            : !e.body.isEmpty()                                ? tr("the note on “%1”")
                                                               : tr("the bookmark on “%1”");
        const auto answer = QMessageBox::question(
            this, tr("Delete"), tr("Delete %1? This cannot be undone.").arg(what.arg(e.title.left(80))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    Status s;
    if (!e.body.isEmpty())
        s = m_learner.saveNote(e.target, QString());
    if (s && e.bookmarked)
        s = m_learner.setBookmarked(e.target, false);
    const int row = i.row();
    if (s) {
        m_model->removeEntry(row);
    } else {
        emit errorOccurred(tr("Could not delete it: %1").arg(s.errorMessage()));
        // Part of it may be gone: the list shows what the store holds.
        if (Status r = reload(); !r)
            emit errorOccurred(r.errorMessage());
    }
    updateState();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
    emit learnerDataChanged();
}

} // namespace demarc
