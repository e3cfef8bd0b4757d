// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pack/PackParser.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

class QUndoStack;

namespace demarc {

/**
 * A pack being edited: every change is one step on an undo stack, and after every change the
 * pack is checked by the same validator as `--validate-pack`, so problems show as you type.
 * The forms' models (PackSectionModel, ChoicesModel) read from it and write through it.
 *
 * A pack of up to SynchronousCheckLimit questions, lessons and terms is checked at once, before
 * packChanged(). A larger one (a department's bank: checking 5,000 questions takes half a
 * second) is checked on a worker thread, so that typing never waits for it: problems() are
 * those of the last check, isChecking() says a newer one is under way, and problemsChanged()
 * says it has landed. Changes made while a check runs are checked together when it ends.
 */
class PackEditor : public QObject
{
    Q_OBJECT

public:
    /** Packs with more questions, lessons and terms than this are checked in the background. */
    static constexpr int SynchronousCheckLimit = 400;

    explicit PackEditor(PackBaseLookup bases, QObject* parent = nullptr);
    ~PackEditor() override;

    /** Starts editing @p pack: no undo history, nothing modified. */
    void setPack(const Pack& pack);
    const Pack& pack() const { return m_pack; }
    QUndoStack* undoStack() const { return m_undo; }

    /**
     * Applies @p edit to the pack as one undoable step called @p text. Consecutive steps with
     * the same non-empty @p mergeKey (typing in one field) are undone together.
     */
    void change(const QString& text, const std::function<void(Pack&)>& edit, const QString& mergeKey = {});

    /** Every problem of the pack as last checked, in file order. */
    const QList<PackProblem>& problems() const { return m_problems; }
    /** Whether the pack has changed since the problems were found, and a check is under way. */
    bool isChecking() const { return m_checking; }
    /** Checks the pack as it stands now if that is not done yet (before saving it). */
    void finishChecking();
    /** Sets how many items a pack may have to be checked at once (tests; SynchronousCheckLimit). */
    void setSynchronousCheckLimit(int items) { m_synchronousLimit = items; }
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
    /** A check of the pack has ended: problems() and isChecking() say what it found. */
    void problemsChanged();

private:
    friend class PackChangeCommand;
    void apply(const Pack& pack);
    /** The pack @p pack extends, read once per pack opened (on this thread: it reads the store). */
    std::optional<PackBase> baseOf(const Pack& pack);
    void checkInBackground();
    void landed(quint64 generation, const QList<PackProblem>& problems);

    PackBaseLookup m_bases;
    /** The pack the edited one extends, as last read (see setPack()). */
    std::optional<PackBase> m_base;
    QString m_baseId;
    bool m_baseRead = false;
    Pack m_pack;
    QList<PackProblem> m_problems;
    QUndoStack* m_undo;
    int m_synchronousLimit = SynchronousCheckLimit;
    /** Counts the versions of the pack: a check's result is kept only for the one it checked. */
    quint64 m_generation = 0;
    bool m_checking = false;
    /** A check is on the worker (or its result is on its way back). */
    bool m_running = false;
    /** One worker, so that checks never pile up; waited for when the editor goes. */
    QThreadPool m_checker;
};

} // namespace demarc
