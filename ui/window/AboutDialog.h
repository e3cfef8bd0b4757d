// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QDialog>

namespace demarc {

/**
 * Help → About Demarc: the version and its date, the licence, the Qt it runs on, and every
 * source the installed course is written from (AWS pages with the date each was checked, the
 * course documents), as links.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const ContentRepository& content, QWidget* parent = nullptr);
};

} // namespace demarc
