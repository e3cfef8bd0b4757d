// SPDX-License-Identifier: GPL-3.0-or-later
// A live class under load, on the loopback address only:
//
//   ClassOf200                     200 students join and answer; the time until every answer is counted
//   PresenterFrameUnderClassLoad   the presenter's audience repainted, frame by frame, while 200
//                                  students keep answering from another thread; the 50th and 99th
//                                  percentiles and the slowest frame
#include "BenchStore.h"
#include "net/LiveClassServer.h"
#include "support/FakeContentRepository.h"
#include "ui/presenter/PresenterAudience.h"
#include "ui/presenter/PresenterController.h"
#include "ui/presenter/PresenterMode.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <atomic>
#include <chrono>

namespace {

using namespace demarc;
using namespace demarc::bench;

constexpr int Students = 200;

/** Students on a thread of their own: they join, then answer (and change their minds) until stopped. */
class Students_ : public QObject
{
public:
    Students_(quint16 port, QString room, Question question)
        : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port))
        , m_room(std::move(room))
        , m_question(std::move(question))
    { }

    std::atomic<int> answers { 0 };
    std::atomic<bool> stop { false };

    /** Joins everyone, then answers in rounds until stop is set (or once, with @p once). */
    void run(bool once)
    {
        QNetworkAccessManager network;
        QStringList tokens;
        int pending = Students;
        for (int i = 0; i < Students; ++i) {
            QNetworkReply* r =
                post(network, QStringLiteral("/join"), QJsonObject { { QStringLiteral("room"), m_room } });
            QObject::connect(r, &QNetworkReply::finished, r, [&, r] {
                tokens.append(
                    QJsonDocument::fromJson(r->readAll()).object().value(QLatin1String("token")).toString());
                --pending;
                r->deleteLater();
            });
        }
        while (pending > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        for (int round = 0; !stop; ++round) {
            pending = int(tokens.size());
            for (int i = 0; i < tokens.size(); ++i) {
                const QString choice = m_question.choices.at((i + round) % m_question.choices.size()).id;
                QNetworkReply* r = post(network, QStringLiteral("/answer"),
                                        QJsonObject { { QStringLiteral("token"), tokens.at(i) },
                                                      { QStringLiteral("question"), m_question.id },
                                                      { QStringLiteral("choices"), QJsonArray { choice } } });
                QObject::connect(r, &QNetworkReply::finished, r, [&, r] {
                    ++answers;
                    --pending;
                    r->deleteLater();
                });
            }
            while (pending > 0)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (once)
                break;
        }
    }

private:
    QNetworkReply* post(QNetworkAccessManager& network, const QString& path, const QJsonObject& body) const
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QString m_base;
    QString m_room;
    Question m_question;
};

Question classQuestion()
{
    for (const Question& q : test::FakeContentRepository::bundledCourse().questions) {
        if (q.type == QuestionType::Single)
            return q;
    }
    return {};
}

std::unique_ptr<LiveClassServer> startClass()
{
    qputenv("DEMARC_CLASS_LOOPBACK_ONLY", "1");
    auto live = LiveClassServer::start(QHostAddress(QHostAddress::LocalHost), 0, QStringLiteral("2468"));
    check(live.ok(), live.ok() ? QString() : live.errorMessage());
    return std::move(*live);
}

void ClassOf200(benchmark::State& state)
{
    const Question question = classQuestion();
    for (auto _ : state) {
        const auto live = startClass();
        live->setQuestion(question);
        Students_ students(live->port(), live->roomCode(), question);
        QElapsedTimer timer;
        timer.start();
        students.run(true);
        while (live->answered() < Students)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(ClassOf200)->UseManualTime()->Iterations(quick() ? 2 : 5)->Unit(benchmark::kMillisecond);

void PresenterFrameUnderClassLoad(benchmark::State& state)
{
    const auto material = test::FakeContentRepository::bundledDeckMaterial();
    PresenterMode mode(material, defaultDeck(material), [] {
        return Result<std::unique_ptr<LiveClass>>(std::unique_ptr<LiveClass>(startClass()));
    });
    mode.setSummarySaver({}); // no file dialog at the end of the run
    mode.start(nullptr, false, false);
    mode.audience()->resize(1920, 1080);
    mode.toggleLiveClass();
    auto* live = static_cast<LiveClassServer*>(mode.controller()->liveClass());
    check(live, QStringLiteral("the live class did not start"));
    const auto& steps = mode.controller()->steps();
    const auto quiz = std::find_if(steps.begin(), steps.end(),
                                   [](const PresenterStep& s) { return s.kind == DeckItem::Kind::Quiz; });
    mode.controller()->goTo(int(quiz - steps.begin()));
    mode.controller()->toggleCounts();
    const Question* question = mode.controller()->question(mode.controller()->index());
    check(question, QStringLiteral("no class question in the deck"));

    Students_ students(live->port(), live->roomCode(), *question);
    QThread load;
    students.moveToThread(&load);
    QObject::connect(&load, &QThread::started, &students, [&students] { students.run(false); });
    load.start();
    while (live->students() < Students)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);

    // Each frame drawn whole into a picture the size of the screen, as the window would be.
    QImage frame(mode.audience()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    for (auto _ : state) {
        QCoreApplication::processEvents(); // the counts that came in since the last frame
        const auto start = std::chrono::steady_clock::now();
        mode.audience()->render(&frame);
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        ms.push_back(took.count());
        state.SetIterationTime(took.count() / 1000.0);
    }
    students.stop = true;
    load.quit();
    load.wait();
    state.counters["answers_during_frames"] = double(students.answers);
    reportPercentiles(state, ms);
    mode.stop();
}
BENCHMARK(PresenterFrameUnderClassLoad)
    ->UseManualTime()
    ->Iterations(quick() ? 100 : 600)
    ->Unit(benchmark::kMillisecond);

} // namespace
