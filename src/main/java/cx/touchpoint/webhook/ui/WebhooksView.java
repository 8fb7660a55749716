package cx.touchpoint.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import cx.touchpoint.base.Dates;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.ui.ConfirmDelete;
import cx.touchpoint.base.ui.EmptyState;
import cx.touchpoint.base.ui.FieldErrors;
import cx.touchpoint.base.ui.Notifications;
import cx.touchpoint.base.ui.UrlState;
import cx.touchpoint.security.Role;
import cx.touchpoint.webhook.NewSubscription;
import cx.touchpoint.webhook.WebhookDeliveryRow;
import cx.touchpoint.webhook.WebhookEvent;
import cx.touchpoint.webhook.WebhookService;
import cx.touchpoint.webhook.WebhookSubscriptionRow;
import jakarta.annotation.security.RolesAllowed;

/** Admins subscribe other systems to Touchpoint's events and follow each subscription's deliveries. */
@Route("admin/webhooks")
@PageTitle("Webhooks · Touchpoint")
@RolesAllowed(Role.ADMIN_NAME)
class WebhooksView extends Main implements com.vaadin.flow.router.BeforeEnterObserver {

    private final WebhookService service;
    final TextField name = new TextField("Name");
    final TextField targetUrl = new TextField("Target URL");
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>("Events");
    private final FieldErrors errors = new FieldErrors();
    final Grid<WebhookSubscriptionRow> subscriptions = new Grid<>();
    final Grid<WebhookDeliveryRow> deliveries = new Grid<>();
    private final H2 logHeading = new H2("Delivery log");
    private WebhookSubscriptionRow selected;
    /** {@code admin/webhooks?failed=true} (Home's "failed webhooks"): only subscriptions with failed deliveries. */
    final com.vaadin.flow.component.checkbox.Checkbox failedOnly =
            new com.vaadin.flow.component.checkbox.Checkbox("Only subscriptions with failed deliveries");

    WebhooksView(WebhookService service) {
        this.service = service;
        addClassName("webhooks-view");
        add(new H1("Outbound webhooks"));
        add(new Paragraph("Touchpoint POSTs a signed JSON body to each subscription when one of its events"
                + " happens. A target that is down is retried with growing pauses for a day; nothing is lost"
                + " when Touchpoint restarts. Targets must be public addresses; docs/SECURITY.md says how to allow an"
                + " on-premises receiver and how to verify the signature and its time."));
        add(form());
        failedOnly.setId("webhooks-failed-only");
        failedOnly.addValueChangeListener(e -> {
            subscriptions.getDataProvider().refreshAll();
            if (e.isFromClient()) {
                UrlState.replace(this, e.getValue() ? "admin/webhooks?failed=true" : "admin/webhooks");
            }
        });
        add(failedOnly, subscriptionGrid());
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> {
            subscriptions.getDataProvider().refreshAll();
            deliveries.getDataProvider().refreshAll();
        });
        refresh.setId("refresh-webhooks");
        refresh.setAriaLabel("Refresh the subscriptions and the delivery log");
        var logBar = new HorizontalLayout(logHeading, refresh);
        logBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(logBar, deliveryGrid());
        showLog(null);
    }

    private HorizontalLayout form() {
        name.setId("webhook-name");
        name.setMaxLength(NewSubscription.NAME_MAX);
        targetUrl.setId("webhook-url");
        targetUrl.setMaxLength(NewSubscription.URL_MAX);
        targetUrl.setPlaceholder("https://example.com/touchpoint-events");
        targetUrl.setWidth("28em");
        events.setId("webhook-events");
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(WebhookEvent::wireName);
        errors.field("name", name).field("targetUrl", targetUrl).field("events", events);
        var add = new Button("Add subscription", VaadinIcon.PLUS.create(), e -> subscribe());
        add.setId("add-webhook");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, targetUrl, events, add, errors.formError());
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void subscribe() {
        errors.clear();
        try {
            var created =
                    service.subscribe(new NewSubscription(name.getValue(), targetUrl.getValue(), events.getValue()));
            new SecretDialog(name.getValue().strip(), created.secret()).open();
            name.clear();
            targetUrl.clear();
            events.clear();
            subscriptions.getDataProvider().refreshAll();
        } catch (InvalidInput refused) {
            errors.show(refused);
        }
    }

    private Grid<WebhookSubscriptionRow> subscriptionGrid() {
        subscriptions.setId("webhook-subscriptions");
        subscriptions.addColumn(WebhookSubscriptionRow::name).setHeader("Name").setAutoWidth(true);
        subscriptions
                .addColumn(WebhookSubscriptionRow::targetUrl)
                .setHeader("Target URL")
                .setFlexGrow(2);
        subscriptions
                .addColumn(s -> String.join(", ", s.events()))
                .setHeader("Events")
                .setFlexGrow(2);
        subscriptions
                .addColumn(s -> s.enabled() ? "active" : "paused")
                .setHeader("State")
                .setAutoWidth(true);
        subscriptions
                .addColumn(s -> s.pending() + " pending · " + s.delivered() + " delivered · " + s.failed() + " failed")
                .setHeader("Deliveries")
                .setAutoWidth(true);
        subscriptions.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        subscriptions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        subscriptions.setItems(q -> service.subscriptions(failedOnly.getValue(), q.getOffset(), q.getLimit()).stream());
        subscriptions.setHeight("260px");
        subscriptions.setEmptyStateComponent(new EmptyState("No subscriptions yet. Add one above: a name, the"
                + " https address of the other system and the events it should be told of."));
        return subscriptions;
    }

    private HorizontalLayout actions(WebhookSubscriptionRow s) {
        var log = new Button("Log", e -> showLog(s));
        log.setAriaLabel("Delivery log of " + s.name());
        var pause = new Button(s.enabled() ? "Pause" : "Resume", e -> {
            service.setEnabled(s.id(), !s.enabled());
            subscriptions.getDataProvider().refreshAll();
        });
        pause.setAriaLabel((s.enabled() ? "Pause " : "Resume ") + s.name());
        var delete = new Button(
                "Delete",
                e -> ConfirmDelete.open(
                        "Delete the subscription " + s.name() + "?",
                        "Its delivery log goes too, and deliveries not yet sent are dropped.",
                        () -> {
                            service.delete(s.id());
                            Notifications.success("Subscription " + s.name() + " deleted.");
                            if (selected != null && selected.id() == s.id()) {
                                showLog(null);
                            }
                            subscriptions.getDataProvider().refreshAll();
                        }));
        delete.setAriaLabel("Delete " + s.name());
        for (Button b : new Button[] {log, pause, delete}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(log, pause, delete);
    }

    private Grid<WebhookDeliveryRow> deliveryGrid() {
        deliveries.setId("webhook-deliveries");
        deliveries.addColumn(WebhookDeliveryRow::eventType).setHeader("Event").setAutoWidth(true);
        deliveries
                .addColumn(d -> Dates.dayTime(d.createdAt()))
                .setHeader("Happened")
                .setAutoWidth(true);
        deliveries.addColumn(d -> deliveryState(d.status())).setHeader("Status").setAutoWidth(true);
        deliveries.addColumn(WebhookDeliveryRow::attempts).setHeader("Attempts").setAutoWidth(true);
        deliveries
                .addColumn(d -> d.lastStatusCode() == null ? "" : "HTTP " + d.lastStatusCode())
                .setHeader("Last answer")
                .setAutoWidth(true);
        deliveries
                .addColumn(WebhookDeliveryRow::lastError)
                .setHeader("Last error")
                .setFlexGrow(2);
        deliveries
                .addColumn(d -> d.nextAttemptAt() == null ? "" : Dates.dayTime(d.nextAttemptAt()))
                .setHeader("Next attempt")
                .setAutoWidth(true);
        deliveries.addColumn(d -> d.eventId().toString()).setHeader("Event id").setAutoWidth(true);
        deliveries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliveries.setHeight("320px");
        deliveries.setEmptyStateComponent(new EmptyState("No deliveries to show. Choose Log on a subscription;"
                + " a subscription's log fills as its events happen."));
        return deliveries;
    }

    /** A delivery's state in words (the stored PENDING, DELIVERED, FAILED). */
    static String deliveryState(String status) {
        return switch (status) {
            case "PENDING" -> "Waiting for its next attempt";
            case "DELIVERED" -> "Delivered";
            case "FAILED" -> "Failed, no more attempts";
            default -> status;
        };
    }

    private void showLog(WebhookSubscriptionRow subscription) {
        selected = subscription;
        if (subscription == null) {
            logHeading.setText("Delivery log (choose Log on a subscription)");
            deliveries.setItems(java.util.List.of());
            return;
        }
        logHeading.setText("Delivery log of " + subscription.name());
        deliveries.setItems(q -> service.deliveries(subscription.id(), q.getOffset(), q.getLimit()).stream());
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        failedOnly.setValue(UrlState.flag(event.getLocation().getQueryParameters(), "failed", "true"));
    }
}
