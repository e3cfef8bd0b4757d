// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

namespace demarc {

/**
 * The lessons' table of contents: topics at the top level, their lessons below, in
 * reading order. One column.
 */
class LessonTocModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< topic or lesson id
        IsLessonRole, ///< true for lessons, false for topics
        SummaryRole, ///< a lesson's summary
        ReadRole, ///< true for a lesson the learner has opened
    };
    Q_ENUM(Role)

    explicit LessonTocModel(QObject* parent = nullptr);

    /** Replaces the contents; lessons of unknown topics are left out. */
    void setOutline(const QList<Topic>& topics, const QList<Lesson>& lessons);

    /** The lessons the learner has opened: each is ticked, and its topic says how many. */
    void setRead(const QSet<QString>& lessonIds);
    void markRead(const QString& lessonId);
    int readCount() const;

    /** Lesson ids in reading order. */
    QStringList lessonIds() const;
    QModelIndex indexOfLesson(const QString& lessonId) const;
    QString lessonTitle(const QString& lessonId) const;
    QString topicTitleOfLesson(const QString& lessonId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct TopicNode
    {
        Topic topic;
        QList<Lesson> lessons;
    };
    // Lesson indexes carry their topic's row + 1 as internal id; topic indexes carry 0.
    QList<TopicNode> m_topics;
    QSet<QString> m_read;
};

} // namespace demarc
