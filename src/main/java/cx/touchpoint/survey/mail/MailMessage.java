package cx.touchpoint.survey.mail;

/** A composed mail: subject, plain-text and HTML body of the same content. */
public record MailMessage(String subject, String text, String html) {}
