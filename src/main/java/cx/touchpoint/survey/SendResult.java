package cx.touchpoint.survey;

import java.util.List;

/** What sending a prepared survey did: invitations sent, and each contact skipped with the reason. */
public record SendResult(int sent, List<String> skipped) {}
