// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackParser.h"
#include "core/Content.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace demarc {

/** An installed content pack, as the Packs view lists it. */
struct PackSummary
{
    PackInfo info;
    /** The course shipped with the application: it cannot be disabled or removed. */
    bool bundled = false;
    bool enabled = true;
    int lessons = 0;
    int glossaryTerms = 0;
    int questions = 0;
    QDateTime installedAt;
};

/** What importing a pack file did, or would do. */
struct PackImportOutcome
{
    enum class Action {
        Installed, ///< the pack was not installed before
        Updated, ///< a lower version was replaced
        Downgraded, ///< a higher version was replaced, as asked
        UpToDate, ///< the same bytes are installed; nothing was written
        NeedsDowngrade, ///< a higher version is installed; nothing was written (ask, then allow)
    };
    Action action = Action::Installed;
    PackInfo info;
    /** The installed version before the import; 0 when there was none. */
    int previousVersion = 0;
    int lessons = 0;
    int glossaryTerms = 0;
    int questions = 0;
    /** Lessons, terms and questions of the previous version that this one no longer has. */
    int retired = 0;
};

enum class Downgrade { Refuse, Allow };

/** Whether removing a pack keeps the learner's answers, notes, bookmarks and schedules for it. */
enum class LearnerHistory { Keep, Delete };

/**
 * The installed packs, and what an instructor can do with them. Declared here, implemented by
 * the store (db/), handed to the interface (ui/) by the application.
 */
class PackStore
{
public:
    virtual ~PackStore() = default;

    /** The course first, then the other packs in the order they were installed. */
    virtual Result<QList<PackSummary>> packs() const = 0;
    /** Imports a pack file all or nothing (see importPackFile() in db/CourseInstaller.h). */
    virtual Result<PackImportOutcome> importPack(const QString& path, Downgrade downgrade) = 0;
    /** Everything an installed pack holds, as a pack to edit. */
    virtual Result<Pack> pack(const QString& id) const = 0;
    /** The installed packs a pack may extend, for checking one being edited (PackParser::parse). */
    virtual PackBaseLookup bases() const = 0;
    /**
     * Saves a pack edited in the app through the same checks as --validate-pack (its problems
     * are the error, one "ID.json:LINE:COL: message" per line, and nothing is saved). A changed
     * pack becomes its next version; learner data is kept and dropped items are retired.
     */
    virtual Result<PackImportOutcome> savePack(const Pack& pack) = 0;
    /** Writes an installed pack to @p path, all or nothing, in the form --validate-pack accepts. */
    virtual Status exportPack(const QString& id, const QString& path) const = 0;
    /** Hides a pack's topics, lessons, terms and questions from every view, or shows them again. */
    virtual Status setEnabled(const QString& id, bool enabled) = 0;
    /**
     * Uninstalls a pack. Its lessons, terms and questions are retired (their history is kept)
     * unless @p history is Delete, which also deletes the learner's data about them.
     */
    virtual Status removePack(const QString& id, LearnerHistory history) = 0;
};

/** "Workshop: a web shop" → "workshop-a-web-shop": a pack id made from a title (at most 40 characters). */
QString packIdFromTitle(const QString& title);

/**
 * A new, empty pack titled @p title by @p author ("An instructor" when empty) that extends the
 * bundled course among @p installed, version 1, with an id made from its title that no installed
 * pack has ("-2", "-3" … added). An error when no course is installed to extend.
 */
Result<Pack> newPackExtendingCourse(const QList<PackSummary>& installed, const QString& title,
                                    const QString& author);

} // namespace demarc
