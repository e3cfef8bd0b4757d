// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackCommands.h"

#include "Messages.h"

#include "core/SaveFile.h"
#include "core/pack/PackWriter.h"
#include "db/SqlPackStore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace demarc::packcommand {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackCommands)
};

/** @p text with %n for @p n, in its English (or translated) plural form. */
QString counted(const char* text, qsizetype n)
{
    return QCoreApplication::translate("PackCommands", text, nullptr, int(n));
}

QString counts(qsizetype lessons, qsizetype terms, qsizetype questions)
{
    return QStringLiteral("%1, %2, %3")
        .arg(counted(QT_TRANSLATE_N_NOOP("PackCommands", "%n lesson(s)"), lessons),
             counted(QT_TRANSLATE_N_NOOP("PackCommands", "%n glossary term(s)"), terms),
             counted(QT_TRANSLATE_N_NOOP("PackCommands", "%n question(s)"), questions));
}

QString counts(const PackImportOutcome& o) { return counts(o.lessons, o.glossaryTerms, o.questions); }

QString installedIds(const QList<InstalledPack>& packs)
{
    QStringList ids;
    for (const InstalledPack& p : packs)
        ids.append(p.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace

QString contentCounts(const Pack& pack)
{
    return counts(pack.lessons.size(), pack.glossary.size(), pack.questions.size());
}

int importPack(SqlPackStore& packs, const QString& path, Downgrade downgrade, QTextStream& out,
               QTextStream& err)
{
    const auto outcome = importPackFile(packs, path, downgrade);
    if (!outcome) {
        err << outcome.errorMessage() << "\n";
        report(err, path + QStringLiteral(": ") + Text::tr("nothing was imported"));
        return DataProblem;
    }
    const PackImportOutcome& o = *outcome;
    const QString name = QStringLiteral("\"%1\" (%2)").arg(o.info.title, o.info.id);
    switch (o.action) {
    case PackImportOutcome::Action::Installed:
        out << path << ": "
            << Text::tr("imported %1 version %2: %3").arg(name).arg(o.info.version).arg(counts(o)) << "\n";
        return Success;
    case PackImportOutcome::Action::Updated:
    case PackImportOutcome::Action::Downgraded:
        out << path << ": "
            << Text::tr("replaced %1 version %2 with version %3: %4")
                   .arg(name)
                   .arg(o.previousVersion)
                   .arg(o.info.version)
                   .arg(counts(o));
        if (o.retired > 0)
            out << "; "
                << counted(QT_TRANSLATE_N_NOOP(
                               "PackCommands",
                               "%n item(s) no longer in the pack are retired (their history is kept)"),
                           o.retired);
        out << "\n";
        return Success;
    case PackImportOutcome::Action::UpToDate:
        out << path << ": "
            << Text::tr("%1 version %2 is already installed; nothing changed").arg(name).arg(o.info.version)
            << "\n";
        return Success;
    case PackImportOutcome::Action::NeedsDowngrade:
        report(err,
               path + QStringLiteral(": ")
                   + Text::tr("version %1 of %2 is installed, newer than this file's version %3; nothing was "
                              "imported. "
                              "Add --allow-downgrade to replace it with the older version.")
                         .arg(o.previousVersion)
                         .arg(name)
                         .arg(o.info.version));
        return DataProblem;
    }
    return DataProblem;
}

int exportPack(const SqlPackStore& packs, const QString& packId, const QString& path, QTextStream& out,
               QTextStream& err)
{
    const auto installed = packs.installedPacks();
    if (!installed) {
        report(err, installed.errorMessage());
        return DataProblem;
    }
    QString id = packId;
    if (id.isEmpty()) {
        if (installed->size() != 1) {
            report(err,
                   Text::tr("%1 packs are installed; choose one with --pack ID: %2")
                       .arg(installed->size())
                       .arg(installedIds(*installed)));
            return DataProblem;
        }
        id = installed->first().id;
    }
    bool known = false;
    for (const InstalledPack& p : std::as_const(*installed))
        known = known || p.id == id;
    if (!known) {
        report(err,
               Text::tr("no pack \"%1\" is installed; the installed packs are: %2")
                   .arg(id, installedIds(*installed)));
        return DataProblem;
    }
    const auto pack = packs.pack(id);
    if (!pack) {
        report(err, pack.errorMessage());
        return DataProblem;
    }
    if (const Status s = saveFileAtomically(path, writePack(*pack)); !s) {
        report(err, s.errorMessage());
        return DataProblem;
    }
    out << path << ": "
        << Text::tr("\"%1\" version %2 written: %3")
               .arg(pack->info.title)
               .arg(pack->info.version)
               .arg(counts(pack->lessons.size(), pack->glossary.size(), pack->questions.size()))
        << "\n";
    return Success;
}

} // namespace demarc::packcommand
