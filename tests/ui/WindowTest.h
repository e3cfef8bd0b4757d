// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakePackStore.h"
#include "WidgetLookup.h"
#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "ui/window/MainWindow.h"

#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace demarc::test {

/** Tests of the main window over in-memory stores: the bundled course unless told another. */
class WindowTest : public testing::Test
{
protected:
    enum class Show { No, Exposed, Active };

    explicit WindowTest(Pack course = FakeContentRepository::bundledCourse())
        : m_repo(std::move(course))
    { }

    /** Makes the window over clean settings and reads the course; shows it as @p show says. */
    void openWindow(Show show = Show::Exposed)
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(m_repo, m_learner, m_packStore);
        ASSERT_TRUE(m_window->reload().ok());
        if (show == Show::No)
            return;
        if (show == Show::Exposed)
            m_window->resize(1280, 800);
        m_window->show();
        if (show == Show::Active) {
            m_window->activateWindow();
            ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        } else {
            ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        }
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }

    template<typename T> T* child(const char* name) const { return findChildOrFail<T>(m_window.get(), name); }

    FakeContentRepository m_repo;
    FakeLearnerRepository m_learner;
    FakePackStore m_packStore;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace demarc::test
