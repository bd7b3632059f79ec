#pragma once

#include "backup/toolrunpage.h"

namespace Valvur {

// Page 6: the tool runs: progress measured against the catalog, the log behind an expander,
// Cancel stops the tool at once. Moves on to the result by itself.
class BackupRunPage : public ToolRunPage
{
    Q_OBJECT
public:
    explicit BackupRunPage(QWidget *parent = nullptr);
    void initializePage() override;

protected:
    void retranslate() override;
};

} // namespace Valvur
