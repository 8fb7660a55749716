package cx.touchpoint.imports.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.imports.ImportJob;
import cx.touchpoint.imports.ImportService;

/** The latest imports with their progress or outcome; polls while one runs. */
class ImportJobsPanel extends Div {

    private final ImportService service;
    /** Only the imports refused or failed lately ({@code import?attention=true}, Home's admin task). */
    private boolean attentionOnly;

    ImportJobsPanel(ImportService service) {
        this.service = service;
        addClassName("import-jobs");
        setId("import-jobs");
        // while an import runs the page polls; each poll redraws the list (leave and come back: same list)
        addAttachListener(attach -> {
            var registration = attach.getUI().addPollListener(poll -> refresh());
            addDetachListener(detach -> {
                registration.remove();
                detach.getUI().setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }

    void showAttentionOnly(boolean only) {
        attentionOnly = only;
        refresh();
    }

    void refresh() {
        removeAll();
        var jobs = service.recent(attentionOnly);
        if (attentionOnly) {
            var all = new Anchor("import", "Show every recent import");
            all.setId("import-show-all");
            add(new Paragraph("Imports refused or failed in the last " + ImportService.ATTENTION_DAYS + " days."), all);
        }
        if (jobs.isEmpty() && attentionOnly) {
            add(new EmptyState("No import needs attention: none was refused or failed in the last "
                    + ImportService.ATTENTION_DAYS + " days."));
        } else if (jobs.isEmpty()) {
            add(new EmptyState(
                    "No imports yet. Upload a file above: you will see a preview before anything is stored."));
        }
        jobs.forEach(job -> add(card(job)));
        boolean running = jobs.stream().anyMatch(j -> j.status().running());
        getUI().ifPresent(ui -> ui.setPollInterval(running ? 1000 : -1));
    }

    private Div card(ImportJob job) {
        var card = new Div();
        card.addClassNames("card", "import-job", "import-" + job.status().name().toLowerCase());
        var title = new Span(job.kind().label() + " from " + job.fileName() + " (" + job.layoutLabel() + ")");
        title.addClassName("import-job-title");
        var status = new Span(label(job.status()));
        status.addClassName("import-status");
        card.add(new Div(title, status));
        card.add(new Paragraph("Started " + Dates.dayTime(job.startedAt()) + " by "
                + job.startedBy() + " · " + job.rowsRead() + " rows read, " + job.rowsInvalid() + " invalid, "
                + job.rowsStored() + " stored, " + job.rowsUnchanged() + " unchanged"));
        if (job.status().running()) {
            var bar = new ProgressBar(0, 1, job.progress());
            bar.getElement().setAttribute("aria-label", label(job.status()) + " " + job.fileName());
            card.add(bar);
        } else {
            var message = new Paragraph(job.message());
            message.addClassName("import-message");
            card.add(message);
        }
        if (job.rowsInvalid() > 0 && !job.status().running()) {
            var report = new Anchor(
                    (DownloadHandler) event -> {
                        event.setFileName(service.reportFileName(job.id()));
                        event.setContentType("text/csv;charset=UTF-8");
                        service.writeReport(job.id(), event.getOutputStream());
                    },
                    "Download the error report");
            report.getElement().setAttribute("download", true);
            report.addClassName("import-report");
            card.add(report);
        }
        return card;
    }

    private static String label(ImportJob.Status status) {
        return switch (status) {
            case CHECKING -> "Checking every row…";
            case STORING -> "Storing…";
            case REJECTED -> "Refused: nothing stored";
            case DONE -> "Imported";
            case FAILED -> "Failed";
        };
    }
}
