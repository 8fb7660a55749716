package cx.touchpoint.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way a view confirms or refuses a change: bottom left, a success or notice for 3 seconds,
 * a refusal for 8 (long enough to read a reason).
 */
public final class Notifications {

    private Notifications() {}

    /** A short confirmation that a change was stored. */
    public static void success(String message) {
        show(message, 3000, NotificationVariant.LUMO_SUCCESS);
    }

    /** A neutral notice: nothing changed, and that is fine. */
    public static void notice(String message) {
        show(message, 3000, NotificationVariant.LUMO_CONTRAST);
    }

    /** A refusal with its reason; nothing was stored. */
    public static void error(String message) {
        show(message, 8000, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String message, int millis, NotificationVariant variant) {
        Notification.show(message, millis, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
