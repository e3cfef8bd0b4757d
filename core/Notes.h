// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace demarc {

/** What a note or a bookmark is attached to. */
enum class NoteTargetKind { Lesson, Layer, Cell, Term, Question };

/**
 * A place in the course a learner can annotate, by its stable content id. A matrix cell's id
 * is "<layer id>/<column id>", the column being a service model or a service.
 */
struct NoteTarget
{
    NoteTargetKind kind = NoteTargetKind::Lesson;
    QString id;

    static NoteTarget lesson(const QString& id) { return { NoteTargetKind::Lesson, id }; }
    static NoteTarget layer(const QString& id) { return { NoteTargetKind::Layer, id }; }
    static NoteTarget cell(const QString& layerId, const QString& columnId);
    static NoteTarget term(const QString& id) { return { NoteTargetKind::Term, id }; }
    static NoteTarget question(const QString& id) { return { NoteTargetKind::Question, id }; }

    bool isValid() const { return !id.isEmpty(); }
    /** For a cell: its layer id; empty otherwise. */
    QString cellLayer() const;
    /** For a cell: its service model's or service's id; empty otherwise. */
    QString cellColumn() const;

    friend bool operator==(const NoteTarget&, const NoteTarget&) = default;
};

size_t qHash(const NoteTarget& target, size_t seed = 0);

QString noteTargetKindId(NoteTargetKind kind);
std::optional<NoteTargetKind> noteTargetKindFromId(const QString& id);

/** A learner's note: plain text with light Markdown. */
struct Note
{
    NoteTarget target;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Bookmark
{
    NoteTarget target;
    QDateTime createdAt;
};

/** The longest note the store keeps, in characters; longer text is refused, never cut. */
constexpr int MaximumNoteLength = 100000;

/**
 * @p body as it is stored: line ends made \n, control characters other than tab and line
 * feed removed, trailing white space at the end dropped. An empty result means "no note".
 */
QString normalizedNoteBody(const QString& body);

} // namespace demarc
