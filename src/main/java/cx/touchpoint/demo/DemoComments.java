package cx.touchpoint.demo;

import java.util.List;
import java.util.Map;

/** What demo customers write: complaints by topic (so routing has work to do) and praise. */
final class DemoComments {

    private static final Map<String, List<String>> COMPLAINTS = Map.of(
            "delivery",
                    List.of(
                            "Deliveries keep arriving late and incomplete; our line stopped twice this quarter.",
                            "The shipment was late again and nobody told us the order status.",
                            "Tracking information is useless, we never know when the delivery comes."),
            "support",
                    List.of(
                            "We waited more than a day for a first reply although you advertise 24/7 support.",
                            "Support only offered tips instead of fixing the problem. Unacceptable.",
                            "Hard to reach anyone who can actually help; I had to escalate through our account executive."),
            "product",
                    List.of(
                            "The battery in the handheld units drains within hours: this is a product defect, not a usage problem.",
                            "The firmware update caused crashes on half of our devices.",
                            "Power supply units overheat; we had to replace three of them."),
            "invoicing",
                    List.of(
                            "Invoices are wrong every other month and credit notes take weeks.",
                            "We were overcharged again; billing is a mess.",
                            "Payment terms on the invoice do not match the contract."),
            "onboarding",
                    List.of(
                            "Account setup took weeks longer than promised.",
                            "Activation of new users is slow and the login never works the first time."),
            "relationship",
                    List.of(
                            "Disappointed with the service this year; we are evaluating other providers.",
                            "Our account team changes too often and does not know our business.",
                            "Deliveries are late too often and support is hard to reach. We may cancel at renewal."));

    private static final List<String> PRAISE = List.of(
            "Great account team, they really understand our business.",
            "Deliveries have been reliable this quarter, thank you.",
            "Support solved our problem quickly.",
            "Smooth onboarding, well organised.",
            "Honest advice and good value.",
            "Very happy with the new portal.");

    private DemoComments() {}

    /** A comment for a response about {@code topic}, or "" (most customers write nothing). */
    static String comment(DemoRandom random, String topic, double meanExperienced) {
        if (meanExperienced < 4.3 && random.chance(0.6)) {
            String pool = topic.equals("support") && random.chance(0.4) ? "product" : topic;
            return random.pick(COMPLAINTS.getOrDefault(pool, COMPLAINTS.get("relationship")));
        }
        if (meanExperienced >= 5.5 && random.chance(0.25)) {
            return random.pick(PRAISE);
        }
        return "";
    }

    /** A complaint received outside surveys (email, phone, meetings) about {@code topic}. */
    static String complaint(DemoRandom random, String topic) {
        return random.pick(COMPLAINTS.get(topic));
    }
}
