// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notes.h"

#include <QHashFunctions>

namespace demarc {

namespace {

constexpr QChar CellSeparator = QLatin1Char('/');

struct KindName
{
    NoteTargetKind kind;
    const char* id;
};

constexpr KindName KindNames[] = {
    { NoteTargetKind::Lesson, "lesson" },     { NoteTargetKind::Layer, "layer" },
    { NoteTargetKind::Cell, "cell" },         { NoteTargetKind::Term, "term" },
    { NoteTargetKind::Question, "question" },
};

} // namespace

NoteTarget NoteTarget::cell(const QString& layerId, const QString& columnId)
{
    return { NoteTargetKind::Cell, layerId + CellSeparator + columnId };
}

QString NoteTarget::cellLayer() const
{
    return kind == NoteTargetKind::Cell ? id.section(CellSeparator, 0, 0) : QString();
}

QString NoteTarget::cellColumn() const
{
    return kind == NoteTargetKind::Cell ? id.section(CellSeparator, 1) : QString();
}

size_t qHash(const NoteTarget& target, size_t seed) { return qHashMulti(seed, int(target.kind), target.id); }

QString noteTargetKindId(NoteTargetKind kind)
{
    for (const KindName& k : KindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    }
    return {};
}

std::optional<NoteTargetKind> noteTargetKindFromId(const QString& id)
{
    for (const KindName& k : KindNames) {
        if (id == QLatin1String(k.id))
            return k.kind;
    }
    return std::nullopt;
}

QString normalizedNoteBody(const QString& body)
{
    QString text = body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        if (!control || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QChar(0x200D))
            out.append(c);
    }
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

} // namespace demarc
