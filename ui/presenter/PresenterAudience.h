// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace demarc {

class PresenterController;
class PresenterStage;

/** The audience's window: one step, full screen, driven by the clicker's keys. */
class PresenterAudience : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterAudience(PresenterController* controller, QWidget* parent = nullptr);
    PresenterStage* stage() const { return m_stage; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    PresenterController* m_controller;
    PresenterStage* m_stage;
};

} // namespace demarc
