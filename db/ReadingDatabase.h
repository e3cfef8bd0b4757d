// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CourseInstaller.h"
#include "Database.h"

#include "core/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace demarc {

/**
 * A database for a command that only reads (exports, pictures, checks), with the bundled
 * course installed. The learner's file is never written: it is read where it lies when it is
 * current, and otherwise through a private copy that is updated and thrown away afterwards.
 */
struct ReadingDatabase
{
    enum class Source {
        File, ///< the file itself, opened read-only
        Copy, ///< a copy of the file (an older schema or course), updated in a private folder
        Empty, ///< no file at that path: a database in memory holding only the course
    };
    std::unique_ptr<QTemporaryDir> scratch; ///< holds the copy; removed after the database closes
    std::unique_ptr<Database> database;
    Source source = Source::File;
};

/**
 * Opens @p path for reading as above. A file that does not exist is not created: the command
 * reads the course alone. Every problem with the file (damaged, another program's, newer)
 * is an error that names it, and the file stays as it was.
 */
Result<ReadingDatabase> openForReading(const QString& path, const BundledCourse& course);

} // namespace demarc
