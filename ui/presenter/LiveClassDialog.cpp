// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveClassDialog.h"

#include "ui/common/Controls.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace demarc {

namespace {

const QString AddressKey = QStringLiteral("live/address");
const QString PortKey = QStringLiteral("live/port");

} // namespace

LiveClassDialog::LiveClassDialog(const QStringList& addresses, QWidget* parent)
    : QDialog(parent)
    , m_address(new QComboBox)
    , m_port(new QSpinBox)
{
    setObjectName(QStringLiteral("liveClassDialog"));
    setWindowTitle(tr("Live Answers Network"));
    m_address->setObjectName(QStringLiteral("liveAddressCombo"));
    m_address->addItem(tr("This machine's classroom address (the first private one)"), QString());
    for (const QString& a : addresses)
        m_address->addItem(a, a);
    const int kept = m_address->findData(savedAddress());
    m_address->setCurrentIndex(std::max(0, kept));
    m_port->setObjectName(QStringLiteral("livePortSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setValue(savedPort());

    auto* text = new QLabel(tr("Phones join at this address over the room's network; nothing is sent "
                               "anywhere else. Listening on every address at once is never offered."));
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(controls::buddyLabel(tr("&Address:"), m_address), m_address);
    form->addRow(controls::buddyLabel(tr("&Port:"), m_port), m_port);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString LiveClassDialog::savedAddress() { return QSettings().value(AddressKey).toString(); }

quint16 LiveClassDialog::savedPort() { return quint16(QSettings().value(PortKey, 0).toUInt()); }

void LiveClassDialog::accept()
{
    QSettings settings;
    settings.setValue(AddressKey, m_address->currentData().toString());
    settings.setValue(PortKey, m_port->value());
    QDialog::accept();
}

} // namespace demarc
