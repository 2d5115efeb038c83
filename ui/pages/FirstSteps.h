#pragma once
// What a new, empty workspace shows instead of empty pages: three first steps (a company, a
// round, the answers), each with its button; a step that is done is ticked.

#include <QWidget>

class QLabel;
class QPushButton;

namespace sbr::ui {

class FirstSteps : public QWidget {
    Q_OBJECT
public:
    explicit FirstSteps(QWidget *parent = nullptr);

    /// Ticks step 1 and enables step 2 once the workspace has a company.
    void setHasCompany(bool hasCompany);
    QPushButton *button(int step) const { return m_buttons[step]; } ///< step 0..2, for tests

signals:
    void newCompanyRequested();
    void newRoundRequested();
    void importRequested();

private:
    QLabel *m_labels[3];
    QPushButton *m_buttons[3];
    QString m_texts[3];
};

} // namespace sbr::ui
