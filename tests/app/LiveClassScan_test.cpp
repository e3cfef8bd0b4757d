// SPDX-License-Identifier: GPL-3.0-or-later
// The live class as a phone meets it: presenter mode starts the real class server (on the
// loopback address, as every test does), the slide is grabbed as the projector shows it, a QR
// reader (zbarimg) reads the code off the picture, and the address it reads serves the student
// page and takes a join with the room code shown beside it. DEMARC_TEST_SHOTS=folder saves the
// slides scanned.
#include "net/LiveClassServer.h"
#include "ui/presenter/PresenterAudience.h"
#include "ui/presenter/PresenterController.h"
#include "ui/presenter/PresenterMode.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QEventLoop>
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

TEST(LiveClassOnScreen, the_code_on_the_slide_scans_to_the_join_address_where_the_class_joins)
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
    EXPECT_EQ(QJsonDocument::fromJson(joined).object().value(QLatin1String("token")).toString().size(), 32);
    EXPECT_TRUE(QTest::qWaitFor([&] { return live->students() == 1; }, 5000));
    QSettings().clear();
}
