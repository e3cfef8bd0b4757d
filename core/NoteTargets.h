// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentRepository.h"
#include "Notes.h"
#include "Result.h"

#include <QHash>
#include <QString>

namespace demarc {

/**
 * What the places notes and bookmarks point at are called in the installed course, for
 * listing and exporting them. A place the course no longer has has no title: its note is
 * kept and shown as retired.
 */
class NoteTargetNames
{
public:
    NoteTargetNames() = default;
    /** Reads every lesson, layer, service model, service, term and question title once. */
    static Result<NoteTargetNames> read(const ContentRepository& content);
    /** The same names from lists already read. */
    static NoteTargetNames fromCourse(const QList<Lesson>& lessons, const ResponsibilityStack& stack,
                                      const QList<GlossaryTerm>& glossary, const QList<Question>& questions);

    void add(NoteTargetKind kind, const QString& id, const QString& title);
    /** A lesson, term or question no longer in the course, by the title it last had. */
    void addRetired(const RetiredItem& item);
    /** For a matrix column: a service model or service. */
    void addColumn(const QString& id, const QString& title);

    /** "Guest operating system · Amazon EC2" for a cell; empty when the place is not in the course. */
    QString title(const NoteTarget& target) const;
    /** title(), or "(retired) <last title>" for a retired item, or "(no longer in the course) <id>". */
    QString displayTitle(const NoteTarget& target) const;

    /** "Lesson", "Layer", "Matrix cell", "Glossary term", "Question". */
    static QString kindName(NoteTargetKind kind);

private:
    QHash<NoteTargetKind, QHash<QString, QString>> m_titles;
    QHash<NoteTargetKind, QHash<QString, QString>> m_retired;
    QHash<QString, QString> m_columns;
};

} // namespace demarc
