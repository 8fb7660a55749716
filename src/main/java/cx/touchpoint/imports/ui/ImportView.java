package cx.touchpoint.imports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import cx.touchpoint.base.ui.UrlState;
import cx.touchpoint.imports.ImportKind;
import cx.touchpoint.imports.ImportPreview;
import cx.touchpoint.imports.ImportRefused;
import cx.touchpoint.imports.ImportService;
import cx.touchpoint.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.Map;

/**
 * CSV import: choose what the file holds, upload it, check the preview (each problem on its cell, the
 * column mapping), then import in the background. The list of imports below shows progress, outcome
 * and the error report, also after leaving the page and coming back.
 */
@Route("import")
@PageTitle("Import and export · Touchpoint")
@Menu(order = 8, title = "Import and export", icon = "vaadin:upload")
@RolesAllowed({Role.ADMIN_NAME, Role.ACCOUNT_EXECUTIVE_NAME})
@CssImport("./styles/imports.css")
class ImportView extends Main implements com.vaadin.flow.router.BeforeEnterObserver {

    private final ImportService service;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>("The file holds");
    private final Upload upload;
    private final Div previewArea = new Div();
    private final ImportJobsPanel jobs;
    private Path file;
    private String fileName;
    private Map<Integer, String> mapping;

    ImportView(ImportService service) {
        this.service = service;
        addClassName("import-view");
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(ImportKind::label);
        kind.setValue(ImportKind.ACCOUNTS);
        kind.addValueChangeListener(e -> {
            mapping = null;
            showPreview();
        });
        upload = new Upload((UploadHandler) this::received);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxUploadBytes()));
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setId("import-upload");
        // the file arrives in its own request; the browser's success event brings the preview to the page
        upload.getElement().addEventListener("upload-success", e -> {
            if (file != null && previewArea.getChildren().findAny().isEmpty()) {
                showPreview();
            }
        });
        upload.addFileRejectedListener(e -> error(
                e.getErrorMessage().toLowerCase().contains("too big")
                        ? "The file is larger than the upload limit of " + megabytes(service.maxUploadBytes())
                                + ". Split it, or ask an administrator to raise touchpoint.import.max-upload-size."
                        : "This file cannot be imported: " + e.getErrorMessage()));
        jobs = new ImportJobsPanel(service);
        previewArea.addClassName("import-preview");
        add(
                new H1("Import and export"),
                new Paragraph("Accounts, contacts and survey responses from a CSV file: Touchpoint's own layout, a"
                        + " Qualtrics or SurveyMonkey export, or any other file whose columns you map. Nothing is"
                        + " stored until you import; a file with invalid rows is refused whole unless you choose"
                        + " to import only the valid rows. Importing the same file again adds nothing twice."),
                kind,
                upload,
                new Paragraph("Files up to " + megabytes(service.maxUploadBytes()) + " and "
                        + ImportService.MAX_COLUMNS + " columns (your uploads waiting or being imported up to "
                        + megabytes(service.maxStoredPerUser()) + " together); UTF-8 (with or without BOM),"
                        + " Windows-1252 or Excel's Unicode Text, separated by commas, semicolons or tabs (or as a"
                        + " sep= first line says)."),
                previewArea,
                new H2("Imports"),
                jobs,
                new H2("Export responses"),
                new ResponseExportPanel(service));
    }

    /** Keeps the upload through the service (limits, deletion when the session ends), then previews it. */
    private void received(UploadEvent event) {
        var ui = event.getUI();
        Path stored;
        try {
            stored = service.receive(
                    event.getInputStream(), event.getSession().getSession().getId());
        } catch (ImportRefused refused) {
            ui.access(() -> {
                upload.clearFileList();
                error(refused.getMessage());
            });
            return;
        }
        ui.access(() -> {
            service.discard(file);
            file = stored;
            fileName = event.getFileName();
            mapping = null;
            showPreview();
        });
    }

    private void showPreview() {
        previewArea.removeAll();
        if (file == null) {
            return;
        }
        ImportPreview preview;
        try {
            preview = service.preview(file, kind.getValue(), mapping);
        } catch (IllegalArgumentException refused) {
            // the service deleted the file it refused
            file = null;
            upload.clearFileList();
            error(refused.getMessage());
            return;
        }
        mapping = preview.mapping();
        var onlyValid =
                new Checkbox("Import only the valid rows (invalid rows are left out and listed in the error report)");
        onlyValid.setId("only-valid-rows");
        var start = new Button("Import " + fileName, e -> start(onlyValid.getValue()));
        start.setId("start-import");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(preview.ready());
        var cancel = new Button("Discard file", e -> {
            service.discard(file);
            file = null;
            upload.clearFileList();
            previewArea.removeAll();
        });
        previewArea.add(
                new PreviewPanel(preview, fileName, chosen -> {
                    mapping = chosen;
                    showPreview();
                }),
                new Div(onlyValid),
                new Div(start, cancel));
    }

    private void start(boolean onlyValid) {
        try {
            service.start(file, fileName, kind.getValue(), mapping, onlyValid);
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        file = null;
        upload.clearFileList();
        previewArea.removeAll();
        jobs.refresh();
    }

    private static void error(String message) {
        var n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        jobs.refresh();
    }

    /** Leaving the page abandons the preview: its file is deleted (an import started keeps its own). */
    @Override
    protected void onDetach(DetachEvent event) {
        service.discard(file);
        file = null;
    }

    static Anchor link(String text, String href) {
        return new Anchor(href, text);
    }

    /** {@code import?attention=true}: only the imports refused or failed lately. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        jobs.showAttentionOnly(UrlState.flag(event.getLocation().getQueryParameters(), "attention", "true"));
    }
}
