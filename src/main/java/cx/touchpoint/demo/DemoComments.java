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
                            "Tracking information is useless, we never know when the delivery comes.",
                            "Half of the pallets arrived damaged and the replacement took two weeks.",
                            "Your driver left the goods at the wrong site; nobody answered the delivery hotline.",
                            "We plan production around your delivery dates and they are never met."),
            "support",
                    List.of(
                            "We waited more than a day for a first reply although you advertise 24/7 support.",
                            "Support only offered tips instead of fixing the problem. Unacceptable.",
                            "Hard to reach anyone who can actually help; I had to escalate through our account executive.",
                            "Every ticket gets closed without a fix and we have to open it again.",
                            "The support portal is down more often than the product."),
            "product",
                    List.of(
                            "The battery in the handheld units drains within hours: this is a product defect, not a usage problem.",
                            "The firmware update caused crashes on half of our devices.",
                            "Power supply units overheat; we had to replace three of them.",
                            "Battery packs swell after six months; our technicians refuse to carry them.",
                            "The scanners lose their pairing after every firmware update."),
            "invoicing",
                    List.of(
                            "Invoices are wrong every other month and credit notes take weeks.",
                            "We were overcharged again; billing is a mess.",
                            "Payment terms on the invoice do not match the contract.",
                            "Three invoices for the same order, and a refund still missing since March."),
            "onboarding",
                    List.of(
                            "Account setup took weeks longer than promised.",
                            "Activation of new users is slow and the login never works the first time.",
                            "Migration of our data took a month and lost the order history."),
            "relationship",
                    List.of(
                            "Disappointed with the service this year; we are evaluating other providers.",
                            "Our account team changes too often and does not know our business.",
                            "Deliveries are late too often and support is hard to reach. We may cancel at renewal.",
                            "You promised 24/7 support in the contract; in practice we wait a day.",
                            "Prices went up but the service did not get better.",
                            "We feel like a number since the last reorganisation.",
                            "Nobody follows up on the issues we raised in the last review."));

    private static final List<String> PRAISE = List.of(
            "Great account team, they really understand our business.",
            "Deliveries have been reliable this quarter, thank you.",
            "Support solved our problem quickly.",
            "Smooth onboarding, well organised.",
            "Honest advice and good value.",
            "Very happy with the new portal.",
            "The onsite team goes the extra mile every time.",
            "Billing is finally clear and correct.",
            "Quick answers from people who know our setup.");

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
