// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"
#include "Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace demarc {

/** One line of a live class's summary: a question asked, how many answered, how many were right. */
struct LiveClassSummary
{
    QString questionId;
    QString prompt;
    int answered = 0;
    int right = 0;

    friend bool operator==(const LiveClassSummary&, const LiveClassSummary&) = default;
};

/**
 * A live class as presenter mode sees it: where students join, how many have, the question open to
 * them and their answers counted. The network behind it is not core's: the app provides one
 * (net/LiveClassServer) through a LiveClassFactory, and tests a fake.
 */
class LiveClass : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** "http://192.168.1.20:8080/" */
    virtual QString joinAddress() const = 0;
    /** Four digits. */
    virtual QString roomCode() const = 0;
    /** The join address as a QR code, row by row, true for a dark module; empty when there is none. */
    virtual QList<QList<bool>> joinCode() const = 0;
    virtual int students() const = 0;

    /** Opens @p question to the class (std::nullopt closes it); its answer is hidden. */
    virtual void setQuestion(const std::optional<Question>& question) = 0;
    /** Shows or hides the open question's answer on the students' phones. */
    virtual void setRevealed(bool revealed) = 0;
    /** Per choice of the open question, how many picked it. */
    virtual QList<int> counts() const = 0;
    /** How many answered the open question. */
    virtual int answered() const = 0;
    /** Every question opened so far. */
    virtual QList<LiveClassSummary> summary() const = 0;

signals:
    /** Joins or answers came in, or the question changed. */
    void changed();
    /** The class server asks for the next step (POST /next from the presenter's machine). */
    void nextRequested();
};

/** Starts a live class (listening on the network) or says why it cannot. */
using LiveClassFactory = std::function<Result<std::unique_ptr<LiveClass>>()>;

/**
 * The summary as RFC 4180 CSV with a header row: question id, prompt, answered, right. Only what
 * Demarc itself wrote goes in (nothing a student typed exists); a cell starting like a formula
 * is quoted with a leading apostrophe so that a spreadsheet shows it as text.
 */
QString liveClassCsv(const QList<LiveClassSummary>& summary);

} // namespace demarc
