package cx.touchpoint.base;

/**
 * The field's terms and what they mean: the one source of definitions for the "?" beside a term on every
 * page and for the help page ({@code /help}), which lists them in this order, grouped by {@link Group}.
 * Definitions follow DOMAIN.md and the seeds; a definition says what a reader needs to read the figure.
 */
public enum Term {
    PERCEPTION_CUE(
            Group.MEASURING,
            "Perception cue",
            "One of six things customers judge service by: competence, reliability, responsiveness,"
                    + " transaction security, trustworthiness and access. Every survey question belongs to one cue"
                    + " and asks, on a 1–7 scale, what the customer expected and what they experienced."),
    TOUCH_POINT(
            Group.MEASURING,
            "Touch point",
            "Any point of contact where the customer meets the company — an order, a delivery, a support"
                    + " request, an invoice. Each has a life-cycle stage, a transaction phase and a kind:"
                    + " acquisition (learning, comparing, buying) or utilization (using what was bought)."),
    PAST_PRESENT_POTENTIAL(
            Group.MEASURING,
            "Past, present, potential",
            "The three patterns of experience information. Past: a transaction survey about one touch point"
                    + " that just happened. Present: a relationship survey about the whole relationship, sent"
                    + " periodically. Potential: a targeted study of a future opportunity, sent occasionally."),
    QUIET_PERIOD(
            Group.MEASURING,
            "Quiet period",
            "How long a contact is not surveyed again after their last survey, per survey type, so that"
                    + " customers are not asked too often. A contact inside it is not eligible."),
    NPS(
            Group.MEASURING,
            "NPS (net promoter score)",
            "From the question \"How likely are you to recommend us?\" (0–10): the percentage of promoters"
                    + " minus the percentage of detractors, from −100 to +100. It counts every answer in the"
                    + " period, so it can be positive while the last answer was a detractor's."),
    PROMOTER(
            Group.MEASURING, "Promoter", "A customer who answered 9 or 10 to \"How likely are you to recommend us?\"."),
    DETRACTOR(
            Group.MEASURING,
            "Detractor",
            "A customer who answered 0 to 6 to \"How likely are you to recommend us?\". A detractor's answer"
                    + " raises an issue for the team that owns the account."),
    PASSIVE(
            Group.MEASURING,
            "Passive",
            "A customer who answered 7 or 8: counted among all answers of the NPS, but neither a promoter nor a"
                    + " detractor."),
    CONFIDENCE_INTERVAL(
            Group.MEASURING,
            "Confidence interval",
            "The range the true figure lies in, at the company's confidence level (90, 95 or 99 %), given how"
                    + " many answered. NPS uses an adjusted-Wald interval, means a t-interval. A change between"
                    + " periods is called significant only when the intervals say so."),
    LOW_N(
            Group.MEASURING,
            "Low n (too few to tell)",
            "n is how many answers a figure rests on. Below the company's minimum n a change is shown as"
                    + " \"too few to tell\": with so few answers a difference can be chance."),
    KNOWLEDGE_GAP(
            Group.GAPS,
            "Gap 1 · Knowledge",
            "What customers expect minus what managers believe customers expect. Managers answer the same"
                    + " questions about their customers; a gap means the company misreads its customers."),
    SPECIFICATION_GAP(
            Group.GAPS,
            "Gap 2 · Specification",
            "What managers believe customers expect minus the service standard the company set: the"
                    + " standard does not translate what the company knows into a target."),
    DELIVERY_GAP(
            Group.GAPS,
            "Gap 3 · Delivery",
            "The service standard minus the measured performance, e.g. on-time delivery standard 98 %,"
                    + " actual 90 %: the company does not meet its own standard."),
    COMMUNICATION_GAP(
            Group.GAPS,
            "Gap 4 · Communication",
            "What was promised to customers (marketing, contracts: \"24/7 support\") minus the measured"
                    + " performance: the company promises more than it delivers."),
    PERCEPTION_GAP(
            Group.GAPS,
            "Gap 5 · Perception",
            "The measured performance minus what customers perceive it to be: customers see the service as"
                    + " worse (or better) than it measurably is."),
    SATISFACTION_GAP(
            Group.GAPS,
            "Gap 6 · Satisfaction",
            "Customers' experience score minus their expectation score, on the 1–7 scale: the summary gap."
                    + " Below zero, customers experienced less than they expected."),
    MODEL(Group.SEGMENTS, "Model", "Good experience and good revenue: protect the relationship."),
    GROWTH(Group.SEGMENTS, "Growth", "Good experience with room to grow: potential revenue well above today's."),
    AT_RISK(Group.SEGMENTS, "At-risk", "Poor experience on a large account: act before it defects."),
    DANGLING(Group.SEGMENTS, "Dangling", "Poor experience and small revenue: decide deliberately."),
    UNSCORED(Group.SEGMENTS, "Unscored", "No relationship survey answered yet: invite a contact."),
    GROWTH_HEADROOM(
            Group.SEGMENTS,
            "Growth headroom",
            "How far an account's potential revenue exceeds its revenue today, as a share of today's. A"
                    + " well-served account above the headroom threshold is Growth rather than Model."),
    SLA(
            Group.ISSUES,
            "SLA (due time)",
            "The time by which an issue must be resolved, set by its severity. An open issue past it is"
                    + " overdue and escalated to the team's general manager."),
    ROUTING_RULE(
            Group.ISSUES,
            "Routing rule",
            "Sends an issue to the team that can fix it by its cue, touch point, life-cycle stage, vertical,"
                    + " severity, keywords or theme. Rules are tried in order; the first that matches wins.");

    /** The sections of the help page, in order. */
    public enum Group {
        MEASURING("Measuring what customers say"),
        GAPS("The six value gaps"),
        SEGMENTS("Segments: accounts placed by their latest relationship score and their revenue"),
        ISSUES("Issues");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Group group;
    private final String label;
    private final String definition;

    Term(Group group, String label, String definition) {
        this.group = group;
        this.label = label;
        this.definition = definition;
    }

    public Group group() {
        return group;
    }

    /** The term as a person reads it, e.g. "Growth headroom". */
    public String label() {
        return label;
    }

    /** A short definition, one to three sentences. */
    public String definition() {
        return definition;
    }

    /** The term's anchor on the help page, e.g. "growth-headroom". */
    public String anchor() {
        return name().toLowerCase().replace('_', '-');
    }
}
