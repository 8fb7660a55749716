package cx.touchpoint.survey.mail;

/** The kinds of survey mail, each to one customer contact. */
public enum MailKind {
    /** The draft of a prepared survey, to the contact who reviews it. */
    DRAFT,
    /** A survey invitation with its one-time answer link. */
    INVITATION,
    /** The one reminder to a contact who has not answered. */
    REMINDER
}
