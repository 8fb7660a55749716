package cx.touchpoint.account.ui;

import com.vaadin.flow.server.VaadinSession;

/**
 * Where "← All accounts" leads: the accounts list as the person last left it in this session (filter,
 * segment, search), as the browser's Back would; the plain list when they have not opened it.
 */
final class AccountsReturn {

    private static final String KEY = AccountsReturn.class.getName();

    private AccountsReturn() {}

    static void remember(String pathWithQuery) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY, pathWithQuery);
        }
    }

    static String href() {
        var session = VaadinSession.getCurrent();
        Object remembered = session == null ? null : session.getAttribute(KEY);
        return remembered instanceof String href ? href : "accounts";
    }
}
