// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupDatabase.h"

#include "db/Backups.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSet>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StartupDatabase)
};

} // namespace

DatabaseProblemDialog::Kind problemKind(Database::FileProblem problem)
{
    using Problem = Database::FileProblem;
    switch (problem) {
    case Problem::Damaged: return DatabaseProblemDialog::Kind::Damaged;
    case Problem::NotADatabase:
    case Problem::ForeignDatabase: return DatabaseProblemDialog::Kind::NotDemarcs;
    case Problem::None:
    case Problem::NewerSchema:
    case Problem::ReadOnly:
    case Problem::Unreadable:
    case Problem::Folder:
    case Problem::NoFolder: break;
    }
    return DatabaseProblemDialog::Kind::CannotUse;
}

Result<OpenedDatabase> openForWindow(const QString& path, DatabaseQuestions& ask,
                                     const std::function<QDateTime()>& now)
{
    OpenedDatabase opened { nullptr, path, QString() };
    QSet<QString> failedBackups;
    for (;;) {
        auto database = Database::open(opened.path);
        if (database) {
            opened.database = std::move(*database);
            return opened;
        }
        const auto kind = problemKind(Database::check(opened.path).problem);
        const Backups backups(opened.path);
        std::optional<BackupCopy> newest;
        if (kind == DatabaseProblemDialog::Kind::Damaged) {
            for (const BackupCopy& copy : backups.list()) {
                if (!failedBackups.contains(copy.path)) {
                    newest = copy;
                    break;
                }
            }
        }
        switch (ask.choose(kind, database.errorMessage(), newest)) {
        case DatabaseProblemDialog::Choice::Restore: {
            if (!newest)
                continue;
            auto kept = backups.restore(newest->path, now(), QStringLiteral("damaged"));
            if (!kept) {
                failedBackups.insert(newest->path);
                ask.warn(kept.errorMessage());
                continue;
            }
            opened.message = Text::tr("Restored the backup from %1; the damaged database is kept as %2")
                                 .arg(QLocale().toString(newest->takenAt, QLocale::ShortFormat),
                                      QDir::toNativeSeparators(*kept));
            continue;
        }
        case DatabaseProblemDialog::Choice::StartFresh: {
            if (kind != DatabaseProblemDialog::Kind::Damaged)
                continue;
            const QDateTime at = now();
            if (!ask.confirmFresh(opened.path, backups.asidePath(QStringLiteral("damaged"), at)))
                continue;
            auto aside = backups.setAside(QStringLiteral("damaged"), at);
            if (!aside) {
                ask.warn(aside.errorMessage());
                continue;
            }
            opened.message = Text::tr("Started fresh; the damaged database is kept as %1")
                                 .arg(QDir::toNativeSeparators(*aside));
            continue;
        }
        case DatabaseProblemDialog::Choice::OpenAnother:
            if (const QString other = ask.anotherDatabase(opened.path); !other.isEmpty()) {
                opened.path = other;
                opened.message.clear();
            }
            continue;
        case DatabaseProblemDialog::Choice::Quit: return Error { QString() };
        }
    }
}

} // namespace demarc
