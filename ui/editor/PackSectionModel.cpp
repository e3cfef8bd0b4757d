// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackSectionModel.h"

#include "PackEditor.h"

namespace demarc {

namespace {

QString joined(const QStringList& list) { return list.join(QStringLiteral(", ")); }

QString joined(const QList<int>& list)
{
    QStringList parts;
    for (int n : list)
        parts.append(QString::number(n));
    return joined(parts);
}

QStringList splitIds(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

/** Fact numbers typed as "4, 70"; what is not a positive number is left out. */
QList<int> splitNumbers(const QString& text)
{
    QList<int> out;
    for (const QString& part : splitIds(text)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (ok && n > 0)
            out.append(n);
    }
    return out;
}

/** A fresh id of the form "prefix-N" that no item in @p ids has. */
template<typename List> QString freshId(const List& items, const QString& prefix)
{
    for (int n = int(items.size()) + 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
        if (std::none_of(items.cbegin(), items.cend(), [&](const auto& x) { return x.id == id; }))
            return id;
    }
}

} // namespace

PackSectionModel::PackSectionModel(PackEditor& editor, Section section, QObject* parent)
    : ListTableModel(parent)
    , m_editor(editor)
    , m_section(section)
{
    m_rows = count();
    // Rows come and go with undo and redo as well as with edits: each change is told as the rows
    // it inserts, removes or moves, so a form bound to a row keeps its place.
    connect(&m_editor, &PackEditor::packAboutToChange, this,
            [this](const Pack& next) { beginChange(listChange(ids(m_editor.pack()), ids(next))); });
    connect(&m_editor, &PackEditor::packChanged, this, [this] { endChange([this] { m_rows = count(); }); });
    // A check that ends in the background changes the problem marks, not the rows.
    connect(&m_editor, &PackEditor::problemsChanged, this, &PackSectionModel::announceAllData);
}

QStringList PackSectionModel::ids(const Pack& pack) const
{
    QStringList out;
    auto add = [&out](const auto& items) {
        for (const auto& item : items)
            out.append(item.id);
    };
    switch (m_section) {
    case Section::Lessons: add(pack.lessons); break;
    case Section::Glossary: add(pack.glossary); break;
    case Section::Questions: add(pack.questions); break;
    }
    return out;
}

int PackSectionModel::count() const
{
    const Pack& p = m_editor.pack();
    switch (m_section) {
    case Section::Lessons: return int(p.lessons.size());
    case Section::Glossary: return int(p.glossary.size());
    case Section::Questions: return int(p.questions.size());
    }
    return 0;
}

int PackSectionModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

int PackSectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : fieldCount() + 1;
}

int PackSectionModel::fieldCount() const
{
    switch (m_section) {
    case Section::Lessons: return LessonColumns;
    case Section::Glossary: return TermColumns;
    case Section::Questions: return QuestionColumns;
    }
    return 0;
}

QString PackSectionModel::key(int column) const
{
    static const char* const lessons[] = { "id", "topic", "title", "summary", "body", "facts", "sources" };
    static const char* const terms[] = { "id", "term", "aliases", "definition", "sources" };
    static const char* const questions[] = { "id",    "type",  "topic",   "prompt", "control", "lesson",
                                             "layer", "model", "service", "facts",  "sources" };
    switch (m_section) {
    case Section::Lessons: return QLatin1String(lessons[column]);
    case Section::Glossary: return QLatin1String(terms[column]);
    case Section::Questions: return QLatin1String(questions[column]);
    }
    return {};
}

QString PackSectionModel::pointer(int row, int column) const
{
    const char* array = m_section == Section::Lessons ? "lessons"
        : m_section == Section::Glossary              ? "glossary"
                                                      : "questions";
    QString p = QStringLiteral("/%1/%2").arg(QLatin1String(array)).arg(row);
    if (column >= 0 && column < fieldCount())
        p += u'/' + key(column);
    return p;
}

QVariant PackSectionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const Pack& p = m_editor.pack();
    const int row = index.row();
    const int column = index.column();
    if (role == ProblemsRole)
        return m_editor.problemTextUnder(pointer(row, column));
    if (role == LabelRole) {
        QString label;
        switch (m_section) {
        case Section::Lessons: label = p.lessons.at(row).title; break;
        case Section::Glossary: label = p.glossary.at(row).term; break;
        case Section::Questions: label = p.questions.at(row).prompt; break;
        }
        if (label.trimmed().isEmpty())
            label = tr("(untitled)");
        // Problems are marked in words as well as by the sign, never by colour alone.
        return m_editor.problemsUnder(pointer(row)).isEmpty() ? label : tr("⚠ %1").arg(label);
    }
    if (role == Qt::ToolTipRole)
        return m_editor.problemTextUnder(pointer(row));
    if (column == labelColumn())
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? data(index, LabelRole)
                                                                         : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (m_section) {
    case Section::Lessons: {
        const Lesson& l = p.lessons.at(row);
        switch (column) {
        case LessonId: return l.id;
        case LessonTopic: return l.topic;
        case LessonTitle: return l.title;
        case LessonSummary: return l.summary;
        case LessonBody: return l.body;
        case LessonFacts: return joined(l.facts);
        case LessonSources: return joined(l.sources);
        }
        break;
    }
    case Section::Glossary: {
        const GlossaryTerm& g = p.glossary.at(row);
        switch (column) {
        case TermId: return g.id;
        case TermTerm: return g.term;
        case TermAliases: return joined(g.aliases);
        case TermDefinition: return g.definition;
        case TermSources: return joined(g.sources);
        }
        break;
    }
    case Section::Questions: {
        const Question& q = p.questions.at(row);
        switch (column) {
        case QuestionId: return q.id;
        case QuestionType: return questionTypeId(q.type);
        case QuestionTopic: return q.topic;
        case QuestionPrompt: return q.prompt;
        case QuestionControl: return q.control;
        case QuestionLesson: return q.lesson;
        case QuestionLayer: return q.layer;
        case QuestionModel: return q.model;
        case QuestionService: return q.service;
        case QuestionFacts: return joined(q.facts);
        case QuestionSources: return joined(q.sources);
        }
        break;
    }
    }
    return {};
}

bool PackSectionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows || index.column() == labelColumn())
        return false;
    const int row = index.row();
    const int column = index.column();
    const QString text = value.toString();
    if (data(index, Qt::EditRole).toString() == text)
        return false;
    if (m_section == Section::Questions && column == QuestionType && !questionTypeFromId(text))
        return false;
    const QString what = headerData(column, Qt::Horizontal).toString();
    const QString mergeKey = pointer(row, column);
    m_editor.change(
        tr("Edit %1").arg(what.toLower()),
        [&](Pack& p) {
            switch (m_section) {
            case Section::Lessons: {
                Lesson& l = p.lessons[row];
                switch (column) {
                case LessonId: l.id = text.trimmed(); break;
                case LessonTopic: l.topic = text.trimmed(); break;
                case LessonTitle: l.title = text; break;
                case LessonSummary: l.summary = text; break;
                case LessonBody: l.body = text; break;
                case LessonFacts: l.facts = splitNumbers(text); break;
                case LessonSources: l.sources = splitIds(text); break;
                }
                break;
            }
            case Section::Glossary: {
                GlossaryTerm& g = p.glossary[row];
                switch (column) {
                case TermId: g.id = text.trimmed(); break;
                case TermTerm: g.term = text; break;
                case TermAliases: g.aliases = splitIds(text); break;
                case TermDefinition: g.definition = text; break;
                case TermSources: g.sources = splitIds(text); break;
                }
                break;
            }
            case Section::Questions: {
                Question& q = p.questions[row];
                switch (column) {
                case QuestionId: q.id = text.trimmed(); break;
                case QuestionType: {
                    const auto type = questionTypeFromId(text);
                    if (!type)
                        return;
                    const bool partiesBefore = q.assignsParties();
                    q.type = *type;
                    // Switching between marked answers and sorted ones: each choice gets the other kind of
                    // answer.
                    if (q.assignsParties() != partiesBefore) {
                        for (Choice& c : q.choices) {
                            c.party =
                                q.assignsParties() ? std::optional<Party>(Party::Customer) : std::nullopt;
                            c.correct = false;
                        }
                    }
                    if (q.type != QuestionType::Split)
                        q.control.clear();
                    break;
                }
                case QuestionTopic: q.topic = text.trimmed(); break;
                case QuestionPrompt: q.prompt = text; break;
                case QuestionControl: q.control = text; break;
                case QuestionLesson: q.lesson = text.trimmed(); break;
                case QuestionLayer: q.layer = text.trimmed(); break;
                case QuestionModel: q.model = text.trimmed(); break;
                case QuestionService: q.service = text.trimmed(); break;
                case QuestionFacts: q.facts = splitNumbers(text); break;
                case QuestionSources: q.sources = splitIds(text); break;
                }
                break;
            }
            }
        },
        mergeKey);
    return true;
}

Qt::ItemFlags PackSectionModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.column() == labelColumn() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                           : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant PackSectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const lessons[] = { QT_TR_NOOP("Id"),      QT_TR_NOOP("Topic"), QT_TR_NOOP("Title"),
                                           QT_TR_NOOP("Summary"), QT_TR_NOOP("Body"),  QT_TR_NOOP("Facts"),
                                           QT_TR_NOOP("Sources") };
    static const char* const terms[] = { QT_TR_NOOP("Id"), QT_TR_NOOP("Term"), QT_TR_NOOP("Other spellings"),
                                         QT_TR_NOOP("Definition"), QT_TR_NOOP("Sources") };
    static const char* const questions[] = {
        QT_TR_NOOP("Id"),      QT_TR_NOOP("Type"),   QT_TR_NOOP("Topic"),  QT_TR_NOOP("Prompt"),
        QT_TR_NOOP("Control"), QT_TR_NOOP("Lesson"), QT_TR_NOOP("Layer"),  QT_TR_NOOP("Model"),
        QT_TR_NOOP("Service"), QT_TR_NOOP("Facts"),  QT_TR_NOOP("Sources")
    };
    if (section == labelColumn())
        return tr("Item");
    if (section < 0 || section >= fieldCount())
        return {};
    switch (m_section) {
    case Section::Lessons: return tr(lessons[section]);
    case Section::Glossary: return tr(terms[section]);
    case Section::Questions: return tr(questions[section]);
    }
    return {};
}

int PackSectionModel::addItem()
{
    const int row = m_rows;
    m_editor.change(m_section == Section::Lessons        ? tr("Add a lesson")
                        : m_section == Section::Glossary ? tr("Add a glossary term")
                                                         : tr("Add a question"),
                    [&](Pack& p) {
                        const QString topic = p.topics.isEmpty() ? QString() : p.topics.first().id;
                        const QStringList sources =
                            p.sources.isEmpty() ? QStringList() : QStringList { p.sources.first().id };
                        switch (m_section) {
                        case Section::Lessons: {
                            Lesson l;
                            l.id = freshId(p.lessons, QStringLiteral("lesson"));
                            l.topic = topic;
                            l.sources = sources;
                            p.lessons.append(l);
                            break;
                        }
                        case Section::Glossary: {
                            GlossaryTerm g;
                            g.id = freshId(p.glossary, QStringLiteral("term"));
                            g.sources = sources;
                            p.glossary.append(g);
                            break;
                        }
                        case Section::Questions: {
                            Question q;
                            q.id = freshId(p.questions, QStringLiteral("question"));
                            q.topic = topic;
                            q.sources = sources;
                            q.choices = { Choice { QStringLiteral("a"), {}, true, std::nullopt, {} },
                                          Choice { QStringLiteral("b"), {}, false, std::nullopt, {} } };
                            p.questions.append(q);
                            break;
                        }
                        }
                    });
    return row;
}

void PackSectionModel::removeItem(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    m_editor.change(m_section == Section::Lessons        ? tr("Remove a lesson")
                        : m_section == Section::Glossary ? tr("Remove a glossary term")
                                                         : tr("Remove a question"),
                    [&](Pack& p) {
                        switch (m_section) {
                        case Section::Lessons: p.lessons.removeAt(row); break;
                        case Section::Glossary: p.glossary.removeAt(row); break;
                        case Section::Questions: p.questions.removeAt(row); break;
                        }
                    });
}

} // namespace demarc
