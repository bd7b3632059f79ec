#pragma once

#include "backup/toolrunpage.h"

namespace Valvur {

// Restore page 5: progress (tables loaded of those in the archive), the log, Cancel.
class RestoreRunPage : public ToolRunPage
{
    Q_OBJECT
public:
    explicit RestoreRunPage(QWidget *parent = nullptr);
    void initializePage() override;

protected:
    void retranslate() override;
};

} // namespace Valvur
