// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QWidget>

class QLabel;
class QListView;

namespace demarc {

class SearchResultsModel;

/** Full-text search results over lessons, glossary terms and questions. */
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(const ContentRepository& content, QWidget* parent = nullptr);

    SearchResultsModel* model() const { return m_model; }
    QString query() const { return m_query; }

public slots:
    void setQuery(const QString& text);

signals:
    void lessonRequested(const QString& lessonId);
    void termRequested(const QString& termId);
    void errorOccurred(const QString& message);

private:
    void open(const QModelIndex& index);

    const ContentRepository& m_content;
    SearchResultsModel* m_model;
    QLabel* m_summary;
    QListView* m_list;
    QString m_query;
};

} // namespace demarc
