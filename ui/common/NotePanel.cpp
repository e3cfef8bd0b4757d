// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotePanel.h"

#include "Metrics.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace demarc {

NotePanel::NotePanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_status(new QLabel)
    , m_bookmark(new QToolButton)
    , m_editor(new QPlainTextEdit)
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("notePanel"));
    m_heading->setObjectName(QStringLiteral("noteHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setMinimumWidth(1);
    m_heading->setWordWrap(true); // a long title goes on a second line rather than being cut off
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextFormat(Qt::PlainText);

    m_bookmark->setObjectName(QStringLiteral("bookmarkButton"));
    m_bookmark->setCheckable(true);
    m_bookmark->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bookmark->setAutoRaise(false);
    m_bookmark->setToolTip(tr("Bookmark this place to find it again in Notes (Ctrl+D)"));
    updateBookmarkButton(false);

    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("My note"));
    m_editor->setPlaceholderText(
        tr("Write a note here: it is saved as you type. Light Markdown works: **bold**, *italic*, - lists."));
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const int lines = 4;
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * lines + 2 * m_editor->frameWidth()
                             + int(m_editor->document()->documentMargin() * 2) + 4);
    m_editor->installEventFilter(this);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_heading, 1);
    header->addWidget(m_status);
    header->addWidget(m_bookmark);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(metrics::bar());
    layout->setSpacing(metrics::Tight);
    layout->addLayout(header);
    layout->addWidget(m_editor);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NotePanel::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        setStatus(tr("Editing…"));
        m_saveTimer->start();
    });
    connect(m_bookmark, &QToolButton::clicked, this, &NotePanel::toggleBookmark);
    updateVisibility();
}

NotePanel::~NotePanel()
{
    // The last words are kept; nobody is told, since whoever listens may be going too: a note
    // that cannot be saved now is logged.
    if (m_dirty && m_store && m_target.isValid()) {
        if (Status s = m_store->saveNote(m_target, m_editor->toPlainText()); !s)
            qWarning("Demarc: a note could not be saved as its panel closed: %s",
                     qPrintable(s.errorMessage()));
    }
}

void NotePanel::setStore(LearnerRepository* store)
{
    flush();
    m_store = store;
    load();
    updateVisibility();
}

void NotePanel::setTarget(const NoteTarget& target, const QString& title)
{
    if (target != m_target)
        flush();
    m_target = target;
    m_heading->setText(tr("My note on %1").arg(title));
    m_heading->setToolTip(title);
    m_editor->setAccessibleDescription(tr("Your note on %1").arg(title));
    load();
    updateVisibility();
}

void NotePanel::setBookmarkShown(bool shown)
{
    m_bookmarkShown = shown;
    m_bookmark->setVisible(shown);
}

bool NotePanel::flush()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_store || !m_target.isValid())
        return true;
    const Status saved = m_store->saveNote(m_target, m_editor->toPlainText());
    if (!saved) {
        setStatus(tr("Not saved: %1").arg(saved.errorMessage()), true);
        emit errorOccurred(
            tr("Your note could not be saved: %1. It stays in the editor; it is saved as soon as "
               "that works again.")
                .arg(saved.errorMessage()));
        return false;
    }
    m_dirty = false;
    setStatus(m_editor->toPlainText().trimmed().isEmpty() ? QString() : tr("Saved"));
    emit noteSaved(m_target);
    return true;
}

void NotePanel::toggleBookmark()
{
    if (!m_store || !m_target.isValid())
        return;
    const bool bookmarked = !m_bookmark->property("bookmarked").toBool();
    const Status s = m_store->setBookmarked(m_target, bookmarked);
    if (!s) {
        updateBookmarkButton(!bookmarked);
        emit errorOccurred(tr("The bookmark could not be saved: %1").arg(s.errorMessage()));
        return;
    }
    updateBookmarkButton(bookmarked);
    emit bookmarkChanged(m_target, bookmarked);
}

void NotePanel::startEditing()
{
    if (!isVisible())
        return;
    m_editor->setFocus(Qt::ShortcutFocusReason);
    m_editor->moveCursor(QTextCursor::End);
}

bool NotePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

void NotePanel::hideEvent(QHideEvent* event)
{
    flush();
    QWidget::hideEvent(event);
}

void NotePanel::load()
{
    m_saveTimer->stop();
    m_dirty = false;
    QString body;
    bool bookmarked = false;
    if (m_store && m_target.isValid()) {
        auto note = m_store->note(m_target);
        if (!note)
            emit errorOccurred(tr("Your note could not be read: %1").arg(note.errorMessage()));
        else if (note->has_value())
            body = (*note)->body;
        auto marked = m_store->isBookmarked(m_target);
        bookmarked = marked.ok() && *marked;
    }
    m_loading = true;
    m_editor->setPlainText(body);
    m_loading = false;
    updateBookmarkButton(bookmarked);
    setStatus(QString());
}

void NotePanel::updateBookmarkButton(bool bookmarked)
{
    m_bookmark->setProperty("bookmarked", bookmarked);
    m_bookmark->setChecked(bookmarked);
    m_bookmark->setText(bookmarked ? tr("★ Bookmarked") : tr("☆ Bookmark"));
    m_bookmark->setAccessibleName(bookmarked ? tr("Bookmarked; press to remove the bookmark")
                                             : tr("Bookmark this place"));
}

void NotePanel::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
    QFont f = m_status->font();
    f.setBold(problem);
    m_status->setFont(f);
}

void NotePanel::updateVisibility()
{
    const bool shown = m_store && m_target.isValid();
    // Never shown on its own as a window of its own before it is placed in a view.
    if (parentWidget() || !shown)
        setVisible(shown);
}

} // namespace demarc
