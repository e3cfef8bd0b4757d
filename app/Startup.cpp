// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "demarc/BundledCourse.h"

#include <QFile>

namespace demarc {

namespace {

const char* const BundledCoursePath = ":/demarc/content/aws-shared-responsibility.json";

} // namespace

BundledCourse bundledCourse()
{
    return { QStringLiteral(DEMARC_BUNDLED_COURSE_SHA256),
             [] {
                 QFile file { QString::fromLatin1(BundledCoursePath) };
                 return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
             },
             QStringLiteral("aws-shared-responsibility.json") };
}

Store::Store(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_content(m_database->connection())
    , m_learner(m_database->connection())
    , m_packs(m_database->connection())
    , m_backups(m_database->connection())
    , m_path(m_database->path())
{ }

Result<std::unique_ptr<Store>> Store::open(const QString& path, DatabaseQuestions* ask)
{
    std::unique_ptr<Database> database;
    QString openedPath = path;
    QString message;
    if (ask) {
        auto opened = openForWindow(path, *ask);
        if (!opened)
            return Error { opened.errorMessage() };
        database = std::move(opened->database);
        openedPath = opened->path;
        message = opened->message;
    } else {
        auto opened = Database::open(path);
        if (!opened)
            return Error { opened.errorMessage() };
        database = std::move(*opened);
    }
    std::unique_ptr<Store> store(new Store(std::move(database)));
    store->m_path = openedPath;
    store->m_message = message;
    if (auto installed = installBundledCourse(store->m_packs, bundledCourse()); !installed)
        return Error { installed.errorMessage() };
    return store;
}

} // namespace demarc
