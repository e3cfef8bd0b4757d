// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassServer.h"

#include "ClassRequests.h"
#include "ClassRoom.h"
#include "GuardedTcpServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace demarc {

namespace {

constexpr int HelloTimeoutMs = 5000;
constexpr int BroadcastDelayMs = 30;
// Why a student's connection is closed, for its page to act on (net/student/student.html).
const QString UnknownStudentReason = QStringLiteral("unknown student");
const QString ReplacedReason = QStringLiteral("opened elsewhere");

QHttpServerResponse json(const QJsonObject& body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse refusal(const QString& why, QHttpServerResponse::StatusCode status)
{
    return json(QJsonObject { { QStringLiteral("error"), why } }, status);
}

/** The base64 SHA-256 of the text between @p open and @p close in @p page: a CSP source for it. */
QByteArray inlineHash(const QByteArray& page, const QByteArray& open, const QByteArray& close)
{
    const qsizetype start = page.indexOf(open);
    const qsizetype end = page.indexOf(close, start);
    if (start < 0 || end < 0)
        return {};
    const QByteArray text = page.mid(start + open.size(), end - start - open.size());
    return "'sha256-" + QCryptographicHash::hash(text, QCryptographicHash::Sha256).toBase64() + "'";
}

bool isIPv4(const QHostAddress& a) { return a.protocol() == QAbstractSocket::IPv4Protocol; }

/** A private network's address: IPv4's three private ranges, or an IPv6 unique local address. */
bool isPrivate(const QHostAddress& a)
{
    if (isIPv4(a)) {
        return a.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8)
            || a.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12)
            || a.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16);
    }
    return a.isUniqueLocalUnicast();
}

/** Whether a phone in the room could type @p a into its browser: link-local addresses need the
 *  interface named after them, which browsers do not take, and multicast is nobody's. */
bool isJoinable(const QHostAddress& a)
{
    return !a.isNull() && !a.isLoopback() && !a.isLinkLocal() && !a.isMulticast() && !a.isBroadcast()
        && a != QHostAddress(QHostAddress::AnyIPv4) && a != QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

ClassServer::ClassServer(ClassRoom* room, QObject* parent)
    : QObject(parent)
    , m_room(room)
    , m_http(std::make_unique<QHttpServer>())
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_broadcast(new QTimer(this))
{
    QFile page(QStringLiteral(":/demarc/net/student.html"));
    if (page.open(QIODevice::ReadOnly))
        m_page = page.readAll();
    // Nothing from elsewhere, nothing inline but the page's own script and style (by hash).
    m_policy = "default-src 'none'; script-src " + inlineHash(m_page, "<script>", "</script>")
        + "; style-src " + inlineHash(m_page, "<style>", "</style>")
        + "; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
          "frame-ancestors 'none'";
    m_broadcast->setSingleShot(true);
    m_broadcast->setInterval(BroadcastDelayMs);
    connect(m_broadcast, &QTimer::timeout, this, [this] {
        // What every student sees is made once; each gets it with their own answer.
        const QJsonObject shared = sharedState();
        for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
            if (it.value())
                sendState(it.value(), it.key(), shared);
        }
    });
    connect(m_room, &ClassRoom::changed, this, &ClassServer::broadcastSoon);
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, &ClassServer::acceptWebSocket);
    addRoutes();
}

ClassServer::~ClassServer()
{
    // Closing sockets emit signals: none may reach this half-destroyed server.
    m_room->disconnect(this);
    m_http->disconnect(this);
    for (QWebSocket* socket : findChildren<QWebSocket*>(Qt::FindDirectChildrenOnly)) {
        socket->disconnect(this);
        socket->abort();
    }
    m_http.reset();
}

Result<quint16> ClassServer::listen(const QHostAddress& address, quint16 port)
{
    if (address.isNull())
        return Error { tr("\"%1\" is not an address to listen on").arg(address.toString()) };
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return Error { tr("Listening on every address (%1) is refused: choose the classroom network's own "
                          "address")
                           .arg(address.toString()) };
    if (!address.isLoopback() && !QNetworkInterface::allAddresses().contains(address))
        return Error { tr("%1 is not one of this machine's addresses; its addresses now: %2")
                           .arg(address.toString(), localAddresses().join(QStringLiteral(", "))) };
    // The test suite's guard: with DEMARC_CLASS_LOOPBACK_ONLY set, nothing but the loopback
    // address is ever bound, whatever a test or a command line asks for.
    if (qEnvironmentVariableIsSet("DEMARC_CLASS_LOOPBACK_ONLY") && !address.isLoopback())
        return Error {
            tr("Only the loopback address may be used here (DEMARC_CLASS_LOOPBACK_ONLY is set), not %1")
                .arg(address.toString())
        };
    m_tcp = new GuardedTcpServer(this);
    if (m_headTimeoutMs > 0)
        m_tcp->setHeadTimeout(m_headTimeoutMs);
    if (m_maxConnections > 0)
        m_tcp->setMaxConnections(m_maxConnections);
    if (!m_tcp->listen(address, port)) {
        const QString why = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return Error { tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(why) };
    }
    m_http->bind(m_tcp);
    m_address = address;
    m_port = m_tcp->serverPort();
    return m_port;
}

QString ClassServer::joinAddress() const { return joinAddress(m_address, m_port); }

QString ClassServer::joinAddress(const QHostAddress& address, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url.toString();
}

int ClassServer::refusedConnections() const { return m_tcp ? m_tcp->refused() : 0; }

QHostAddress ClassServer::defaultAddress()
{
    return QHostAddress(classAddresses(QNetworkInterface::allAddresses()).constFirst());
}

QStringList ClassServer::localAddresses() { return classAddresses(QNetworkInterface::allAddresses()); }

QStringList ClassServer::classAddresses(const QList<QHostAddress>& addresses)
{
    // Private IPv4 first (what a classroom's network gives), then private IPv6, then the rest.
    QList<QStringList> ranked(4);
    for (const QHostAddress& a : addresses) {
        if (!isJoinable(a))
            continue;
        QStringList& rank = ranked[(isPrivate(a) ? 0 : 2) + (isIPv4(a) ? 0 : 1)];
        if (!rank.contains(a.toString()))
            rank.append(a.toString());
    }
    return ranked[0] + ranked[1] + ranked[2] + ranked[3]
        + QStringList { QHostAddress(QHostAddress::LocalHost).toString() };
}

void ClassServer::addRoutes()
{
    m_http->route(QStringLiteral("/"), QHttpServerRequest::Method::Get, [this] {
        QHttpServerResponse response("text/html; charset=utf-8", m_page);
        return response;
    });
    m_http->route(QStringLiteral("/join"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest& request) { return join(request); });
    m_http->route(QStringLiteral("/answer"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest& request) { return answer(request); });
    m_http->route(
        QStringLiteral("/next"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
            if (!request.remoteAddress().isLoopback())
                return refusal(QStringLiteral("only the presenter's own machine moves the class on"),
                               QHttpServerResponse::StatusCode::Forbidden);
            emit nextRequested();
            return json(QJsonObject { { QStringLiteral("ok"), true } }, QHttpServerResponse::StatusCode::Ok);
        });
    // The WebSocket's door: Qt hands an upgrade on to the WebSocket server only when a route takes
    // it. A plain GET of /ws is not found, like anything else.
    m_http->route(QStringLiteral("/ws"), QHttpServerRequest::Method::Get,
                  [](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
                          responder.write(QHttpServerResponder::StatusCode::NotFound);
                  });
    // Every answer: no third-party resource, no caching, no sniffing, no referrer.
    m_http->afterRequest([this](QHttpServerResponse&& response) {
        response.setHeader("Content-Security-Policy", m_policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        return std::move(response);
    });
}

QHttpServerResponse ClassServer::join(const QHttpServerRequest& request)
{
    // A body over the limit never gets here: the door (GuardedTcpServer) answers it 413.
    const auto parsed = classrequests::parseJoin(request.body());
    if (!parsed)
        return refusal(parsed.errorMessage(), QHttpServerResponse::StatusCode::BadRequest);
    const ClassRoom::Join joined = m_room->join(parsed->room, request.remoteAddress().toString(), m_now());
    switch (joined.result) {
    case ClassRoom::JoinResult::Joined:
        return json(QJsonObject { { QStringLiteral("token"), joined.token } },
                    QHttpServerResponse::StatusCode::Ok);
    case ClassRoom::JoinResult::WrongCode:
        return refusal(QStringLiteral("wrong room code"), QHttpServerResponse::StatusCode::Forbidden);
    case ClassRoom::JoinResult::Throttled: break;
    }
    return refusal(QStringLiteral("too many wrong room codes: wait a minute"),
                   QHttpServerResponse::StatusCode::TooManyRequests);
}

QHttpServerResponse ClassServer::answer(const QHttpServerRequest& request)
{
    const auto parsed = classrequests::parseAnswer(request.body());
    if (!parsed)
        return refusal(parsed.errorMessage(), QHttpServerResponse::StatusCode::BadRequest);
    using Status = QHttpServerResponse::StatusCode;
    switch (m_room->answer(parsed->token, parsed->question, parsed->choices)) {
    case ClassRoom::AnswerResult::Accepted:
        return json(QJsonObject { { QStringLiteral("ok"), true } }, Status::Ok);
    case ClassRoom::AnswerResult::UnknownStudent:
        return refusal(QStringLiteral("join first"), Status::Forbidden);
    case ClassRoom::AnswerResult::NoQuestion:
    case ClassRoom::AnswerResult::OtherQuestion:
        return refusal(QStringLiteral("that question is not open"), Status::Conflict);
    case ClassRoom::AnswerResult::Revealed:
        return refusal(QStringLiteral("the answer is already shown"), Status::Conflict);
    case ClassRoom::AnswerResult::BadChoice: break;
    }
    return refusal(QStringLiteral("not a choice of this question"), Status::BadRequest);
}

void ClassServer::acceptWebSocket()
{
    while (m_http->hasPendingWebSocketConnections()) {
        QWebSocket* socket = m_http->nextPendingWebSocketConnection().release();
        socket->setParent(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->requestUrl().path() != QLatin1String("/ws")) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        socket->setMaxAllowedIncomingFrameSize(classrequests::MaxFrame);
        socket->setMaxAllowedIncomingMessageSize(classrequests::MaxFrame);
        // A student says who it is first, soon; until then nothing is sent.
        QTimer::singleShot(HelloTimeoutMs, socket, [this, socket] {
            if (!m_sockets.key(socket).isEmpty())
                return;
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString& message) {
            if (!m_sockets.key(socket).isEmpty())
                return; // after hello, students only listen: answers go by POST /answer
            const auto token = classrequests::parseHello(message.toUtf8());
            if (!token)
                return; // unknown messages are ignored
            // A token of another class (the class started again): the page is told to join anew.
            if (!m_room->knows(*token)) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, UnknownStudentReason);
                return;
            }
            // One connection per student: a phone that reconnects replaces its old one, which is
            // told so (a second tab with the same token would otherwise take it back, and so on).
            if (const QPointer<QWebSocket> old = m_sockets.value(*token); old && old != socket)
                old->close(QWebSocketProtocol::CloseCodeNormal, ReplacedReason);
            m_sockets.insert(*token, socket);
            connect(socket, &QWebSocket::disconnected, this, [this, token = *token, socket] {
                if (m_sockets.value(token) == socket) {
                    m_sockets.remove(token);
                    m_lastSent.remove(token);
                }
            });
            m_lastSent.remove(*token); // a new connection starts with the whole state
            sendState(socket, *token, sharedState());
        });
    }
}

QJsonObject ClassServer::sharedState() const
{
    // Only what a student's page shows: another student joining or answering changes nothing here.
    QJsonObject state { { QStringLiteral("type"), QStringLiteral("state") },
                        { QStringLiteral("revealed"), m_room->revealed() } };
    const auto& q = m_room->question();
    if (!q) {
        state.insert(QStringLiteral("question"), QJsonValue::Null);
        return state;
    }
    QJsonArray choices;
    QJsonArray right;
    QJsonObject explanations;
    for (qsizetype i = 0; i < q->choices.size(); ++i) {
        const Choice& c = q->choices.at(i);
        choices.append(QJsonObject { { QStringLiteral("id"), c.id },
                                     { QStringLiteral("letter"), QString(QChar(char16_t(u'A' + i))) },
                                     { QStringLiteral("text"), c.text } });
        if (m_room->revealed()) {
            if (c.correct)
                right.append(c.id);
            explanations.insert(c.id, c.explanation);
        }
    }
    state.insert(QStringLiteral("question"),
                 QJsonObject { { QStringLiteral("id"), q->id },
                               { QStringLiteral("prompt"), q->prompt },
                               { QStringLiteral("several"), q->type == QuestionType::Multiple },
                               { QStringLiteral("choices"), choices } });
    if (m_room->revealed()) {
        state.insert(QStringLiteral("right"), right);
        state.insert(QStringLiteral("explanations"), explanations);
    }
    return state;
}

void ClassServer::sendState(QWebSocket* socket, const QString& token, QJsonObject state)
{
    if (m_room->question())
        state.insert(QStringLiteral("yours"), QJsonArray::fromStringList(m_room->answerOf(token)));
    // A class answering makes many updates; a phone hears only those that change its screen.
    const QByteArray message = QJsonDocument(state).toJson(QJsonDocument::Compact);
    if (m_lastSent.value(token) == message)
        return;
    m_lastSent.insert(token, message);
    socket->sendTextMessage(QString::fromUtf8(message));
}

void ClassServer::broadcastSoon()
{
    // Many answers in a moment make one update, not one each.
    if (!m_broadcast->isActive())
        m_broadcast->start();
}

} // namespace demarc
