// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommands.h"

#include "Messages.h"

#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/SaveFile.h"
#include "core/export/CardExport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

namespace demarc::exportcommand {

namespace {

int writeText(const QString& path, const QString& text, const QString& what, QTextStream& out,
              QTextStream& err)
{
    if (const Status s = saveFileAtomically(path, text.toUtf8()); !s) {
        report(err, s.errorMessage());
        return DataProblem;
    }
    out << path << ": " << what << " written\n";
    return Success;
}

} // namespace

int notes(const ContentRepository& content, const LearnerRepository& learner, const NotesRequest& request,
          QTextStream& out, QTextStream& err)
{
    auto material = readStudyMaterial(content, learner, request.options, QDateTime::currentDateTimeUtc());
    if (!material) {
        report(err, QStringLiteral("cannot read the course: ") + material.errorMessage());
        return DataProblem;
    }
    if (const QStringList unknown = unknownOptionIds(*material, request.options); !unknown.isEmpty()) {
        QStringList topics;
        for (const Topic& t : std::as_const(material->topics))
            topics.append(t.id);
        report(err, QStringLiteral("unknown topic or service: ") + unknown.join(QStringLiteral(", ")));
        err << "  topics: " << topics.join(QStringLiteral(", ")) << "\n"
            << "  services: " << material->stack.selectionIds().join(QStringLiteral(", ")) << "\n";
        return DataProblem;
    }
    const StudyNotesOutline outline = buildStudyNotes(*material, request.options);
    if (const Status s = studynotes::write(outline, material->stack, request.path, request.paper); !s) {
        report(err, s.errorMessage());
        return DataProblem;
    }
    out << request.path << ": study notes written\n";
    return Success;
}

bool isQuestionsFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("gift") || suffix == QLatin1String("tsv");
}

int questions(const ContentRepository& content, const QString& path, QTextStream& out, QTextStream& err)
{
    const auto bank = content.questions();
    const auto topics = content.topics();
    const auto glossary = content.glossary();
    if (!bank || !topics || !glossary) {
        report(err,
               QStringLiteral("cannot read the course: ")
                   + (!bank         ? bank.errorMessage()
                          : !topics ? topics.errorMessage()
                                    : glossary.errorMessage()));
        return DataProblem;
    }
    if (QFileInfo(path).suffix().toLower() == QLatin1String("gift"))
        return writeText(path, moodleGift(*bank, *topics),
                         QStringLiteral("%1 questions (Moodle GIFT)").arg(bank->size()), out, err);
    return writeText(path, ankiCards(*bank, *glossary, *topics),
                     QStringLiteral("%1 cards (Anki: %2 questions, %3 terms)")
                         .arg(bank->size() + glossary->size())
                         .arg(bank->size())
                         .arg(glossary->size()),
                     out, err);
}

int results(const ContentRepository& content, const LearnerRepository& learner, const QString& path,
            QTextStream& out, QTextStream& err)
{
    const auto attempts = learner.attempts();
    const auto bank = content.questions();
    const auto glossary = content.glossary();
    const auto retired = content.retiredItems();
    if (!attempts || !bank || !glossary || !retired) {
        report(err,
               QStringLiteral("cannot read the results: ")
                   + (!attempts       ? attempts.errorMessage()
                          : !bank     ? bank.errorMessage()
                          : !glossary ? glossary.errorMessage()
                                      : retired.errorMessage()));
        return DataProblem;
    }
    return writeText(path, attemptsCsv(*attempts, *bank, *glossary, *retired),
                     QStringLiteral("%1 attempts").arg(attempts->size()), out, err);
}

} // namespace demarc::exportcommand
