package cx.touchpoint.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The demo company's markets, locations, platforms, people and teams. */
@Component
class DemoOrganisation {

    static final String PASSWORD = "touchpoint";

    /** Vertical market, its group; the last one is the group that defects most. */
    private static final String[][] VERTICALS = {
        {"Healthcare", "Health & life sciences"},
        {"Pharmaceuticals", "Health & life sciences"},
        {"Manufacturing", "Industry"},
        {"Financial services", "Financial & professional"},
        {"Professional services", "Financial & professional"},
        {"Retail & distribution", "Trade"}
    };

    private static final String[][] LOCATIONS = {
        {"North America", "United States"},
        {"North America", "Canada"},
        {"Europe", "Germany"},
        {"Europe", "United Kingdom"},
        {"Asia-Pacific", "Singapore"},
        {"Asia-Pacific", "Australia"}
    };

    private static final String[] PLATFORMS = {"Cloud", "On-premises", "Managed service"};

    /** username, full name, team code: the first is the demo account executive. */
    private static final String[][] ACCOUNT_EXECUTIVES = {
        {"account.exec", "Alex Avery"},
        {"jordan.blake", "Jordan Blake"},
        {"priya.nair", "Priya Nair"},
        {"marco.rossi", "Marco Rossi"},
        {"lena.fischer", "Lena Fischer"},
        {"kofi.mensah", "Kofi Mensah"}
    };

    /** team code, lead username, lead name, specialists (username, name) ... */
    private static final String[][] TEAMS = {
        {"customer_service", "team.lead", "Taylor Lee", "rosa.diaz", "Rosa Diaz", "kai.larsen", "Kai Larsen"},
        {"product_development", "noah.weber", "Noah Weber", "specialist", "Sam Patel", "nina.berg", "Nina Berg"},
        {"logistics", "olivia.grant", "Olivia Grant", "omar.haddad", "Omar Haddad", "lucia.ferrari", "Lucia Ferrari"},
        {"finance", "henry.wu", "Henry Wu", "hana.sato", "Hana Sato", "ben.clarke", "Ben Clarke"},
        {"onboarding", "maya.singh", "Maya Singh", "ivy.chen", "Ivy Chen", "tom.meyer", "Tom Meyer"},
        {"account_management", "daniel.okafor", "Daniel Okafor", "eva.novak", "Eva Novak"}
    };

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    DemoOrganisation(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    DemoPeople create() {
        String hash = passwords.encode(PASSWORD);
        Map<String, Long> teams = new LinkedHashMap<>();
        jdbc.sql("select code, id from team")
                .query((rs, n) -> teams.put(rs.getString(1), rs.getLong(2)))
                .list();

        long executive = user("executive", "Erin Ellis", "EXECUTIVE", null, hash);
        long generalManager = user("general.manager", "Grace Moreno", "EXECUTIVE", null, hash);
        user("admin", "Adrian Admin", "ADMIN", null, hash);
        List<Long> accountExecutives = new ArrayList<>();
        for (String[] ae : ACCOUNT_EXECUTIVES) {
            accountExecutives.add(user(ae[0], ae[1], "ACCOUNT_EXECUTIVE", teams.get("account_management"), hash));
        }
        Map<String, Long> leads = new LinkedHashMap<>();
        Map<String, List<Long>> specialists = new LinkedHashMap<>();
        for (String[] team : TEAMS) {
            long teamId = teams.get(team[0]);
            long lead = user(team[1], team[2], "TEAM_LEAD", teamId, hash);
            leads.put(team[0], lead);
            List<Long> members = new ArrayList<>();
            for (int i = 3; i < team.length; i += 2) {
                members.add(user(team[i], team[i + 1], "SPECIALIST", teamId, hash));
            }
            specialists.put(team[0], members);
            jdbc.sql("update team set lead_id = :lead, general_manager_id = :gm where id = :id")
                    .param("lead", lead)
                    .param("gm", generalManager)
                    .param("id", teamId)
                    .update();
        }
        return new DemoPeople(
                executive,
                generalManager,
                accountExecutives,
                leads,
                specialists,
                teams,
                insertAll("insert into vertical_market (name, market_group) values (?, ?)", VERTICALS),
                insertAll("insert into location (region, country) values (?, ?)", LOCATIONS),
                insertAll("insert into service_platform (name) values (?)", single(PLATFORMS)));
    }

    private long user(String username, String fullName, String role, Long teamId, String hash) {
        return jdbc.sql(
                        """
                insert into app_user (username, full_name, email, password_hash, role, team_id, demo)
                values (?, ?, ?, ?, ?, ?, true) returning id
                """)
                .params(username, fullName, username + "@touchpoint.example", hash, role, teamId)
                .query(Long.class)
                .single();
    }

    private List<Long> insertAll(String sql, String[][] rows) {
        List<Long> ids = new ArrayList<>();
        for (String[] row : rows) {
            ids.add(jdbc.sql(sql + " returning id")
                    .params((Object[]) row)
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    private static String[][] single(String[] values) {
        String[][] rows = new String[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new String[] {values[i]};
        }
        return rows;
    }
}
