// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "core/LearnerRepository.h"
#include "core/PresenterDeck.h"
#include "net/ClassRoom.h"
#include "net/ClassServer.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace demarc::classcommand {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClassCommand)
};

/** How much of a question's wording the summary shows, in characters. */
constexpr qsizetype PromptShown = 60;

std::atomic<bool> stopAsked { false };

extern "C" void askToStop(int) { stopAsked = true; }

/** The class questions of the deck to present, in order: the ones phones can answer. */
QList<Question> classQuestions(const DeckMaterial& material, const LearnerRepository& learner)
{
    QList<Question> questions;
    for (const PresenterStep& step : expandDeck(deckToPresent(learner.presenterDeck(), material), material)) {
        if (step.kind != DeckItem::Kind::Quiz)
            continue;
        if (const Question* q = material.question(step.questionId); q && ClassRoom::askable(*q))
            questions.append(*q);
    }
    return questions;
}

} // namespace

int serve(const ContentRepository& content, const LearnerRepository& learner, const Request& request,
          QTextStream& out, QTextStream& err)
{
    const auto material = readDeckMaterial(content);
    if (!material) {
        err << material.errorMessage() << "\n";
        return ExitCode::DataProblem;
    }
    const QList<Question> questions = classQuestions(*material, learner);
    ClassRoom room(request.room);
    ClassServer server(&room);
    const QHostAddress address =
        request.listen.isEmpty() ? ClassServer::defaultAddress() : QHostAddress(request.listen);
    const auto port = server.listen(address, request.port);
    if (!port) {
        err << port.errorMessage() << "\n";
        return ExitCode::DataProblem;
    }
    qsizetype at = 0;
    room.setQuestion(questions.value(at));
    QObject::connect(&server, &ClassServer::nextRequested, &room, [&] {
        at = std::min(at + 1, questions.size());
        room.setQuestion(at < questions.size() ? std::optional(questions.at(at)) : std::nullopt);
    });
    out << Text::tr("Class server at %1: room code %2, %n class question(s)", nullptr, int(questions.size()))
               .arg(server.joinAddress(), room.roomCode())
        << "\n";
    out.flush();

    stopAsked = false;
    std::signal(SIGINT, askToStop);
    std::signal(SIGTERM, askToStop);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, qApp, [] {
        if (stopAsked)
            QCoreApplication::quit();
    });
    watch.start(100);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    out << Text::tr("Class ended: %n student(s) joined", nullptr, room.studentCount()) << "\n";
    // Each question by its number and the start of its wording: what the instructor saw on the screen.
    int number = 0;
    for (const ClassRoom::Summary& s : room.summary()) {
        QString prompt = s.prompt.simplified();
        if (prompt.size() > PromptShown) {
            const qsizetype space = prompt.lastIndexOf(u' ', PromptShown);
            prompt = prompt.left(space > 0 ? space : PromptShown).trimmed() + QStringLiteral("…");
        }
        out << Text::tr("%1. %2: %3 answered, %4 right")
                   .arg(++number)
                   .arg(prompt)
                   .arg(s.answered)
                   .arg(s.right)
            << "\n";
    }
    return ExitCode::Success;
}

} // namespace demarc::classcommand
