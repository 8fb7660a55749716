package cx.touchpoint.security;

/** A team as administration lists it: its lead, its general manager (who receives SLA escalations), its members. */
public record TeamRow(
        long id,
        String name,
        String businessFunction,
        Long leadId,
        String lead,
        Long generalManagerId,
        String generalManager,
        String members,
        int version) {

    public TeamForm form() {
        return new TeamForm(name, businessFunction, leadId, generalManagerId);
    }
}
