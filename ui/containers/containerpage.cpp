#include "containers/containerpage.h"

#include "containers/containerfactsbox.h"
#include "containers/containerlogview.h"
#include "containers/containercontroller.h"
#include "containers/containerfacts.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace Valvur {

ContainerPage::ContainerPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_controller(new ContainerController(this))
{
    setObjectName(QStringLiteral("containerPage"));
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("containerEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("containerHeading"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("containerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_error);
    m_memoryError = new QLabel(this);
    m_memoryError->setObjectName(QStringLiteral("containerQueryError"));
    m_memoryError->setWordWrap(true);
    m_memoryError->hide();
    layout->addWidget(m_memoryError);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_scroll = new QScrollArea(m_splitter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *facts = new QWidget(m_scroll);
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new ContainerFactsBox(facts);
    m_status->setObjectName(QStringLiteral("containerStatusBox"));
    m_data = new ContainerFactsBox(facts);
    m_data->setObjectName(QStringLiteral("containerDataBox"));
    m_config = new ContainerFactsBox(facts);
    m_config->setObjectName(QStringLiteral("containerConfigBox"));
    factsLayout->addWidget(m_status);
    factsLayout->addWidget(m_data);
    factsLayout->addWidget(m_config);
    factsLayout->addStretch(1);
    m_scroll->setWidget(facts);
    m_logs = new ContainerLogView(m_controller, m_splitter);
    m_splitter->addWidget(m_scroll);
    m_splitter->addWidget(m_logs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({450, 300});
    layout->addWidget(m_splitter, 1);

    connect(m_controller, &ContainerController::changed, this, &ContainerPage::updateView);
    connect(m_controller, &ContainerController::stateChanged, this, &ContainerPage::updateView);
    connect(m_controller, &ContainerController::dataReady, this, &Page::dataReady);
    connect(m_controller, &ContainerController::memoryQueryFailed, this, [this](const PgError &error) { setRefreshError(error); });
    connect(m_controller, &ContainerController::changed, this, [this] {
        if (m_controller->memory().verdict != MemoryCheck::Verdict::CannotCheck)
            setRefreshError(PgError());
    });
    retranslate();
}

QString ContainerPage::title() const
{
    return tr("Container");
}

void ContainerPage::setServer(ServerConnection *server)
{
    setRefreshError(PgError()); // the last server's memory check said nothing about this one
    m_controller->setServer(server);
}

void ContainerPage::setContainer(const QString &name, DockerClient *client)
{
    if (name != m_controller->containerName())
        setRefreshError(PgError());
    m_controller->setContainer(name, client);
    m_controller->setActive(isActive());
    updateView();
}

bool ContainerPage::hasData() const
{
    // Without a container the empty state is all there is to show.
    return m_controller->hasData() || m_controller->state() == ContainerController::State::NoContainer;
}

bool ContainerPage::isLoading() const
{
    return m_controller->state() == ContainerController::State::Loading;
}

void ContainerPage::setActive(bool active)
{
    Page::setActive(active);
    m_controller->setActive(active);
    if (active)
        m_controller->refresh();
}

void ContainerPage::refreshNow()
{
    m_controller->refresh();
}

void ContainerPage::showRefreshError(const QString &text)
{
    m_memoryError->setText(text.isEmpty() ? QString() : tr("The memory check could not read the server's settings: %1").arg(text));
    m_memoryError->setVisible(!text.isEmpty());
}

void ContainerPage::retranslate()
{
    m_empty->setText(tr("This server is not a container.\n\nWhen a server runs in a local Docker or Podman container, "
                        "this page shows what docker ps, docker inspect, docker volume inspect and docker logs say about it. "
                        "Open it from the Containers group, or name its container in the connection profile."));
    m_status->setTitle(tr("Container"));
    m_data->setTitle(tr("Data and volumes"));
    m_config->setTitle(tr("Configuration"));
    m_logs->retranslate();
    updateView();
}

void ContainerPage::updateView()
{
    const ContainerController::State state = m_controller->state();
    const bool none = state == ContainerController::State::NoContainer;
    m_empty->setVisible(none);
    m_heading->setVisible(!none);
    m_splitter->setVisible(state == ContainerController::State::Ready);
    const QString name = m_controller->containerName();
    m_heading->setText(state == ContainerController::State::Loading ? tr("Container %1: asking the container engine…").arg(name)
                                                                     : tr("Container %1").arg(name));
    const QString error = m_controller->errorText();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (state == ContainerController::State::Failed)
        Q_EMIT refreshErrorChanged(error);
    if (state != ContainerController::State::Ready)
        return;
    const ContainerInfo &info = m_controller->info();
    m_status->setFacts(statusFacts(info));
    m_data->setFacts(dataFacts(info, m_controller->placement(), m_controller->volume()));
    m_config->setFacts(configurationFacts(info, m_controller->memory()));
}

QString ContainerPage::shownText() const
{
    QStringList parts{m_heading->text(), m_error->text(), m_status->shownText(), m_data->shownText(), m_config->shownText()};
    return parts.join(QLatin1Char('\n'));
}

} // namespace Valvur
