#pragma once

#include <QAbstractButton>
#include <QComboBox>
#include <QTest>
#include <QWizard>

namespace Valvur::Test {

// Next (or the commit button on a commit page), as the user clicks it; fails when disabled.
inline void clickNext(QWizard &w)
{
    QAbstractButton *next = w.button(w.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// Picks the entry whose data is value, as a user's click does (activated is emitted).
inline void chooseByData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace Valvur::Test
