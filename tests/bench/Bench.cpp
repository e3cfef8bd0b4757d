// SPDX-License-Identifier: GPL-3.0-or-later
// demarc_bench: the costs a learner feels, on a database with a long history.
//
//   GradeAndRecord   grading one answer and recording it (attempt, totals, day, schedule),
//                    committed with synchronous=FULL; reports the 50th and 99th percentiles
//   ProgressOpen     the Progress view built, filled from the store and painted once
//   ReviewOpen       the Review page likewise
//   FirstShow/N      each view shown for the first time after start-up (N: its place in the sidebar)
//   MistakesQuiz     choosing the questions of a Mistakes quiz
//
// The history (1,000,000 attempts by default, DEMARC_BENCH_ATTEMPTS to change it) is made
// reproducibly from a fixed seed and kept beside the binary for the next run.
#include "core/export/StudyNotes.h"
#include "core/quiz/Grading.h"
#include "core/quiz/QuizRecorder.h"
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlLearnerRepository.h"
#include "db/SqlPackStore.h"
#include "support/TestEnvironment.h"
#include "support/TestFiles.h"
#include "ui/notes/StudyNotesWriter.h"
#include "ui/progress/ProgressPage.h"
#include "ui/progress/ReviewPage.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

namespace {

using namespace demarc;
using Clock_ = std::chrono::steady_clock;

int historySize()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("DEMARC_BENCH_ATTEMPTS", &ok);
    return ok && n >= 0 ? n : 1000000;
}

void check(bool ok, const QString& what)
{
    if (!ok) {
        std::fprintf(stderr, "demarc_bench: %s\n", qPrintable(what));
        std::exit(1);
    }
}

/** The database every benchmark reads: the bundled course and a generated history. */
struct Store
{
    std::unique_ptr<Database> db;
    std::unique_ptr<SqlContentRepository> content;
    std::unique_ptr<SqlLearnerRepository> learner;
    QList<Question> bank;
};

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

Store& store()
{
    static Store s = [] {
        Store out;
        const QString file =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench-history.sqlite"));
        auto db = Database::open(file);
        check(db.ok(), db.ok() ? QString() : db.errorMessage());
        out.db = std::move(*db);
        out.content = std::make_unique<SqlContentRepository>(out.db->connection());
        QFile course(test::bundledCoursePath());
        check(course.open(QIODevice::ReadOnly), course.errorString());
        SqlPackStore packs(out.db->connection());
        auto installed = installBundledCourse(packs, course.readAll(), QStringLiteral("course"));
        check(installed.ok(), installed.ok() ? QString() : installed.errorMessage());
        out.learner = std::make_unique<SqlLearnerRepository>(out.db->connection());
        out.bank = out.content->questions().value();
        const int wanted = historySize();
        if (out.learner->attemptCount().value() < wanted) {
            std::fprintf(stderr, "demarc_bench: making a history of %d attempts in %s …\n", wanted,
                         qPrintable(file));
            QSqlQuery(out.db->connection()).exec(QStringLiteral("DELETE FROM attempts"));
            generateHistory(out.db->connection(), out.bank, wanted);
        }
        if (out.learner->notes().value().isEmpty())
            addNotes(*out.content, *out.learner);
        std::fprintf(stderr, "demarc_bench: %d attempts and %lld notes in the history\n",
                     out.learner->attemptCount().value(), qlonglong(out.learner->notes().value().size()));
        return out;
    }();
    return s;
}

/** Reports percentiles of the per-iteration times, in milliseconds. */
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

void GradeAndRecord(benchmark::State& state)
{
    Store& s = store();
    QuizRecorder recorder(*s.learner);
    check(recorder.load().ok(), QStringLiteral("cannot load review states"));
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        const Question& q = s.bank.at(i++ % s.bank.size());
        Answer answer;
        if (q.assignsParties()) {
            for (const Choice& c : q.choices)
                answer.assigned.insert(c.id, c.party.value_or(Party::Aws));
        } else {
            answer.chosen.insert(q.choices.first().id);
        }
        const auto t0 = Clock_::now();
        QuizOutcome outcome;
        outcome.questionId = q.id;
        outcome.topic = q.topic;
        outcome.answer = answer;
        outcome.grade = grade(q, answer);
        outcome.elapsedMs = 5000;
        const Status saved = recorder.record(QuizMode::Practice, outcome);
        const auto t1 = Clock_::now();
        check(saved.ok(), saved.errorMessage());
        const double elapsed = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(elapsed);
        ms.push_back(elapsed * 1000);
    }
    reportPercentiles(state, ms);
}
BENCHMARK(GradeAndRecord)->UseManualTime()->Iterations(2000)->Unit(benchmark::kMillisecond);

template<typename View> void OpenView(benchmark::State& state)
{
    Store& s = store();
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = Clock_::now();
        View view(*s.content, *s.learner);
        view.resize(1280, 800);
        const Status loaded = view.reload();
        const QPixmap painted = view.grab();
        const auto t1 = Clock_::now();
        check(loaded.ok(), loaded.errorMessage());
        benchmark::DoNotOptimize(painted);
        const double elapsed = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(elapsed);
        ms.push_back(elapsed * 1000);
    }
    reportPercentiles(state, ms);
}
BENCHMARK_TEMPLATE(OpenView, ProgressPage)
    ->Name("ProgressOpen")
    ->UseManualTime()
    ->Iterations(50)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(OpenView, ReviewPage)
    ->Name("ReviewOpen")
    ->UseManualTime()
    ->Iterations(50)
    ->Unit(benchmark::kMillisecond);

/**
 * A view shown for the first time in a window that started on another one (the diagram, as
 * `demarc --view diagram` does; the lessons for the diagram itself): the view built, given the
 * course and the learner's data, and the window painted.
 */
void FirstShow(benchmark::State& state)
{
    Store& s = store();
    const QString name = MainWindow::viewNames().at(state.range(0));
    const QString start =
        name == QLatin1String("diagram") ? QStringLiteral("lessons") : QStringLiteral("diagram");
    state.SetLabel(name.toStdString());
    SqlPackStore packs(s.db->connection());
    std::vector<double> ms;
    for (auto _ : state) {
        MainWindow window(*s.content, *s.learner, packs);
        window.setPersistSettings(false);
        window.resize(1280, 800);
        const Status opened = window.open(start);
        check(opened.ok(), opened.errorMessage());
        window.show();
        QCoreApplication::processEvents();
        const auto t0 = Clock_::now();
        const bool shown = window.showView(name);
        const QPixmap painted = window.grab();
        const auto t1 = Clock_::now();
        check(shown, QStringLiteral("cannot show the view ") + name);
        benchmark::DoNotOptimize(painted);
        const double elapsed = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(elapsed);
        ms.push_back(elapsed * 1000);
    }
    reportPercentiles(state, ms);
}
BENCHMARK(FirstShow)->DenseRange(0, 9)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

void MistakesQuiz(benchmark::State& state)
{
    Store& s = store();
    for (auto _ : state) {
        auto learner = readLearnerState(*s.learner);
        check(learner.ok(), QStringLiteral("cannot read the learner's state"));
        QuizOptions o;
        o.mode = QuizMode::Mistakes;
        benchmark::DoNotOptimize(selectQuestions(o, s.bank, {}, *learner, ReviewScheduler()));
    }
}
BENCHMARK(MistakesQuiz)->Unit(benchmark::kMillisecond);

/**
 * The whole course with every part and the learner's notes, from reading the database to
 * the file written: what `demarc --export-notes FILE` does after start-up (its default
 * services, the models and EC2, RDS, Lambda, S3), or with every service when @p allServices.
 */
void ExportNotes(benchmark::State& state, const char* suffix, bool allServices)
{
    Store& s = store();
    QTemporaryDir dir;
    check(dir.isValid(), QStringLiteral("cannot make a temporary folder"));
    const QString file = dir.filePath(QStringLiteral("notes.") + QLatin1String(suffix));
    StudyNotesOptions options;
    options.allServices = allServices;
    for (auto _ : state) {
        auto material = readStudyMaterial(*s.content, *s.learner, options, QDateTime::currentDateTimeUtc());
        check(material.ok(), QStringLiteral("cannot read the study material"));
        const StudyNotesOutline outline = buildStudyNotes(*material, options);
        const Status written = studynotes::write(outline, material->stack, file, studynotes::Paper::A4);
        check(written.ok(), written.ok() ? QString() : written.errorMessage());
    }
    state.counters["bytes"] = double(QFileInfo(file).size());
}
BENCHMARK_CAPTURE(ExportNotes, md, "md", false)->Name("ExportMarkdown")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ExportNotes, html, "html", false)->Name("ExportHtml")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ExportNotes, pdf, "pdf", false)
    ->Name("ExportPdf")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3);
BENCHMARK_CAPTURE(ExportNotes, pdf_all, "pdf", true)
    ->Name("ExportPdfAllServices")
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    demarc::test::prepareEnvironment();
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    store();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
