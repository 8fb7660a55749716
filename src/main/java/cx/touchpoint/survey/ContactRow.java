package cx.touchpoint.survey;

/** A contact of an account: id, name and email. */
record ContactRow(long id, String name, String email) {}
