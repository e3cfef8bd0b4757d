// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pack/PackParser.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace demarc {

/**
 * A pack being edited: every change is one step on an undo stack, and after every change the
 * pack is checked by the same validator as `--validate-pack`, so problems show as you type.
 * The forms' models (PackSectionModel, ChoicesModel) read from it and write through it.
 */
class PackEditor : public QObject
{
    Q_OBJECT

public:
    explicit PackEditor(PackBaseLookup bases, QObject* parent = nullptr);

    /** Starts editing @p pack: no undo history, nothing modified. */
    void setPack(const Pack& pack);
    const Pack& pack() const { return m_pack; }
    QUndoStack* undoStack() const { return m_undo; }

    /**
     * Applies @p edit to the pack as one undoable step called @p text. Consecutive steps with
     * the same non-empty @p mergeKey (typing in one field) are undone together.
     */
    void change(const QString& text, const std::function<void(Pack&)>& edit, const QString& mergeKey = {});

    /** Every problem of the pack as it stands, in file order. */
    const QList<PackProblem>& problems() const { return m_problems; }
    /** The problems at @p pointer or inside it ("/questions/2" holds its choices' problems). */
    QList<PackProblem> problemsUnder(const QString& pointer) const;
    /** The problems' messages at @p pointer or inside it, one per line, without file positions. */
    QString problemTextUnder(const QString& pointer) const;

    /** Whether there are changes since setPack() or markSaved(). */
    bool isModified() const;
    void markSaved();

signals:
    /** The pack is about to become @p next (an edit, an undo, a redo, another pack opened). */
    void packAboutToChange(const demarc::Pack& next);
    /** The pack changed (an edit, an undo or a redo). */
    void packChanged();

private:
    friend class PackChangeCommand;
    void apply(const Pack& pack);

    PackBaseLookup m_bases;
    /** The pack the edited one extends, as last read (see setPack()). */
    std::optional<PackBase> m_base;
    QString m_baseId;
    bool m_baseRead = false;
    Pack m_pack;
    QList<PackProblem> m_problems;
    QUndoStack* m_undo;
};

} // namespace demarc
