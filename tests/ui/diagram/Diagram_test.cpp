// SPDX-License-Identifier: GPL-3.0-or-later
// The layer and matrix models, the diagram view and page, over the bundled course.
#include "ui/common/ReadingBrowser.h"
#include "ui/diagram/DiagramPage.h"
#include "ui/diagram/DiagramView.h"
#include "ui/diagram/LayerModel.h"
#include "ui/matrix/ResponsibilityMatrixModel.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"
#include "ui/WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const Pack& bundled() { return test::FakeContentRepository::bundledCourse(); }

ResponsibilityStack bundledStack()
{
    return ResponsibilityStack(bundled().layers, bundled().serviceModels, bundled().services);
}

Party partyOf(const LayerModel& model, const char* layer)
{
    return model.indexOfLayer(QLatin1String(layer)).data(LayerModel::PartyRole).value<Party>();
}

} // namespace

TEST(LayerModel, passes_the_model_tester_while_the_selection_changes)
{
    LayerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStack(bundledStack());
    for (const QString& id : bundledStack().selectionIds()) {
        ASSERT_TRUE(model.setSelection(id));
        ASSERT_TRUE(model.setComparison(QStringLiteral("ec2")));
        ASSERT_TRUE(model.setComparison(QString()));
    }
    model.setStack(ResponsibilityStack());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(LayerModel, parties_follow_the_selected_service_exactly_as_the_content_says)
{
    LayerModel model;
    model.setStack(bundledStack());
    EXPECT_EQ(model.index(0).data(LayerModel::IdRole).toString(), QStringLiteral("data")); // top first
    EXPECT_EQ(model.index(model.rowCount() - 1).data(LayerModel::IdRole).toString(),
              QStringLiteral("facilities"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(model.setSelection(QStringLiteral("ec2")));
    EXPECT_EQ(partyOf(model, "guest-os"), Party::Customer);
    ASSERT_TRUE(model.setSelection(QStringLiteral("rds")));
    EXPECT_EQ(partyOf(model, "guest-os"), Party::Aws);
    EXPECT_FALSE(
        model.indexOfLayer(QStringLiteral("guest-os")).data(LayerModel::ServiceSpecificRole).toBool())
        << "RDS's guest OS is AWS's, as in the PaaS column: no ◆";
    ASSERT_TRUE(model.setSelection(QStringLiteral("lambda")));
    EXPECT_EQ(partyOf(model, "guest-os"), Party::Aws);
    ASSERT_TRUE(model.setSelection(QStringLiteral("elastic-beanstalk")));
    EXPECT_EQ(partyOf(model, "guest-os"), Party::Shared);
    EXPECT_TRUE(model.indexOfLayer(QStringLiteral("guest-os")).data(LayerModel::ServiceSpecificRole).toBool())
        << "Elastic Beanstalk's platform maintenance is shared where the PaaS column says AWS: ◆";
    ASSERT_TRUE(model.setSelection(QStringLiteral("s3")));
    EXPECT_EQ(partyOf(model, "encryption"), Party::Customer);
    EXPECT_FALSE(
        model.indexOfLayer(QStringLiteral("encryption")).data(LayerModel::ServiceSpecificRole).toBool())
        << "S3 encryption is the customer's, as for every abstracted service: no ◆";
    EXPECT_EQ(partyOf(model, "platform-applications"), Party::Aws);
    EXPECT_EQ(model.index(0).data(LayerModel::SideRole).toString(), QStringLiteral("Security IN the cloud"));
    EXPECT_EQ(changed.count(), 5);
    EXPECT_TRUE(changed.first().at(2).value<QList<int>>().contains(LayerModel::PartyRole));
    EXPECT_EQ(reset.count(), 0) << "a new selection changes data, it does not reset the model";
    EXPECT_FALSE(model.setSelection(QStringLiteral("nope")));
    EXPECT_EQ(model.selection(), QStringLiteral("s3"));
}

TEST(LayerModel, a_comparison_marks_the_layers_that_change_hands)
{
    LayerModel model;
    model.setStack(bundledStack());
    model.setSelection(QStringLiteral("ec2"));
    ASSERT_TRUE(model.setComparison(QStringLiteral("rds")));
    EXPECT_TRUE(model.indexOfLayer(QStringLiteral("guest-os")).data(LayerModel::ChangesHandsRole).toBool());
    EXPECT_FALSE(model.indexOfLayer(QStringLiteral("data")).data(LayerModel::ChangesHandsRole).toBool());
    EXPECT_EQ(
        model.indexOfLayer(QStringLiteral("guest-os")).data(LayerModel::ComparePartyRole).value<Party>(),
        Party::Aws);
    EXPECT_GT(model.comparisonAwsLayerCount(), model.awsLayerCount());
    ASSERT_TRUE(model.setComparison(QString()));
    EXPECT_FALSE(model.index(0).data(LayerModel::ComparePartyRole).isValid());
    EXPECT_FALSE(model.setComparison(QStringLiteral("nope")));
}

TEST(ResponsibilityMatrixModel, passes_the_model_tester_while_switching_columns)
{
    ResponsibilityMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStack(bundledStack());
    EXPECT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("On-premises"));
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    model.setColumns(ResponsibilityMatrixModel::Columns::Services);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.columnCount(), int(bundled().services.size()));
    const QModelIndex rdsGuest = model.indexOf(QStringLiteral("guest-os"), QStringLiteral("rds"));
    ASSERT_TRUE(rdsGuest.isValid());
    EXPECT_EQ(rdsGuest.data(ResponsibilityMatrixModel::PartyRole).value<Party>(), Party::Aws);
    EXPECT_EQ(rdsGuest.data().toString(), QStringLiteral("AWS"));
    EXPECT_FALSE(rdsGuest.data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_FALSE(model.headerData(model.columnOf(QStringLiteral("rds")), Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Customer data"));
    model.setColumns(ResponsibilityMatrixModel::Columns::ServiceModels);
    EXPECT_EQ(model.columnCount(), 4);
    EXPECT_FALSE(model.indexOf(QStringLiteral("guest-os"), QStringLiteral("rds")).isValid());
}

namespace {

class DiagramViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        m_model.setStack(bundledStack());
        m_view.setModel(&m_model);
        m_view.resize(900, 700);
        m_view.show();
        m_view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_view));
    }

    LayerModel m_model;
    DiagramView m_view;
};

} // namespace

TEST_F(DiagramViewTest, index_at_and_visual_rect_agree)
{
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const QModelIndex i = m_model.index(r);
        const QRect rect = m_view.visualRect(i);
        ASSERT_TRUE(rect.isValid()) << r;
        EXPECT_EQ(m_view.indexAt(rect.center()), i) << r;
        if (r > 0) {
            EXPECT_GT(rect.top(), m_view.visualRect(m_model.index(r - 1)).bottom())
                << "rows run top to bottom";
        }
    }
    EXPECT_FALSE(m_view.indexAt(QPoint(2, 2)).isValid());
}

TEST_F(DiagramViewTest, the_keyboard_moves_the_current_layer)
{
    m_view.setFocus();
    m_view.setCurrentIndex(m_model.index(0));
    QTest::keyClick(&m_view, Qt::Key_Down);
    EXPECT_EQ(m_view.currentIndex().row(), 1);
    QTest::keyClick(&m_view, Qt::Key_End);
    EXPECT_EQ(m_view.currentIndex().row(), m_model.rowCount() - 1);
    QTest::keyClick(&m_view, Qt::Key_Down);
    EXPECT_EQ(m_view.currentIndex().row(), m_model.rowCount() - 1);
    QTest::keyClick(&m_view, Qt::Key_Up);
    EXPECT_EQ(m_view.currentIndex().row(), m_model.rowCount() - 2);
    QTest::keyClick(&m_view, Qt::Key_Home);
    EXPECT_EQ(m_view.currentIndex().row(), 0);
    EXPECT_TRUE(m_view.selectionModel()->isSelected(m_view.currentIndex()));
}

TEST_F(DiagramViewTest, a_click_selects_the_layer_under_the_mouse)
{
    const QModelIndex guest = m_model.indexOfLayer(QStringLiteral("guest-os"));
    QTest::mouseClick(m_view.viewport(), Qt::LeftButton, {}, m_view.visualRect(guest).center());
    EXPECT_EQ(m_view.currentIndex(), guest);
}

TEST_F(DiagramViewTest, the_line_moves_with_an_animation_unless_motion_is_reduced)
{
    ASSERT_TRUE(m_model.setSelection(QStringLiteral("saas")));
    EXPECT_TRUE(m_view.isAnimating());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_view.isAnimating(); }, 3000));
    m_view.setReducedMotion(true);
    ASSERT_TRUE(m_model.setSelection(QStringLiteral("iaas")));
    EXPECT_FALSE(m_view.isAnimating());
}

TEST_F(DiagramViewTest, a_screen_reader_reads_each_layer_with_its_party_and_where_the_line_is)
{
    ASSERT_TRUE(m_model.setSelection(QStringLiteral("ec2")));
    QAccessibleInterface* diagram = QAccessible::queryAccessibleInterface(&m_view);
    ASSERT_NE(diagram, nullptr);
    EXPECT_EQ(diagram->role(), QAccessible::List);
    EXPECT_EQ(diagram->text(QAccessible::Name), QStringLiteral("Responsibility diagram"));
    ASSERT_EQ(diagram->childCount(), m_model.rowCount() + 1) << "the layers, then the line";

    // Walk the tree as a screen reader does: every layer named with its party, top to bottom.
    for (int r = 0; r < m_model.rowCount(); ++r) {
        QAccessibleInterface* layer = diagram->child(r);
        ASSERT_NE(layer, nullptr) << r;
        const QModelIndex i = m_model.index(r);
        EXPECT_EQ(layer->role(), QAccessible::ListItem);
        EXPECT_TRUE(layer->text(QAccessible::Name)
                        .startsWith(i.data().toString() + QStringLiteral(": ")
                                    + i.data(LayerModel::PartyNameRole).toString()))
            << layer->text(QAccessible::Name).toStdString();
        EXPECT_EQ(layer->text(QAccessible::Description).left(30),
                  i.data(LayerModel::ExplanationRole).toString().left(30));
        EXPECT_EQ(layer->parent(), diagram);
        EXPECT_EQ(diagram->indexOfChild(layer), r);
        EXPECT_TRUE(layer->rect().contains(m_view.viewport()->mapToGlobal(m_view.visualRect(i).center())));
    }
    const QString guest =
        diagram->child(m_model.indexOfLayer(QStringLiteral("guest-os")).row())->text(QAccessible::Name);
    EXPECT_EQ(guest, QStringLiteral("Guest operating system: Customer"))
        << "EC2: the customer patches the guest";
    QAccessibleInterface* line = diagram->child(m_model.rowCount());
    EXPECT_EQ(line->role(), QAccessible::StaticText);
    EXPECT_EQ(line->text(QAccessible::Name),
              QStringLiteral("AWS alone secures the %1 layers below the demarcation line")
                  .arg(m_model.awsLayerCount()));

    // Another service: the names change (the events that tell a screen reader so reach it only
    // through a platform's accessibility bridge, which the offscreen platform has not).
    ASSERT_TRUE(m_model.setSelection(QStringLiteral("rds")));
    EXPECT_EQ(diagram->child(m_model.indexOfLayer(QStringLiteral("guest-os")).row())->text(QAccessible::Name),
              QStringLiteral("Guest operating system: AWS"));
    EXPECT_NE(line->text(QAccessible::Name), QString()) << "the line's words follow";
    ASSERT_TRUE(m_model.setSelection(QStringLiteral("onprem")));
    EXPECT_EQ(line->text(QAccessible::Name),
              QStringLiteral("The demarcation line is at the bottom: no layer is AWS's alone"));

    // Moving through the layers by keyboard: the layer with the focus is the one said focused.
    m_view.setFocus();
    m_view.setCurrentIndex(m_model.index(0));
    QTest::keyClick(&m_view, Qt::Key_Down);
    EXPECT_EQ(m_view.currentIndex().row(), 1);
    EXPECT_EQ(diagram->focusChild(), diagram->child(1));
    EXPECT_TRUE(diagram->child(1)->state().focused);
    EXPECT_TRUE(diagram->child(1)->state().selected);
    EXPECT_FALSE(diagram->child(0)->state().selected);
}

TEST(DiagramViewScene, describes_what_is_drawn)
{
    LayerModel model;
    model.setStack(bundledStack());
    model.setSelection(QStringLiteral("ec2"));
    model.setComparison(QStringLiteral("rds"));
    const DiagramScene scene = DiagramView::sceneFor(model);
    EXPECT_TRUE(scene.title.startsWith(QStringLiteral("Amazon EC2")));
    EXPECT_TRUE(scene.compareTitle.startsWith(QStringLiteral("Amazon RDS")));
    EXPECT_EQ(scene.rows.size(), model.rowCount());
    EXPECT_EQ(scene.line, model.awsLayerCount());
    EXPECT_TRUE(scene.subtitle.contains(QStringLiteral("IaaS")));

    // A service AWS does not file under the column it is drawn with says what AWS calls it first.
    model.setSelection(QStringLiteral("lambda"));
    const QString lambda = DiagramView::sceneFor(model).subtitle;
    EXPECT_TRUE(lambda.startsWith(QStringLiteral("AWS calls it: serverless compute")))
        << lambda.toStdString();
    EXPECT_FALSE(lambda.contains(QStringLiteral("Follows")));

    // A model is introduced by the services AWS itself files under it.
    model.setSelection(QStringLiteral("saas"));
    const QString saas = DiagramView::sceneFor(model).subtitle;
    EXPECT_TRUE(saas.contains(QStringLiteral("Amazon Connect"))) << saas.toStdString();
    EXPECT_FALSE(saas.contains(QStringLiteral("Amazon S3")))
        << "S3 is an abstracted service, not AWS's SaaS example";
    model.setSelection(QStringLiteral("paas"));
    EXPECT_TRUE(DiagramView::sceneFor(model).subtitle.contains(QStringLiteral("AWS Elastic Beanstalk")));
}

namespace {

class DiagramPageTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_page.reload().ok());
        m_page.resize(1200, 800);
        m_page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_page));
    }
    QString details() const
    {
        return test::findChildOrFail<ReadingBrowser>(&m_page, "layerDetailsBrowser")->toPlainText();
    }

    test::FakeContentRepository m_repo { bundled() };
    DiagramPage m_page { m_repo };
};

} // namespace

TEST_F(DiagramPageTest, the_selector_changes_the_stack_and_the_details_follow)
{
    auto* selector = test::findChildOrFail<QComboBox>(&m_page, "diagramSelectionCombo");
    ASSERT_TRUE(m_page.selectLayer(QStringLiteral("guest-os")));
    selector->setCurrentIndex(selector->findData(QStringLiteral("ec2")));
    EXPECT_EQ(m_page.selection(), QStringLiteral("ec2"));
    EXPECT_TRUE(details().contains(QStringLiteral("Guest operating system")));
    EXPECT_TRUE(details().contains(QStringLiteral("Customer")));
    selector->setCurrentIndex(selector->findData(QStringLiteral("rds")));
    EXPECT_EQ(partyOf(*m_page.model(), "guest-os"), Party::Aws);
    EXPECT_FALSE(details().contains(QStringLiteral("same as any")))
        << "RDS gives its own reason for the guest OS";
    ASSERT_TRUE(m_page.selectLayer(QStringLiteral("virtualization")));
    EXPECT_TRUE(details().contains(QStringLiteral("same as any PaaS service")));
    selector->setCurrentIndex(selector->findData(QStringLiteral("elastic-beanstalk")));
    ASSERT_TRUE(m_page.selectLayer(QStringLiteral("guest-os")));
    EXPECT_TRUE(details().contains(QStringLiteral("specific to AWS Elastic Beanstalk")))
        << details().toStdString();
    EXPECT_TRUE(details().contains(QStringLiteral("For example")));
}

TEST_F(DiagramPageTest, comparing_shows_both_parties_in_the_details)
{
    ASSERT_TRUE(m_page.setSelection(QStringLiteral("ec2")));
    auto* compare = test::findChildOrFail<QComboBox>(&m_page, "diagramCompareCombo");
    compare->setCurrentIndex(compare->findData(QStringLiteral("lambda")));
    EXPECT_EQ(m_page.model()->comparison(), QStringLiteral("lambda"));
    ASSERT_TRUE(m_page.selectLayer(QStringLiteral("guest-os")));
    EXPECT_TRUE(details().contains(QStringLiteral("changes hands")));
    compare->setCurrentIndex(0);
    EXPECT_TRUE(m_page.model()->comparison().isEmpty());
    EXPECT_FALSE(m_page.setSelection(QStringLiteral("nope")));
}
