// SPDX-License-Identifier: GPL-3.0-or-later
#include "Browser.h"

#include "ClassClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

namespace demarc::test {

namespace {

// Firefox's preferences for a test profile: every address but the loopback one goes to the
// discard port on the loopback address (closed: nothing answers, nothing leaves the machine, no
// name is looked up), and the services that would call home at start are off.
constexpr const char* firefoxPreferences = R"(user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", 9);
user_pref("network.proxy.no_proxies_on", "");
user_pref("network.proxy.allow_hijacking_localhost", false);
user_pref("network.proxy.socks_remote_dns", true);
user_pref("network.trr.mode", 5);
user_pref("network.dns.disablePrefetch", true);
user_pref("network.prefetch-next", false);
user_pref("network.predictor.enabled", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("services.settings.server", "http://127.0.0.1:9/");
user_pref("app.normandy.enabled", false);
user_pref("app.update.disabledForTesting", true);
user_pref("app.update.auto", false);
user_pref("extensions.update.enabled", false);
user_pref("extensions.getAddons.cache.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("browser.safebrowsing.downloads.enabled", false);
user_pref("browser.safebrowsing.update.enabled", false);
user_pref("browser.search.update", false);
user_pref("browser.newtabpage.enabled", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("messaging-system.rsexperimentloader.enabled", false);
)";

} // namespace

QString Browser::program(Kind kind)
{
    if (kind == Kind::Chromium)
        return QStandardPaths::findExecutable(QStringLiteral("chromium"));
    QString firefox = QStandardPaths::findExecutable(QStringLiteral("firefox-esr"));
    return firefox.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("firefox")) : firefox;
}

QString Browser::package(Kind kind)
{
    return kind == Kind::Chromium ? QStringLiteral("chromium") : QStringLiteral("firefox-esr");
}

QString Browser::name(Kind kind)
{
    return kind == Kind::Chromium ? QStringLiteral("Chromium") : QStringLiteral("Firefox");
}

Browser::Browser(Kind kind, QString program)
    : m_kind(kind)
    , m_program(std::move(program))
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString& text) {
        const QJsonObject reply = QJsonDocument::fromJson(text.toUtf8()).object();
        if (reply.contains(QLatin1String("id")))
            m_replies.insert(reply.value(QLatin1String("id")).toInt(), reply);
    });
}

Browser::~Browser()
{
    m_socket.close();
    m_process.kill();
    m_process.waitForFinished(5000);
}

QStringList Browser::arguments() const
{
    if (m_kind == Kind::Firefox) {
        return { QStringLiteral("--headless"),
                 QStringLiteral("--no-remote"),
                 QStringLiteral("--profile"),
                 m_profile.path(),
                 QStringLiteral("--remote-debugging-port"),
                 QStringLiteral("0"),
                 QStringLiteral("--remote-allow-hosts"),
                 QStringLiteral("127.0.0.1"),
                 QStringLiteral("about:blank") };
    }
    return { QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
             QStringLiteral("--no-default-browser-check"),
             QStringLiteral("--user-data-dir=") + m_profile.path(),
             QStringLiteral("--remote-debugging-address=127.0.0.1"),
             QStringLiteral("--remote-debugging-port=0"),
             // Nothing but the loopback address: no background traffic, no other host resolved.
             QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
             QStringLiteral("--disable-sync"), QStringLiteral("--disable-default-apps"),
             QStringLiteral("--no-pings"), QStringLiteral("--disable-domain-reliability"),
             QStringLiteral("--dns-prefetch-disable"),
             QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1") };
}

void Browser::writeFirefoxPreferences() const
{
    QFile prefs(m_profile.filePath(QStringLiteral("user.js")));
    if (!prefs.open(QIODevice::WriteOnly))
        return;
    prefs.write(firefoxPreferences);
    if (!m_language.isEmpty())
        prefs.write(
            QStringLiteral("user_pref(\"intl.accept_languages\", \"%1\");\n").arg(m_language).toUtf8());
}

bool Browser::open(const QUrl& url, QString* why)
{
    if (!m_profile.isValid()) {
        *why = QStringLiteral("no profile folder: ") + m_profile.errorString();
        return false;
    }
    QStringList args = arguments();
    if (m_kind == Kind::Firefox)
        writeFirefoxPreferences();
    else if (!m_language.isEmpty())
        args << QStringLiteral("--lang=") + m_language << QStringLiteral("--accept-lang=") + m_language;
    if (m_kind == Kind::Chromium)
        args << url.toString();
    if (m_kind == Kind::Firefox) {
        // Firefox's own switch for its test suites: a connection to any address but the machine's
        // own is refused, and the services' servers can be pointed at nothing.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MOZ_DISABLE_NONLOCAL_CONNECTIONS"), QStringLiteral("1"));
        m_process.setProcessEnvironment(environment);
    }
    m_process.setProgram(m_program);
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *why = name(m_kind) + QStringLiteral(" did not start: ") + m_process.errorString();
        return false;
    }
    return m_kind == Kind::Firefox ? connectFirefox(url, why) : connectChromium(url, why);
}

bool Browser::connectChromium(const QUrl& url, QString* why)
{
    // Chromium writes the port it chose in the profile folder.
    QFile portFile(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
    if (!QTest::qWaitFor([&] { return portFile.exists() && portFile.size() > 0; }, 20000)) {
        *why = QStringLiteral("Chromium never said its DevTools port: ")
            + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    portFile.open(QIODevice::ReadOnly);
    const quint16 port = quint16(portFile.readLine().trimmed().toUInt());
    // The page's own DevTools socket, from the list of targets.
    QString socketUrl;
    ClassClient devtools(port);
    const bool listed = QTest::qWaitFor(
        [&] {
            const QJsonArray targets =
                QJsonDocument::fromJson(devtools.get(QStringLiteral("/json/list")).body).array();
            // The page showing the address asked for (Chromium may have a blank one beside it).
            for (const QJsonValue t : targets) {
                if (t.toObject().value(QLatin1String("type")) == QLatin1String("page")
                    && QUrl(t.toObject().value(QLatin1String("url")).toString()) == url)
                    socketUrl = t.toObject().value(QLatin1String("webSocketDebuggerUrl")).toString();
            }
            return !socketUrl.isEmpty();
        },
        10000);
    if (!listed) {
        *why = QStringLiteral("no page to drive");
        return false;
    }
    return connectSocket(QUrl(socketUrl), why);
}

bool Browser::connectFirefox(const QUrl& url, QString* why)
{
    // Firefox writes the port it chose in the profile folder.
    QFile portFile(m_profile.filePath(QStringLiteral("WebDriverBiDiServer.json")));
    int port = 0;
    if (!QTest::qWaitFor(
            [&] {
                if (!portFile.open(QIODevice::ReadOnly))
                    return false;
                port = QJsonDocument::fromJson(portFile.readAll())
                           .object()
                           .value(QLatin1String("ws_port"))
                           .toInt();
                portFile.close();
                return port > 0;
            },
            30000)) {
        *why = QStringLiteral("Firefox never said its WebDriver BiDi port: ")
            + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    if (!connectSocket(QUrl(QStringLiteral("ws://127.0.0.1:%1/session").arg(port)), why))
        return false;
    const QJsonObject session =
        command(QStringLiteral("session.new"), { { QStringLiteral("capabilities"), QJsonObject() } });
    const QJsonArray contexts = command(QStringLiteral("browsingContext.getTree"), {})
                                    .value(QLatin1String("result"))
                                    .toObject()
                                    .value(QLatin1String("contexts"))
                                    .toArray();
    if (session.value(QLatin1String("type")) != QLatin1String("success") || contexts.isEmpty()) {
        *why = QStringLiteral("no WebDriver BiDi session: ")
            + QString::fromUtf8(QJsonDocument(session).toJson(QJsonDocument::Compact));
        return false;
    }
    m_context = contexts.first().toObject().value(QLatin1String("context")).toString();
    const QJsonObject navigated = command(QStringLiteral("browsingContext.navigate"),
                                          { { QStringLiteral("context"), m_context },
                                            { QStringLiteral("url"), url.toString() },
                                            { QStringLiteral("wait"), QStringLiteral("complete") } });
    if (navigated.value(QLatin1String("type")) != QLatin1String("success")) {
        *why = QStringLiteral("Firefox did not open the page: ")
            + QString::fromUtf8(QJsonDocument(navigated).toJson(QJsonDocument::Compact));
        return false;
    }
    return true;
}

bool Browser::connectSocket(const QUrl& socketUrl, QString* why)
{
    if (socketUrl.host() != QLatin1String("127.0.0.1")) {
        *why =
            QStringLiteral("the browser offered a socket off the loopback address: ") + socketUrl.toString();
        return false;
    }
    m_socket.open(socketUrl);
    if (!QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000)) {
        *why = QStringLiteral("could not connect to ") + socketUrl.toString() + QStringLiteral(": ")
            + m_socket.errorString();
        return false;
    }
    return true;
}

QJsonObject Browser::command(const QString& method, const QJsonObject& params)
{
    const int id = ++m_lastId;
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("id"), id },
                                                      { QStringLiteral("method"), method },
                                                      { QStringLiteral("params"), params } })
                              .toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([&] { return m_replies.contains(id); }, 20000))
        return {};
    return m_replies.take(id);
}

QJsonValue Browser::evaluate(const QString& expression)
{
    // Both protocols answer with the value at result.result.value.
    const QJsonObject reply = m_kind == Kind::Firefox
        ? command(QStringLiteral("script.evaluate"),
                  { { QStringLiteral("expression"), expression },
                    { QStringLiteral("target"), QJsonObject { { QStringLiteral("context"), m_context } } },
                    { QStringLiteral("awaitPromise"), false } })
        : command(
            QStringLiteral("Runtime.evaluate"),
            { { QStringLiteral("expression"), expression }, { QStringLiteral("returnByValue"), true } });
    return reply.value(QLatin1String("result"))
        .toObject()
        .value(QLatin1String("result"))
        .toObject()
        .value(QLatin1String("value"));
}

bool Browser::setViewport(QSize size)
{
    const QJsonObject reply = m_kind == Kind::Firefox
        ? command(QStringLiteral("browsingContext.setViewport"),
                  { { QStringLiteral("context"), m_context },
                    { QStringLiteral("viewport"),
                      QJsonObject { { QStringLiteral("width"), size.width() },
                                    { QStringLiteral("height"), size.height() } } } })
        : command(QStringLiteral("Emulation.setDeviceMetricsOverride"),
                  { { QStringLiteral("width"), size.width() },
                    { QStringLiteral("height"), size.height() },
                    { QStringLiteral("deviceScaleFactor"), 1 },
                    { QStringLiteral("mobile"), true } });
    return !reply.isEmpty() && !reply.contains(QLatin1String("error"));
}

bool Browser::preferDark()
{
    if (m_kind != Kind::Chromium)
        return false;
    const QJsonObject reply = command(
        QStringLiteral("Emulation.setEmulatedMedia"),
        { { QStringLiteral("features"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("prefers-color-scheme") },
                                       { QStringLiteral("value"), QStringLiteral("dark") } } } } });
    return !reply.isEmpty() && !reply.contains(QLatin1String("error"));
}

QByteArray Browser::screenshot()
{
    const QJsonObject reply = m_kind == Kind::Firefox
        ? command(QStringLiteral("browsingContext.captureScreenshot"),
                  { { QStringLiteral("context"), m_context } })
        : command(QStringLiteral("Page.captureScreenshot"),
                  { { QStringLiteral("format"), QStringLiteral("png") } });
    return QByteArray::fromBase64(
        reply.value(QLatin1String("result")).toObject().value(QLatin1String("data")).toString().toLatin1());
}

bool Browser::waitFor(const QString& expression, int ms)
{
    return QTest::qWaitFor([&] { return evaluate(expression).toBool(); }, ms);
}

} // namespace demarc::test
