// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadingDatabase.h"

#include "SqlPackStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReadingDatabase)
};

/** Whether the file can be read as it is: the newest schema, and this build's course installed. */
Result<bool> isCurrent(const Database& database, const BundledCourse& course)
{
    auto version = database.schemaVersion();
    if (!version)
        return Error { version.errorMessage() };
    if (*version != Database::latestSchemaVersion())
        return false;
    const SqlPackStore packs(database.connection());
    auto installed = packs.installedPacks();
    if (!installed)
        return Error { installed.errorMessage() };
    for (const InstalledPack& p : std::as_const(*installed)) {
        if (p.bundled && p.contentHash == course.hash)
            return true;
    }
    return false;
}

Result<ReadingDatabase> withCourse(ReadingDatabase reading, const BundledCourse& course)
{
    SqlPackStore packs(reading.database->connection());
    if (auto installed = installBundledCourse(packs, course); !installed)
        return Error { installed.errorMessage() };
    return reading;
}

} // namespace

Result<ReadingDatabase> openForReading(const QString& path, const BundledCourse& course)
{
    ReadingDatabase reading;
    const bool memory = path == QLatin1String(Database::MemoryPath);
    if (memory || (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())) {
        // Nothing to read but the course: checked like any path (a missing folder is named).
        if (!memory) {
            if (const auto c = Database::check(path); c.problem != Database::FileProblem::None)
                return Error { c.message };
            // A name no file system takes: say so rather than read nothing.
            constexpr qsizetype LongestName = 255;
            if (const qsizetype bytes = QFile::encodeName(QFileInfo(path).fileName()).size();
                bytes > LongestName)
                return Error { Text::tr("%1: the file name is too long (%2 bytes; at most %3)")
                                   .arg(path)
                                   .arg(bytes)
                                   .arg(LongestName) };
        }
        auto opened = Database::open(QString::fromLatin1(Database::MemoryPath));
        if (!opened)
            return Error { opened.errorMessage() };
        reading.database = std::move(*opened);
        reading.source = ReadingDatabase::Source::Empty;
        return withCourse(std::move(reading), course);
    }

    auto file = Database::openReadOnly(path);
    if (!file)
        return Error { file.errorMessage() };
    auto current = isCurrent(**file, course);
    if (!current)
        return Error { QStringLiteral("%1: %2").arg(path, current.errorMessage()) };
    if (*current) {
        reading.database = std::move(*file);
        return reading;
    }

    // An older schema or course: update a copy, never the learner's file.
    reading.scratch = std::make_unique<QTemporaryDir>();
    if (!reading.scratch->isValid())
        return Error {
            Text::tr("cannot make a folder to read %1 in: %2").arg(path, reading.scratch->errorString())
        };
    const QString copy = reading.scratch->filePath(QStringLiteral("reading.sqlite"));
    if (Status s = (*file)->snapshotInto(copy); !s)
        return Error { s.errorMessage() };
    file->reset();
    auto opened = Database::open(copy, Database::BackupBeforeMigration::No);
    if (!opened)
        return Error { QString(opened.errorMessage()).replace(copy, path) };
    reading.database = std::move(*opened);
    reading.source = ReadingDatabase::Source::Copy;
    return withCourse(std::move(reading), course);
}

} // namespace demarc
