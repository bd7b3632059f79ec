#include "temporarypgpass.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace Valvur {

TemporaryPgpass::TemporaryPgpass() = default;

TemporaryPgpass::~TemporaryPgpass()
{
    remove();
}

QString TemporaryPgpass::escape(const QString &field)
{
    QString out;
    out.reserve(field.size() + 4);
    for (const QChar c : field) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

bool TemporaryPgpass::create(const QString &password)
{
    remove();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/valvur-pgpass-XXXXXX"));
    if (!m_dir->isValid())
        return false;
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = m_dir->filePath(QStringLiteral("pgpass"));
    QFile f(path);
    // Create it empty with 0600 first, then write: the password is never in a readable file.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    if (!f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        f.remove();
        return false;
    }
    const QByteArray line = QStringLiteral("*:*:*:*:%1\n").arg(escape(password)).toUtf8();
    if (f.write(line) != line.size()) {
        f.remove();
        return false;
    }
    f.close();
    m_path = path;
    return true;
}

void TemporaryPgpass::remove()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    m_path.clear();
    m_dir.reset();
}

} // namespace Valvur
