// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteTargets.h"

#include <QCoreApplication>

namespace demarc {

Result<NoteTargetNames> NoteTargetNames::read(const ContentRepository& content)
{
    auto lessons = content.lessonOutline();
    if (!lessons)
        return Error { lessons.errorMessage() };
    auto stack = content.responsibilityStack();
    if (!stack)
        return Error { stack.errorMessage() };
    auto glossary = content.glossary();
    if (!glossary)
        return Error { glossary.errorMessage() };
    auto questions = content.questionOutline(); // the prompts name them
    if (!questions)
        return Error { questions.errorMessage() };
    auto retired = content.retiredItems();
    if (!retired)
        return Error { retired.errorMessage() };
    NoteTargetNames names = fromCourse(*lessons, *stack, *glossary, *questions);
    for (const RetiredItem& item : std::as_const(*retired))
        names.addRetired(item);
    return names;
}

NoteTargetNames NoteTargetNames::fromCourse(const QList<Lesson>& lessons, const ResponsibilityStack& stack,
                                            const QList<GlossaryTerm>& glossary,
                                            const QList<Question>& questions)
{
    NoteTargetNames names;
    for (const Lesson& l : lessons)
        names.add(NoteTargetKind::Lesson, l.id, l.title);
    for (const Layer& l : stack.layers())
        names.add(NoteTargetKind::Layer, l.id, l.name);
    for (const QString& id : stack.selectionIds())
        names.addColumn(id, stack.selection(id)->name);
    for (const GlossaryTerm& t : glossary)
        names.add(NoteTargetKind::Term, t.id, t.term);
    for (const Question& q : questions)
        names.add(NoteTargetKind::Question, q.id, q.prompt);
    return names;
}

void NoteTargetNames::add(NoteTargetKind kind, const QString& id, const QString& title)
{
    m_titles[kind].insert(id, title);
}

void NoteTargetNames::addRetired(const RetiredItem& item)
{
    const NoteTargetKind kind = item.kind == RetiredItem::Kind::Lesson ? NoteTargetKind::Lesson
        : item.kind == RetiredItem::Kind::GlossaryTerm                 ? NoteTargetKind::Term
                                                                       : NoteTargetKind::Question;
    m_retired[kind].insert(item.id, item.title);
}

void NoteTargetNames::addColumn(const QString& id, const QString& title) { m_columns.insert(id, title); }

QString NoteTargetNames::title(const NoteTarget& target) const
{
    if (target.kind == NoteTargetKind::Cell) {
        const QString layer = m_titles.value(NoteTargetKind::Layer).value(target.cellLayer());
        const QString column = m_columns.value(target.cellColumn());
        return layer.isEmpty() || column.isEmpty() ? QString() : layer + QStringLiteral(" · ") + column;
    }
    return m_titles.value(target.kind).value(target.id);
}

QString NoteTargetNames::displayTitle(const NoteTarget& target) const
{
    const QString t = title(target);
    if (!t.isEmpty())
        return t;
    const QString retired = m_retired.value(target.kind).value(target.id);
    if (!retired.isEmpty())
        return QCoreApplication::translate("NoteTargetNames", "(retired) %1").arg(retired);
    return QCoreApplication::translate("NoteTargetNames", "(no longer in the course) %1").arg(target.id);
}

QString NoteTargetNames::kindName(NoteTargetKind kind)
{
    switch (kind) {
    case NoteTargetKind::Lesson: return QCoreApplication::translate("NoteTargetNames", "Lesson");
    case NoteTargetKind::Layer: return QCoreApplication::translate("NoteTargetNames", "Layer");
    case NoteTargetKind::Cell: return QCoreApplication::translate("NoteTargetNames", "Matrix cell");
    case NoteTargetKind::Term: return QCoreApplication::translate("NoteTargetNames", "Glossary term");
    case NoteTargetKind::Question: return QCoreApplication::translate("NoteTargetNames", "Question");
    }
    return {};
}

} // namespace demarc
