// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix page, the course's other tables, and the matrix kept in step with the diagram.
#include "ui/common/ReadingBrowser.h"
#include "ui/diagram/DiagramPage.h"
#include "ui/diagram/DiagramView.h"
#include "ui/diagram/LayerModel.h"
#include "ui/matrix/AnalogyModel.h"
#include "ui/matrix/ControlsModel.h"
#include "ui/matrix/CustomerAreasModel.h"
#include "ui/matrix/MatrixPage.h"
#include "ui/matrix/MatrixPartyFilter.h"
#include "ui/matrix/ResponsibilityMatrixModel.h"
#include "ui/matrix/ServiceCategoriesModel.h"
#include "ui/window/MainWindow.h"

#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"
#include "ui/FakePackStore.h"
#include "ui/WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const Pack& bundled() { return test::FakeContentRepository::bundledCourse(); }

QStringList visibleLayers(const MatrixPage& page)
{
    QStringList ids;
    const auto* table = page.table();
    for (int r = 0; r < table->model()->rowCount(); ++r)
        ids.append(table->model()->index(r, 0).data(ResponsibilityMatrixModel::LayerIdRole).toString());
    return ids;
}

class MatrixPageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_page.reload().ok());
        m_page.resize(1200, 800);
        m_page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_page));
    }

    test::FakeContentRepository m_repo { bundled() };
    MatrixPage m_page { m_repo };
};

} // namespace

TEST_F(MatrixPageTest, shows_every_layer_under_every_model)
{
    EXPECT_EQ(m_page.table()->model()->rowCount(), int(bundled().layers.size()));
    EXPECT_EQ(m_page.table()->model()->columnCount(), 4);
    EXPECT_EQ(m_page.table()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("IaaS"));
    EXPECT_FALSE(
        test::findChildOrFail<ReadingBrowser>(&m_page, "matrixDetailsBrowser")->toPlainText().isEmpty());
}

TEST_F(MatrixPageTest, the_filter_shows_what_is_mine_under_paas)
{
    // The party filter is checked as a model the whole time it filters.
    QAbstractItemModelTester tester(m_page.filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* party = test::findChildOrFail<QComboBox>(&m_page, "matrixPartyFilterCombo");
    auto* under = test::findChildOrFail<QComboBox>(&m_page, "matrixFilterColumnCombo");
    EXPECT_FALSE(under->isEnabled());
    party->setCurrentIndex(party->findData(QVariant::fromValue(Party::Customer)));
    EXPECT_TRUE(under->isEnabled());
    under->setCurrentIndex(under->findData(QStringLiteral("paas")));
    QStringList expected;
    const ResponsibilityStack stack(bundled().layers, bundled().serviceModels, bundled().services);
    for (auto it = bundled().layers.crbegin(); it != bundled().layers.crend(); ++it) {
        if (stack.cell(it->id, QStringLiteral("paas"))->party == Party::Customer)
            expected.append(it->id);
    }
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(visibleLayers(m_page), expected);
    EXPECT_TRUE(visibleLayers(m_page).contains(QStringLiteral("data")));
    EXPECT_FALSE(visibleLayers(m_page).contains(QStringLiteral("guest-os")));
    party->setCurrentIndex(0);
    EXPECT_EQ(visibleLayers(m_page).size(), bundled().layers.size());
}

TEST_F(MatrixPageTest, switches_to_service_columns_and_back)
{
    auto* columns = test::findChildOrFail<QComboBox>(&m_page, "matrixColumnsCombo");
    columns->setCurrentIndex(1);
    EXPECT_EQ(m_page.model()->columns(), ResponsibilityMatrixModel::Columns::Services);
    EXPECT_EQ(m_page.table()->model()->columnCount(), int(bundled().services.size()));
    ASSERT_TRUE(m_page.selectColumn(QStringLiteral("iaas")));
    EXPECT_EQ(m_page.model()->columns(), ResponsibilityMatrixModel::Columns::ServiceModels);
    EXPECT_EQ(columns->currentIndex(), 0);
    EXPECT_FALSE(m_page.selectColumn(QStringLiteral("nope")));
}

TEST(ContentTables, pass_the_model_tester_and_show_the_course_tables)
{
    CustomerAreasModel areas;
    QAbstractItemModelTester t1(&areas, QAbstractItemModelTester::FailureReportingMode::Fatal);
    areas.setAreas(bundled().customerAreas);
    EXPECT_EQ(areas.rowCount(), 5);
    EXPECT_EQ(areas.index(0, CustomerAreasModel::AreaColumn).data().toString(), QStringLiteral("Compute"));

    ControlsModel controls;
    QAbstractItemModelTester t2(&controls, QAbstractItemModelTester::FailureReportingMode::Fatal);
    controls.setCategories(bundled().controlCategories);
    QStringList names;
    for (int r = 0; r < controls.rowCount(); ++r)
        names.append(controls.index(r, ControlsModel::ControlColumn).data().toString());
    EXPECT_GE(controls.rowCount(), 5);
    EXPECT_TRUE(names.join(QLatin1Char('|')).contains(QStringLiteral("atch management")))
        << names.join(QLatin1Char('|')).toStdString();

    AnalogyModel analogy;
    QAbstractItemModelTester t4(&analogy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    analogy.setRows(bundled().analogy);
    ASSERT_GE(analogy.rowCount(), 4);
    EXPECT_EQ(analogy.index(0, AnalogyModel::PartyColumn).data().toString(),
              QStringLiteral("The builder: AWS"));

    ServiceCategoriesModel categories;
    QAbstractItemModelTester t3(&categories, QAbstractItemModelTester::FailureReportingMode::Fatal);
    categories.setServices(bundled().services, bundled().serviceModels);
    EXPECT_EQ(categories.rowCount(), int(bundled().services.size()));
    for (int r = 0; r < categories.rowCount(); ++r) {
        const QString name = categories.index(r, 0).data().toString();
        EXPECT_EQ(name.contains(QStringLiteral("Chime")), name.contains(QStringLiteral("support ended")))
            << name.toStdString();
    }
}

namespace {

class SyncTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_window.reload().ok());
        m_window.resize(1280, 800);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    }
    void TearDown() override { QSettings().clear(); }

    test::FakeContentRepository m_repo { bundled() };
    test::FakeLearnerRepository m_learner;
    test::FakePackStore m_packStore;
    MainWindow m_window { m_repo, m_learner, m_packStore };
};

} // namespace

TEST_F(SyncTest, the_diagram_and_the_matrix_show_the_same_layer_and_service)
{
    for (const QString& id : { QStringLiteral("ec2"), QStringLiteral("saas"), QStringLiteral("rds") }) {
        ASSERT_TRUE(m_window.showService(id));
        EXPECT_EQ(m_window.diagramPage()->selection(), id)
            << "the matrix following must not move the diagram";
        EXPECT_EQ(m_window.matrixPage()
                      ->table()
                      ->currentIndex()
                      .data(ResponsibilityMatrixModel::SelectionIdRole)
                      .toString(),
                  id);
    }

    ASSERT_TRUE(m_window.diagramPage()->selectLayer(QStringLiteral("guest-os")));
    EXPECT_EQ(m_window.matrixPage()
                  ->table()
                  ->currentIndex()
                  .data(ResponsibilityMatrixModel::LayerIdRole)
                  .toString(),
              QStringLiteral("guest-os"));

    m_window.showView(QStringLiteral("matrix"));
    QTableView* table = m_window.matrixPage()->table();
    const QModelIndex ec2 = m_window.matrixPage()->filter()->mapFromSource(
        m_window.matrixPage()->model()->indexOf(QStringLiteral("network-config"), QStringLiteral("ec2")));
    ASSERT_TRUE(ec2.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(ec2).center());
    EXPECT_EQ(m_window.diagramPage()->selection(), QStringLiteral("ec2"));
    EXPECT_EQ(m_window.diagramPage()->currentLayerId(), QStringLiteral("network-config"));
}
