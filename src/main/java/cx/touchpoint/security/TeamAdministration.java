package cx.touchpoint.security;

import cx.touchpoint.base.Codes;
import cx.touchpoint.base.InvalidInput;
import cx.touchpoint.base.Option;
import cx.touchpoint.base.SingleLine;
import cx.touchpoint.security.AdminAudit.Subject;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage the cross-functional teams issues are routed to: name, business function, team lead and
 * the general manager who receives SLA escalations. Members are the users whose team it is (set on the
 * user). Every change is audited.
 */
@Service
@Transactional
@Requires(Permission.ADMINISTER)
public class TeamAdministration {

    private final TeamQueries teams;
    private final AdminAudit audit;

    TeamAdministration(TeamQueries teams, AdminAudit audit) {
        this.teams = teams;
        this.audit = audit;
    }

    /** A page of teams by name, with lead, general manager and enabled members. */
    @Transactional(readOnly = true)
    public List<TeamRow> teams(int offset, int limit) {
        return teams.page(offset, limit);
    }

    /** Enabled people who may lead or manage a team. */
    @Transactional(readOnly = true)
    public List<Option> people() {
        return teams.people();
    }

    /** Enabled team leads, by name: the people the team-lead picker offers. */
    @Transactional(readOnly = true)
    public List<Option> teamLeads() {
        return teams.people(Role.TEAM_LEAD);
    }

    /** Creates a team; returns its id. {@link InvalidInput} naming the field for bad input or a name in use. */
    public long create(TeamForm form) {
        TeamForm clean = check(form, null);
        String code = Codes.from(clean.name(), "team", teams::codeTaken);
        long id = teams.insert(code, clean);
        audit.record(Subject.TEAM, id, clean.name(), "created", null, describe(id));
        return id;
    }

    /** Changes a team; {@link InvalidInput} as for create, or when someone else saved it first. */
    public void update(long teamId, int seenVersion, TeamForm form) {
        TeamForm clean = check(form, teamId);
        String before = describe(teamId);
        if (!teams.update(teamId, seenVersion, clean)) {
            throw new InvalidInput("Someone else changed this team meanwhile; reopen it to see their change.");
        }
        audit.record(Subject.TEAM, teamId, clean.name(), "edited", before, describe(teamId));
    }

    private TeamForm check(TeamForm form, Long teamId) {
        String name = form.name() == null ? "" : form.name().strip();
        String function =
                form.businessFunction() == null ? "" : form.businessFunction().strip();
        if (name.length() < 2 || name.length() > TeamForm.NAME_MAX) {
            throw InvalidInput.of("name", "2 to " + TeamForm.NAME_MAX + " characters.");
        }
        if (SingleLine.Check.refuses(name)) {
            throw InvalidInput.of("name", "The name " + SingleLine.MESSAGE);
        }
        if (teams.nameTaken(name, teamId)) {
            throw InvalidInput.of("name", "Another team has this name.");
        }
        if (function.length() < 2 || function.length() > TeamForm.FUNCTION_MAX) {
            throw InvalidInput.of(
                    "businessFunction",
                    "2 to " + TeamForm.FUNCTION_MAX + " characters, e.g. \"Warehousing and delivery\".");
        }
        return new TeamForm(name, function, form.leadId(), form.generalManagerId());
    }

    private String describe(long teamId) {
        return teams.find(teamId)
                .map(team -> team.name() + ", " + team.businessFunction() + ", lead " + or(team.lead())
                        + ", general manager " + or(team.generalManager()))
                .orElse("");
    }

    private static String or(String name) {
        return name == null ? "none" : name;
    }
}
