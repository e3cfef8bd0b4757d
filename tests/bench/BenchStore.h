// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlLearnerRepository.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

namespace demarc::bench {

/** Stops the run with @p what when @p ok is false. */
void check(bool ok, const QString& what);

/** Whether DEMARC_BENCH_QUICK asks for the short run (a smaller history, fewer rounds). */
bool quick();

/** A database the benchmarks read: a course, a generated history and a learner's notes. */
struct Store
{
    QString file;
    std::unique_ptr<Database> db;
    std::unique_ptr<SqlContentRepository> content;
    std::unique_ptr<SqlLearnerRepository> learner;
    QList<Question> bank;
};

/**
 * The bundled course with a history of 1,000,000 attempts (DEMARC_BENCH_ATTEMPTS to change
 * it; 100,000 in a quick run) and a note on every place: made reproducibly from fixed seeds
 * and kept beside the binary for the next run.
 */
Store& courseStore();

/**
 * The same with the large pack (LargePackMaker.h) installed: a department's question bank,
 * with the history spread over all of its questions and a note on every place of it.
 */
Store& largeStore();

/** Reports the 50th and 99th percentiles and the slowest of @p ms as counters, in milliseconds. */
void reportPercentiles(benchmark::State& state, std::vector<double>& ms);

} // namespace demarc::bench
