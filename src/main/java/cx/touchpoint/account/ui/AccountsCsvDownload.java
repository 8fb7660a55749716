package cx.touchpoint.account.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import cx.touchpoint.account.AccountQuery;
import cx.touchpoint.account.AccountService;
import cx.touchpoint.account.AccountSort;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Streams the accounts grid, with its current filter and sort, as a CSV download. */
class AccountsCsvDownload implements DownloadHandler {

    private final AccountService service;
    private final Supplier<AccountQuery> query;
    private final Supplier<AccountSort.Order> order;

    AccountsCsvDownload(AccountService service, Supplier<AccountQuery> query, Supplier<AccountSort.Order> order) {
        this.service = service;
        this.query = query;
        this.order = order;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName(service.exportFileName());
        event.setContentType("text/csv;charset=UTF-8");
        try (var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
            service.exportCsv(query.get(), order.get(), writer);
        }
    }
}
