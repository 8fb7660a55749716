package cx.touchpoint.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import cx.touchpoint.security.DemoPreparation;

/**
 * On the login page while the demo company is being prepared: how far it is, and that a sign-in now
 * goes through as soon as it is ready. Polls the progress every second until then.
 */
class DemoPreparing extends Div {

    private static final int POLL_MILLIS = 1000;

    private final DemoPreparation demo;
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Paragraph text = new Paragraph();
    private Registration polling;

    DemoPreparing(DemoPreparation demo) {
        this.demo = demo;
        setId("demo-preparing");
        addClassName("demo-preparing");
        getElement().setAttribute("role", "status");
        bar.setId("demo-preparing-progress");
        bar.getElement().setAttribute("aria-label", "Demo data prepared");
        add(text, bar);
        show();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> show());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
    }

    private void show() {
        var progress = demo.progress();
        if (progress.ready()) {
            text.setText("The demo company is ready: sign in with a demo user below.");
            bar.setValue(100);
            stopPolling();
            return;
        }
        text.setText("Preparing the demo company: " + progress.percent() + " % ("
                + progress.step().toLowerCase()
                + "). You can sign in now; it goes through as soon as the data is ready.");
        bar.setValue(progress.percent());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
