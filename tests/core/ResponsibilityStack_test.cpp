// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ResponsibilityStack.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

Responsibility cell(Party p) { return { p, QStringLiteral("why"), {} }; }

Layer layer(const char* id, Party onprem, Party iaas, Party paas)
{
    Layer l;
    l.id = QLatin1String(id);
    l.name = QLatin1String(id);
    l.responsibility = { { QStringLiteral("onprem"), cell(onprem) },
                         { QStringLiteral("iaas"), cell(iaas) },
                         { QStringLiteral("paas"), cell(paas) } };
    return l;
}

ResponsibilityStack stack()
{
    const QList<Layer> layers { layer("facilities", Party::Customer, Party::Aws, Party::Aws),
                                layer("guest-os", Party::Customer, Party::Customer, Party::Aws),
                                layer("network", Party::Customer, Party::Customer, Party::Shared),
                                layer("data", Party::Customer, Party::Customer, Party::Customer) };
    const QList<ServiceModel> models { { QStringLiteral("onprem"), QStringLiteral("On-premises"), {}, {} },
                                       { QStringLiteral("iaas"), QStringLiteral("IaaS"), {}, {} },
                                       { QStringLiteral("paas"), QStringLiteral("PaaS"), {}, {} } };
    Service ec2;
    ec2.id = QStringLiteral("ec2");
    ec2.name = QStringLiteral("Amazon EC2");
    ec2.model = QStringLiteral("iaas");
    Service rds;
    rds.id = QStringLiteral("rds");
    rds.name = QStringLiteral("Amazon RDS");
    rds.model = QStringLiteral("paas");
    rds.responsibility.insert(
        QStringLiteral("network"),
        { Party::Customer, QStringLiteral("security groups"), QStringLiteral("S1 says AWS") });
    // An own cell with the model's party: its reason is specific, but nothing differs.
    rds.responsibility.insert(QStringLiteral("guest-os"),
                              { Party::Aws, QStringLiteral("no shell on the host"), {} });
    return ResponsibilityStack(layers, models, { ec2, rds });
}

} // namespace

TEST(ResponsibilityStack, a_service_follows_its_model_unless_it_has_its_own_cell)
{
    const ResponsibilityStack s = stack();
    EXPECT_EQ(s.cell(QStringLiteral("guest-os"), QStringLiteral("ec2"))->party, Party::Customer);
    EXPECT_EQ(s.cell(QStringLiteral("guest-os"), QStringLiteral("rds"))->party, Party::Aws);
    EXPECT_EQ(s.cell(QStringLiteral("network"), QStringLiteral("paas"))->party, Party::Shared);
    const auto own = s.cell(QStringLiteral("network"), QStringLiteral("rds"));
    ASSERT_TRUE(own.has_value());
    EXPECT_EQ(own->party, Party::Customer);
    EXPECT_EQ(own->nuance, QStringLiteral("S1 says AWS"));
    EXPECT_TRUE(s.isServiceSpecific(QStringLiteral("network"), QStringLiteral("rds")));
    EXPECT_FALSE(s.isServiceSpecific(QStringLiteral("guest-os"), QStringLiteral("rds")));
    EXPECT_TRUE(s.hasOwnCell(QStringLiteral("network"), QStringLiteral("rds")));
    EXPECT_TRUE(s.hasOwnCell(QStringLiteral("guest-os"), QStringLiteral("rds")));
    EXPECT_FALSE(s.isServiceSpecific(QStringLiteral("guest-os"), QStringLiteral("rds")))
        << "◆ marks only a different party";
    EXPECT_FALSE(s.cell(QStringLiteral("roof"), QStringLiteral("rds")).has_value());
    EXPECT_FALSE(s.cell(QStringLiteral("data"), QStringLiteral("nothing")).has_value());
}

TEST(ResponsibilityStack, the_line_sits_above_the_layers_aws_alone_secures)
{
    const ResponsibilityStack s = stack();
    EXPECT_EQ(s.awsLayerCount(QStringLiteral("onprem")), 0);
    EXPECT_EQ(s.awsLayerCount(QStringLiteral("iaas")), 1);
    EXPECT_EQ(s.awsLayerCount(QStringLiteral("ec2")), 1);
    EXPECT_EQ(s.awsLayerCount(QStringLiteral("paas")), 2);
    EXPECT_EQ(s.awsLayerCount(QStringLiteral("nothing")), 0);
}

TEST(ResponsibilityStack, lists_the_layers_that_change_hands)
{
    const ResponsibilityStack s = stack();
    EXPECT_EQ(s.layersThatChangeHands(QStringLiteral("ec2"), QStringLiteral("rds")),
              QStringList { QStringLiteral("guest-os") });
    EXPECT_EQ(s.layersThatChangeHands(QStringLiteral("iaas"), QStringLiteral("paas")),
              (QStringList { QStringLiteral("guest-os"), QStringLiteral("network") }));
    EXPECT_TRUE(s.layersThatChangeHands(QStringLiteral("ec2"), QStringLiteral("iaas")).isEmpty());
}

TEST(ResponsibilityStack, finds_models_and_services_by_id)
{
    const ResponsibilityStack s = stack();
    EXPECT_EQ(s.selectionIds(),
              (QStringList { QStringLiteral("onprem"), QStringLiteral("iaas"), QStringLiteral("paas"),
                             QStringLiteral("ec2"), QStringLiteral("rds") }));
    const auto rds = s.selection(QStringLiteral("rds"));
    ASSERT_TRUE(rds.has_value());
    EXPECT_EQ(rds->kind, StackSelection::Kind::Service);
    EXPECT_EQ(rds->modelId, QStringLiteral("paas"));
    EXPECT_EQ(s.selection(QStringLiteral("iaas"))->kind, StackSelection::Kind::Model);
    EXPECT_FALSE(s.selection(QStringLiteral("lambda")).has_value());
    EXPECT_EQ(s.layerIndex(QStringLiteral("data")), 3);
}

TEST(StackSelection, short_names_keep_what_a_header_needs)
{
    EXPECT_EQ((StackSelection { StackSelection::Kind::Model,
                                QStringLiteral("iaas"),
                                QStringLiteral("Infrastructure as a Service (IaaS)"),
                                {} })
                  .shortName(),
              QStringLiteral("IaaS"));
    EXPECT_EQ((StackSelection { StackSelection::Kind::Service,
                                QStringLiteral("rds"),
                                QStringLiteral("Amazon RDS (Relational Database Service)"),
                                {} })
                  .shortName(),
              QStringLiteral("Amazon RDS"));
    EXPECT_EQ((StackSelection { StackSelection::Kind::Model,
                                QStringLiteral("paas"),
                                QStringLiteral("PaaS (Platform as a Service)"),
                                {} })
                  .shortName(),
              QStringLiteral("PaaS"));
    EXPECT_EQ((StackSelection {
                   StackSelection::Kind::Model, QStringLiteral("onprem"), QStringLiteral("On-premises"), {} })
                  .shortName(),
              QStringLiteral("On-premises"));
}
