// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchStore.h"

#include "LargePackMaker.h"
#include "core/SaveFile.h"
#include "core/pack/PackParser.h"
#include "core/pack/PackWriter.h"
#include "db/CourseInstaller.h"
#include "db/SqlPackStore.h"
#include "support/TestFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace demarc::bench {

namespace {

int historySize()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("DEMARC_BENCH_ATTEMPTS", &ok);
    return ok && n >= 0 ? n : quick() ? 100000 : 1000000;
}

void generateHistory(const QSqlDatabase& c, const QList<Question>& bank, int attempts)
{
    // A learner who has answered every question many times over three years, at a steady pace.
    QRandomGenerator random(20261203);
    const QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 span = qint64(3) * 365 * 24 * 3600;
    QSqlQuery begin(c);
    check(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), QStringLiteral("cannot begin"));
    QSqlQuery insert(c);
    check(insert.prepare(QStringLiteral(
              "INSERT INTO attempts (question_id, answered_at, mode, answer, score, correct, elapsed_ms) "
              "VALUES (?, ?, 'practice', '{\"chosen\":[\"a\"],\"assigned\":{}}', ?, ?, ?)")),
          QStringLiteral("cannot prepare"));
    for (int i = 0; i < attempts; ++i) {
        const Question& q = bank.at(int(random.bounded(quint32(bank.size()))));
        const bool correct = random.bounded(100u) < 70;
        insert.addBindValue(q.id);
        insert.addBindValue(start.addSecs(span * i / std::max(1, attempts)).toString(Qt::ISODateWithMs));
        insert.addBindValue(correct ? 1.0 : 0.0);
        insert.addBindValue(correct ? 1 : 0);
        insert.addBindValue(int(random.bounded(2000u, 40000u)));
        check(insert.exec(), QStringLiteral("cannot insert"));
    }
    // The running totals, the days and the schedule, as recording each answer would have left them.
    for (const char* statement :
         { "DELETE FROM item_stats", "DELETE FROM daily_activity", "DELETE FROM schedule",
           "INSERT INTO item_stats (item_id, attempts, correct, last_correct, last_answered_at, last_answer) "
           "SELECT a.question_id, t.n, t.c, a.correct, a.answered_at, a.answer FROM attempts a JOIN "
           "(SELECT question_id, count(*) AS n, sum(correct) AS c, max(id) AS last FROM attempts GROUP BY "
           "question_id) t ON a.id = t.last",
           "INSERT INTO daily_activity (day, attempts, correct) SELECT date(answered_at, 'localtime'), "
           "count(*), sum(correct) FROM attempts GROUP BY 1",
           "INSERT INTO schedule (item_kind, item_id, due_at, interval_days, ease, repetitions, lapses) "
           "SELECT 'question', item_id, last_answered_at, 6, 2.5, 2, 0 FROM item_stats",
           "COMMIT" }) {
        QSqlQuery q(c);
        check(q.exec(QLatin1String(statement)),
              QStringLiteral("cannot run: %1").arg(QLatin1String(statement)));
    }
}

/**
 * A learner who writes a lot: a note of a few lines on every lesson, layer, matrix cell,
 * glossary term and question, and a bookmark on every other question.
 */
void addNotes(const ContentRepository& content, LearnerRepository& learner)
{
    const QString body =
        QStringLiteral("Who patches this? **Me**, unless AWS runs it for me.\n"
                       "- check the *service* first\n- then the layer\n"
                       "See <https://aws.amazon.com/compliance/shared-responsibility-model/> & my <notes>.");
    const QList<Lesson> lessons = content.lessonOutline().value();
    const QList<GlossaryTerm> glossary = content.glossary().value();
    QList<NoteTarget> targets;
    for (const Lesson& l : lessons)
        targets.append(NoteTarget::lesson(l.id));
    const ResponsibilityStack stack = content.responsibilityStack().value();
    for (const Layer& layer : stack.layers()) {
        targets.append(NoteTarget::layer(layer.id));
        for (const QString& column : stack.selectionIds())
            targets.append(NoteTarget::cell(layer.id, column));
    }
    for (const GlossaryTerm& t : glossary)
        targets.append(NoteTarget::term(t.id));
    const QList<Question> bank = content.questions().value();
    for (const Question& q : bank)
        targets.append(NoteTarget::question(q.id));
    for (const NoteTarget& t : std::as_const(targets)) {
        const Status saved = learner.saveNote(t, body);
        check(saved.ok(), saved.ok() ? QString() : saved.errorMessage());
    }
    for (qsizetype i = 0; i < bank.size(); i += 2)
        check(learner.setBookmarked(NoteTarget::question(bank.at(i).id), true).ok(),
              QStringLiteral("cannot bookmark"));
}

/** Installs the large pack the way File → Import does, from a file. */
void installLargePack(SqlPackStore& packs)
{
    const PackParseResult course = PackParser::parseFile(test::bundledCoursePath());
    check(course.ok(), QStringLiteral("cannot read the bundled course"));
    QTemporaryDir dir;
    check(dir.isValid(), QStringLiteral("cannot make a temporary folder"));
    const QString file = dir.filePath(QStringLiteral("large-pack.json"));
    const Status written = saveFileAtomically(file, writePack(largePack(*course.pack)));
    check(written.ok(), written.ok() ? QString() : written.errorMessage());
    auto imported = packs.importPack(file, Downgrade::Refuse);
    check(imported.ok(), imported.ok() ? QString() : imported.errorMessage());
}

/** Opens (or makes) the store in @p name beside the binary; with @p large, the large pack in it. */
Store openStore(const QString& name, bool large)
{
    Store out;
    const int wanted = historySize();
    out.file = QDir(QCoreApplication::applicationDirPath())
                   .filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(wanted));
    auto db = Database::open(out.file);
    check(db.ok(), db.ok() ? QString() : db.errorMessage());
    out.db = std::move(*db);
    out.content = std::make_unique<SqlContentRepository>(out.db->connection());
    QFile course(test::bundledCoursePath());
    check(course.open(QIODevice::ReadOnly), course.errorString());
    SqlPackStore packs(out.db->connection());
    auto installed = installBundledCourse(packs, course.readAll(), QStringLiteral("course"));
    check(installed.ok(), installed.ok() ? QString() : installed.errorMessage());
    out.learner = std::make_unique<SqlLearnerRepository>(out.db->connection());
    if (large && !packs.installedPack(QStringLiteral("large-bench-pack")).value()) {
        std::fprintf(stderr, "demarc_bench: installing the large pack in %s …\n", qPrintable(out.file));
        installLargePack(packs);
        QSqlQuery(out.db->connection()).exec(QStringLiteral("DELETE FROM attempts"));
        QSqlQuery(out.db->connection()).exec(QStringLiteral("DELETE FROM notes"));
    }
    out.bank = out.content->questions().value();
    if (out.learner->attemptCount().value() < wanted) {
        std::fprintf(stderr, "demarc_bench: making a history of %d attempts in %s …\n", wanted,
                     qPrintable(out.file));
        QSqlQuery(out.db->connection()).exec(QStringLiteral("DELETE FROM attempts"));
        generateHistory(out.db->connection(), out.bank, wanted);
    }
    if (out.learner->notes().value().isEmpty())
        addNotes(*out.content, *out.learner);
    std::fprintf(stderr, "demarc_bench: %s: %lld questions, %d attempts, %lld notes\n", qPrintable(name),
                 qlonglong(out.bank.size()), out.learner->attemptCount().value(),
                 qlonglong(out.learner->notes().value().size()));
    return out;
}

} // namespace

void check(bool ok, const QString& what)
{
    if (!ok) {
        std::fprintf(stderr, "demarc_bench: %s\n", qPrintable(what));
        std::exit(1);
    }
}

bool quick() { return qEnvironmentVariableIntValue("DEMARC_BENCH_QUICK") != 0; }

Store& courseStore()
{
    static Store s = openStore(QStringLiteral("bench-course"), false);
    return s;
}

Store& largeStore()
{
    static Store s = openStore(QStringLiteral("bench-large"), true);
    return s;
}

void reportPercentiles(benchmark::State& state, std::vector<double>& ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) { return ms.at(std::min(ms.size() - 1, size_t(p * double(ms.size())))); };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p99_ms"] = at(0.99);
    state.counters["max_ms"] = ms.back();
}

} // namespace demarc::bench
