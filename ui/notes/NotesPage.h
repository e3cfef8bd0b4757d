// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/NoteTargets.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace demarc {

class NotesModel;

/**
 * Every note and bookmark the learner made, searchable; each opens where it belongs. Notes are
 * edited where they were written; here they can be found, opened and deleted.
 */
class NotesPage : public QWidget
{
    Q_OBJECT

public:
    NotesPage(const ContentRepository& content, LearnerRepository& learner, QWidget* parent = nullptr);

    /** Reads the notes and bookmarks (and, the first time, the names of the places they point at). */
    Status reload();
    /** The course changed: the places' names are read again at the next reload(). */
    void forgetCourse() { m_names.reset(); }
    NotesModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    void setFilterText(const QString& text);

public slots:
    /** Deletes the note and the bookmark of the current row, after asking (unless @p ask is false). */
    void removeCurrent(bool ask = true);

signals:
    void openRequested(const demarc::NoteTarget& target);
    /** Notes or bookmarks were removed here. */
    void learnerDataChanged();
    void errorOccurred(const QString& message);
    /** The learner asked to export study notes. */
    void exportRequested();

private:
    void setUpList();
    QLayout* buildButtons();
    void connectActions();
    void refilter();
    void updateState();
    void openCurrent();

    const ContentRepository& m_content;
    LearnerRepository& m_learner;
    NotesModel* m_model;
    std::optional<NoteTargetNames> m_names;
    QLineEdit* m_filterEdit;
    QComboBox* m_show;
    QListView* m_list;
    QLabel* m_summary;
    QLabel* m_empty;
    QPushButton* m_open;
    QPushButton* m_remove;
};

} // namespace demarc
