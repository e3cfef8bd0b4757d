// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/StudyNotesFixture.h"

namespace demarc::test {

namespace {

Responsibility cell(Party party, const char* why) { return { party, QString::fromUtf8(why), {} }; }

Layer layer(const char* id, const char* name, Responsibility onprem, Responsibility iaas, Responsibility paas)
{
    Layer l;
    l.id = QLatin1String(id);
    l.name = QString::fromUtf8(name);
    l.responsibility = { { QStringLiteral("onprem"), onprem },
                         { QStringLiteral("iaas"), iaas },
                         { QStringLiteral("paas"), paas } };
    return l;
}

Service service(const char* id, const char* name, const char* model)
{
    Service s;
    s.id = QLatin1String(id);
    s.name = QString::fromUtf8(name);
    s.model = QLatin1String(model);
    return s;
}

ResponsibilityStack stack()
{
    const QList<Layer> layers {
        layer("facilities", "Physical facilities", cell(Party::Customer, "Your own building."),
              cell(Party::Aws, "AWS runs the **data centers**."),
              cell(Party::Aws, "AWS runs the data centers.")),
        layer("guest-os", "Guest operating system", cell(Party::Customer, "Your servers."),
              cell(Party::Customer, "You patch the *guest* OS."),
              cell(Party::Aws, "The platform's OS is AWS's.")),
        layer("network", "Network controls", cell(Party::Customer, "Your network."),
              cell(Party::Customer, "Security groups are yours."),
              cell(Party::Shared, "AWS gives the controls, you set them.")),
        layer("data", "Customer data", cell(Party::Customer, "Always yours."),
              cell(Party::Customer, "Always yours."), cell(Party::Customer, "Always yours.")),
    };
    const QList<ServiceModel> models {
        { QStringLiteral("onprem"), QStringLiteral("On-premises"), {}, {} },
        { QStringLiteral("iaas"), QStringLiteral("Infrastructure as a Service (IaaS)"), {}, {} },
        { QStringLiteral("paas"), QStringLiteral("Platform as a Service (PaaS)"), {}, {} },
    };
    Service ec2 = service("ec2", "Amazon EC2", "iaas");
    Service rds = service("rds", "Amazon RDS (Relational Database Service)", "paas");
    // Differs from its model's column: marked ◆.
    rds.responsibility.insert(QStringLiteral("network"),
                              cell(Party::Customer, "You write the security group rules."));
    Service dynamodb = service("dynamodb", "Amazon DynamoDB", "paas");
    return ResponsibilityStack(layers, models, { ec2, rds, dynamodb });
}

Choice choice(const char* id, const char* text, bool correct, const char* explanation)
{
    return { QLatin1String(id), QString::fromUtf8(text), correct, std::nullopt,
             QString::fromUtf8(explanation) };
}

Question question(const char* id, QuestionType type, const char* topic, const char* prompt,
                  QList<Choice> choices)
{
    Question q;
    q.id = QLatin1String(id);
    q.type = type;
    q.topic = QLatin1String(topic);
    q.prompt = QString::fromUtf8(prompt);
    q.choices = std::move(choices);
    return q;
}

ItemStats stats(int attempts, int correct, bool lastCorrect, QSet<QString> lastChosen)
{
    ItemStats s;
    s.attempts = attempts;
    s.correct = correct;
    s.lastCorrect = lastCorrect;
    s.lastAnsweredAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    s.lastAnswer.chosen = std::move(lastChosen);
    return s;
}

Note note(const NoteTarget& target, const QString& body)
{
    const QDateTime at(QDate(2026, 2, 20), QTime(8, 30), Qt::UTC);
    return { target, body, at, at };
}

} // namespace

StudyMaterial studyNotesMaterial()
{
    StudyMaterial m;
    m.now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    m.topics = { { QStringLiteral("basics"), QStringLiteral("The basics"), QStringLiteral("A") },
                 { QStringLiteral("services"), QStringLiteral("Services and the line"),
                   QStringLiteral("B") } };

    Lesson what;
    what.id = QStringLiteral("what");
    what.topic = QStringLiteral("basics");
    what.title = QStringLiteral("What the model says");
    what.summary = QStringLiteral("AWS secures the cloud; you secure what you put in it.");
    what.body = QStringLiteral("## Of and in\n\nSecurity **of** the cloud is AWS's; security "
                               "*in* the cloud is yours.\n\n"
                               "| Side | Who |\n|---|---|\n| Of | AWS |\n| In | Customer |\n\n"
                               "- Facilities\n- Hardware");
    what.sources = { QStringLiteral("srm") };
    Lesson layers;
    layers.id = QStringLiteral("layers");
    layers.topic = QStringLiteral("basics");
    layers.title = QStringLiteral("The layers");
    layers.summary = QStringLiteral("Four layers, bottom to top.");
    layers.body = QStringLiteral("From the facilities up to your data.\n\n## The top\n\nYour "
                                 "data is always yours.");
    layers.sources = { QStringLiteral("srm"), QStringLiteral("pillar") };
    Lesson ec2;
    ec2.id = QStringLiteral("ec2-rds");
    ec2.topic = QStringLiteral("services");
    ec2.title = QStringLiteral("EC2 versus RDS");
    ec2.summary = QStringLiteral("The line moves up with a managed service.");
    ec2.body = QStringLiteral("On EC2 you patch the guest OS; on RDS AWS does.");
    ec2.sources = { QStringLiteral("rds-security") };
    m.lessons = { what, layers, ec2 };

    m.sources = {
        { QStringLiteral("srm"),
          QStringLiteral("Shared Responsibility Model"),
          QStringLiteral("https://aws.amazon.com/compliance/shared-responsibility-model/"),
          {},
          QDate(2025, 1, 15) },
        { QStringLiteral("pillar"),
          QStringLiteral("Security pillar | Well-Architected"),
          {},
          QStringLiteral("security-pillar.pdf"),
          {} },
        { QStringLiteral("rds-security"),
          QStringLiteral("Security in Amazon RDS"),
          QStringLiteral("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/"
                         "UsingWithRDS.html"),
          {},
          {} },
    };
    m.stack = stack();

    ControlCategory patch;
    patch.id = QStringLiteral("patch");
    patch.name = QStringLiteral("Patch management");
    patch.summary = QStringLiteral("Both sides patch **their own** layers.");
    patch.examples = {
        { QStringLiteral("Hypervisor"), QStringLiteral("Patches it"), QStringLiteral("Nothing") },
        { QStringLiteral("Guest OS on EC2"), QStringLiteral("Nothing"), QStringLiteral("Patches it") }
    };
    patch.sources = { QStringLiteral("srm") };
    ControlCategory training;
    training.id = QStringLiteral("training");
    training.name = QStringLiteral("Awareness and training");
    training.summary = QStringLiteral("Each side trains its own people.");
    m.controls = { patch, training };

    m.areas = { { QStringLiteral("data"),
                  QStringLiteral("Customer data"),
                  { QStringLiteral("Encryption at rest"), QStringLiteral("Backups") },
                  {} },
                { QStringLiteral("iam"),
                  QStringLiteral("Identity and access management"),
                  { QStringLiteral("Users | groups"), QStringLiteral("Roles") },
                  {} } };

    m.glossary = { { QStringLiteral("srm"),
                     QStringLiteral("Shared responsibility model"),
                     { QStringLiteral("SRM") },
                     QStringLiteral("How security work is divided between AWS and the customer."),
                     {} },
                   { QStringLiteral("iaas"),
                     QStringLiteral("Infrastructure as a Service"),
                     {},
                     QStringLiteral("Rented servers, networks and storage."),
                     {} } };

    m.questions = {
        question("doors", QuestionType::Single, "basics",
                 "Who guards the data center doors for an EC2 workload?",
                 { choice("a", "AWS", true, "Physical security is security of the cloud."),
                   choice("b", "The customer", false, "Customers cannot enter AWS data centers.") }),
        question("patch-os", QuestionType::TrueFalse, "basics",
                 "True or false: AWS patches the guest OS on EC2.",
                 { choice("true", "True", false, "No: the guest OS is yours."),
                   choice("false", "False", true, "Right: you patch it.") }),
        question("rds-yours", QuestionType::Multiple, "services", "Which of these are yours on Amazon RDS?",
                 { choice("a", "Your data", true, "Always yours."),
                   choice("b", "Security group rules", true, "You write them."),
                   choice("c", "The database engine's patches", false, "AWS applies them.") }),
    };
    m.learner.stats.insert(QStringLiteral("doors"), stats(2, 1, false, { QStringLiteral("b") }));
    m.learner.stats.insert(QStringLiteral("patch-os"), stats(1, 1, true, { QStringLiteral("false") }));
    m.learner.stats.insert(QStringLiteral("rds-yours"),
                           stats(1, 0, false, { QStringLiteral("a"), QStringLiteral("c") }));

    m.notes = {
        note(NoteTarget::lesson(QStringLiteral("what")), fixturenote::Lesson),
        note(NoteTarget::layer(QStringLiteral("guest-os")), fixturenote::Layer),
        note(NoteTarget::cell(QStringLiteral("network"), QStringLiteral("rds")), fixturenote::Cell),
        note(NoteTarget::term(QStringLiteral("srm")), fixturenote::Term),
        note(NoteTarget::question(QStringLiteral("doors")), fixturenote::Question),
        note(NoteTarget::lesson(QStringLiteral("retired")), fixturenote::Retired),
    };
    const QDateTime bookmarked(QDate(2026, 2, 21), QTime(9, 0), Qt::UTC);
    m.bookmarks = { { NoteTarget::lesson(QStringLiteral("layers")), bookmarked },
                    { NoteTarget::question(QStringLiteral("rds-yours")), bookmarked } };

    m.activity = { { QDate(2026, 3, 1), 4, 2 } };
    ExamResult exam;
    exam.finishedAt = QDateTime(QDate(2026, 3, 1), QTime(11, 0), Qt::UTC);
    exam.questions = 10;
    exam.correct = 8;
    exam.score = 0.8;
    m.exams.taken = 1;
    m.exams.best = exam;
    return m;
}

} // namespace demarc::test
