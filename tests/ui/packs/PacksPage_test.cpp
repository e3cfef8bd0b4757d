// SPDX-License-Identifier: GPL-3.0-or-later
// The Packs view: the installed packs listed, a pack imported (with its problems shown when
// it has any, and a question before a downgrade), exported, switched off and on, removed.
#include "ui/packs/PacksModel.h"
#include "ui/packs/PacksPage.h"
#include "ui/window/MainWindow.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"
#include "ui/FakePackStore.h"
#include "ui/WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const QString Workshop = test::fixture(QStringLiteral("packs/workshop.json"));

class PacksPageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_view.resize(1000, 640);
        m_view.confirmDowngrade = [this](const PackImportOutcome& o) {
            m_asked.append(QStringLiteral("downgrade %1 to %2").arg(o.previousVersion).arg(o.info.version));
            return m_answer;
        };
        m_view.confirmRemove = [this](const PackSummary& p) -> std::optional<LearnerHistory> {
            m_asked.append(QStringLiteral("remove ") + p.info.id);
            return m_removeAnswer;
        };
        ASSERT_TRUE(m_view.reload().ok());
    }

    QString cell(int row, int column) const { return m_view.model()->index(row, column).data().toString(); }
    QPushButton* button(const char* name) const { return test::findChildOrFail<QPushButton>(&m_view, name); }

    /** The workshop pack at @p version, saved in the test's folder. */
    QString workshopAt(int version)
    {
        QByteArray json = test::readFile(Workshop);
        json.replace("\"version\": 1,\n    \"language\"",
                     "\"version\": " + QByteArray::number(version) + ",\n    \"language\"");
        const QString path = m_dir.filePath(QStringLiteral("workshop-v%1.json").arg(version));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(json);
        return path;
    }

    QTemporaryDir m_dir;
    test::FakePackStore m_store;
    PacksPage m_view { m_store };
    QStringList m_asked;
    bool m_answer = false;
    std::optional<LearnerHistory> m_removeAnswer;
};

} // namespace

TEST_F(PacksPageTest, lists_the_course_with_its_counts_and_keeps_it_on)
{
    QAbstractItemModelTester tester(m_view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(m_view.model()->rowCount(), 1);
    EXPECT_EQ(cell(0, PacksModel::Title), QStringLiteral("The AWS Shared Responsibility Model"));
    EXPECT_EQ(cell(0, PacksModel::Questions),
              QString::number(test::FakeContentRepository::bundledCourse().questions.size()));
    EXPECT_EQ(cell(0, PacksModel::State), QStringLiteral("Course (always on)"));
    EXPECT_EQ(m_view.currentPackId(), QStringLiteral("aws-shared-responsibility"));
    EXPECT_TRUE(button("exportPackButton")->isEnabled());
    EXPECT_FALSE(button("togglePackButton")->isEnabled());
    EXPECT_FALSE(button("removePackButton")->isEnabled());
    EXPECT_EQ(m_view.model()->headerData(PacksModel::State, Qt::Horizontal).toString(),
              QStringLiteral("State"));
}

TEST_F(PacksPageTest, an_imported_pack_is_listed_selected_and_announced)
{
    QSignalSpy changed(&m_view, &PacksPage::contentChanged);
    QSignalSpy inserted(m_view.model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_view.model(), &QAbstractItemModel::modelReset);
    m_view.importFile(Workshop);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(inserted.count(), 1) << "the new pack is a row inserted, not a new list";
    EXPECT_TRUE(reset.isEmpty());
    EXPECT_EQ(m_view.message(),
              QStringLiteral("Imported \"Workshop: securing a small web shop\" version 1: "
                             "1 lesson, 1 glossary term, 2 questions."));
    EXPECT_TRUE(m_view.problems().isEmpty());
    ASSERT_EQ(m_view.model()->rowCount(), 2);
    EXPECT_EQ(m_view.currentPackId(), QStringLiteral("web-shop-workshop"));
    EXPECT_EQ(cell(1, PacksModel::Author), QStringLiteral("A. Instructor"));
    EXPECT_EQ(cell(1, PacksModel::State), QStringLiteral("Enabled"));
    EXPECT_TRUE(button("togglePackButton")->isEnabled());
    EXPECT_TRUE(button("removePackButton")->isEnabled());
    EXPECT_TRUE(test::findChildOrFail<QLabel>(&m_view, "packDetails")
                    ->text()
                    .startsWith(QStringLiteral("One worked case for a class")));

    m_view.importFile(Workshop);
    EXPECT_EQ(changed.count(), 1) << "the same file again changes nothing";
    EXPECT_EQ(
        m_view.message(),
        QStringLiteral(
            "\"Workshop: securing a small web shop\" version 1 is already installed; nothing changed."));
}

TEST_F(PacksPageTest, a_broken_pack_lists_its_problems_and_imports_nothing)
{
    QSignalSpy changed(&m_view, &PacksPage::contentChanged);
    const QString broken = test::fixture(QStringLiteral("packs/invalid/unknown-field.json"));
    m_view.importFile(broken);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(m_view.message(), QStringLiteral("Nothing was imported from unknown-field.json:"));
    EXPECT_EQ(m_view.problems(),
              broken + QStringLiteral(":43:54: unknown field \"titel\" (did you mean \"title\"?)"));
    EXPECT_EQ(m_view.model()->rowCount(), 1);

    m_view.importFile(Workshop);
    EXPECT_TRUE(m_view.problems().isEmpty()) << "the next import clears the old problems";
}

TEST_F(PacksPageTest, an_older_version_is_imported_only_when_the_instructor_agrees)
{
    m_view.importFile(workshopAt(3));
    m_view.importFile(Workshop);
    EXPECT_EQ(m_asked, QStringList { QStringLiteral("downgrade 3 to 1") });
    EXPECT_EQ(m_view.message(),
              QStringLiteral("workshop.json was not imported: version 3 of "
                             "\"Workshop: securing a small web shop\" stays installed."));
    EXPECT_EQ(cell(1, PacksModel::Version), QStringLiteral("3"));

    m_answer = true;
    m_view.importFile(Workshop);
    EXPECT_TRUE(m_store.imports.last().endsWith(QStringLiteral(" +allow")));
    EXPECT_EQ(cell(1, PacksModel::Version), QStringLiteral("1"));
    EXPECT_TRUE(m_view.message().startsWith(
        QStringLiteral("Replaced \"Workshop: securing a small web shop\" version 3 with version 1")))
        << m_view.message().toStdString();
}

TEST_F(PacksPageTest, a_pack_is_switched_off_and_on_and_says_so_in_words)
{
    m_view.importFile(Workshop);
    QSignalSpy changed(&m_view, &PacksPage::contentChanged);
    QPushButton* toggle = button("togglePackButton");
    EXPECT_EQ(toggle->text(), QStringLiteral("&Disable"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(cell(1, PacksModel::State), QStringLiteral("Disabled"));
    EXPECT_TRUE(m_view.model()->index(1, PacksModel::Title).data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(toggle->text(), QStringLiteral("&Enable"));
    EXPECT_EQ(m_view.currentPackId(), QStringLiteral("web-shop-workshop"));
    EXPECT_TRUE(m_view.message().contains(QStringLiteral("is disabled")));
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_EQ(cell(1, PacksModel::State), QStringLiteral("Enabled"));
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(PacksPageTest, removing_asks_first_and_keeps_the_history_unless_told_otherwise)
{
    m_view.importFile(Workshop);
    QSignalSpy changed(&m_view, &PacksPage::contentChanged);
    m_view.show();
    QApplication::setActiveWindow(&m_view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&m_view));
    m_view.table()->setFocus();
    QTest::keyClick(m_view.table(), Qt::Key_Delete);
    EXPECT_EQ(m_asked, QStringList { QStringLiteral("remove web-shop-workshop") });
    EXPECT_EQ(m_view.model()->rowCount(), 2) << "cancelled";
    EXPECT_EQ(changed.count(), 0);

    m_removeAnswer = LearnerHistory::Keep;
    QTest::mouseClick(button("removePackButton"), Qt::LeftButton);
    EXPECT_EQ(m_store.removals, QStringList { QStringLiteral("web-shop-workshop keep") });
    EXPECT_EQ(m_view.model()->rowCount(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_view.message(),
              QStringLiteral("Removed \"Workshop: securing a small web shop\". "
                             "The history of its items is kept, marked retired."));

    m_view.importFile(Workshop);
    m_removeAnswer = LearnerHistory::Delete;
    m_view.removeCurrent();
    EXPECT_EQ(m_store.removals.last(), QStringLiteral("web-shop-workshop delete"));

    // The course is never offered for removal.
    m_asked.clear();
    m_view.selectPack(QStringLiteral("aws-shared-responsibility"));
    m_view.removeCurrent();
    EXPECT_TRUE(m_asked.isEmpty());
}

TEST_F(PacksPageTest, exports_the_selected_pack_to_the_file_chosen)
{
    m_view.importFile(Workshop);
    const QString out = m_dir.filePath(QStringLiteral("out.json"));
    m_view.chooseExportFile = [&](const PackSummary& p) {
        EXPECT_EQ(p.info.id, QStringLiteral("web-shop-workshop"));
        return out;
    };
    QTest::mouseClick(button("exportPackButton"), Qt::LeftButton);
    EXPECT_EQ(test::readFile(out), test::readFile(Workshop));
    EXPECT_TRUE(m_view.message().startsWith(
        QStringLiteral("Exported \"Workshop: securing a small web shop\" version 1 to ")));

    m_view.chooseExportFile = [&](const PackSummary&) {
        return m_dir.filePath(QStringLiteral("missing/folder/out.json"));
    };
    m_view.exportToChosenFile();
    EXPECT_TRUE(m_view.message().startsWith(
        QStringLiteral("\"Workshop: securing a small web shop\" was not exported: ")))
        << m_view.message().toStdString();
}

TEST_F(PacksPageTest, the_main_window_opens_the_view_from_the_sidebar_and_the_file_menu)
{
    test::FakeContentRepository content(test::FakeContentRepository::samplePack());
    test::FakeLearnerRepository learner;
    test::FakePackStore store;
    MainWindow window(content, learner, store);
    ASSERT_TRUE(window.reload().ok());
    EXPECT_TRUE(MainWindow::viewNames().contains(QStringLiteral("packs")));
    ASSERT_TRUE(window.showView(QStringLiteral("packs")));
    EXPECT_EQ(window.currentViewName(), QStringLiteral("packs"));
    EXPECT_EQ(window.packsPage()->model()->rowCount(), 1);

    QStringList chosen;
    window.packsPage()->chooseImportFile = [&] {
        chosen.append(QStringLiteral("asked"));
        return Workshop;
    };
    window.showView(QStringLiteral("lessons"));
    QAction* import = window.findChild<QAction*>(QStringLiteral("importPackAction"));
    ASSERT_NE(import, nullptr);
    import->trigger();
    EXPECT_EQ(chosen, QStringList { QStringLiteral("asked") });
    EXPECT_EQ(window.currentViewName(), QStringLiteral("packs"));
    EXPECT_EQ(window.packsPage()->model()->rowCount(), 2);
    ASSERT_NE(window.findChild<QAction*>(QStringLiteral("exportPackAction")), nullptr);
}

TEST_F(PacksPageTest, pictures)
{
    // DEMARC_TEST_SHOTS=folder saves the view after an import, a broken import and a switch-off.
    const QString folder = test::shotsFolder(QStringLiteral("packs"));
    if (folder.isEmpty())
        GTEST_SKIP() << "set DEMARC_TEST_SHOTS to a folder to save pictures";
    m_view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_view));
    for (const QSize size : { QSize(1024, 768), QSize(1920, 1080) }) {
        m_view.resize(size);
        const QString suffix = QStringLiteral("-%1.png").arg(size.width());
        // Each picture once the layout has followed what was shown or hidden.
        auto save = [&](const QString& name) {
            QTest::qWait(20);
            m_view.grab().save(folder + u'/' + name + suffix);
        };
        m_view.importFile(Workshop);
        save(QStringLiteral("packs-imported"));
        m_view.importFile(test::fixture(QStringLiteral("packs/invalid/addon-with-layers.json")));
        save(QStringLiteral("packs-broken"));
        m_view.selectPack(QStringLiteral("web-shop-workshop"));
        m_view.toggleCurrent();
        save(QStringLiteral("packs-disabled"));
        m_view.toggleCurrent();
    }
}

TEST_F(PacksPageTest, a_list_that_cannot_be_read_says_so_in_the_view_and_reads_again_later)
{
    PacksPage fresh(m_store);
    m_store.failReads = QStringLiteral("database is locked");
    EXPECT_FALSE(fresh.reload().ok());
    EXPECT_TRUE(fresh.message().contains(QStringLiteral("could not be read")))
        << fresh.message().toStdString();
    EXPECT_TRUE(fresh.message().contains(QStringLiteral("database is locked")));
    // A list already shown stays shown; only the message is added.
    EXPECT_FALSE(m_view.reload().ok());
    EXPECT_GT(m_view.model()->rowCount(), 0);
    m_store.failReads.clear();
    ASSERT_TRUE(fresh.reload().ok());
    EXPECT_GT(fresh.model()->rowCount(), 0);
    EXPECT_TRUE(fresh.message().isEmpty()) << "the problem is gone once the list is read";
}
