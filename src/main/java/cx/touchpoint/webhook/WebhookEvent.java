package cx.touchpoint.webhook;

/** What a webhook subscription can be told of; {@link #wireName()} is the {@code type} in the JSON body. */
public enum WebhookEvent {
    RESPONSE_RECORDED("response.recorded", "A survey response was recorded (any channel)"),
    ISSUE_CREATED("issue.created", "An issue was raised (by a response, a complaint or a person)"),
    ISSUE_STATUS_CHANGED("issue.status_changed", "An issue moved to another status (also reopened)"),
    ISSUE_ESCALATED("issue.escalated", "An open issue passed its SLA and was escalated");

    private final String wireName;
    private final String description;

    WebhookEvent(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }
}
