package cx.touchpoint.survey.mail;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the survey mails from Thymeleaf templates in {@code resources/mail}: one HTML and one
 * plain-text template per kind ({@code <kind>.html}, {@code <kind>.txt}), the same variables for both.
 */
@Component
public class MailComposer {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    /** The mail {@code kind} ("invitation", "reminder", "draft") with the subject and variables. */
    public MailMessage compose(String kind, String subject, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("subject", subject);
        return new MailMessage(subject, text.process(kind, context), html.process(kind, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Spring's expression language (SpEL), the same the customer pages use
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
