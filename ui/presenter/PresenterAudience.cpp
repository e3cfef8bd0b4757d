// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterAudience.h"

#include "PresenterController.h"
#include "PresenterStage.h"

#include <QGridLayout>
#include <QKeyEvent>

namespace demarc {

PresenterAudience::PresenterAudience(PresenterController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_stage(new PresenterStage(controller, PresenterStage::Role::Audience, this))
{
    setObjectName(QStringLiteral("presenterAudience"));
    setWindowTitle(tr("Demarc Presenter"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    setCursor(Qt::BlankCursor);
}

void PresenterAudience::keyPressEvent(QKeyEvent* event)
{
    if (!m_controller->handleKey(event))
        QWidget::keyPressEvent(event);
}

} // namespace demarc
