// ConnectionDoctor's last step: what the container engine says about a failed local connection.
#include "doctor/connectiondoctor.h"

#include "containers/containercheck.h"
#include "containers/enginelocator.h"

namespace Valvur {

bool ConnectionDoctor::startContainerCheck(const QString &problem)
{
    if (!m_containerCheckEnabled)
        return false;
    ContainerTarget target;
    for (const QString &h : std::as_const(m_hosts))
        target.hosts << h.trimmed();
    target.port = m_ports.value(0).toInt();
    if (target.port <= 0)
        target.port = 5432;
    target.container = m_container;
    target.networkProblem = problem;
    for (const DoctorStep &s : std::as_const(m_steps)) {
        if (s.id == QLatin1String("resolve") && s.state == DoctorStep::State::Failed)
            target.unresolvedHosts << s.target;
    }
    if (!target.worthAsking())
        return false;
    const int step = beginStep(QStringLiteral("containers"), preferredEngineSocket(candidateEngineSockets()).describe());
    auto *check = new ContainerCheck(this);
    m_containerCheck = check;
    connect(check, &ContainerCheck::finished, this, [this, check, step, problem] {
        m_causes = check->causes();
        if (!check->engineError().isNull()) {
            // Only a named container makes the engine's absence a finding; otherwise it is just not asked.
            endStep(step, check->target().isExplicit() ? DoctorStep::State::Failed : DoctorStep::State::Skipped,
                    QT_TRANSLATE_NOOP("Valvur::Doctor", "the container engine cannot be asked"), {},
                    check->engineError().message().isEmpty() ? check->engineError().id()
                                                             : check->engineError().id() + QStringLiteral(": ") + check->engineError().message());
        } else {
            // The engine answered: the step passed; what it proves is in the verdict's container causes.
            endStep(step, DoctorStep::State::Passed,
                    QT_TRANSLATE_NOOP("Valvur::Doctor", "%1 containers (%2 with PostgreSQL), causes found: %3"),
                    {QString::number(check->containerCount()), QString::number(check->postgresCount()), QString::number(m_causes.size())});
        }
        check->disconnect(this);
        check->deleteLater();
        conclude(problem);
    });
    check->start(target);
    return true;
}

} // namespace Valvur
