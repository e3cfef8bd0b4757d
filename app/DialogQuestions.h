// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StartupDatabase.h"

#include <QString>
#include <optional>

namespace demarc {

/** The questions as dialogs. */
class DialogQuestions : public DatabaseQuestions
{
public:
    DatabaseProblemDialog::Choice choose(DatabaseProblemDialog::Kind kind, const QString& problem,
                                         const std::optional<BackupCopy>& newest) override;
    bool confirmFresh(const QString& path, const QString& keptAs) override;
    QString anotherDatabase(const QString& current) override;
    void warn(const QString& message) override;
};

} // namespace demarc
