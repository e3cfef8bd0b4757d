// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LearnerRepository.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace demarc {

/**
 * The learner's note on one place in the course (a lesson, a layer, a matrix cell, a term or a
 * question) with its bookmark, edited in place. Text is saved as it is typed, a moment after the
 * last key, and at once when the editor loses focus, the place changes, the panel is hidden or
 * destroyed, or flush() is called: what was typed is never lost to a closed window.
 * Hidden until it has a store and a place.
 */
class NotePanel : public QWidget
{
    Q_OBJECT

public:
    /** How long after the last key a note is saved. */
    static constexpr int SaveDelayMs = 600;

    explicit NotePanel(QWidget* parent = nullptr);
    ~NotePanel() override;

    void setStore(LearnerRepository* store);
    /** Saves what is pending, then shows the note on @p target, called @p title in the heading. */
    void setTarget(const NoteTarget& target, const QString& title);
    /** Reads the note and bookmark again, after they changed elsewhere. */
    void reload() { load(); }
    NoteTarget target() const { return m_target; }
    /** Whether the bookmark button shows (the quiz has its own flag for questions). */
    void setBookmarkShown(bool shown);

    QPlainTextEdit* editor() const { return m_editor; }
    QToolButton* bookmarkButton() const { return m_bookmark; }
    bool hasUnsavedChanges() const { return m_dirty; }

public slots:
    /** Saves the text now if it changed; false when the store refused it (the text stays). */
    bool flush();
    void toggleBookmark();
    /** Puts the cursor at the end of the note. */
    void startEditing();

signals:
    /** A note was saved or removed. */
    void noteSaved(const demarc::NoteTarget& target);
    void bookmarkChanged(const demarc::NoteTarget& target, bool bookmarked);
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void load();
    void updateBookmarkButton(bool bookmarked);
    void setStatus(const QString& text, bool problem = false);
    void updateVisibility();

    LearnerRepository* m_store = nullptr;
    NoteTarget m_target;
    QLabel* m_heading;
    QLabel* m_status;
    QToolButton* m_bookmark;
    QPlainTextEdit* m_editor;
    QTimer* m_saveTimer;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_bookmarkShown = true;
};

} // namespace demarc
