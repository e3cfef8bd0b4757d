// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace demarc {

class GlossaryModel;
class NotePanel;
class ReadingBrowser;

/** The glossary: a filterable, sorted list of terms beside the chosen term's definition. */
class GlossaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryPage(const ContentRepository& content, QWidget* parent = nullptr);

    Status reload();

    GlossaryModel* model() const { return m_model; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }
    QString currentTermId() const { return m_currentId; }
    /** The learner's note on the term shown (hidden until MainWindow gives it a store). */
    NotePanel* notePanel() const { return m_note; }

public slots:
    /** Shows a term (clearing a filter that hides it); false when there is no such term. */
    bool showTerm(const QString& id);
    void setFilterText(const QString& text);

signals:
    void lessonRequested(const QString& lessonId);
    void errorOccurred(const QString& message);

private:
    void showDetails(const QString& id);
    void updateEmptyState();

    const ContentRepository& m_content;
    GlossaryModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterEdit;
    QListView* m_list;
    QLabel* m_emptyLabel;
    ReadingBrowser* m_browser;
    NotePanel* m_note;
    QHash<QString, Source> m_sources;
    QHash<QString, QString> m_lessonTitles;
    QString m_currentId;
};

} // namespace demarc
