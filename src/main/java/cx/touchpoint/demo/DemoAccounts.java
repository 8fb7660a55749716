package cx.touchpoint.demo;

import cx.touchpoint.demo.DemoAccount.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo company's accounts ({@code touchpoint.demo.accounts}, 600 by default) whose segments tell
 * the HBR story at any size: Growth has the most accounts, the largest accounts sit in At-risk,
 * retail and distribution defects more than any other vertical.
 */
@Component
class DemoAccounts {

    static final int DEFAULT_COUNT = 600;
    static final int MIN_COUNT = 60;
    static final int MAX_COUNT = 50_000;
    private static final int RETAIL = 5;

    private static final String[] NAME_STARTS = {
        "Northwind",
        "Aster",
        "Bluepeak",
        "Cedar",
        "Delta",
        "Evergreen",
        "Fairway",
        "Granite",
        "Harbor",
        "Ironwood",
        "Juniper",
        "Keystone",
        "Lakeside",
        "Meridian",
        "Nova",
        "Oakridge",
        "Pinnacle",
        "Quarry",
        "Redwood",
        "Summit",
        "Tidewater",
        "Upland",
        "Vanguard",
        "Westbrook",
        "Yarrow",
        "Zenith",
        "Alder",
        "Beacon",
        "Crescent",
        "Driftwood",
        "Ember",
        "Foxglove"
    };
    private static final String[][] NAME_ENDS = {
        {"Health", "Clinics", "Care Group", "Medical"},
        {"Pharma", "Biosciences", "Labs", "Therapeutics"},
        {"Industries", "Manufacturing", "Components", "Machining"},
        {"Capital", "Bank", "Insurance", "Finance"},
        {"Consulting", "Partners", "Advisory", "Legal"},
        {"Retail", "Distribution", "Stores", "Wholesale"}
    };
    private static final String[] COMPANY_FORMS = {
        "Group", "Holdings", "International", "& Co", "Partners", "Ltd", "Inc", "AG"
    };
    /** For large companies, where start, end and form run out: "Northwind Bay Retail Group". */
    private static final String[] NAME_MIDDLES = {
        "Bay", "Ridge", "Valley", "North", "South", "East", "West", "River", "Hill", "Park", "Point", "Field", "Stone",
        "Bridge", "Lake", "Forest", "Coast", "Harbour", "Cross", "Gate"
    };

    private static final String[] FIRST = {
        "Anna", "Ben", "Carla", "David", "Elif", "Farid", "Greta", "Hugo", "Isla", "Jonas", "Kira", "Liam", "Mia",
        "Nils", "Olga", "Pablo", "Rita", "Sven", "Tara", "Umar", "Vera", "Will", "Yara", "Zoe"
    };
    private static final String[] LAST = {
        "Adams", "Brooks", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito", "Jensen", "Kowalski",
        "Lopez", "Moreau", "Nguyen", "Olsen", "Peters", "Quinn", "Reyes", "Schmidt", "Tanaka", "Vargas", "Walsh"
    };
    private static final String[] TITLES = {
        "Head of Operations", "Procurement Lead", "IT Director", "Finance Manager", "Supply Chain Manager", "COO"
    };

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final int count;
    private final DemoDensity density;

    DemoAccounts(
            JdbcTemplate jdbc,
            DataSource dataSource,
            @Value("${touchpoint.demo.accounts:" + DEFAULT_COUNT + "}") int count,
            DemoDensity density) {
        if (count < MIN_COUNT || count > MAX_COUNT) {
            throw new IllegalArgumentException("touchpoint.demo.accounts must be " + MIN_COUNT + " to " + MAX_COUNT
                    + " (accounts in the demo company), was " + count);
        }
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.count = count;
        this.density = density;
    }

    /** How many accounts the demo company has. */
    int count() {
        return count;
    }

    /** The accounts and their contacts; {@code extra} draws the contacts a denser company has beyond 1-3. */
    List<DemoAccount> create(DemoPeople people, DemoRandom random, DemoRandom extra, LocalDate today) {
        long nextId = nextId("account");
        long nextContactId = nextId("contact");
        List<DemoAccount> accounts = new ArrayList<>();
        var accountRows = new DemoCopy(
                dataSource,
                "account",
                "id, name, vertical_market_id, location_id, service_platform_id, account_executive_id, annual_revenue,"
                        + " potential_revenue, status, defected_on, customer_since");
        var contactRows =
                new DemoCopy(dataSource, "contact", "id, account_id, full_name, job_title, email", accountRows);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int vertical = random.between(0, 5);
            Plan plan = plan(random, vertical);
            double revenue = revenue(plan, random);
            double potential =
                    plan == Plan.GROWTH ? revenue * random.uniform(1.7, 3.2) : revenue * random.uniform(1.0, 1.35);
            LocalDate since = plan == Plan.UNSCORED
                    ? today.minusDays(random.between(10, 80))
                    : today.minusYears(2).minusDays(random.between(30, 2500));
            long id = nextId++;
            accountRows.row(
                    id,
                    uniqueName(names, vertical, random),
                    people.verticalMarkets().get(vertical),
                    random.pick(people.locations()),
                    random.pick(people.servicePlatforms()),
                    // the demo account executive owns every sixth account
                    people.accountExecutives()
                            .get(i % people.accountExecutives().size()),
                    money(revenue),
                    money(potential),
                    plan == Plan.DEFECTED ? "DEFECTED" : "ACTIVE",
                    plan == Plan.DEFECTED ? Date.valueOf(today.minusDays(random.between(20, 600))) : null,
                    Date.valueOf(since));
            List<Long> contacts = new ArrayList<>();
            for (int c = random.between(1, 3); c > 0; c--) {
                contacts.add(contact(contactRows, nextContactId++, id, random));
            }
            for (int c = density.extraContacts(); c > 0; c--) {
                contacts.add(contact(contactRows, nextContactId++, id, extra));
            }
            accounts.add(new DemoAccount(
                    id, plan, baseScore(plan, random), vertical, since, plan != Plan.DEFECTED, contacts));
        }
        accountRows.flush();
        contactRows.flush();
        return accounts;
    }

    private static long contact(DemoCopy rows, long contactId, long accountId, DemoRandom random) {
        String first = random.pick(List.of(FIRST));
        String last = random.pick(List.of(LAST));
        rows.row(
                contactId,
                accountId,
                first + " " + last,
                random.pick(List.of(TITLES)),
                (first + "." + last + "." + contactId + "@customer.example").toLowerCase(Locale.ROOT));
        return contactId;
    }

    private static Plan plan(DemoRandom random, int vertical) {
        if (random.chance(vertical == RETAIL ? 0.16 : 0.03)) {
            return Plan.DEFECTED;
        }
        double p = random.uniform(0, 1);
        if (p < 0.05) return Plan.UNSCORED;
        if (p < 0.42) return Plan.GROWTH;
        if (p < 0.55) return Plan.MODEL;
        if (p < 0.69) return Plan.AT_RISK;
        if (p < 0.82) return Plan.DANGLING;
        if (p < 0.86) return Plan.DECLINING;
        if (p < 0.88) return Plan.RECOVERING;
        return Plan.GROWTH;
    }

    /** The largest accounts are the unhappy ones: At-risk revenue is drawn highest. */
    private static double revenue(Plan plan, DemoRandom random) {
        return switch (plan) {
            case AT_RISK, DECLINING, RECOVERING -> random.logNormal(1_100_000, 0.45);
            case MODEL -> random.logNormal(620_000, 0.35);
            case GROWTH -> random.logNormal(260_000, 0.7);
            case DANGLING -> random.logNormal(90_000, 0.45);
            default -> random.logNormal(240_000, 0.8);
        };
    }

    private static double baseScore(Plan plan, DemoRandom random) {
        return switch (plan) {
            case MODEL, GROWTH -> random.gaussian(5.75, 0.25);
            case AT_RISK, DANGLING -> random.gaussian(4.15, 0.3);
            case DEFECTED -> random.gaussian(3.8, 0.4);
            default -> random.gaussian(5.0, 0.6);
        };
    }

    private static String uniqueName(Set<String> names, int vertical, DemoRandom random) {
        String name;
        int attempt = 0;
        do {
            name = random.pick(List.of(NAME_STARTS)) + " " + random.pick(List.of(NAME_ENDS[vertical]));
            if (++attempt > 16) {
                // thousands of accounts per vertical: a place word as well, as real registers have
                String[] words = name.split(" ", 2);
                name = words[0] + " " + random.pick(List.of(NAME_MIDDLES)) + " " + words[1] + " "
                        + random.pick(List.of(COMPANY_FORMS));
            } else if (attempt > 8) {
                // 32 x 4 names per vertical run out: add a company form, as real registers do
                name += " " + COMPANY_FORMS[attempt % COMPANY_FORMS.length];
            }
        } while (!names.add(name));
        return name;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(-3, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
        return max == null ? 1 : max;
    }
}
