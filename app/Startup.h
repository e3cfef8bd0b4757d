// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StartupDatabase.h"

#include "core/Result.h"
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlBackupStore.h"
#include "db/SqlContentRepository.h"
#include "db/SqlLearnerRepository.h"
#include "db/SqlPackStore.h"

#include <QString>

#include <memory>

namespace demarc {

/** The course compiled into Demarc: its hash known at build time, its bytes read when needed. */
BundledCourse bundledCourse();

/**
 * What the window and the commands that write work on: the database opened (or recovered),
 * the bundled course installed or updated, and the repositories over its connection.
 */
class Store
{
public:
    /**
     * Opens @p path. With @p ask, a file that cannot be opened leads to its questions (restore,
     * start fresh, another file, quit: an error with no message); without, it is an error.
     */
    static Result<std::unique_ptr<Store>> open(const QString& path, DatabaseQuestions* ask);

    Database& database() { return *m_database; }
    SqlContentRepository& content() { return m_content; }
    SqlLearnerRepository& learner() { return m_learner; }
    SqlPackStore& packs() { return m_packs; }
    SqlBackupStore& backups() { return m_backups; }
    /** The file opened: another than asked for when the learner chose one. */
    QString path() const { return m_path; }
    /** What was done on the way (a backup restored, a file kept), for the status bar. */
    QString message() const { return m_message; }

private:
    explicit Store(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    SqlContentRepository m_content;
    SqlLearnerRepository m_learner;
    SqlPackStore m_packs;
    SqlBackupStore m_backups;
    QString m_path;
    QString m_message;
};

} // namespace demarc
