package cx.touchpoint.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import cx.touchpoint.security.DemoPreparation;
import cx.touchpoint.security.DemoUsersNotice;
import cx.touchpoint.security.SignInProblem;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Touchpoint")
@AnonymousAllowed
public class LoginView extends HorizontalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    private final DemoPreparation demo;

    public LoginView(DemoUsersNotice demoUsers, DemoPreparation demo) {
        this.demo = demo;
        addClassName("login-view");
        // the page's one main landmark (axe landmark-one-main, region): the sign-in page has no app layout
        getElement().setAttribute("role", "main");
        // full width, at least the screen's height; taller when brand and demo sign-ins wrap on a phone
        setWidthFull();
        setMinHeight("100%");
        setJustifyContentMode(JustifyContentMode.CENTER);
        setAlignItems(Alignment.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var brand = new VerticalLayout(
                new H1("Touchpoint"),
                new Paragraph("Customer experience first: segments, value gaps and the issues behind them."));
        brand.addClassName("login-brand");
        brand.setPadding(false);
        brand.setSizeUndefined();
        brand.add(login);
        add(brand);

        if (!demoUsers.logins().isEmpty()) {
            add(demoPanel(demoUsers));
        }
        if (!demo.progress().ready()) {
            brand.addComponentAtIndex(2, new DemoPreparing(demo));
        }
    }

    private static Div demoPanel(DemoUsersNotice demoUsers) {
        var panel = new Div(new H2("Demo sign-ins"));
        panel.addClassName("demo-users");
        panel.add(new Paragraph("Password for every user: " + DemoUsersNotice.DEMO_PASSWORD));
        for (var demo : demoUsers.logins()) {
            var name = new Span(demo.username());
            name.addClassName("demo-username");
            panel.add(new Div(name, new Span(" — " + demo.role())));
        }
        return panel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("preparing") && !demo.progress().ready()) {
            // the sign-in waited as long as it may: not a wrong password, the demo data is not there yet
            var i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("The demo company is still being prepared");
            i18n.getErrorMessage()
                    .setMessage("Your sign-in was not checked yet. Sign in again in a moment: it goes through as"
                            + " soon as the demo data is ready.");
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        boolean failed = parameters.containsKey("error");
        if (failed) {
            // Spring Security keeps the failure in the session: say why, without telling whether the user exists.
            var session = VaadinSession.getCurrent().getSession();
            SignInProblem problem = SignInProblem.of(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
            var i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle(problem.title());
            i18n.getErrorMessage().setMessage(problem.message());
            login.setI18n(i18n);
        }
        login.setError(failed);
    }
}
