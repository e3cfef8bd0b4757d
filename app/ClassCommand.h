// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace demarc {

class ContentRepository;
class LearnerRepository;
struct Request;

namespace classcommand {

/**
 * --serve-class: the live class server without a window, over the presenter deck's class
 * questions (the saved deck, or the default one), the first open; POST /next from this machine
 * opens the next. Runs until interrupted (Ctrl+C or SIGTERM), then prints how the class answered.
 */
int serve(const ContentRepository& content, const LearnerRepository& learner, const Request& request,
          QTextStream& out, QTextStream& err);

} // namespace classcommand

} // namespace demarc
