// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace demarc {

class LearnerRepository;
class LessonTocModel;
class NotePanel;
class ReadingBrowser;

/** The lesson reader: a table of contents beside the lesson, with previous/next. */
class LessonsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LessonsPage(const ContentRepository& content, QWidget* parent = nullptr);

    /** Loads the outline and sources again; shows the first lesson when none is shown. */
    Status reload();

    QString currentLessonId() const { return m_currentId; }
    LessonTocModel* tocModel() const { return m_toc; }
    int lessonCount() const;
    /** Where the lessons opened are recorded and read back (ticked in the table of contents). */
    void setLearnerStore(LearnerRepository* store);
    /** The learner's note on the lesson shown (hidden until MainWindow gives it a store). */
    NotePanel* notePanel() const { return m_note; }

public slots:
    /** Shows a lesson; false (and nothing changes) when there is no such lesson. */
    bool showLesson(const QString& id);
    void showNextLesson();
    /**
     * Marks every place the words of a search (@p text) appear in the lesson shown, each word
     * also as the start of a longer one, as the search matched them, and selects the first,
     * scrolled into view. The marks go when another lesson is shown.
     */
    void highlightWords(const QString& text);
    void showPreviousLesson();

signals:
    void currentLessonChanged(const QString& id);
    void termRequested(const QString& termId);
    void errorOccurred(const QString& message);

private:
    void updateNavigation();

    const ContentRepository& m_content;
    LessonTocModel* m_toc;
    QTreeView* m_tocView;
    ReadingBrowser* m_browser;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_position;
    NotePanel* m_note;
    QHash<QString, Source> m_sources;
    QList<GlossaryTerm> m_glossary; ///< to make the key terms a lesson sets in bold open their definitions
    QString m_currentId;
    LearnerRepository* m_store = nullptr;
};

} // namespace demarc
