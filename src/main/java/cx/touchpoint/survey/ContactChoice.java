package cx.touchpoint.survey;

/** A contact offered when preparing a survey, with whether the contact policy allows inviting them now. */
public record ContactChoice(long id, String fullName, String email, Eligibility eligibility) {}
