// SPDX-License-Identifier: GPL-3.0-or-later
// demarc_bench: the costs a learner feels, on a database with a long history (BenchStore.h).
// This file: the bundled course; FirstShow.cpp: each view's first showing, on both stores;
// ScaleBench.cpp: the course with a large pack.
//
//   GradeAndRecord   grading one answer and recording it (attempt, totals, day, schedule),
//                    committed with synchronous=FULL; reports the 50th and 99th percentiles
//   ProgressOpen     the Progress view built, filled from the store and painted once
//   ReviewOpen       the Review page likewise
//   MistakesQuiz     choosing the questions of a Mistakes quiz
//   Export…          the study notes written, with every note
#include "BenchStore.h"
#include "core/export/StudyNotes.h"
#include "core/quiz/Grading.h"
#include "core/quiz/QuizRecorder.h"
#include "support/TestEnvironment.h"
#include "ui/notes/StudyNotesWriter.h"
#include "ui/progress/ProgressPage.h"
#include "ui/progress/ReviewPage.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>

namespace {

using namespace demarc;
using namespace demarc::bench;
using Clock_ = std::chrono::steady_clock;

void GradeAndRecord(benchmark::State& state)
{
    Store& s = courseStore();
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
BENCHMARK(GradeAndRecord)->UseManualTime()->Iterations(quick() ? 200 : 2000)->Unit(benchmark::kMillisecond);

template<typename View> void OpenView(benchmark::State& state)
{
    Store& s = courseStore();
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
    ->Iterations(quick() ? 10 : 50)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(OpenView, ReviewPage)
    ->Name("ReviewOpen")
    ->UseManualTime()
    ->Iterations(quick() ? 10 : 50)
    ->Unit(benchmark::kMillisecond);

void MistakesQuiz(benchmark::State& state)
{
    Store& s = courseStore();
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
    Store& s = courseStore();
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
    ->MinTime(quick() ? 0.5 : 3);
BENCHMARK_CAPTURE(ExportNotes, pdf_all, "pdf", true)
    ->Name("ExportPdfAllServices")
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    demarc::test::prepareEnvironment();
    // The offscreen platform says it cannot pass size hints on for every window shown: noise here.
    static const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!message.contains(QLatin1String("propagateSizeHints")))
                previous(type, context, message);
        });
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
