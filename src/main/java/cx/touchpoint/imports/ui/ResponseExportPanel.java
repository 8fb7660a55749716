package cx.touchpoint.imports.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import cx.touchpoint.base.AccountFilter;
import cx.touchpoint.base.ui.AccountFilterBar;
import cx.touchpoint.imports.ImportService;
import java.time.LocalDate;

/** Responses as CSV with the views' filters, in the layout the import reads back. */
class ResponseExportPanel extends Div {

    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To (inclusive)");
    private AccountFilter filter = AccountFilter.ALL;

    ResponseExportPanel(ImportService service) {
        addClassName("response-export");
        var filterBar = new AccountFilterBar(service.filterOptions(), f -> filter = f);
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = new java.io.ByteArrayOutputStream();
                    service.exportResponses(
                            filter, start(from.getValue(), service), start(next(to.getValue()), service), bytes);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes.toByteArray()),
                            service.exportFileName(),
                            "text/csv;charset=UTF-8",
                            bytes.size());
                }),
                "Export responses as CSV");
        download.getElement().setAttribute("download", true);
        download.setId("export-responses");
        add(
                new Paragraph("The responses of the accounts in the filter, one row per response with expected and"
                        + " experienced per perception cue: the same layout the import reads, so a file exported here"
                        + " can be imported elsewhere (or again, adding nothing twice)."),
                filterBar,
                new Div(from, to),
                download);
    }

    private static LocalDate next(LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }

    private static java.time.Instant start(LocalDate day, ImportService service) {
        return day == null ? null : day.atStartOfDay(service.zone()).toInstant();
    }
}
