// SPDX-License-Identifier: GPL-3.0-or-later
// A department's question bank: what a learner and an instructor do, timed on the store with
// the large pack (BenchStore.h: largeStore()). Each reports the 50th and 99th percentiles and
// the slowest, in milliseconds.
//
//   LargeSearch         full-text search for a common word: the first results listed and painted
//   LargeMistakesQuiz   choosing a Mistakes quiz: the learner's state read, questions chosen
//   LargeReviewSession  choosing a Review session likewise
//   LargeGlossaryKey    one character typed in the glossary's filter, what it changed repainted
//   LargeNotesKey       one character typed in the Notes search, what it changed repainted
//   LargeEditorSelect   another of the pack's questions selected in the Editor, likewise
//   LargeDiagramSwitch  another service chosen on the diagram, likewise
#include "BenchStore.h"
#include "core/quiz/QuizController.h"
#include "db/SqlPackStore.h"
#include "ui/reading/SearchPage.h"
#include "ui/reading/SearchResultsModel.h"
#include "ui/window/MainWindow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>

#include <chrono>
#include <functional>

namespace {

using namespace demarc;
using namespace demarc::bench;
using Clock_ = std::chrono::steady_clock;

/** Times @p step once per iteration of @p state and reports the percentiles. */
void timeEach(benchmark::State& state, const std::function<void(int)>& step)
{
    std::vector<double> ms;
    int i = 0;
    for (auto _ : state) {
        const auto t0 = Clock_::now();
        step(i++);
        const auto t1 = Clock_::now();
        const double elapsed = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(elapsed);
        ms.push_back(elapsed * 1000);
    }
    reportPercentiles(state, ms);
}

/** The main window on the large store, showing @p view as a learner left it after start-up. */
class Window
{
public:
    explicit Window(const QString& view)
        : m_store(largeStore())
        , m_packs(m_store.db->connection())
        , m_window(*m_store.content, *m_store.learner, m_packs)
    {
        m_window.setPersistSettings(false);
        m_window.resize(1280, 800);
        const Status opened = m_window.open(view);
        check(opened.ok(), opened.errorMessage());
        m_window.show();
        QCoreApplication::processEvents();
    }

    template<typename T> T* child(const char* name)
    {
        auto* found = m_window.findChild<T*>(QLatin1String(name));
        check(found != nullptr, QStringLiteral("no %1 in the window").arg(QLatin1String(name)));
        return found;
    }

    /**
     * What the learner sees next: the events the change posted handled as the event loop would,
     * the widgets it marked for repainting painted and the window flushed.
     */
    void repaint() { QCoreApplication::processEvents(); }

private:
    Store& m_store;
    SqlPackStore m_packs;
    MainWindow m_window;
};

void LargeSearch(benchmark::State& state)
{
    Store& s = largeStore();
    SearchPage page(*s.content);
    page.resize(1280, 800);
    page.show();
    QCoreApplication::processEvents();
    const QStringList words { QStringLiteral("key"), QStringLiteral("bucket"), QStringLiteral("patch"),
                              QStringLiteral("customer"), QStringLiteral("network") };
    timeEach(state, [&](int i) {
        page.setQuery(words.at(i % words.size()));
        page.repaint();
    });
    check(page.model()->rowCount() > 0, QStringLiteral("the search found nothing"));
}
BENCHMARK(LargeSearch)->UseManualTime()->Iterations(quick() ? 10 : 50)->Unit(benchmark::kMillisecond);

void ChooseQuiz(benchmark::State& state, QuizMode mode)
{
    Store& s = largeStore();
    QuizController quiz(*s.content, *s.learner);
    check(quiz.reload().ok(), QStringLiteral("cannot read the quiz"));
    QuizOptions options;
    options.mode = mode;
    timeEach(state, [&](int) {
        check(quiz.refreshLearnerState().ok(), QStringLiteral("cannot read the learner's state"));
        check(quiz.start(options), QStringLiteral("nothing to ask"));
    });
}
BENCHMARK_CAPTURE(ChooseQuiz, mistakes, QuizMode::Mistakes)
    ->Name("LargeMistakesQuiz")
    ->UseManualTime()
    ->Iterations(quick() ? 5 : 20)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(ChooseQuiz, review, QuizMode::Review)
    ->Name("LargeReviewSession")
    ->UseManualTime()
    ->Iterations(quick() ? 5 : 20)
    ->Unit(benchmark::kMillisecond);

/** Types a word into the filter @p edit of @p view one character at a time, then takes it back. */
void TypeInto(benchmark::State& state, const char* view, const char* edit)
{
    Window window { QLatin1String(view) };
    auto* filter = window.child<QLineEdit>(edit);
    const QString word = QStringLiteral("bucket");
    timeEach(state, [&](int i) {
        const int step = i % (2 * word.size());
        if (step < word.size())
            filter->insert(word.at(step));
        else
            filter->backspace();
        window.repaint();
    });
}
BENCHMARK_CAPTURE(TypeInto, glossary, "glossary", "glossaryFilterEdit")
    ->Name("LargeGlossaryKey")
    ->UseManualTime()
    ->Iterations(quick() ? 24 : 120)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(TypeInto, notes, "notes", "notesFilterEdit")
    ->Name("LargeNotesKey")
    ->UseManualTime()
    ->Iterations(quick() ? 24 : 120)
    ->Unit(benchmark::kMillisecond);

void LargeEditorSelect(benchmark::State& state)
{
    Window window(QStringLiteral("editor"));
    auto* list = window.child<QListView>("editorQuestionList");
    const int rows = list->model()->rowCount();
    check(rows > 1000, QStringLiteral("the editor did not open the large pack"));
    timeEach(state, [&](int i) {
        list->setCurrentIndex(list->model()->index((i * 997 + 1) % rows, list->modelColumn()));
        window.repaint();
    });
}
BENCHMARK(LargeEditorSelect)->UseManualTime()->Iterations(quick() ? 20 : 100)->Unit(benchmark::kMillisecond);

void LargeDiagramSwitch(benchmark::State& state)
{
    Window window(QStringLiteral("diagram"));
    auto* services = window.child<QComboBox>("diagramSelectionCombo");
    timeEach(state, [&](int i) {
        services->setCurrentIndex((i + 1) % services->count());
        window.repaint();
    });
}
BENCHMARK(LargeDiagramSwitch)->UseManualTime()->Iterations(quick() ? 20 : 100)->Unit(benchmark::kMillisecond);

} // namespace
