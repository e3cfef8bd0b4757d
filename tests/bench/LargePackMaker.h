// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

namespace demarc::bench {

/** What largePack() makes. */
namespace LargePackSize {
constexpr int Questions = 5000;
constexpr int Lessons = 500;
constexpr int Terms = 1000;
} // namespace LargePackSize

/** The seed the benchmarks' large pack is made from. */
constexpr quint32 LargePackSeed = 20261207u;

/**
 * A department's question bank extending @p course, the same for the same @p seed:
 * LargePackSize::Questions questions of all five types, LargePackSize::Lessons lessons and
 * LargePackSize::Terms glossary terms, referring to the course's topics, sources, layers and
 * service models. The pack's id is "large-bench-pack".
 */
Pack largePack(const Pack& course, quint32 seed = LargePackSeed);

} // namespace demarc::bench
