// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

namespace demarc::test {

/**
 * A real browser, headless, with one page open and JavaScript evaluated in it. Chromium is driven
 * over its DevTools protocol, Firefox over WebDriver BiDi; both on the loopback address, in a new
 * profile, and kept from reaching any other host (Chromium resolves no other name; Firefox sends
 * everything else to a closed port on the loopback address and has its background services off).
 * Traced with strace: the one other address either names is Chromium's check that IPv6 is
 * reachable, a UDP socket connected to a public address and closed without sending a packet.
 */
class Browser
{
public:
    enum class Kind { Chromium, Firefox };

    /** The program for @p kind on this machine's PATH; empty when it is not installed. */
    static QString program(Kind kind);
    /** What to install for @p kind on Debian. */
    static QString package(Kind kind);
    static QString name(Kind kind);

    Browser(Kind kind, QString program);
    ~Browser();
    Browser(const Browser&) = delete;
    Browser& operator=(const Browser&) = delete;

    /** The language the browser says its user reads (e.g. "de-DE"), before open(); its own otherwise. */
    void setLanguage(const QString& language) { m_language = language; }
    /** Starts the browser on @p url; false (with why) when it does not come up. */
    bool open(const QUrl& url, QString* why);
    /** @p expression's value in the page (a string, number or boolean), or an invalid value. */
    QJsonValue evaluate(const QString& expression);
    /** Waits until @p expression is true in the page. */
    bool waitFor(const QString& expression, int ms = 10000);
    /** Lays the page out at @p size CSS pixels, as a phone's screen; whether the browser did. */
    bool setViewport(QSize size);
    /** Chromium: the page as a phone set to dark shows it (prefers-color-scheme: dark); whether it did. */
    bool preferDark();
    /** The page as it is shown now, as PNG (empty when the browser gives none). */
    QByteArray screenshot();

private:
    QStringList arguments() const;
    bool connectChromium(const QUrl& url, QString* why);
    bool connectFirefox(const QUrl& url, QString* why);
    bool connectSocket(const QUrl& socketUrl, QString* why);
    /** Sends a command and waits for its reply (an empty object when none comes). */
    QJsonObject command(const QString& method, const QJsonObject& params);
    void writeFirefoxPreferences() const;

    Kind m_kind;
    QString m_program;
    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_replies;
    QString m_context; ///< Firefox: the page's browsing context
    QString m_language;
    int m_lastId = 0;
};

} // namespace demarc::test
