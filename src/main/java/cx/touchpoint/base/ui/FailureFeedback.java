package cx.touchpoint.base.ui;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import cx.touchpoint.base.DatabaseFailures;
import cx.touchpoint.base.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when an action fails for a reason outside the form: the database cannot be reached
 * (their change was not saved), the permission policy or a database constraint refused it. Never a stack trace, never silence.
 */
@Component
class FailureFeedback implements VaadinServiceInitListener, ErrorHandler {

    static final String DATABASE_DOWN = DatabaseFailures.MESSAGE;

    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (DatabaseFailures.unreachable(failure)) {
            Notifications.error(DATABASE_DOWN);
        } else if (cause(failure, AccessDeniedException.class) instanceof AccessDeniedException denied) {
            Notifications.error(denied.getMessage());
        } else if (cause(failure, InvalidInput.class) instanceof InvalidInput refused) {
            // a form that does not show refusals beside its fields: the reason still reaches the person
            Notifications.error(refused.getMessage());
        } else {
            fallback.error(event);
        }
    }

    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
