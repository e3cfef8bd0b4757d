// SPDX-License-Identifier: GPL-3.0-or-later
// The live class as a phone meets it: presenter mode starts the real class server (on the
// loopback address, as every test does), the slide is grabbed as the projector shows it, a QR
// reader (zbarimg) reads the code off the picture, and the address it reads serves the student
// page and takes a join with the room code shown beside it; the phone's answer then moves the
// count on the slide, and the class summary offered at the end counts it. DEMARC_TEST_SHOTS=folder saves the
// slides scanned.
#include "net/LiveClassServer.h"
#include "ui/presenter/PresenterAudience.h"
#include "ui/presenter/PresenterController.h"
#include "ui/presenter/PresenterMode.h"
#include "ui/presenter/PresenterStage.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"
#include "ui/TextRecorder.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

/** What zbarimg reads off @p picture ("" when it finds no code). */
QString scan(const QString& zbarimg, const QImage& picture, const QTemporaryDir& dir)
{
    const QString file = dir.filePath(QStringLiteral("slide.png"));
    if (!picture.save(file))
        return {};
    QProcess reader;
    reader.start(zbarimg, { QStringLiteral("--quiet"), QStringLiteral("--raw"), file });
    if (!reader.waitForFinished(30000))
        return {};
    return QString::fromUtf8(reader.readAllStandardOutput()).trimmed();
}

/** Status and body of a request to @p url, waited for. */
std::pair<int, QByteArray> request(QNetworkAccessManager& network, const QUrl& url, const QByteArray* post)
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = post ? network.post(r, *post) : network.get(r);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
}

} // namespace

TEST(LiveClassOnScreen, the_code_on_the_slide_scans_to_the_join_address_where_the_class_joins_and_answers)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty())
        GTEST_SKIP() << "zbarimg is not installed (Debian package zbar-tools; scripts/test installs it): "
                        "the QR code on the slide is not scanned";
    QSettings().clear();
    const DeckMaterial material = test::FakeContentRepository::bundledDeckMaterial();
    PresenterMode mode(material, defaultDeck(material), []() -> Result<std::unique_ptr<LiveClass>> {
        auto live = LiveClassServer::start(QHostAddress(QHostAddress::LocalHost), 0);
        if (!live)
            return Error { live.errorMessage() };
        return std::unique_ptr<LiveClass>(std::move(*live));
    });
    mode.start(nullptr, false, false);
    QWidget* audience = mode.audience();
    audience->resize(1280, 720);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(audience));
    QTest::keyClick(audience, Qt::Key_L);
    LiveClass* live = mode.controller()->liveClass();
    ASSERT_NE(live, nullptr) << "L did not start the class";

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // At the sizes a projector runs at, and in the presenter's dark and light themes (C).
    for (const QSize size : { QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080) }) {
        for (const char* theme : { "dark", "light" }) {
            audience->resize(size);
            QApplication::processEvents();
            const QImage slide = audience->grab().toImage();
            if (const QString shots = test::shotsFolder(QStringLiteral("live-class")); !shots.isEmpty())
                slide.save(QStringLiteral("%1/join-%2-%3x%4.png")
                               .arg(shots, QLatin1String(theme))
                               .arg(size.width())
                               .arg(size.height()));
            EXPECT_EQ(scan(zbarimg, slide, dir), live->joinAddress())
                << "at " << size.width() << "×" << size.height() << ", " << theme;
            QTest::keyClick(audience, Qt::Key_C);
        }
    }

    // The address read off the screen is where a phone gets the page and joins with the room code.
    const QUrl scanned(scan(zbarimg, audience->grab().toImage(), dir));
    ASSERT_TRUE(scanned.isValid());
    QNetworkAccessManager network;
    const auto [pageStatus, page] = request(network, scanned, nullptr);
    EXPECT_EQ(pageStatus, 200);
    EXPECT_TRUE(page.contains("id=\"room\"")) << "not the student page";
    const QByteArray join = QJsonDocument(QJsonObject { { QStringLiteral("room"), live->roomCode() } })
                                .toJson(QJsonDocument::Compact);
    const auto [joinStatus, joined] = request(network, scanned.resolved(QUrl(QStringLiteral("join"))), &join);
    EXPECT_EQ(joinStatus, 200);
    const QString token = QJsonDocument::fromJson(joined).object().value(QLatin1String("token")).toString();
    EXPECT_EQ(token.size(), 32);
    EXPECT_TRUE(QTest::qWaitFor([&] { return live->students() == 1; }, 5000));

    // The instructor reaches a class question; the phone answers it rightly; H shows the count.
    const auto& questions = test::FakeContentRepository::bundledCourse().questions;
    const auto& steps = mode.controller()->steps();
    const auto step = std::find_if(steps.begin(), steps.end(),
                                   [](const PresenterStep& s) { return s.kind == DeckItem::Kind::Quiz; });
    ASSERT_NE(step, steps.end());
    const auto question = std::find_if(questions.begin(), questions.end(),
                                       [&](const Question& q) { return q.id == step->questionId; });
    ASSERT_NE(question, questions.end());
    const auto right = std::find_if(question->choices.begin(), question->choices.end(),
                                    [](const Choice& c) { return c.correct; });
    QString saved;
    mode.setSummarySaver([&saved](const QString& csv) { saved = csv; });
    mode.controller()->goTo(int(step - steps.begin()));
    const QByteArray answer =
        QJsonDocument(QJsonObject { { QStringLiteral("token"), token },
                                    { QStringLiteral("question"), question->id },
                                    { QStringLiteral("choices"), QJsonArray { right->id } } })
            .toJson(QJsonDocument::Compact);
    const auto answered = [&] {
        return request(network, scanned.resolved(QUrl(QStringLiteral("answer"))), &answer).first == 200;
    };
    // The question reaches the class's thread a moment after the step changes.
    ASSERT_TRUE(QTest::qWaitFor(answered, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return live->answered() == 1; }, 5000));
    QTest::keyClick(audience, Qt::Key_H);
    QTest::keyClick(audience, Qt::Key_R);
    test::TextRecorder slide(audience->size());
    audience->findChild<PresenterStage*>()->render(&slide);
    // (each line drawn is one text: "✓ Correct" and "1 answer" on one line or two)
    EXPECT_TRUE(slide.allText().contains(QStringLiteral("✓ Correct 1 answer")))
        << slide.allText().toStdString();
    EXPECT_TRUE(slide.allText().contains(QStringLiteral("1 joined · 1 answered")))
        << slide.allText().toStdString();

    // L ends the class and offers its summary: one answered, one right.
    QTest::keyClick(audience, Qt::Key_L);
    EXPECT_EQ(mode.controller()->liveClass(), nullptr);
    EXPECT_TRUE(saved.contains(QStringLiteral("%1,").arg(question->id))) << saved.toStdString();
    EXPECT_TRUE(saved.trimmed().endsWith(QStringLiteral(",1,1"))) << saved.toStdString();
    QSettings().clear();
}
