// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonTocModel.h"

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
        const Topic& t = m_topics.at(index.row()).topic;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return t.title;
        case IdRole: return t.id;
        case IsLessonRole: return false;
        default: return {};
        }
    }
    const Lesson& l = m_topics.at(int(index.internalId() - 1)).lessons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return l.title;
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
