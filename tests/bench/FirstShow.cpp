// SPDX-License-Identifier: GPL-3.0-or-later
// FirstShow/N and LargeFirstShow/N: each view (N: its place in the sidebar) shown for the
// first time after start-up, on the course's store and on the large one.
#include "BenchStore.h"
#include "db/SqlPackStore.h"
#include "ui/window/MainWindow.h"

#include <QCoreApplication>
#include <QPixmap>

#include <chrono>

namespace {

using namespace demarc;
using namespace demarc::bench;
using Clock_ = std::chrono::steady_clock;

/**
 * A view shown for the first time in a window that started on another one (the diagram, as
 * `demarc --view diagram` does; the lessons for the diagram itself): the view built, given the
 * course and the learner's data, and the window painted.
 */
void FirstShow(benchmark::State& state, Store& (*storeOf)())
{
    Store& s = storeOf();
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
BENCHMARK_CAPTURE(FirstShow, course, &courseStore)
    ->Name("FirstShow")
    ->DenseRange(0, 9)
    ->UseManualTime()
    ->Iterations(quick() ? 2 : 5)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(FirstShow, large, &largeStore)
    ->Name("LargeFirstShow")
    ->DenseRange(0, 9)
    ->UseManualTime()
    ->Iterations(quick() ? 2 : 5)
    ->Unit(benchmark::kMillisecond);

} // namespace
