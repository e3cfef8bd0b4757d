// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BackupStore.h"
#include "core/Result.h"
#include "db/Database.h"
#include "ui/window/DatabaseProblemDialog.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace demarc {

/** What the window's start-up asks the learner when its database cannot be opened. */
class DatabaseQuestions
{
public:
    virtual ~DatabaseQuestions() = default;
    virtual DatabaseProblemDialog::Choice choose(DatabaseProblemDialog::Kind kind, const QString& problem,
                                                 const std::optional<BackupCopy>& newest) = 0;
    /** Asked once more before a damaged @p path is renamed to @p keptAs for a fresh start. */
    virtual bool confirmFresh(const QString& path, const QString& keptAs) = 0;
    /** Another database to open instead of @p current; empty when cancelled. */
    virtual QString anotherDatabase(const QString& current) = 0;
    virtual void warn(const QString& message) = 0;
};

struct OpenedDatabase
{
    std::unique_ptr<Database> database;
    QString path; ///< the file opened: another than asked for when the learner chose one
    QString message; ///< what was done on the way (a backup restored, a file kept), for the status bar
};

/** Which dialog a file's problem calls for. */
DatabaseProblemDialog::Kind problemKind(Database::FileProblem problem);

/**
 * Opens @p path for the window. When it cannot be opened the learner is asked what to do,
 * until a database opens or they quit: a damaged Demarc database may be restored from its
 * newest backup or set aside for a fresh start; any other file is never renamed, moved or
 * replaced. An error with an empty message means the learner chose to quit.
 */
Result<OpenedDatabase> openForWindow(const QString& path, DatabaseQuestions& ask,
                                     const std::function<QDateTime()>& now = &QDateTime::currentDateTime);

} // namespace demarc
