// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonTocModel.h"

#include "ui/paint/ViewIcons.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace demarc {

LessonTocModel::LessonTocModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void LessonTocModel::setOutline(const QList<Topic>& topics, const QList<Lesson>& lessons)
{
    beginResetModel();
    m_topics.clear();
    for (const Topic& t : topics)
        m_topics.append({ t, {} });
    for (const Lesson& l : lessons) {
        for (TopicNode& node : m_topics) {
            if (node.topic.id == l.topic) {
                node.lessons.append(l);
                break;
            }
        }
    }
    endResetModel();
}

void LessonTocModel::setRead(const QSet<QString>& lessonIds)
{
    m_read = lessonIds;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex topic = index(row, 0);
        if (rowCount(topic) > 0)
            emit dataChanged(index(0, 0, topic), index(rowCount(topic) - 1, 0, topic));
    }
}

void LessonTocModel::markRead(const QString& lessonId)
{
    if (m_read.contains(lessonId))
        return;
    m_read.insert(lessonId);
    const QModelIndex lesson = indexOfLesson(lessonId);
    if (!lesson.isValid())
        return;
    emit dataChanged(lesson, lesson);
    emit dataChanged(lesson.parent(), lesson.parent());
}

int LessonTocModel::readCount() const
{
    int n = 0;
    for (const QString& id : lessonIds())
        n += m_read.contains(id) ? 1 : 0;
    return n;
}

QStringList LessonTocModel::lessonIds() const
{
    QStringList ids;
    for (const TopicNode& node : m_topics) {
        for (const Lesson& l : node.lessons)
            ids.append(l.id);
    }
    return ids;
}

QModelIndex LessonTocModel::indexOfLesson(const QString& lessonId) const
{
    for (int t = 0; t < m_topics.size(); ++t) {
        const auto& lessons = m_topics.at(t).lessons;
        for (int l = 0; l < lessons.size(); ++l) {
            if (lessons.at(l).id == lessonId)
                return createIndex(l, 0, quintptr(t + 1));
        }
    }
    return {};
}

QString LessonTocModel::lessonTitle(const QString& lessonId) const
{
    return indexOfLesson(lessonId).data().toString();
}

QString LessonTocModel::topicTitleOfLesson(const QString& lessonId) const
{
    return indexOfLesson(lessonId).parent().data().toString();
}

QModelIndex LessonTocModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LessonTocModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LessonTocModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_topics.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_topics.at(parent.row()).lessons.size());
}

int LessonTocModel::columnCount(const QModelIndex&) const { return 1; }

QVariant LessonTocModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const TopicNode& node = m_topics.at(index.row());
        const Topic& t = node.topic;
        const auto read = std::count_if(node.lessons.cbegin(), node.lessons.cend(),
                                        [this](const Lesson& l) { return m_read.contains(l.id); });
        switch (role) {
        case Qt::DisplayRole: return t.title;
        case Qt::AccessibleTextRole:
            return tr("%1, %2 of %n lesson(s) read", nullptr, int(node.lessons.size()))
                .arg(t.title)
                .arg(read);
        case Qt::ToolTipRole:
            return tr("%1 of %n lesson(s) read", nullptr, int(node.lessons.size())).arg(read);
        case IdRole: return t.id;
        case IsLessonRole: return false;
        default: return {};
        }
    }
    const Lesson& l = m_topics.at(int(index.internalId() - 1)).lessons.at(index.row());
    const bool read = m_read.contains(l.id);
    switch (role) {
    case Qt::DisplayRole: return l.title;
    // A tick for the eye, the word for a screen reader; a lesson not read yet keeps the room.
    case Qt::DecorationRole: {
        const QPalette palette = QGuiApplication::palette();
        return viewicons::tick(palette.color(QPalette::Text), palette.color(QPalette::HighlightedText), read);
    }
    case Qt::AccessibleTextRole: return read ? tr("%1, read").arg(l.title) : l.title;
    case ReadRole: return read;
    case Qt::ToolTipRole:
    case SummaryRole: return l.summary;
    case IdRole: return l.id;
    case IsLessonRole: return true;
    default: return {};
    }
}

Qt::ItemFlags LessonTocModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> LessonTocModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(IsLessonRole, "isLesson");
    names.insert(SummaryRole, "summary");
    return names;
}

} // namespace demarc
