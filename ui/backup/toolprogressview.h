#pragma once

#include "backup/backupresult.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;

namespace Valvur {

// Progress of a running backup or restore: a bar, tables done / total, bytes written, elapsed and
// the estimate, the current step, and the tool's log behind an expander.
class ToolProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit ToolProgressView(QWidget *parent = nullptr);

    void reset();
    void setStage(const QString &text);
    void setProgress(const ToolProgress &p);
    void appendLog(const QString &line, bool isError);
    void setFinished(bool ok);
    QString logText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_stage;
    QProgressBar *m_bar;
    QLabel *m_tables;
    QLabel *m_bytes;
    QLabel *m_time;
    QToolButton *m_logToggle;
    QPlainTextEdit *m_log;
    ToolProgress m_last;
};

} // namespace Valvur
